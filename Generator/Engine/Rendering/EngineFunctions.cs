using System.Globalization;
using Scriban;
using Scriban.Runtime;

using static OfficeTools.Engine.Rendering.TemplateFunction;

namespace OfficeTools.Engine.Rendering;

/// <summary>The shared, read-only builtins: Scriban's own, <c>gw</c>, and the engine's internal helpers.</summary>
internal static class EngineFunctions
{
    /// <summary>Built once; never written to (templates write into the per-render model object).</summary>
    public static ScriptObject Builtins { get; } = Create();

    static ScriptObject Create()
    {
        var b = new ScribanBuiltins();
        b.SetValue("gw", ChineseHelpers.Create(), true);
        Pictures.PictureFunctions.Add(b);
        TemplateFunction.Add(b, "__ot_attr", 1, (c, _, a) => new AttrText(a[0] == null ? "" : c.ObjectToString(a[0]) ?? ""));
        TemplateFunction.Add(b, "__ot_has", 1, (c, _, a) => Ctx(c).TryResolve(Text(c, a, 0), out var _));
        TemplateFunction.Add(b, "__ot_val", 1, (c, _, a) => Ctx(c).TryResolve(Text(c, a, 0), out var v) ? v : null);
        TemplateFunction.Add(b, "__ot_items", 1, (c, _, a) => Ctx(c).TryResolve(Text(c, a, 0), out var v) && v is ScriptArray { Count: > 0 });
        TemplateFunction.Add(b, "__ot_enter", 1, (c, _, a) =>
        {
            Ctx(c).Enter(a[0]);
            return null;
        });
        TemplateFunction.Add(b, "__ot_leave", 0, (c, _, _) =>
        {
            Ctx(c).Leave();
            return null;
        });
        TemplateFunction.Add(b, "__ot_dateval", 1, (c, _, a) =>
            !Ctx(c).TryResolve(Text(c, a, 0), out var v) ? null : AsDate(v) is { } d ? ChineseHelpers.Date(d) : v);
        TemplateFunction.Add(b, "__ot_isdate", 1, (c, _, a) => Ctx(c).TryResolve(Text(c, a, 0), out var v) && AsDate(v) != null);
        TemplateFunction.Add(b, "__ot_checked", 2, (c, _, a) =>
            new AttrText(Ctx(c).TryResolve(Text(c, a, 0), out var v) ? (Truthy(v) ? "1" : "0") : Text(c, a, 1)));
        TemplateFunction.Add(b, "__ot_glyph", 3, (c, _, a) =>
        {
            Ctx(c).TryResolve(Text(c, a, 0), out var v);
            return char.ConvertFromUtf32(int.Parse(Truthy(v) ? Text(c, a, 1) : Text(c, a, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        });
        TemplateFunction.Add(b, "__ot_fulldate", 2, (c, _, a) =>
            new AttrText(Ctx(c).TryResolve(Text(c, a, 0), out var v) && AsDate(v) is { } d
                ? d.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture) : Text(c, a, 1)));
        TemplateFunction.Add(b, "__ot_xml", 1, (c, _, a) => a[0] is not { } v ? null : new RawXml(v as string ?? c.ObjectToString(v) ?? ""));
        TemplateFunction.Add(b, "__ot_iter", 1, (c, at, a) =>
        {
            Ctx(c).Numbering?.Step(Int(c, at, a, 0));
            return null;
        });
        TemplateFunction.Add(b, "__ot_hold", 1, (c, at, a) =>
        {
            Ctx(c).Hold(Int(c, at, a, 0));
            return null;
        });
        TemplateFunction.Add(b, "__ot_release", 0, (c, _, _) =>
        {
            Ctx(c).Release();
            return null;
        });
        TemplateFunction.Add(b, "__ot_num", 2, (c, at, a) => Ctx(c).Numbering?.Id(Int(c, at, a, 0), Int(c, at, a, 1)) ?? Int(c, at, a, 0));
        TemplateFunction.Add(b, "__ot_nums", 0, (c, _, _) => new RawXml(Ctx(c).Numbering?.NumsXml() ?? ""));
        return b;
    }

    static RenderContext Ctx(TemplateContext c) => (RenderContext)c;

    static bool Truthy(object? v) => v switch
    {
        bool b => b,
        null => false,
        string s => s.Trim() is "1" or "true" or "True" or "yes" or "是" or "☒" or "✓" or "√" or "x" or "X",
        long l => l != 0,
        int i => i != 0,
        _ => false,
    };

    /// <summary>A date value: a DateTime, or a string in ISO or 公文 form.</summary>
    public static DateTime? AsDate(object? v)
    {
        if (v is DateTime dt) return dt;
        if (v is not string s) return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "o"];
        return DateTime.TryParseExact(s.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
