using System.Globalization;
using Scriban;
using Scriban.Runtime;

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
        b.Import("__ot_attr", new Func<TemplateContext, object?, object>((c, v) => new AttrText(v == null ? "" : c.ObjectToString(v) ?? "")));
        b.Import("__ot_has", new Func<TemplateContext, string, bool>((c, path) => ModelPath.TryResolve(Ctx(c).Root, path, out _)));
        b.Import("__ot_val", new Func<TemplateContext, string, object?>((c, path) =>
            ModelPath.TryResolve(Ctx(c).Root, path, out var v) ? v : null));
        b.Import("__ot_dateval", new Func<TemplateContext, string, object?>((c, path) =>
            !ModelPath.TryResolve(Ctx(c).Root, path, out var v) ? null : AsDate(v) is { } d ? ChineseHelpers.Date(d) : v));
        b.Import("__ot_isdate", new Func<TemplateContext, string, bool>((c, path) =>
            ModelPath.TryResolve(Ctx(c).Root, path, out var v) && AsDate(v) != null));
        b.Import("__ot_checked", new Func<TemplateContext, string, string, object>((c, path, orig) =>
            new AttrText(ModelPath.TryResolve(Ctx(c).Root, path, out var v) ? (Truthy(v) ? "1" : "0") : orig)));
        b.Import("__ot_glyph", new Func<TemplateContext, string, string, string, object>((c, path, on, off) =>
        {
            ModelPath.TryResolve(Ctx(c).Root, path, out var v);
            return char.ConvertFromUtf32(int.Parse(Truthy(v) ? on : off, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }));
        b.Import("__ot_fulldate", new Func<TemplateContext, string, string, object>((c, path, orig) =>
            new AttrText(ModelPath.TryResolve(Ctx(c).Root, path, out var v) && AsDate(v) is { } d
                ? d.ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture) : orig)));
        b.Import("__ot_xml", new Func<TemplateContext, object?, object?>((c, v) => v == null ? null : new RawXml(v is string s ? s : c.ObjectToString(v) ?? "")));
        b.Import("__ot_iter", new Action<TemplateContext, int>((c, block) => Ctx(c).Numbering?.Step(block)));
        b.Import("__ot_num", new Func<TemplateContext, int, int, int>((c, num, block) => Ctx(c).Numbering?.Id(num, block) ?? num));
        b.Import("__ot_nums", new Func<TemplateContext, object>(c => new RawXml(Ctx(c).Numbering?.NumsXml() ?? "")));
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
