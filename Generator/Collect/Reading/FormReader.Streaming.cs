using System.Xml;
using System.Xml.Linq;
using OfficeTools.Packages;
using static OfficeTools.Collect.Reading.WordNames;

namespace OfficeTools.Collect.Reading;

public static partial class FormReader
{
    static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        XmlResolver = null,
    };

    // One forward pass over document.xml: tables/rows/cells are counted for locations, and only each outermost
    // w:sdt is turned into a small XElement. A form is mostly layout, so this avoids building the whole tree.
    static FormReadResult ReadStreaming(PackageContents zip, string file)
    {
        var controls = new List<FormControl>();
        var problems = new List<Diagnostic>();
        var untagged = false;
        try
        {
            var entry = MainPart(zip);
            if (entry is null) return Failed(file, FormProblem.NotDocx, "a zip package without a Word document inside: not a .docx form");
            using var reader = XmlReader.Create(new MemoryStream(entry.Bytes, writable: false), ReaderSettings);
            var w = W.NamespaceName;
            var bodyDepth = -1;
            var bodyBlock = 0;
            var tables = 0;
            var open = new Stack<int[]>(); // per open table: number, row, cell
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == w)
                {
                    if (bodyDepth >= 0 && reader.Depth == bodyDepth + 1) bodyBlock++;
                    switch (reader.LocalName)
                    {
                        case "body":
                            bodyDepth = reader.Depth;
                            break;
                        case "sdt" when bodyDepth >= 0:
                            var place = open.Count > 0 ? $"table {open.Peek()[0]}, row {open.Peek()[1]}, cell {open.Peek()[2]}" : $"body block {bodyBlock}";
                            var element = (XElement)XNode.ReadFrom(reader);
                            foreach (var sdt in element.DescendantsAndSelf(Sdt))
                            {
                                var pr = sdt.Element(SdtPr);
                                var tag = pr?.Element(Tag)?.Attribute(Val)?.Value;
                                if (pr is null || string.IsNullOrEmpty(tag)) { untagged = true; continue; }
                                controls.Add(ReadOne(sdt, pr, tag, problems, place));
                            }
                            continue; // ReadFrom has moved past the control
                        case "tbl" when !reader.IsEmptyElement:
                            open.Push([++tables, 0, 0]);
                            break;
                        case "tr" when open.Count > 0:
                            open.Peek()[1]++;
                            open.Peek()[2] = 0;
                            break;
                        case "tc" when open.Count > 0:
                            open.Peek()[2]++;
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "tbl" && reader.NamespaceURI == w && open.Count > 0)
                {
                    open.Pop();
                }
                reader.Read();
            }
            if (bodyDepth < 0) return Failed(file, FormProblem.NotDocx, "the package holds no Word document body: not a .docx form");
        }
        catch (XmlException e)
        {
            return Failed(file, FormProblem.Corrupt, $"the document XML is damaged (line {e.LineNumber}, column {e.LinePosition}): {e.Message}");
        }
        return Finish(file, controls, problems, untagged);
    }
}
