using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace OfficeTools.Testing;

/// <summary>Validates produced packages with the Open XML SDK, the bar every produced .docx must pass.</summary>
public static class DocxValidation
{
    /// <summary>Returns every schema/semantic error of the package as readable lines (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var doc = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        return validator.Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>Throws with every validation error listed when the package is not valid.</summary>
    public static void AssertValid(byte[] docx, string what = "document")
    {
        var errors = Errors(docx);
        if (errors.Count > 0)
            throw new InvalidDataException($"{what}: {errors.Count} OpenXmlValidator error(s):\n" + string.Join("\n", errors.Take(20)));
    }

    /// <summary>Validates a file on disk.</summary>
    public static void AssertValidFile(string path) => AssertValid(File.ReadAllBytes(path), path);
}
