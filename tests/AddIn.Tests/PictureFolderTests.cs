using Microsoft.Extensions.DependencyInjection;
using OfficeTools.AddIn.Server.Services;

namespace OfficeTools.AddIn.Tests;

/// <summary>AddIn:PictureFolder: the folder the add-in's templates read picture paths in; none by default (only base64 pictures).</summary>
public class PictureFolderTests
{
    public sealed class WithFolder : AddInApplication
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["AddIn:PictureFolder"] = Path.Combine(DataRoot, "pictures") };
    }

    public sealed class Default : AddInApplication;

    [Fact]
    public void The_configured_folder_is_the_templates_picture_root_and_without_one_there_is_none()
    {
        using var with = new WithFolder();
        var library = with.Services.GetRequiredService<TemplateLibrary>();
        Assert.Equal(Path.GetFullPath(Path.Combine(with.DataRoot, "pictures")), library.PictureFolder);
        Assert.False(library.Get("notice.docx").HasErrors);
        using var plain = new Default();
        Assert.Null(plain.Services.GetRequiredService<TemplateLibrary>().PictureFolder);
    }
}
