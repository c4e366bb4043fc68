using System.Text;
using System.Xml;
using System.Xml.Linq;
using OfficeTools.Engine.Blocks;
using OfficeTools.Engine.Lexing;
using Scriban;

namespace OfficeTools.Engine.Compile;

/// <summary>Turns one part's XML into a Scriban template: lex tags, check blocks, move block code, fill content controls.</summary>
internal sealed class PartCompiler(string file, TemplateOptions options, List<Diagnostic> errors, List<TemplateField> fields)
{
    /// <summary>Compiles a part; null when the part has nothing to render (it is then copied as bytes) or has errors.</summary>
    public CompiledPart? Compile(string entryName, string label, byte[] bytes, NumberingPlan? numbering)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (!text.Contains('{', StringComparison.Ordinal) && !text.Contains('｛', StringComparison.Ordinal) && !text.Contains("sdtPr", StringComparison.Ordinal)) return null;
        XDocument doc;
        try
        {
            doc = XDocument.Parse(text.TrimStart('\uFEFF'), LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            errors.Add(new Diagnostic(DiagnosticIds.BadXml, DiagnosticSeverity.Error, file, label, $"line {ex.LineNumber}", "",
                "the part is not well-formed XML: " + ex.Message));
            return null;
        }
        var root = doc.Root!;
        var before = errors.Count;
        var codes = new List<CodeEntry>();
        var tags = new List<TagInfo>();
        var locator = new Locator(root);
        var lexer = new ParagraphLexer(file, label, locator, codes, tags, errors);
        foreach (var p in root.Descendants(W.P).ToList()) lexer.Process(p);
        AttributeTags.Mark(root, file, label, locator, codes, tags, errors);
        PlaceholderPictures.Mark(root, file, label, locator, codes, tags, errors);
        var pages = CheckInlineSyntax(tags);
        var analyzer = new BlockAnalyzer(file, tags, codes, errors, locator);
        var ok = analyzer.Analyze();
        FieldCollector.Collect(analyzer.ScopeOrder, pages, fields);
        if (!ok || ErrorsSince(before)) return null;
        var restarts = analyzer.Rewrite(root, options.RestartNumbering && numbering != null ? numbering.IsListItem : null);
        numbering?.Apply(restarts, codes);
        ContentControls.Apply(root, label, locator, codes, fields);
        if (codes.Count == 0) return null;
        BlockRanges.Keep(root, codes);
        var ids = RepeatedIds.For(root, codes);
        var emitted = PartEmitter.Emit(doc, codes, Removable.Find(root, codes));
        return Parse(entryName, label, emitted, ids);
    }

    /// <summary>Checks each tag's syntax and adds what they read to the field list (for parts compiled elsewhere: properties); false on errors.</summary>
    public bool CheckTags(List<TagInfo> tags)
    {
        var before = errors.Count;
        FieldCollector.Collect(tags, CheckInlineSyntax(tags), fields);
        return !ErrorsSince(before);
    }

    bool ErrorsSince(int count) => errors.Skip(count).Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Parses emitted source; Scriban's messages are mapped back to the tags they concern.</summary>
    public CompiledPart? Parse(string entryName, string label, EmittedPart emitted, IdRenumberer? ids = null)
    {
        var template = Template.Parse(emitted.Source, entryName);
        var part = new CompiledPart(entryName, label, template, emitted) { Ids = ids };
        if (!template.HasErrors) return part;
        foreach (var m in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            var tag = part.TagAt(m.Span.Start.Offset);
            errors.Add(new Diagnostic(DiagnosticIds.Syntax, DiagnosticSeverity.Error, file, label, tag?.Location ?? "", tag?.Snippet ?? "", m.Message));
        }
        return null;
    }

    // Parses each tag on its own (block tags with a stand-in for the rest of their block), reporting syntax errors;
    // returns the syntax trees of those that parse, for the field list.
    Dictionary<TagInfo, Scriban.Syntax.ScriptPage> CheckInlineSyntax(List<TagInfo> tags)
    {
        var pages = new Dictionary<TagInfo, Scriban.Syntax.ScriptPage>();
        foreach (var t in tags)
        {
            var parsed = Template.Parse(t.Kind switch
            {
                TagKind.Open => "{{" + t.Code + "}}{{end}}",
                TagKind.Mid => t.Keyword == "when" ? "{{case 1}}{{" + t.Code + "}}{{end}}" : "{{if true}}{{" + t.Code + "}}{{end}}",
                TagKind.End => "{{if true}}{{" + t.Code + "}}",
                _ => "{{" + t.Code + "}}",
            });
            if (!parsed.HasErrors)
            {
                if (parsed.Page is { } page) pages[t] = page;
                continue;
            }
            var msg = parsed.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error).Message;
            errors.Add(new Diagnostic(DiagnosticIds.Syntax, DiagnosticSeverity.Error, file, t.Part, t.Location, t.Snippet, msg));
        }
        return pages;
    }
}
