using System.Collections.Concurrent;

namespace OfficeTools.Collect.Stores;

/// <summary>
/// What the store knows of the library after one walk: every file's path (built from folder ids, since SharePoint's
/// delta gives no parent path), SharePoint's quickXorHash, and the two hashes OfficeTools recorded in the file's columns.
/// </summary>
sealed class LibraryIndex
{
    /// <summary>Files by path relative to the library root.</summary>
    public ConcurrentDictionary<string, LibraryFile> Files { get; } = new(StringComparer.Ordinal);
}

/// <summary>A file in the library: item id, SharePoint's hash now, our hash of what we sent, SharePoint's hash right after.</summary>
sealed record LibraryFile(string ItemId, string QuickXorHash, string ContentHash, string StoredHash);

/// <summary>One delta entry, kept until every folder is known.</summary>
sealed record DeltaEntry(string Id, string Name, string? ParentId, bool IsRoot, bool IsFile, string QuickXorHash, string? ListItemId);
