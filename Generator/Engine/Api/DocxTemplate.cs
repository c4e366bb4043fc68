namespace OfficeTools.Engine;

/// <summary>
/// A compiled .docx template: compile once with <see cref="Compile(Stream, string, TemplateOptions?)"/>, check
/// <see cref="Diagnostics"/>, then <see cref="Render"/> many times (thread-safe).
/// </summary>
public sealed partial class DocxTemplate
{
    /// <summary>Compiles a .docx/.dotx template. Never throws for bad templates: problems are in <see cref="Diagnostics"/>.</summary>
    public static DocxTemplate Compile(Stream docx, string fileName, TemplateOptions? options = null)
        => throw new NotImplementedException("engine under construction");

    /// <summary>Every problem found while compiling (all at once, each with its location).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = [];

    /// <summary>True when any diagnostic is an error; such a template cannot render.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The variables, loops and content controls the template uses, with their locations.</summary>
    public IReadOnlyList<TemplateField> Fields { get; } = [];

    /// <summary>
    /// Renders with <paramref name="model"/> (IDictionary&lt;string, object?&gt; / IList / scalars, or JsonElement).
    /// On errors, <see cref="RenderResult.Document"/> is null and every error is listed.
    /// </summary>
    public RenderResult Render(object? model, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("engine under construction");
}

/// <summary>Options of a template; immutable, with <see cref="Default"/>.</summary>
public sealed record TemplateOptions
{
    /// <summary>The defaults: strict, limits large enough for a 20,000-row table.</summary>
    public static TemplateOptions Default { get; } = new();
    /// <summary>An unknown variable or member is an error (default); false renders it as empty.</summary>
    public bool Strict { get; init; } = true;
    /// <summary>Numbered lists inside a repeated block restart in each repetition.</summary>
    public bool RestartNumbering { get; init; }
    /// <summary>Maximum iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 1_000_000;
    /// <summary>Maximum recursion depth of functions.</summary>
    public int RecursionLimit { get; init; } = 100;
    /// <summary>Maximum time one render may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>Maximum size of one rendered part, in characters.</summary>
    public long MaxOutputChars { get; init; } = 512L * 1024 * 1024;
}

/// <summary>The outcome of one render: the document bytes, or the errors.</summary>
public sealed record RenderResult(byte[]? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when a document was produced.</summary>
    public bool Success => Document != null;
}

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Prevents output.</summary>
    Error,
    /// <summary>Worth knowing; output is still produced.</summary>
    Warning,
}

/// <summary>
/// One problem, located as a person would find it: the file, the part (body, header1, footnotes…),
/// the place ("paragraph 14", "table 2, row 3, cell 1"), a snippet of the text around it, and the message.
/// </summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string File, string Part, string Location,
    string Snippet, string Message)
{
    /// <summary>One line: <c>file: part, location: error OT0102: message — near «snippet»</c>.</summary>
    public override string ToString() =>
        $"{File}: {Part}, {Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Id}: {Message}" +
        (Snippet.Length > 0 ? $" — near «{Snippet}»" : "");
}

/// <summary>Kinds of things a template uses.</summary>
public enum FieldKind
{
    /// <summary>A variable or member path read by an expression.</summary>
    Variable,
    /// <summary>A for/while loop.</summary>
    Loop,
    /// <summary>A condition (if/else if).</summary>
    Condition,
    /// <summary>A content control (its tag).</summary>
    ContentControl,
}

/// <summary>One thing a template uses, with where it is.</summary>
public sealed record TemplateField(FieldKind Kind, string Name, string Part, string Location, string Snippet);
