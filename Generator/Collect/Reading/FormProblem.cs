namespace OfficeTools.Collect.Reading;

/// <summary>
/// The problems found in a returned form, as <see cref="Diagnostic"/>s: the <see cref="Diagnostic.Id"/> is one of the
/// stable codes below, the <see cref="Diagnostic.Location"/> is the content control's tag (empty for the whole file).
/// </summary>
public static class FormProblem
{
    /// <summary>A problem of a form: its code, the tag concerned (null for the whole file), the message.</summary>
    public static Diagnostic At(string code, string? tag, string message) =>
        new(code, DiagnosticSeverity.Error, "", "", tag ?? "", "", message);

    /// <summary>The file is not a .docx package (not a zip, or no Word document inside).</summary>
    public const string NotDocx = "not-docx";
    /// <summary>The package or its XML is damaged.</summary>
    public const string Corrupt = "corrupt";
    /// <summary>The package was refused by the shared inspection: a zip bomb, an unsafe part name, a DTD, macros.</summary>
    public const string Refused = "refused-package";
    /// <summary>A Word document without the unit.id control: not one of our forms.</summary>
    public const string NotOurForm = "not-our-form";
    /// <summary>The unit.id names no unit of the ledger.</summary>
    public const string UnknownUnit = "unknown-unit";
    /// <summary>A per-item control names an item that is not the unit's.</summary>
    public const string UnknownItem = "unknown-item";
    /// <summary>A required answer is empty.</summary>
    public const string RequiredMissing = "required-missing";
    /// <summary>A drop-down or combo box holds a value outside its choices.</summary>
    public const string NotAChoice = "not-a-choice";
    /// <summary>A date picker holds text that is not a date.</summary>
    public const string BadDate = "bad-date";
    /// <summary>A control the form must have is gone.</summary>
    public const string ControlDeleted = "control-deleted";
    /// <summary>A tag occurs more than once.</summary>
    public const string ControlDuplicated = "control-duplicated";

    /// <summary>A return slip names a notice the campaign never issued to its unit (or in another round).</summary>
    public const string UnknownNotice = "unknown-notice";
    /// <summary>A return slip came back as another unit's than the one its notice was issued to.</summary>
    public const string OtherUnit = "other-unit";

    /// <summary>The form carries no sealed identity: it was not generated for this campaign (or it was removed).</summary>
    public const string NoIdentity = "no-identity";
    /// <summary>The form's identity does not match its seal, or its unit.id / form.kind: it was edited.</summary>
    public const string IdentityEdited = "identity-edited";
    /// <summary>The form was generated for another campaign.</summary>
    public const string OtherCampaign = "other-campaign";
    /// <summary>This machine has no key for the campaign, so no form can be verified.</summary>
    public const string NoCampaignKey = "no-campaign-key";

    extension(Diagnostic problem)
    {
        /// <summary>The content control's tag the problem concerns, or null for the whole file.</summary>
        public string? Tag => problem.Location.Length > 0 ? problem.Location : null;

        /// <summary>True for the problems of a form's identity: such a form counts for no unit.</summary>
        public bool IsIdentityProblem => problem.Id is NoIdentity or IdentityEdited or OtherCampaign or NoCampaignKey;

        /// <summary>True for problems that make the form invalid rather than merely incomplete.</summary>
        public bool IsInvalidating => problem.Id != RequiredMissing;

        /// <summary>One line for a person: <c>code [tag]: message</c>.</summary>
        public string Line => problem.Tag is null ? $"{problem.Id}: {problem.Message}" : $"{problem.Id} [{problem.Tag}]: {problem.Message}";
    }
}
