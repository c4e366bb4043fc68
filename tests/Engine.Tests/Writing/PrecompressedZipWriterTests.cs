using OfficeTools.Engine.Base;
using System.IO.Compression;
using System.Text;
using OfficeTools.Engine.Writing;

namespace OfficeTools.Engine.Tests.Writing;

public class PrecompressedZipWriterTests
{
    [Fact]
    public void Package_rebuilt_from_prepared_entries_opens_and_validates()
    {
        var source = OfficeTools.Testing.DocxFactory.Create(OfficeTools.Testing.DocxFactory.P("甲乙 & <丙>", "丁"),
            headerXml: OfficeTools.Testing.DocxFactory.P("页眉"));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read))
        using (var writer = new PrecompressedZipWriter(output))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                if (e.FullName == "word/document.xml") writer.Add(e.FullName, ms.ToArray());
                else writer.Add(PreparedEntry.Create(e.FullName, ms.ToArray()));
            }
        }
        var bytes = output.ToArray();
        OfficeTools.Testing.DocxValidation.AssertValid(bytes);
        Assert.Equal("甲乙 & <丙>丁", OfficeTools.Testing.DocxText.Body(bytes));
        Assert.Equal("页眉", OfficeTools.Testing.DocxText.Part(bytes, "headers"));
    }

    [Fact]
    public void Entries_round_trip_through_ZipArchive_with_their_crc()
    {
        var big = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<w:p>{i}行</w:p>")));
        using var output = new MemoryStream();
        using (var writer = new PrecompressedZipWriter(output))
        {
            writer.Add(PreparedEntry.Create("a/big.xml", big));
            writer.Add("b/名字.xml", "<x/>"u8);
            writer.Add(PreparedEntry.Create("media/pic.png", [1, 2, 3, 4]));
        }
        output.Position = 0;
        using var read = new ZipArchive(output, ZipArchiveMode.Read);
        Assert.Equal(["a/big.xml", "b/名字.xml", "media/pic.png"], read.Entries.Select(e => e.FullName));
        foreach (var e in read.Entries)
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms); // ZipArchive checks the CRC at the end of the stream
            Assert.Equal(e.Length, ms.Length);
        }
        using var bigStream = read.GetEntry("a/big.xml")!.Open();
        using var bigCopy = new MemoryStream();
        bigStream.CopyTo(bigCopy);
        Assert.Equal(big, bigCopy.ToArray());
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));
        Assert.Equal(0u, Crc32.Compute([]));
    }
}
