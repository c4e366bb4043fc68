using OfficeTools.Engine.Lexing;
using Scriban;

namespace OfficeTools.Engine.Compile;

/// <summary>A templated part: its Scriban template and the map from source offsets back to tags.</summary>
internal sealed class CompiledPart(string entryName, string label, Template template, EmittedPart emitted)
{
    /// <summary>The zip entry it renders into.</summary>
    public string EntryName { get; } = entryName;
    /// <summary>body, header1, numbering…</summary>
    public string Label { get; } = label;
    /// <summary>The parsed template (thread-safe to render).</summary>
    public Template Template { get; } = template;

    /// <summary>Renumbers ids a loop repeats (drawings, bookmarks, revisions…), or null when none repeat.</summary>
    public IdRenumberer? Ids { get; init; }

    /// <summary>What each held element renders to when its blocks produce nothing (null: always kept).</summary>
    public string?[] Skeletons => emitted.Skeletons;

    /// <summary>The user tag at or before a source offset (synthetic code is skipped), for locating errors.</summary>
    public TagInfo? TagAt(int offset)
    {
        var idx = Array.BinarySearch(emitted.Offsets, offset);
        if (idx < 0) idx = ~idx - 1;
        for (var i = idx; i >= 0; i--)
            if (emitted.Entries[i].Tag is { } t) return t;
        return null;
    }
}
