using System.Text;
using System.Text.Json;

namespace OfficeTools.Data;

/// <summary>
/// The one door for JSON bytes: UTF-8 with or without its BOM, UTF-16 (little or big endian, with its BOM, as
/// Notepad's "Unicode" saves, or recognised by its zero bytes) turned into UTF-8; places in messages as
/// "line L:column C" counted in characters; and a check of every string and number of a document.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// The UTF-8 JSON text of a file's bytes (the BOM dropped), or null with a located error when UTF-16 text
    /// holds an unpaired surrogate.
    /// </summary>
    public static byte[]? Utf8(byte[] bytes, string file, List<Diagnostic> errors)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) return bytes[3..];
        bool? bigEndian = null;
        var skip = 0;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) (bigEndian, skip) = (false, 2);
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) (bigEndian, skip) = (true, 2);
        // JSON starts with an ASCII character, so UTF-16 without a BOM shows a zero byte beside it (RFC 4627 §3).
        else if (span.Length >= 2 && span[0] != 0 && span[1] == 0) bigEndian = false;
        else if (span.Length >= 2 && span[0] == 0 && span[1] != 0) bigEndian = true;
        if (bigEndian is not { } big) return bytes;
        try
        {
            return Encoding.UTF8.GetBytes(new UnicodeEncoding(big, false, true).GetString(bytes, skip, bytes.Length - skip));
        }
        catch (DecoderFallbackException)
        {
            // Decoded leniently, the bad code unit becomes U+FFFD: count the lines before it.
            var text = new UnicodeEncoding(big, false, false).GetString(bytes, skip, bytes.Length - skip);
            var index = FirstLoneSurrogate(text);
            var line = 1 + text.AsSpan(0, index).Count('\n');
            var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
            errors.Add(new Diagnostic(file, $"line {line}:column {column}", "the UTF-16 text is damaged: an unpaired surrogate (half of a character) or an odd last byte"));
            return null;
        }
    }

    static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i]) || text[i] == '\uFFFD') return i;
        }
        return 0;
    }

    /// <summary>"line L:column C" of a byte offset in UTF-8 text (columns count characters, from 1).</summary>
    public static string Place(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..end];
        var line = before.Count((byte)'\n') + 1;
        var start = before.LastIndexOf((byte)'\n') + 1;
        return $"line {line}:column {Encoding.UTF8.GetCharCount(before[start..]) + 1}";
    }

    /// <summary>
    /// Every problem of the values of a well-formed document (see <see cref="JsonValues.Read"/>), located by
    /// line:column and JSON path; syntax errors are left to the parser that follows.
    /// </summary>
    public static List<Diagnostic> Check(ReadOnlySpan<byte> utf8, string file, JsonReaderOptions options)
    {
        var errors = new List<Diagnostic>();
        var copy = utf8.ToArray();
        try
        {
            var reader = new Utf8JsonReader(utf8, options);
            if (reader.Read()) JsonValues.Read(ref reader, "$", file, errors, offset => Place(copy, offset));
        }
        catch (JsonException) { }
        return errors;
    }
}
