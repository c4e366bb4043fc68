using System.Xml.Linq;
using static OfficeTools.Templates.Tests.Ooxml;

namespace OfficeTools.Templates.Tests;

/// <summary>The content-control tag table of Templates/README.md, as data: tag pattern → control kind and choices.</summary>
public static class TagContract
{
    /// <summary>Kinds of content control.</summary>
    public enum Kind
    {
        /// <summary>Plain text (w:text).</summary>
        Plain,
        /// <summary>Plain text, content locked.</summary>
        Locked,
        /// <summary>Rich text (no type element).</summary>
        Rich,
        /// <summary>Date picker yyyy年M月d日.</summary>
        Date,
        /// <summary>Dropdown list with fixed choices.</summary>
        DropDown,
    }

    static readonly string[] Status = ["整改到位", "部分整改到位", "尚未启动"];
    static readonly string[] Satisfaction = ["满意", "基本满意", "不满意"];
    static readonly string[] Progress = ["整改到位", "部分整改到位", "尚未启动"];

    /// <summary>Every row of the README's table; N stands for a focus number, ID for an item id.</summary>
    public static readonly (string Tag, Kind Kind, string[] Choices)[] Rows =
    [
        ("unit.id", Kind.Locked, []), ("form.kind", Kind.Locked, []),
        ("filler", Kind.Plain, []), ("filler_phone", Kind.Plain, []), ("fill_date", Kind.Date, []),
        ("focus.N.self", Kind.Rich, []), ("focus.N.problems", Kind.Rich, []), ("focus.N.measures", Kind.Rich, []),
        ("focus.N.due", Kind.Date, []), ("focus.N.status", Kind.DropDown, Status),
        ("focus.N.satisfaction", Kind.DropDown, Satisfaction), ("focus.N.note", Kind.Plain, []),
        ("item.ID.status", Kind.DropDown, Progress), ("item.ID.satisfaction", Kind.DropDown, Satisfaction),
        ("item.ID.note", Kind.Plain, []),
        ("new_problems", Kind.Rich, []), ("signature", Kind.Plain, []),
    ];

    /// <summary>Asserts that a control's properties make it the expected kind with exactly the expected choices.</summary>
    public static void AssertKind(string tag, XElement props, Kind kind, string[] choices)
    {
        var text = props.Element(W + "text");
        var drop = props.Element(W + "dropDownList");
        var date = props.Element(W + "date");
        var locked = (string?)props.Element(W + "lock")?.Attribute(W + "val") == "sdtContentLocked";
        Assert.False(string.IsNullOrEmpty((string?)props.Element(W + "alias")?.Attribute(W + "val")), tag + ": alias");
        switch (kind)
        {
            case Kind.Plain: Assert.True(text != null && !locked, tag + ": plain text"); break;
            case Kind.Locked: Assert.True(text != null && locked, tag + ": locked plain text"); break;
            case Kind.Rich: Assert.True(text == null && drop == null && date == null, tag + ": rich text"); break;
            case Kind.Date:
                Assert.NotNull(date);
                Assert.Equal("yyyy年M月d日", (string?)date.Element(W + "dateFormat")!.Attribute(W + "val"));
                Assert.Equal("zh-CN", (string?)date.Element(W + "lid")!.Attribute(W + "val"));
                Assert.Equal("gregorian", (string?)date.Element(W + "calendar")!.Attribute(W + "val"));
                break;
            case Kind.DropDown:
                Assert.NotNull(drop);
                Assert.Equal(choices, drop.Elements(W + "listItem").Select(i => (string)i.Attribute(W + "value")!));
                Assert.Equal(choices, drop.Elements(W + "listItem").Select(i => (string)i.Attribute(W + "displayText")!));
                break;
        }
    }
}
