using OfficeTools.Documents.Identity;
using OfficeTools.Documents.Ledger;
using OfficeTools.Engine;

namespace OfficeTools.Documents.Models;

public sealed partial class ModelBuilder
{
    /// <summary>Who a unit's form is for: the campaign, the unit, the form kind.</summary>
    public FormIdentity IdentityOf(Unit unit) =>
        new(ledger.Campaign.CampaignId, unit.Id, unit.IsPerson ? UnitKinds.Member : unit.Kind);

    /// <summary>
    /// The one way a form is made (batch and add-in alike): rendered from <see cref="Form"/>, then stamped with
    /// the unit's identity sealed by the campaign key (created in the key store on first use).
    /// </summary>
    /// <exception cref="CampaignKeyException">the campaign key cannot be read or created.</exception>
    public RenderResult RenderForm(DocxTemplate template, Unit unit, CancellationToken cancellationToken = default) =>
        Stamped(template, Form(unit), SealedIdentityOf(unit), cancellationToken);

    /// <summary>
    /// The unit's sealed identity, the value of the <see cref="FormStamp.PropertyName"/> property (the add-in sets
    /// it on a document it fills in Word).
    /// </summary>
    /// <exception cref="CampaignKeyException">the campaign key cannot be read or created.</exception>
    public string SealedIdentityOf(Unit unit) => IdentityOf(unit).Seal(CampaignKeys.ForGenerating(ledger.Campaign.CampaignId));

    /// <summary>Who a unit's notice is for, with its number and round (null: this round): its return slip is read back by it.</summary>
    public FormIdentity NoticeIdentityOf(Unit unit, string number, int? noticeRound = null) =>
        FormIdentity.Notice(ledger.Campaign.CampaignId, unit.Id, Catalogue.DocumentCatalogue.Notice.Title, number, noticeRound ?? round);

    /// <summary>The notice's sealed identity (see <see cref="SealedIdentityOf"/>); <paramref name="noticeRound"/> null: this round.</summary>
    /// <exception cref="CampaignKeyException">the campaign key cannot be read or created.</exception>
    public string SealedNoticeIdentityOf(Unit unit, string number, int? noticeRound = null) =>
        NoticeIdentityOf(unit, number, noticeRound).Seal(CampaignKeys.ForGenerating(ledger.Campaign.CampaignId));

    /// <summary>The one way a notice is made: rendered from <see cref="Notice"/>, then stamped like a form, with its number and round.</summary>
    /// <exception cref="CampaignKeyException">the campaign key cannot be read or created.</exception>
    public RenderResult RenderNotice(DocxTemplate template, Unit unit, string number, CancellationToken cancellationToken = default) =>
        Stamped(template, Notice(unit, number), SealedNoticeIdentityOf(unit, number), cancellationToken);

    /// <summary>A copy of the notice the trail issued (<see cref="Notice(Unit, Campaigns.NoticeRecord)"/>), sealed with its own number and round.</summary>
    /// <exception cref="CampaignKeyException">the campaign key cannot be read or created.</exception>
    public RenderResult RenderNotice(DocxTemplate template, Unit unit, Campaigns.NoticeRecord issued, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(issued);
        return Stamped(template, Notice(unit, issued), SealedNoticeIdentityOf(unit, issued.Number, issued.Round), cancellationToken);
    }

    // the seal is taken before rendering, so a missing key stops the render rather than leaving an unsealed document
    static RenderResult Stamped(DocxTemplate template, Dictionary<string, object?> model, string seal, CancellationToken cancellationToken)
    {
        var result = template.Render(model, cancellationToken);
        return result.Document is null ? result : result with { Document = FormStamp.Write(result.Document, seal) };
    }
}
