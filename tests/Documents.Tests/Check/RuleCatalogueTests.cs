using OfficeTools.Documents.Check;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>The codes are a contract with scripts: unique, GW + four digits, each citing a clause (but the file errors).</summary>
public class RuleCatalogueTests
{
    [Fact]
    public void Codes_are_unique_and_cite_clauses()
    {
        var rules = CheckRules.All;
        Assert.True(rules.Count > 40);
        Assert.Equal(rules.Count, rules.Select(r => r.Code).Distinct().Count());
        Assert.All(rules, r => Assert.Matches(@"^GW\d{4}$", r.Code));
        Assert.All(rules.Where(r => r != CheckRules.Unreadable), r => Assert.Matches(@"^§\d+(\.\d+)*$", r.Clause!));
        Assert.All(rules, r => Assert.Contains(r.Title, c => c >= '\u4e00' && c <= '\u9fff'));
    }
}
