using System.Text;
using OfficeTools.Cli.Rendering;

namespace OfficeTools.Cli.Tests;

public class FileNamesTests
{
    [Theory]
    [InlineData("notice-17", "notice-17.docx")]
    [InlineData("notice-17.DOCX", "notice-17.docx")]
    [InlineData("某某县/组织部:督办", "某某县_组织部_督办.docx")]
    [InlineData("a\tb\u0001c", "a_b_c.docx")]
    [InlineData("..hidden", "hidden.docx")]
    [InlineData("  CON  ", "_CON.docx")]
    [InlineData("lpt1.report", "_lpt1.report.docx")]
    [InlineData("what? <yes>|no*", "what_ _yes__no_.docx")]
    [InlineData("trailing. . ", "trailing.docx")]
    public void Names_are_made_safe(string raw, string expected) => Assert.Equal(expected, FileNames.Sanitize(raw));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData(".docx")]
    public void Nothing_left_is_null(string raw) => Assert.Null(FileNames.Sanitize(raw));

    [Fact]
    public void Long_names_are_cut_by_utf8_bytes_without_splitting_characters()
    {
        var name = FileNames.Sanitize(new string('督', 200) + "😀")!;
        Assert.True(Encoding.UTF8.GetByteCount(name) <= FileNames.MaxBytes);
        Assert.EndsWith("督.docx", name);
        var emoji = FileNames.Sanitize(string.Concat(Enumerable.Repeat("😀", 100)))!;
        Assert.True(Encoding.UTF8.GetByteCount(emoji) <= FileNames.MaxBytes);
        Assert.DoesNotContain('\uFFFD', emoji);
        Assert.Equal(emoji.Length % 2, ".docx".Length % 2);
    }
}
