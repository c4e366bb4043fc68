namespace OfficeTools.Documents.Campaigns;

/// <summary>The 复核 verdict of the level above on one item.</summary>
public enum Verdict
{
    /// <summary>通过.</summary>
    Pass,
    /// <summary>退回重办 (回炉), with a reason.</summary>
    Return,
}

/// <summary>The Chinese words of <see cref="Verdict"/>: the verification sheet's choices and the command line's values.</summary>
public static class Verdicts
{
    /// <summary>The word for a verdict.</summary>
    public static string Text(this Verdict verdict) => verdict == Verdict.Pass ? "通过" : "退回重办";

    /// <summary>The choices a verification sheet offers, in order.</summary>
    public static IReadOnlyList<string> Choices { get; } = [Verdict.Pass.Text(), Verdict.Return.Text()];

    /// <summary>The verdict of a word (通过 / 退回重办, or pass / return), or null.</summary>
    public static Verdict? Parse(string? text) => text?.Trim() switch
    {
        "通过" or "pass" or "Pass" => Verdict.Pass,
        "退回重办" or "退回" or "return" or "Return" => Verdict.Return,
        _ => null,
    };
}
