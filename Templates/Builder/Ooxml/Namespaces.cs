namespace OfficeTools.TemplateBuilder.Ooxml;

/// <summary>Namespace declarations for the root element of document, header and footer parts.</summary>
public static class Namespaces
{
    /// <summary>w, r, w14 and mc, with w14 ignorable.</summary>
    public const string Root =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";
}
