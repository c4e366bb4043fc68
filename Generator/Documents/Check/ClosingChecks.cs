namespace OfficeTools.Documents.Check;

/// <summary>The end of the 主体: 附件说明 (§7.3.4) and 成文日期 (§7.3.5.4).</summary>
internal static class ClosingChecks
{
    const string Punctuation = "。．.，,；;：:！!？?、";

    /// <summary>Runs the 附件说明 and date checks.</summary>
    public static void Run(CheckContext c)
    {
        var a = c.Anatomy;
        if (a.Unrecognised) return;
        AttachmentNote(c, a.AttachmentNote);
        if (a.Date is { } date) Date(c, date);
        else if (a.Masthead is not null && a.Body.Count > 0)
            c.Add(CheckRules.NoDate, a.Body[^1].Place, "未在正文之后找到单独成段的成文日期，不检查日期格式");
    }

    static void AttachmentNote(CheckContext c, IReadOnlyList<Block> note)
    {
        if (note.Count == 0) return;
        var first = note[0];
        if (first.Compact[2] != '：')
            c.Add(CheckRules.AttachmentColon, first.Place, "“附件”二字后应标全角冒号“：”");
        var names = new List<(Block Block, string Text)> { (first, first.Compact[3..]) };
        names.AddRange(note.Skip(1).Select(b => (b, b.Compact)));
        var numbered = names.Count > 1 || Patterns.AttachmentItem().IsMatch(names[0].Text);
        foreach (var (b, text) in names)
        {
            var name = text;
            if (numbered)
            {
                var m = Patterns.AttachmentItem().Match(text);
                if (!m.Success)
                    c.Add(CheckRules.AttachmentNumbering, b.Place, "有多个附件时，应使用阿拉伯数字标注附件顺序号（如“附件：1.××××”）");
                else
                {
                    if (m.Groups["dot"].Value is not ("." or "．"))
                        c.Add(CheckRules.AttachmentNumbering, b.Place, $"附件顺序号应写作“{m.Groups["no"].Value}.”，此处为“{m.Value}”");
                    name = text[m.Length..];
                }
            }
            if (name.Length > 0 && Punctuation.Contains(name[^1], StringComparison.Ordinal))
                c.Add(CheckRules.AttachmentPunctuation, b.Place, $"附件名称后不加标点符号，此处以“{name[^1]}”结尾");
        }
    }

    static void Date(CheckContext c, Block b) =>
        DateForm.Check(c, b, b.Compact, "成文日期", CheckRules.DateNumerals, CheckRules.DateYear, CheckRules.DatePadding);
}
