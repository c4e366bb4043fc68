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

/// <summary>Output held back in memory (counted against the output limit) until the engine decides whether to keep it.</summary>
internal sealed class HeldOutput(RenderContext context) : IScriptOutput
{
    readonly System.Text.StringBuilder _sb = new();

    /// <summary>Characters held.</summary>
    public int Length => _sb.Length;

    /// <summary>Holds a slice of text.</summary>
    public void Write(string text, int offset, int count)
    {
        context.Written += count;
        if (context.Written > context.MaxOutput) throw new OutputLimitException(context.MaxOutput);
        _sb.Append(text, offset, count);
    }

    /// <summary>Holds a slice of text (synchronously).</summary>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>True when what is held is exactly <paramref name="text"/>.</summary>
    public bool Is(string? text) => text != null && _sb.Equals(text.AsSpan());

    /// <summary>Writes what is held to <paramref name="output"/>.</summary>
    public void WriteTo(IScriptOutput output)
    {
        var s = _sb.ToString();
        output.Write(s, 0, s.Length);
    }

    /// <summary>Empties the buffer for reuse (large buffers are let go).</summary>
    public void Clear()
    {
        _sb.Clear();
        if (_sb.Capacity > 1 << 20) _sb.Capacity = 1024;
    }
}
