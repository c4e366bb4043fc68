using System.Text.Json.Nodes;
using OfficeTools.Engine;
using OfficeTools.Testing;

namespace OfficeTools.Templates.Tests;

/// <summary>The shipped templates, their sample models, and rendered results (rendered once per test run).</summary>
public static class Samples
{
    /// <summary>Template file names, each paired with its sample model in Templates/samples.</summary>
    public static readonly string[] Names = ["notice", "form-leadership", "form-grassroots", "form-member", "briefing", "reminder", "sample-list", "sample-record", "bulletin",
        "talk-notice", "talk-record", "admonition-record", "commendation", "member-report"];

    /// <summary>Form templates only.</summary>
    public static readonly string[] Forms = ["form-leadership", "form-grassroots", "form-member"];

    /// <summary>Short documents without 一、 headings (letters with a 版头, and the 抽查记录表).</summary>
    public static readonly string[] Letters = ["reminder", "sample-list", "sample-record", "bulletin", "talk-record", "admonition-record"];

    /// <summary>The 公文 documents with 版头 and 版记.</summary>
    public static readonly string[] Gongwen = ["notice", "briefing", "commendation"];

    /// <summary>The 公文 whose 附件 follows the 署名 (the 表扬通报 has none).</summary>
    public static readonly string[] WithAttachments = ["notice", "briefing"];

    /// <summary>Documents of running text only, without a table (the 表扬通报, the 个人整改措施落实情况报告).</summary>
    public static readonly string[] WithoutTables = ["commendation", "member-report"];

    /// <summary>Documents whose tables have no repeated rows (the talks' records: one talk each), or that have no table.</summary>
    public static readonly string[] WithoutRepeatedRows = ["talk-record", "admonition-record", .. WithoutTables];

    /// <summary>The bytes of a template.</summary>
    public static byte[] Template(string name) => File.ReadAllBytes(RepoPaths.Of("Templates", name + ".docx"));

    /// <summary>The sample render model of a template as plain .NET values.</summary>
    public static object? Model(string name) =>
        Plain(JsonNode.Parse(File.ReadAllText(RepoPaths.Of("Templates", "samples", name + "-model.json"))));

    /// <summary>The sample model as JSON, for assertions.</summary>
    public static JsonNode Json(string name) =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Of("Templates", "samples", name + "-model.json")))!;

    static readonly Lazy<IReadOnlyDictionary<string, byte[]>> RenderedAll = new(() =>
        Names.ToDictionary(n => n, RenderNow));

    /// <summary>The sample rendered with the engine (cached for the run); fails with every diagnostic listed.</summary>
    public static byte[] Rendered(string name) => RenderedAll.Value[name];

    /// <summary>The sample rendered with its model changed by <paramref name="change"/> first (not cached).</summary>
    public static byte[] RenderedWith(string name, Action<JsonNode> change)
    {
        var model = Json(name);
        change(model);
        return RenderNow(name, Plain(model));
    }

    static byte[] RenderNow(string name) => RenderNow(name, Model(name));

    static byte[] RenderNow(string name, object? model)
    {
        using var stream = new MemoryStream(Template(name));
        var template = DocxTemplate.Compile(stream, name + ".docx");
        if (template.HasErrors)
            throw new InvalidDataException(string.Join("\n", template.Diagnostics));
        var result = template.Render(model);
        return result.Document ?? throw new InvalidDataException(string.Join("\n", result.Diagnostics));
    }

    static object? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v => v.GetValue<string>(),
        _ => throw new InvalidDataException("unexpected JSON node " + node.GetType().Name),
    };
}
