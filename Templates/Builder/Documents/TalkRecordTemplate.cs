using static OfficeTools.TemplateBuilder.Documents.Gongwen;
using static OfficeTools.TemplateBuilder.Ooxml.W;

namespace OfficeTools.TemplateBuilder.Documents;

/// <summary>The words of one record form: the 约谈记录's (约谈对象, 约谈人 …) or the 诫勉谈话记录's (谈话对象, 谈话人 …).</summary>
/// <param name="Talk">约谈 or 谈话: the word before 对象, 人, 时间, 地点.</param>
/// <param name="Grounds">约谈事由 or 诫勉事由.</param>
/// <param name="Response">被约谈人表态 or 本人表态.</param>
/// <param name="Subject">被约谈人 or 被诫勉人: who signs first.</param>
public sealed record TalkRecordWords(string Talk, string Grounds, string Response, string Subject)
{
    /// <summary>The 约谈记录 (DocumentCatalogue.TalkRecord).</summary>
    public static TalkRecordWords TalkRecord { get; } = new("约谈", "约谈事由", "被约谈人表态", "被约谈人");

    /// <summary>The 诫勉谈话记录 (DocumentCatalogue.AdmonitionRecord).</summary>
    public static TalkRecordWords Admonition { get; } = new("谈话", "诫勉事由", "本人表态", "被诫勉人");
}

/// <summary>
/// The 约谈记录 and 诫勉谈话记录 templates: who is talked to and why (from the record model of Templates/README.md), then content
/// controls for the talk's record: who talked and recorded, when and where, what was said, the answer, the undertaking, both signatures.
/// </summary>
public static class TalkRecordTemplate
{
    /// <summary>The body XML of one record template (inner XML of w:body).</summary>
    public static string Xml(TalkRecordWords w) => string.Concat(
        P("GwTitle", R("{{ record.title }}"), "<w:spacing w:before=\"0\" w:after=\"0\"/>"),
        PT("GwNote", $"填写说明：{w.Talk}结束后由记录人如实填写，经{w.Subject}核对签字后，连同有关材料存档备查。"),
        Header(w),
        Record(w),
        Body("本记录一式两份，一份存档，一份交所在单位党组织。"),
        P("GwTail", ""));

    // six-character labels (被约谈人签字) on one line of 小四
    static readonly int[] Widths = [1800, 2600, 1500, 2944];

    static string Header(TalkRecordWords t)
    {
        var w = Widths;
        var span = w[1] + w[2] + w[3];
        return Table(w,
        [
            Row(false, Label(w[0], $"{t.Talk}对象"), TextCell(w[1], R("{{ record.subject }}")), Label(w[2], "职务"), TextCell(w[3], R("{{ record.post }}"))),
            Row(false, Label(w[0], "所在单位"), TextCell(span, R("{{ record.org }}"), span: 3)),
            Row(false, Label(w[0], $"{t.Talk}人"), TextCell(w[1], PlainText($"{t.Talk}人", "talker")), Label(w[2], "记录人"), TextCell(w[3], PlainText("记录人", "recorder"))),
            Row(false, Label(w[0], $"{t.Talk}时间"), TextCell(w[1], DatePicker($"{t.Talk}时间", "talk_date")), Label(w[2], $"{t.Talk}地点"), TextCell(w[3], PlainText($"{t.Talk}地点", "place"))),
            Row(false, Label(w[0], t.Grounds), TextCell(span, R("{{ record.grounds }}"), span: 3)),
        ]);
    }

    static string Record(TalkRecordWords t)
    {
        var w = Widths;
        var span = w[1] + w[2] + w[3];
        string Rich(int height, string label, string tag) =>
            TallRow(height, Label(w[0], label), Cell(span, RichText(label, tag), span: 3, vAlign: "top"));
        return Table(w,
        [
            Rich(2600, $"{t.Talk}内容", "content"),
            Rich(1300, t.Response, "response"),
            Rich(1300, "整改承诺", "undertaking"),
            TallRow(720, Label(w[0], $"{t.Subject}签字"), Cell(w[1], P("GwTableText", SignHere($"{t.Subject}签字", "signature"))),
                Label(w[2], $"{t.Talk}人签字"), Cell(w[3], P("GwTableText", SignHere($"{t.Talk}人签字", "talker_signature")))),
        ]);
    }
}
