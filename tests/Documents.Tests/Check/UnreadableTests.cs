using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests.Check;

/// <summary>Files the checker cannot read give one located GW0001, never an exception.</summary>
public class UnreadableTests
{
    [Fact]
    public void A_zip_bomb_is_refused_with_its_part()
    {
        var bomb = ZipEdits.AddBomb(ForeignGongwen.Create(), "word/media/big.bin", 600L * 1024 * 1024);
        var f = Assert.Single(Findings.Of(bomb));
        Assert.Equal("GW0001", f.Code);
        Assert.Equal("word/media/big.bin", f.Place.Part);
        Assert.Contains("压缩炸弹", f.Message);
    }

    [Fact]
    public void Text_renamed_docx_is_not_a_word_document()
    {
        var f = Assert.Single(Findings.Of("这不是一个 Word 文件。"u8.ToArray()));
        Assert.Equal("GW0001", f.Code);
        Assert.Contains("不是 Word 文档", f.Message);
    }

    [Fact]
    public void A_relationship_to_a_missing_part_is_named_not_thrown()
    {
        var docx = ZipEdits.Edit(ForeignGongwen.Create(), z => z.Entries.First(e => e.FullName.Contains("footer", StringComparison.Ordinal)).Delete());
        var f = Assert.Single(Findings.Of(docx));
        Assert.Equal("GW0001", f.Code);
        Assert.Equal("word/_rels/document.xml.rels", f.Place.Part);
        Assert.Contains("缺少部件", f.Message);
    }
}
