namespace OfficeTools.Engine.Base;

/// <summary>The Office Open XML namespaces (ECMA-376, with Word 2010's extensions) that the stages read and write.</summary>
internal static class Ooxml
{
    /// <summary>WordprocessingML's main namespace.</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /// <summary>Word 2010's namespace (checkboxes, paragraph ids).</summary>
    public const string W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    /// <summary>Relationship references inside a part (r:id, r:embed).</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /// <summary>The prefix of every relationship type (…/relationships/styles, …/image).</summary>
    public const string RelationshipType = Relationships + "/";
    /// <summary>A .rels part's own namespace.</summary>
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    /// <summary>[Content_Types].xml's namespace.</summary>
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    /// <summary>DrawingML placement in a document (wp:inline, wp:anchor).</summary>
    public const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    /// <summary>DrawingML's main namespace.</summary>
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    /// <summary>DrawingML pictures.</summary>
    public const string Pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    /// <summary>VML's Office namespace.</summary>
    public const string O = "urn:schemas-microsoft-com:office:office";
    /// <summary>Markup compatibility (mc:Ignorable).</summary>
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /// <summary>docProps/custom.xml.</summary>
    public const string CustomProperties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
}
