using OfficeTools.Engine.Compile;
using OfficeTools.Engine.Package;
using OfficeTools.Engine.Rendering;
using OfficeTools.Engine.Writing;
using Scriban.Syntax;

namespace OfficeTools.Engine;

/// <summary>
/// A compiled .docx template: compile once with <see cref="Compile(Stream, string, TemplateOptions?)"/>, check
/// <see cref="Diagnostics"/>, then <see cref="Render"/> many times (thread-safe).
/// </summary>
public sealed class DocxTemplate
{
    readonly Dictionary<string, CompiledPart> _parts = [];
    readonly string? _renderLast;
    readonly NumberingPlan? _numbering;
    readonly PackageWriter? _writer;

    // Scriban contexts are costly to build: each render takes one from here (one thread per context at a time).
    readonly System.Collections.Concurrent.ConcurrentBag<RenderContext> _contexts = [];
    static readonly Scriban.Runtime.ScriptObject EmptyRoot = new();

    DocxTemplate(string fileName, TemplateOptions options, DocxPackage? package, Dictionary<string, CompiledPart> parts,
        NumberingPlan? numbering, List<Diagnostic> diagnostics, List<TemplateField> fields)
    {
        FileName = fileName;
        Options = options;
        _parts = parts;
        _numbering = numbering;
        _renderLast = numbering != null && package?.NumberingPart is { } n && parts.ContainsKey(n) ? n : null;
        Diagnostics = diagnostics;
        Fields = fields;
        if (package != null && !HasErrors) _writer = new Writing.PackageWriter(package, parts, _renderLast);
    }

    /// <summary>Compiles a .docx/.dotx template. Never throws for bad templates: problems are in <see cref="Diagnostics"/>.</summary>
    public static DocxTemplate Compile(Stream docx, string fileName, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        options ??= TemplateOptions.Default;
        var diagnostics = new List<Diagnostic>();
        var fields = new List<TemplateField>();
        var parts = new Dictionary<string, CompiledPart>();
        var name = Path.GetFileName(fileName);
        try
        {
            return CompileChecked(docx, name, options, diagnostics, fields, parts);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or InvalidOperationException
            or IndexOutOfRangeException or FormatException or OverflowException or System.Xml.XmlException)
        {
            // A damaged package that got past the checks: report it rather than let it escape.
            diagnostics.Add(new Diagnostic(DiagnosticIds.Corrupt, DiagnosticSeverity.Error, name, "package", "file", "",
                "the template could not be read: " + ex.Message));
            return new DocxTemplate(name, options, null, [], null, diagnostics, fields);
        }
    }

    static DocxTemplate CompileChecked(Stream docx, string name, TemplateOptions options, List<Diagnostic> diagnostics,
        List<TemplateField> fields, Dictionary<string, CompiledPart> parts)
    {
        var package = PackageReader.Read(docx, name, diagnostics, options.Limits);
        if (package == null) return new DocxTemplate(name, options, null, parts, null, diagnostics, fields);
        var numbering = options.RestartNumbering ? NumberingPlan.Load(package) : null;
        var compiler = new PartCompiler(name, options, diagnostics, fields);
        foreach (var t in package.Templated)
        {
            if (package.Find(t.EntryName) is not { } entry) continue;
            if (compiler.Compile(t.EntryName, t.Label, entry.Bytes, numbering) is { } part) parts[t.EntryName] = part;
        }
        foreach (var (entryName, label) in Properties.PropertyParts.Parts)
            if (package.Find(entryName) is { } entry && Properties.PropertyParts.Compile(compiler, name, entryName, label, entry.Bytes, diagnostics) is { } part)
                parts[entryName] = part;
        if (numbering is { Used: true } && numbering.Compile(compiler) is { } numPart) parts[numPart.EntryName] = numPart;
        else numbering = null;
        return new DocxTemplate(name, options, package, parts, numbering, diagnostics, fields);
    }

    /// <summary>The template's file name, used in diagnostics.</summary>
    public string FileName { get; }

