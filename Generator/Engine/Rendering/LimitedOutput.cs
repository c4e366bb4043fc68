using Scriban.Runtime;

namespace OfficeTools.Engine.Rendering;

/// <summary>Thrown when a render writes more than the output limit.</summary>
internal sealed class OutputLimitException(long limit) : Exception($"the rendered document exceeds the output limit of {limit:N0} characters");

/// <summary>Writes a part's output to a TextWriter, counting characters against the render's output limit.</summary>
internal sealed class LimitedOutput(TextWriter writer, RenderContext context) : IScriptOutput
{
    /// <summary>Writes a slice of text.</summary>
    public void Write(string text, int offset, int count)
    {
        context.Written += count;
        if (context.Written > context.MaxOutput) throw new OutputLimitException(context.MaxOutput);
        writer.Write(text.AsSpan(offset, count));
    }

    /// <summary>Writes a slice of text (synchronously: rendering is never asynchronous here).</summary>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
