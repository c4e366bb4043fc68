using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Models;

namespace OfficeTools.Documents.Catalogue;

public sealed partial record DocumentType
{
    /// <summary>The render model of this document, as <see cref="ModelBuilder"/> builds it: a unit's form or notice (with its number), or the briefing.</summary>
    public Dictionary<string, object?> ModelOf(ModelBuilder models, Unit? unit = null, string? number = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        return Kind switch
        {
            DocumentKind.Form => models.Form(unit ?? throw new ArgumentNullException(nameof(unit), "a form is a unit's")),
            DocumentKind.Notice => models.Notice(unit ?? throw new ArgumentNullException(nameof(unit), "a notice is a unit's"),
                number ?? throw new ArgumentNullException(nameof(number), "a notice has a number")),
            DocumentKind.SampleList or DocumentKind.SampleRecord => throw new ArgumentException("抽查 documents are made from a draw: ModelBuilder.SampleList, ModelBuilder.SampleRecord", nameof(unit)),
            DocumentKind.Bulletin => models.Bulletin(),
            DocumentKind.TalkNotice or DocumentKind.TalkRecord or DocumentKind.AdmonitionRecord or DocumentKind.Commendation or DocumentKind.MemberReport =>
                throw new ArgumentException("the documents of an outcome are made from it: ModelBuilder.TalkNotice, TalkRecord, AdmonitionRecord, Commendation, MemberReport", nameof(unit)),
            DocumentKind.Reminder => throw new ArgumentException("a 催办通知 is made from a unit's 催办 row: ModelBuilder.Reminder", nameof(unit)),
            _ => models.Briefing(),
        };
    }
}
