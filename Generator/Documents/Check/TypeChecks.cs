namespace OfficeTools.Documents.Check;

/// <summary>Font and size tests on a paragraph's runs, shared by the element checks.</summary>
internal static class TypeChecks
{
    /// <summary>The first run drawing Chinese characters in a face other than <paramref name="expected"/>, among the first <paramref name="chars"/> compact characters.</summary>
    public static RunText? WrongFace(Block b, Typeface expected, int chars = int.MaxValue) =>
        Prefix(b, chars).FirstOrDefault(r => r.Text.Any(Patterns.IsIdeograph) && Typefaces.Of(r.Look.EastAsiaFont) != expected);

    /// <summary>The first run showing text at a size other than <paramref name="points"/>.</summary>
    public static RunText? WrongSize(Block b, double points, int chars = int.MaxValue) =>
        Prefix(b, chars).FirstOrDefault(r => r.Text.Any(c => !char.IsWhiteSpace(c)) && Math.Abs(r.Look.Points - points) > 0.01);

    /// <summary>"此处为「仿宋_GB2312」" for messages.</summary>
    public static string FaceWas(RunText r) => $"此处为「{Typefaces.Shown(r.Look.EastAsiaFont)}」";

    /// <summary>"此处为四号（14磅）" for messages.</summary>
    public static string SizeWas(RunText r) => $"此处为{Typefaces.SizeName(r.Look.Points)}（{r.Look.Points:0.#}磅）";

    /// <summary>Checks face and size of <paramref name="b"/> and records a finding for each that is off.</summary>
    public static void Require(CheckContext c, Block b, string element, Typeface face, CheckRule faceRule, double points, CheckRule sizeRule, int chars = int.MaxValue)
    {
        if (WrongFace(b, face, chars) is { } f)
            c.Add(faceRule, b.Place, $"{element}应使用{Typefaces.Name(face)}，{FaceWas(f)}");
        if (WrongSize(b, points, chars) is { } s)
            c.Add(sizeRule, b.Place, $"{element}应为{Typefaces.SizeName(points)}字（{points:0.#}磅），{SizeWas(s)}");
    }

    /// <summary>The runs covering the first <paramref name="chars"/> non-space characters.</summary>
    static IEnumerable<RunText> Prefix(Block b, int chars)
    {
        var seen = 0;
        foreach (var r in b.Runs)
        {
            if (seen >= chars) yield break;
            yield return r;
            seen += r.Text.Count(c => !char.IsWhiteSpace(c));
        }
    }
}
