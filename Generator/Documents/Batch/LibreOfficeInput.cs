using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace OfficeTools.Documents.Batch;

/// <summary>
/// What a .docx must say differently for LibreOffice to lay it out as Word does. One thing so far: LibreOffice's
/// importer reads <c>w:overflowPunct</c> the wrong way round (writerfilter's DomainMapper sets hanging punctuation when
/// the value is 0, while its own exporter writes 1 for hanging, as ECMA-376 and Word mean it), so a document that
/// forbids closing punctuation to hang past the 28th character would hang it in LibreOffice. The copy handed to
/// LibreOffice has the value turned over; the document itself stays as Word and WPS read it.
/// Two: LibreOffice 7.4 shows hidden text (<c>w:vanish</c>) inside a content control, so a form's unit id, hidden beside
/// the unit's name for the machine (and a notice's unit, kind and round on its return slip), would be printed; the copy leaves
/// hidden runs out, as Word does when it prints.
/// </summary>
public static partial class LibreOfficeInput
{
    static readonly string[] Parts = ["word/styles.xml", "word/document.xml"];

    [GeneratedRegex("<w:overflowPunct(?: w:val=\"(?<v>[^\"]*)\")?\\s*/>")]
    private static partial Regex OverflowPunct();

    // a run whose own properties hide it (w:vanish, not w:vanish w:val="0"/"false")
    [GeneratedRegex("<w:r(?=[\\s>])[^>]*>(?:(?!</w:r>).)*?<w:rPr>(?:(?!</w:rPr>).)*?<w:vanish\\s*/>(?:(?!</w:r>).)*?</w:r>", RegexOptions.Singleline)]
    private static partial Regex HiddenRun();

    /// <summary>The copy of <paramref name="docx"/> to give LibreOffice.</summary>
    public static byte[] Prepare(byte[] docx)
    {
        using var input = new MemoryStream(docx);
        using var output = new MemoryStream();
        using (var from = new ZipArchive(input, ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                var copy = to.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var source = entry.Open();
                using var target = copy.Open();
                if (!Parts.Contains(entry.FullName, StringComparer.Ordinal))
                {
                    source.CopyTo(target);
                    continue;
                }
                using var reader = new StreamReader(source, Encoding.UTF8);
                var xml = OverflowPunct().Replace(reader.ReadToEnd(), m =>
                    $"<w:overflowPunct w:val=\"{(m.Groups["v"].Value is "0" or "false" or "off" ? "1" : "0")}\"/>");
                if (entry.FullName == "word/document.xml") xml = HiddenRun().Replace(xml, "");
                target.Write(new UTF8Encoding(false).GetBytes(xml));
            }
        }
        return output.ToArray();
    }
}
