using System.Text;

namespace OfficeTools.Documents.Ledger.WriteBack;

/// <summary>One field of a CSV record: its value and the text it was written as (quotes and all).</summary>
internal sealed record CsvField(string Value, string Raw);

/// <summary>One record of a CSV file as written: its fields (none for a blank line) and the line ending after it.</summary>
internal sealed class CsvRecord(List<CsvField> fields, string ending)
{
    public List<CsvField> Fields { get; } = fields;
    public string Ending { get; set; } = ending;
    public bool IsBlank => Fields.Count == 0;
}

/// <summary>
/// A CSV file split into records that keep their own text, so that a write-back changes only the fields it sets: the
/// encoding (UTF-8 with or without BOM, UTF-16, GB18030), the line endings and every other field's quoting stay as they came.
/// </summary>
internal sealed class CsvText
{
    readonly Encoding encoding;
    readonly byte[] preamble;

    CsvText(Encoding encoding, byte[] preamble, List<CsvRecord> records, string newline)
    {
        this.encoding = encoding;
        this.preamble = preamble;
        Records = records;
        Newline = newline;
    }

    /// <summary>The records in file order, blank lines included.</summary>
    public List<CsvRecord> Records { get; }

    /// <summary>The file's line ending (its first; CRLF for a file of one line).</summary>
    public string Newline { get; }

    /// <summary>Splits <paramref name="bytes"/>, decoded as the reader decodes them.</summary>
    public static CsvText Parse(byte[] bytes)
    {
        var (encoding, preamble) = Detect(bytes);
        var text = encoding.GetString(bytes, preamble.Length, bytes.Length - preamble.Length);
        var records = new List<CsvRecord>();
        var fields = new List<CsvField>();
        var value = new StringBuilder();
        var start = 0;
        var i = 0;
        string? newline = null;
        while (i <= text.Length)
        {
            if (i < text.Length && text[i] == '"' && i == start)
            {
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { value.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    value.Append(text[i++]);
                }
                continue;
            }
            if (i == text.Length || text[i] is ',' or '\r' or '\n')
            {
                fields.Add(new CsvField(value.ToString(), text[start..i]));
                value.Clear();
                if (i < text.Length && text[i] == ',') { start = ++i; continue; }
                var ending = i == text.Length ? "" : text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : text[i].ToString();
                newline ??= ending.Length > 0 ? ending : null;
                // A line with nothing on it is a blank record, as the reader skips it.
                var blank = fields.Count == 1 && fields[0].Raw.Length == 0;
                if (!(blank && ending.Length == 0 && i == text.Length)) records.Add(new CsvRecord(blank ? [] : [.. fields], ending));
                fields.Clear();
                i += Math.Max(ending.Length, 1);
                start = i;
                continue;
            }
            value.Append(text[i++]);
        }
        return new CsvText(encoding, preamble, records, newline ?? "\r\n");
    }

    /// <summary>The file again, in its encoding.</summary>
    public byte[] ToBytes()
    {
        var text = new StringBuilder();
        foreach (var r in Records) text.Append(string.Join(",", r.Fields.Select(f => f.Raw))).Append(r.Ending);
        return [.. preamble, .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>A field holding <paramref name="value"/>, quoted only when it must be.</summary>
    public static CsvField Field(string value) =>
        new(value, value.IndexOfAny([',', '"', '\r', '\n']) >= 0 || value.StartsWith(' ') || value.EndsWith(' ') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value);

    // As the reader decodes: a UTF-8 or UTF-16 BOM, else UTF-8 when the bytes are, else GB18030.
    static (Encoding, byte[]) Detect(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8)) return (new UTF8Encoding(false), [0xEF, 0xBB, 0xBF]);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (new UnicodeEncoding(false, false), [0xFF, 0xFE]);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (new UnicodeEncoding(true, false), [0xFE, 0xFF]);
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return (new UTF8Encoding(false), []);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding("GB18030"), []);
        }
    }
}
