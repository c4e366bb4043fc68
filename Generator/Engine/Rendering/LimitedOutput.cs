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

/// <summary>
/// Output held back while it matches, character for character, what an element gives when its blocks produce
/// nothing (its skeleton). The first character that differs sends what was held on to the output below and lets the
/// rest through, so a large table or paragraph is never kept in memory; at the end, a complete match is dropped.
/// </summary>
internal sealed class HeldOutput(RenderContext context) : IScriptOutput
{
    readonly System.Text.StringBuilder _sb = new();
    IScriptOutput _below = null!;
    string? _skeleton;
    bool _passing;

    /// <summary>Starts holding, in front of <paramref name="below"/>, output expected to equal <paramref name="skeleton"/> (null: let everything through).</summary>
    public void Start(IScriptOutput below, string? skeleton)
    {
        _below = below;
        _skeleton = skeleton;
        _passing = skeleton == null;
        _sb.Clear();
    }

    /// <summary>Holds a slice of text while it matches the skeleton; otherwise passes it (and what was held) on.</summary>
    public void Write(string text, int offset, int count)
    {
        if (!_passing)
        {
            var at = _sb.Length;
            if (at + count <= _skeleton!.Length && text.AsSpan(offset, count).SequenceEqual(_skeleton.AsSpan(at, count)))
            {
                context.Written += count;
                if (context.Written > context.MaxOutput) throw new OutputLimitException(context.MaxOutput);
                _sb.Append(text, offset, count);
                return;
            }
            Flush();
        }
        _below.Write(text, offset, count);
    }

    /// <summary>Holds or passes a slice of text (synchronously).</summary>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Ends the hold: a complete match is dropped, anything else is passed on.</summary>
    public void Finish()
    {
        if (!_passing)
        {
            if (_sb.Length == _skeleton!.Length) context.Written -= _sb.Length;
            else Flush();
        }
        Discard();
    }

    /// <summary>Forgets the hold without writing anything.</summary>
    public void Discard()
    {
        _sb.Clear();
        _skeleton = null;
        _below = null!;
        _passing = false;
    }

    // What was held goes on below (counted there instead of here); from now on everything passes straight through.
    void Flush()
    {
        _passing = true;
        if (_sb.Length == 0) return;
        context.Written -= _sb.Length;
        var held = _sb.ToString();
        _sb.Clear();
        _below.Write(held, 0, held.Length);
    }
}
