using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OfficeTools.Data;

/// <summary>Reads JSON into plain values; syntax errors are located by line:column.</summary>
static partial class JsonData
{
    /// <summary>Loads a whole JSON file.</summary>
    public static DataResult Load(string path)
    {
        var errors = new List<Diagnostic>();
        if (JsonText.Utf8(File.ReadAllBytes(path), path, errors) is not { } body) return new DataResult(null, errors);
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read()) throw new JsonException("the file holds no JSON value");
            var value = JsonValues.Read(ref reader, "$", path, errors, offset => JsonText.Place(body, offset));
            // Only whitespace may follow the value; the reader throws on anything else.
            while (reader.Read()) { }
            return errors.Count == 0 ? new DataResult(value, []) : new DataResult(null, errors);
        }
        catch (JsonException e)
        {
            return new DataResult(null, [SyntaxError(path, e, body)]);
        }
    }

    /// <summary>True when the first significant character of the file is '['.</summary>
    public static bool StartsWithArray(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> buffer = stackalloc byte[512];
        var n = stream.Read(buffer);
        // UTF-16 (a zero byte beside the first character, or its BOM) is loaded whole, converted to UTF-8.
        if (n >= 2 && (buffer[0] == 0 || buffer[1] == 0)) return false;
        foreach (var b in SkipBom(buffer[..n].ToArray()).Span)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'[';
        }
        return false;
    }

    /// <summary>Streams the elements of a top-level JSON array without holding the whole file.</summary>
    public static RecordSet OpenArray(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return RecordSet.Streamed(ReadFirst(Elements(path, stream)), stream);
    }

    // The first record is read at once: callers open the data while the template compiles on another core, so the
    // reader is ready when rendering starts. A syntax error in it still comes as that record's error.
    static IEnumerable<DataRecord> ReadFirst(IEnumerable<DataRecord> records)
    {
        var e = records.GetEnumerator();
        return Rest(e, e.MoveNext());

        static IEnumerable<DataRecord> Rest(IEnumerator<DataRecord> e, bool any)
        {
            using (e)
            {
                if (!any) yield break;
                yield return e.Current;
                while (e.MoveNext()) yield return e.Current;
            }
        }
    }

    static IEnumerable<DataRecord> Elements(string path, Stream stream)
    {
        var reader = new JsonArrayReader(stream, offset => JsonText.Place(Utf8Body(path), offset));
        for (var number = 1; ; number++)
        {
            DataRecord record;
            try
            {
                var errors = new List<Diagnostic>();
                if (!reader.Next($"$[{number - 1}]", path, errors, out var value)) yield break;
                record = new DataRecord(number, value, errors.Count > 0 ? errors[0] : null);
            }
            catch (JsonException ex)
            {
                record = new DataRecord(number, null, SyntaxError(path, ex));
            }
            yield return record;
            if (record.Error != null) yield break;
        }
    }

    static ReadOnlyMemory<byte> SkipBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes.AsMemory();

    // A streamed file is read again only to place an error: it is UTF-8 (UTF-16 is never streamed).
    static byte[] Utf8Body(string path)
    {
        try { return SkipBom(File.ReadAllBytes(path)).ToArray(); }
        catch (IOException) { return []; }
    }

    static Diagnostic SyntaxError(string path, JsonException e, byte[]? body = null)
    {
        var message = PositionSuffix().Replace(e.Message, "").Trim();
        if (e.LineNumber is not { } line) return new Diagnostic(path, "JSON", message);
        var column = CharColumn(body ?? Utf8Body(path), line, e.BytePositionInLine ?? 0);
        return new Diagnostic(path, $"line {line + 1}:column {column}", "JSON syntax error: " + message);
    }

    // The reader counts bytes; people count characters (Chinese text is 3 bytes a character in UTF-8).
    static long CharColumn(byte[] bytes, long line, long bytePosition)
    {
        var start = 0;
        for (long l = 0; l < line && start < bytes.Length; l++)
        {
            var next = Array.IndexOf(bytes, (byte)'\n', start);
            if (next < 0) break;
            start = next + 1;
        }
        var length = (int)Math.Clamp(bytePosition, 0, bytes.Length - start);
        return Encoding.UTF8.GetCharCount(bytes, start, length) + 1;
    }

    [GeneratedRegex(@"\s*(Path: [^|]*\|\s*)?LineNumber: .*$", RegexOptions.Singleline)]
    private static partial Regex PositionSuffix();
}
