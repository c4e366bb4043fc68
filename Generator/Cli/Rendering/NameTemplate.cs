using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Cli.Rendering;

/// <summary>The --name expression: a Scriban template evaluated per record (strict: unknown fields are errors).</summary>
public sealed class NameTemplate
{
    // Built once: creating Scriban's builtin functions per record would cost more than the name itself.
    static readonly ScriptObject Builtins = new OfficeTools.Engine.ScribanBuiltins();
    readonly Template _template;

    NameTemplate(Template template) => _template = template;

    /// <summary>Parses <paramref name="text"/>; returns null and the messages when it is not valid Scriban.</summary>
    public static NameTemplate? Parse(string text, out IReadOnlyList<string> errors)
    {
        var template = Template.Parse(text);
        errors = template.HasErrors ? [.. template.Messages.Select(m => $"column {m.Span.Start.Column + 1}: {m.Message}")] : [];
        // Scriban accepts a code block left open at the end of the text; for a file name that is always a typo.
        if (!template.HasErrors && text.LastIndexOf("{{", StringComparison.Ordinal) > text.LastIndexOf("}}", StringComparison.Ordinal))
            errors = [$"'{{{{' at position {text.LastIndexOf("{{", StringComparison.Ordinal) + 1} is never closed with '}}}}'"];
        if (errors.Count > 0) return null;
        return new NameTemplate(template);
    }

    // Scriban contexts are costly to build and a run names thousands of records: one per thread, reused.
    [ThreadStatic] static TemplateContext? _context;

    /// <summary>Renders the name for one record; returns null and the error when evaluation fails.</summary>
    public string? Render(object? record, out string? error)
    {
        var globals = new ScriptObject(StringComparer.Ordinal);
        if (record is IDictionary<string, object?> dict)
            foreach (var (key, value) in dict) globals.SetValue(key, value, readOnly: false);
        else if (record is IDictionary legacy)
            foreach (DictionaryEntry e in legacy) globals.SetValue(e.Key.ToString()!, e.Value, readOnly: false);
        var context = _context ??= new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = 10_000,
            RecursiveLimit = 20,
            MemberRenamer = m => m.Name,
        };
        context.Reset();
        context.PushGlobal(globals);
        try
        {
            error = null;
            return _template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            error = e.OriginalMessage;
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
