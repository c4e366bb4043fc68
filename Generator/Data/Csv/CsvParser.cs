using System.Text;

namespace OfficeTools.Data;

/// <summary>One parsed CSV row and the line it starts on (1-based).</summary>
sealed record CsvRow(int Line, List<string> Fields);

/// <summary>The RFC 4180 state machine: splits text into rows of fields.</summary>
static class CsvParser
{
    /// <summary>All non-blank rows; an unterminated quote is reported with the line where it opened.</summary>
    public static List<CsvRow> Rows(string text, string file, List<Diagnostic> errors)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var i = 0;
        var quotedField = false;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '"' && field.Length == 0 && !quotedField)
            {
                var openLine = line;
                quotedField = true;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        closed = true;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i++]);
                }
                if (!closed)
                {
                    errors.Add(new Diagnostic(file, $"line {openLine}", "a quoted field is never closed (missing \")"));
                    return rows;
                }
                continue;
            }
            if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                quotedField = false;
                i++;
                continue;
            }
            if (ch is '\r' or '\n')
            {
                i += ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                EndRow(rows, fields, field, rowLine, quotedField);
                quotedField = false;
                line++;
                rowLine = line;
                continue;
            }
            // Text after a closing quote is kept, as Excel does.
            field.Append(ch);
            i++;
        }
        EndRow(rows, fields, field, rowLine, quotedField);
        return rows;
    }

    static void EndRow(List<CsvRow> rows, List<string> fields, StringBuilder field, int line, bool quotedField)
    {
        var blank = fields.Count == 0 && field.Length == 0 && !quotedField;
        if (!blank)
        {
            fields.Add(field.ToString());
            rows.Add(new CsvRow(line, [.. fields]));
        }
        fields.Clear();
        field.Clear();
    }
}
