using OfficeTools.Collect.Collecting;
using OfficeTools.Data;

namespace OfficeTools.Collect.Tests;

/// <summary>What collect picks up from a folder of returned forms.</summary>
public class ReturnedFolderTests
{
    [Fact]
    public void A_killed_runs_staging_inside_the_folder_is_not_read_as_returned_forms()
    {
        var dir = Directory.CreateTempSubdirectory("returned-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "U001.docx"), [1]);
            Directory.CreateDirectory(Path.Combine(dir, "sub"));
            File.WriteAllBytes(Path.Combine(dir, "sub", "U002.docx"), [1]);
            var staging = Directory.CreateDirectory(Path.Combine(dir, StagedOutput.StagingPrefix + "0123", "forms")).FullName;
            File.WriteAllBytes(Path.Combine(staging, "U003.docx"), [1]);
            File.WriteAllBytes(Path.Combine(dir, "~$U001.docx"), [1]);

            var names = ReturnedForm.FromFolder(dir).Select(f => Path.GetRelativePath(dir, f.File)).ToList();

            Assert.Equal(["U001.docx", Path.Combine("sub", "U002.docx")], names);
        }
        finally { Directory.Delete(dir, true); }
    }
}
