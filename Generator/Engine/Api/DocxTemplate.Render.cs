using OfficeTools.Engine.Compile;
using OfficeTools.Engine.Rendering;
using OfficeTools.Engine.Writing;
using Scriban.Syntax;

namespace OfficeTools.Engine;

public sealed partial class DocxTemplate
{
    // Scriban contexts are costly to build: each render takes one from here (one thread per context at a time).
    readonly System.Collections.Concurrent.ConcurrentBag<RenderContext> _contexts = [];
    static readonly Scriban.Runtime.ScriptObject EmptyRoot = new();

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
