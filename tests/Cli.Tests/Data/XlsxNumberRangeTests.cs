using OfficeTools.Data;

namespace OfficeTools.Cli.Tests.Data;

/// <summary>A numeric cell beyond a double (hand-made or foreign workbooks) is never read as Infinity.</summary>
public class XlsxNumberRangeTests
{
    [Theory]
    [InlineData("1E400")]
    [InlineData("-1e309")]
    public void A_numeric_cell_beyond_a_double_stays_its_text(string raw)
    {
        var path = Path.Combine(CliHarness.TempDir(), "book.xlsx");
        File.WriteAllBytes(path, XlsxFixtures.Workbook(["台账"],
            ["<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>金额</t></is></c></row>" +
             $"<row r=\"2\"><c r=\"A2\"><v>{raw}</v></c></row>"], [], [], [0]));
        var result = DataLoader.Load(path);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        var row = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(result.Value)));
        Assert.Equal(raw, row["金额"]);
    }
}
