namespace OfficeTools.Engine;

/// <summary>
/// The outcome of one render: the document bytes (null when rendering into a stream), or the errors.
/// </summary>
public sealed record RenderResult(byte[]? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when a document was produced (returned in <see cref="Document"/> or written to the stream).</summary>
    public bool Success => Diagnostics.Count == 0;
}
