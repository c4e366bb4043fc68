namespace OfficeTools.Documents.Batch;

/// <summary>
/// What turns prepared .docx copies into PDFs for one worker: LibreOffice on this machine (<see cref="SofficeEngine"/>) or
/// a Gotenberg service (<see cref="GotenbergEngine"/>). Each call gets a folder of its own to write NAME.pdf into.
/// </summary>
internal interface IPdfEngine
{
    /// <summary>Converts the named copies into <paramref name="folder"/>; what has no PDF, with the reason.</summary>
    PdfConversion Convert(string folder, IReadOnlyList<(string Name, byte[] Bytes)> documents, CancellationToken ct);
}

/// <summary>One engine call: where the PDFs are (NAME.pdf), and the names that have none, each with its reason.</summary>
internal sealed record PdfConversion(string Folder, IReadOnlyDictionary<string, string> Missing)
{
    /// <summary>The PDF of the copy <paramref name="name"/>.</summary>
    public string Pdf(string name) => Path.Combine(Folder, name + ".pdf");
}
