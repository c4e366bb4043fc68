using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeTools.Documents.Check;

/// <summary>
/// The 公文 elements found in a body by their content and position (not by style names, which differ in every
/// office): 标志, 发文字号, 标题, the 正文 paragraphs, 附件说明, 成文日期 and 版记.
/// </summary>
internal sealed class Anatomy
{
    const int TopParagraphs = 10;
    const double LargePoints = 20;
    const double TitlePoints = 18;

    /// <summary>The 发文机关标志, when there is a 版头.</summary>
    public Block? Masthead { get; private init; }
    /// <summary>The 发文字号.</summary>
    public Block? DocNumber { get; private init; }
    /// <summary>The title's lines.</summary>
    public IReadOnlyList<Block> Title { get; private init; } = [];
    /// <summary>The paragraphs from the one after the title to the end of the main text (not in tables, not empty).</summary>
    public IReadOnlyList<Block> Body { get; private init; } = [];
    /// <summary>The 附件说明 paragraphs (the first one, then the numbered names that follow).</summary>
    public IReadOnlyList<Block> AttachmentNote { get; private init; } = [];
    /// <summary>The 成文日期.</summary>
    public Block? Date { get; private init; }
    /// <summary>The 版记 paragraphs (抄送, 印发机关 and 印发日期), in order.</summary>
    public IReadOnlyList<Block> Colophon { get; private init; } = [];
    /// <summary>The blocks between the 版头's start and the title (where the red rule is drawn).</summary>
    public IReadOnlyList<Block> MastheadArea { get; private init; } = [];

    /// <summary>
    /// Finds the elements in <paramref name="blocks"/> (the body in reading order); <paramref name="boxes"/> are
    /// the text boxes' paragraphs, where a 标志 may stand instead.
    /// </summary>
    public static Anatomy Find(IReadOnlyList<Block> blocks, IReadOnlyList<Block> boxes)
    {
        var top = blocks.Where(b => !b.InTable && !b.Empty).Take(TopParagraphs).ToList();
        var docNumber = top.FirstOrDefault(b => Patterns.DocNumber().IsMatch(b.Compact));
        var masthead = top.TakeWhile(b => b != docNumber).FirstOrDefault(IsMasthead);
        // A 标志 in a text box is anchored in one of the first paragraphs (before the 发文字号).
        var anchors = blocks.Where(b => !b.InTable).Take(TopParagraphs).TakeWhile(b => b != docNumber).Select(b => b.Element).ToHashSet();
        var boxed = masthead is null ? boxes.FirstOrDefault(b => IsMasthead(b) && b.Element.Ancestors<Paragraph>().Any(anchors.Contains)) : null;
        var anchor = boxed is null ? masthead : blocks.First(b => boxed.Element.Ancestors<Paragraph>().Contains(b.Element));
        masthead ??= boxed;
        var head = docNumber ?? anchor;
        var title = FindTitle(blocks, head);
        var colophon = FindColophon(blocks);
        var titleEnd = title.Count > 0 ? Index(blocks, title[^1]) : head is null ? -1 : Index(blocks, head);
        var mainEnd = blocks.Select((b, i) => (b, i))
            .FirstOrDefault(x => x.i > titleEnd && !x.b.InTable && Patterns.AttachmentLabel().IsMatch(x.b.Compact)).b is { } label
            ? Index(blocks, label) : blocks.Count;
        if (colophon.Count > 0) mainEnd = Math.Min(mainEnd, Index(blocks, FirstOfTable(blocks, colophon[0])));
        var body = blocks.Skip(titleEnd + 1).Take(Math.Max(0, mainEnd - titleEnd - 1)).Where(b => !b.InTable && !b.Empty).ToList();
        var headStart = anchor ?? docNumber;
        return new Anatomy
        {
            Masthead = masthead,
            DocNumber = docNumber,
            Title = title,
            Body = body,
            AttachmentNote = FindAttachmentNote(body),
            Date = body.LastOrDefault(b => Patterns.Date().IsMatch(b.Compact)),
            Colophon = colophon,
            MastheadArea = headStart is null ? [] : blocks.Skip(Index(blocks, headStart))
                .TakeWhile(b => title.Count == 0 ? b == headStart || b.Empty : b != title[0]).ToList(),
        };
    }

    static bool IsMasthead(Block b) => b.MaxPoints >= LargePoints && (b.Red || b.Compact.EndsWith("文件", StringComparison.Ordinal));

    /// <summary>True when nothing of a 公文 was recognised (a form, a letter without any element).</summary>
    public bool Unrecognised => Masthead is null && DocNumber is null && Colophon.Count == 0;

    static List<Block> FindTitle(IReadOnlyList<Block> blocks, Block? head)
    {
        var after = (head is null ? blocks : blocks.Skip(Index(blocks, head) + 1)).Where(b => !b.InTable && !b.Empty).ToList();
        var first = head is not null ? after.FirstOrDefault()
            : after.Take(3).FirstOrDefault(b => b.Look.Centred && b.MaxPoints >= TitlePoints);
        if (first is null) return [];
        var lines = new List<Block> { first };
        foreach (var b in after.SkipWhile(b => b != first).Skip(1))
        {
            if (!b.Look.Centred || b.Main?.Points != first.Main?.Points) break;
            lines.Add(b);
        }
        return lines;
    }

    static List<Block> FindColophon(IReadOnlyList<Block> blocks)
    {
        var marks = blocks.Where(b => Patterns.CopyTo().IsMatch(b.Compact) || Patterns.PrintedBy().IsMatch(b.Compact)).ToList();
        if (marks.Count == 0) return [];
        // The 版记 is what stands from its first mark (or the table holding it) on: 印发机关 is a line of its own.
        var start = Index(blocks, FirstOfTable(blocks, marks[0]));
        var last = Index(blocks, marks[^1]);
        return blocks.Skip(start).Take(last - start + 1).Where(b => !b.Empty).ToList();
    }

    static List<Block> FindAttachmentNote(List<Block> body)
    {
        var first = body.FindIndex(b => Patterns.AttachmentNote().IsMatch(b.Compact));
        if (first < 0) return [];
        var note = new List<Block> { body[first] };
        note.AddRange(body.Skip(first + 1).TakeWhile(b => Patterns.AttachmentItem().IsMatch(b.Compact)));
        return note;
    }

    static Block FirstOfTable(IReadOnlyList<Block> blocks, Block b) =>
        b.Table is null ? b : blocks.First(x => x.Table == b.Table);

    static int Index(IReadOnlyList<Block> blocks, Block b)
    {
        for (var i = 0; i < blocks.Count; i++) if (ReferenceEquals(blocks[i], b)) return i;
        return -1;
    }
}
