using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests;

/// <summary>Ledger.Subtree: a unit and everything below it by parent, for the add-in's level-scoped roles.</summary>
public class LedgerSubtreeTests
{
    static Unit U(string id, string? parent) => MiniLedger.Unit(id) with { Parent = parent };

    static Ledger.Ledger Of(params Unit[] units) => new(MiniLedger.Campaign(), units, [], []);

    [Fact]
    public void A_township_holds_its_villages_and_their_members_never_a_siblings()
    {
        var l = Of(U("T1", null), U("T2", null), U("V11", "T1"), U("V12", "T1"), U("P111", "V11"), U("V21", "T2"));
        Assert.Equal(["P111", "T1", "V11", "V12"], l.Subtree("T1").Order(StringComparer.Ordinal));
        Assert.Equal(["T2", "V21"], l.Subtree("T2").Order(StringComparer.Ordinal));
        Assert.Equal(["P111"], l.Subtree("P111"));
        Assert.True(l.IsWithin("P111", "T1"));
        Assert.False(l.IsWithin("V21", "T1"));
        Assert.False(l.IsWithin("T1", "V11"));
    }

    [Fact]
    public void An_unknown_unit_has_an_empty_subtree_and_a_hand_made_cycle_still_ends()
    {
        var l = Of(U("A", "B"), U("B", "A"), U("C", "C"));
        Assert.Empty(l.Subtree("Z"));
        Assert.Equal(["A", "B"], l.Subtree("A").Order(StringComparer.Ordinal));
        Assert.Equal(["C"], l.Subtree("C"));
    }
}