    /// <summary>The options it was compiled with.</summary>
    public TemplateOptions Options { get; }

    /// <summary>Every problem found while compiling (all at once, each with its location).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error; such a template cannot render.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The variables, loops and content controls the template uses, with their locations.</summary>
    public IReadOnlyList<TemplateField> Fields { get; }

    /// <summary>
    /// Renders with <paramref name="model"/> (IDictionary&lt;string, object?&gt; / IList / scalars, or JsonElement).
    /// On errors, <see cref="RenderResult.Document"/> is null and every error is listed.
    /// </summary>
    public RenderResult Render(object? model, CancellationToken cancellationToken = default)
    {
        byte[]? document = null;
        var errors = Render(model, package => document = package.ToArray(), cancellationToken);
        return new RenderResult(errors == null ? document : null, errors ?? []);
    }

    /// <summary>
    /// Renders with <paramref name="model"/> and writes the package to <paramref name="output"/> in one write; on
    /// errors nothing is written and every error is listed (<see cref="RenderResult.Document"/> is always null here).
    /// Saves a copy of every document when the destination is a file or a response.
    /// </summary>
    public RenderResult Render(object? model, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new RenderResult(null, Render(model, package => output.Write(package.Span), cancellationToken) ?? []);
    }

    // The errors, or null when the package was handed to `package`.
    List<Diagnostic>? Render(object? model, Action<ReadOnlyMemory<byte>> package, CancellationToken cancellationToken)
    {
        if (_writer == null || HasErrors)
            return Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(Options.Timeout);
        var root = ModelConverter.Root(model);
        var numbering = _numbering == null ? null : new NumberingState(_numbering.Info);
        if (!_contexts.TryTake(out var ctx)) ctx = new RenderContext(EngineFunctions.Builtins, FileName, Options);
        ctx.Begin(root, numbering, cts.Token);
        var written = _writer.Write((part, writer) => RenderPart(ctx, part, writer), package, ctx.Media);
        var errors = ctx.Errors.Count > 0 ? ctx.Errors.ToList() : null;
        ctx.Begin(EmptyRoot, null, default);
        if (_contexts.Count < Environment.ProcessorCount * 2) _contexts.Add(ctx);
        if (errors == null && !written)
            errors = [new Diagnostic(DiagnosticIds.Runtime, DiagnosticSeverity.Error, FileName, "", "", "", "rendering failed without a reported cause")];
        return errors;
    }

    bool RenderPart(RenderContext ctx, CompiledPart part, TextWriter writer)
    {
        ctx.Part = part;
        ctx.PushOutput(new LimitedOutput(writer, ctx));
        try
        {
            part.Template.Render(ctx);
            return ctx.Errors.Count == 0;
        }
        catch (OutputLimitException ex)
        {
            ctx.Report(DiagnosticIds.Limit, ctx.CurrentNode?.Span ?? default, ex.Message);
        }
        catch (ScriptRuntimeException ex) when (ex is ScriptAbortException || ex.InnerException is OperationCanceledException)
        {
            ctx.Report(DiagnosticIds.Timeout, ex.Span, $"rendering took longer than the limit of {Options.Timeout} or was cancelled");
        }
        catch (ScriptRuntimeException ex)
        {
            var limit = ex.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase);
            ctx.Report(limit ? DiagnosticIds.Limit : DiagnosticIds.Runtime, ex.Span, ex.OriginalMessage);
        }
        catch (OperationCanceledException)
        {
            ctx.Report(DiagnosticIds.Timeout, default, $"rendering took longer than the limit of {Options.Timeout} or was cancelled");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // Builtin functions throw plain .NET exceptions for bad arguments: they are template errors, not crashes.
            ctx.Report(DiagnosticIds.Runtime, ctx.CurrentNode?.Span ?? default, ex.Message);
        }
        finally
        {
            ctx.DropHolds();
            ctx.PopOutput();
        }
        return false;
    }
}
