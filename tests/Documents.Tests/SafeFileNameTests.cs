using System.Text;
using OfficeTools.Documents.Batch;

namespace OfficeTools.Documents.Tests;

/// <summary>Unit names become file names valid everywhere.</summary>
public class SafeFileNameTests
{
    [Theory]
    [InlineData("县教育局/县体育局联合党组", "县教育局_县体育局联合党组")]
    [InlineData("a:b*c?d\"e<f>g|h\\i", "a_b_c_d_e_f_g_h_i")]
    [InlineData("..隐藏单位", "隐藏单位")]
    [InlineData(".", "unit")]
    [InlineData("   ", "unit")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("末尾点...", "末尾点")]
    [InlineData("tab\there", "tab_here")]
    public void Names_are_made_safe(string name, string expected) => Assert.Equal(expected, SafeFileName.Of(name));

    [Fact]
    public void Long_names_are_cut_on_a_character_boundary()
    {
        var name = string.Concat(Enumerable.Repeat("青山县某某局", 40));
        var safe = SafeFileName.Of(name);
        Assert.True(Encoding.UTF8.GetByteCount(safe) <= 120);
        Assert.StartsWith("青山县某某局", safe);
        Assert.DoesNotContain('\uFFFD', safe);
    }
}
