namespace OfficeTools.GraphEmulator;

/// <summary>SharePoint behaviours a client must survive, each switchable for tests.</summary>
public sealed class SharePointHabits
{
    /// <summary>
    /// SharePoint may rewrite Office files it stores (properties and metadata promoted into the package), so the
    /// stored bytes, size and hash differ from what was uploaded. When on, every stored .docx/.xlsx/.pptx is
    /// re-packed before it is kept.
    /// </summary>
    public bool RewriteOfficeFiles { get; set; }

    /// <summary>
    /// The list view threshold (5,000 on SharePoint Online, https://learn.microsoft.com/sharepoint/large-lists-large-libraries):
    /// past it, a filter on a column that is not indexed fails even with the Prefer header.
    /// </summary>
    public int ListViewThreshold { get; set; } = 5000;

    /// <summary>Sub-responses of a $batch come back in any order (https://learn.microsoft.com/graph/json-batching): reversed when on.</summary>
    public bool ReorderBatchResponses { get; set; } = true;
}
