using OfficeTools.Collect.Reading;
using OfficeTools.Collect.Submissions;

namespace OfficeTools.Collect.Tests;

/// <summary>The one submission service: problems → status, which submission counts, and the words kept in stores and shown.</summary>
public sealed class SubmissionServiceTests
{
    static Diagnostic P(string code) => FormProblem.At(code, null, code);

    [Theory]
    [InlineData(SubmissionStatus.Submitted)]
    [InlineData(SubmissionStatus.Incomplete, FormProblem.RequiredMissing)]
    [InlineData(SubmissionStatus.Incomplete, FormProblem.RequiredMissing, FormProblem.RequiredMissing)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.RequiredMissing, FormProblem.NotAChoice)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.ControlDeleted)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.ControlDuplicated)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.BadDate)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.NotOurForm)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.Corrupt)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.NotDocx)]
    [InlineData(SubmissionStatus.Invalid, FormProblem.UnknownItem)]
    [InlineData(SubmissionStatus.Rejected, FormProblem.NoIdentity)]
    [InlineData(SubmissionStatus.Rejected, FormProblem.RequiredMissing, FormProblem.IdentityEdited)]
    [InlineData(SubmissionStatus.Rejected, FormProblem.OtherCampaign, FormProblem.ControlDeleted)]
    [InlineData(SubmissionStatus.Rejected, FormProblem.NoCampaignKey)]
    public void Problems_classify_into_one_status(SubmissionStatus expected, params string[] codes) =>
        Assert.Equal(expected, SubmissionService.Classify(codes.Select(P)));

    sealed record Sub(string Name, SubmissionStatus Status, int Version = 0, int Minute = 0);

    static string Pick(bool late, params Sub[] subs)
    {
        var d = SubmissionService.Decide(subs, s => new SubmissionFacts(s.Status, s.Version,
            new DateTimeOffset(2026, 12, 1, 9, s.Minute, 0, TimeSpan.Zero), s.Name + ".docx"), late);
        return $"{d.Status.Word()} {d.Counted?.Name ?? "none"} | newer: {string.Join(",", d.NewerNotCounted.Select(n => n.Name))}";
    }

    const SubmissionStatus Ok = SubmissionStatus.Submitted, Part = SubmissionStatus.Incomplete,
        Bad = SubmissionStatus.Invalid, Forged = SubmissionStatus.Rejected;

    [Fact]
    public void The_latest_valid_counts_then_the_latest_invalid_never_a_rejected_one()
    {
        Assert.Equal("submitted a | newer: b,c", Pick(false, new("a", Ok, 1), new("b", Bad, 2), new("c", Forged, 3)));
        Assert.Equal("incomplete c | newer: ", Pick(false, new("a", Ok, 1), new("b", Bad, 2), new("c", Part, 3)));
        Assert.Equal("invalid b | newer: c", Pick(false, new("a", Bad, 1), new("b", Bad, 2), new("c", Forged, 3)));
        Assert.Equal("missing none | newer: a", Pick(false, new Sub("a", Forged, 1)));
        Assert.Equal("overdue none | newer: a", Pick(true, new Sub("a", Forged, 1)));
        Assert.Equal("missing none | newer: ", Pick(false));
        Assert.Equal("overdue none | newer: ", Pick(true));
    }

    [Fact]
    public void Latest_is_by_version_first_then_time_then_file_whatever_the_listing_order()
    {
        // the store's numbering wins over a clock that disagrees (another server took version 2 a minute "earlier")
        Assert.Equal("submitted b | newer: ", Pick(false, new("b", Ok, 2, Minute: 1), new("a", Ok, 1, Minute: 5)));
        Assert.Equal("incomplete a | newer: ", Pick(false, new("a", Part, 1, Minute: 5), new("b", Ok, 0, Minute: 9)));
        // files in a folder have no version: the time decides, then the name
        Assert.Equal("submitted late | newer: ", Pick(false, new("late", Ok, Minute: 7), new("early", Part, Minute: 3)));
        Assert.Equal("incomplete y | newer: ", Pick(false, new("y", Part, Minute: 3), new("x", Ok, Minute: 3)));
    }

    [Theory]
    [InlineData("Submitted", SubmissionStatus.Submitted)]
    [InlineData("Collected", SubmissionStatus.Submitted)]
    [InlineData("Incomplete", SubmissionStatus.Incomplete)]
    [InlineData("Invalid", SubmissionStatus.Invalid)]
    [InlineData("Rejected", SubmissionStatus.Rejected)]
    [InlineData("invalid", SubmissionStatus.Invalid)]
    [InlineData("typed by hand", SubmissionStatus.Submitted)]
    [InlineData(null, SubmissionStatus.Submitted)]
    public void Stored_texts_read_back_as_before(string? text, SubmissionStatus expected) =>
        Assert.Equal(expected, StoredStatus.FromStored(text));

    [Fact]
    public void Stored_texts_are_the_ones_existing_stores_hold()
    {
        Assert.Equal("Submitted", StoredStatus.ToStored(SubmissionStatus.Submitted));
        Assert.Equal("Collected", StoredStatus.ToStored(SubmissionStatus.Submitted, collected: true));
        Assert.Equal("Incomplete", StoredStatus.ToStored(SubmissionStatus.Incomplete, collected: true));
        Assert.Equal("Invalid", StoredStatus.ToStored(SubmissionStatus.Invalid));
        Assert.Equal("Rejected", StoredStatus.ToStored(SubmissionStatus.Rejected));
        Assert.Throws<ArgumentOutOfRangeException>(() => StoredStatus.ToStored(SubmissionStatus.Missing));
        foreach (var s in new[] { Ok, Part, Bad, Forged })
            Assert.Equal(s, StoredStatus.FromStored(StoredStatus.ToStored(s)));
    }

    [Fact]
    public void Every_status_has_one_word_and_one_chinese_name()
    {
        var all = Enum.GetValues<SubmissionStatus>();
        Assert.Equal(all.Length, all.Select(s => s.Word()).Distinct().Count());
        Assert.Equal(all.Length, all.Select(s => s.DisplayName()).Distinct().Count());
        Assert.Equal("ok", SubmissionStatus.Submitted.CheckWord());
        Assert.Equal("invalid", SubmissionStatus.Invalid.CheckWord());
        Assert.Equal("逾期未交", SubmissionStatus.Overdue.DisplayName());
    }
}
