using System.Xml.Linq;
using OfficeTools.Engine.Rendering;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace OfficeTools.Engine.Rendering.Pictures;

/// <summary>
/// The template functions <c>image</c>, <c>qr</c> and <c>hyperlink</c>. They write engine XML in place of the tag's
/// text: a w:drawing inside the tag's run, or a w:hyperlink between two halves of it.
/// </summary>
internal static class PictureFunctions
{
    const string RelNs = Ooxml.Relationships;
    const string Resume = "<w:t xml:space=\"preserve\">";

    /// <summary>Adds the functions to <paramref name="builtins"/>.</summary>
    public static void Add(ScriptObject builtins)
    {
        builtins.SetValue("image", new NamedFunction("image", ["source", "width", "height", "float", "x", "y", "alt"], Image), true);
        builtins.SetValue("qr", new NamedFunction("qr", ["text", "size", "float", "x", "y", "alt"], Qr), true);
        TemplateFunction.Add(builtins, "__ot_pic", 2, (c, at, a) => Placeholder((RenderContext)c, at, a[0], a[1] as string ?? ""));
        builtins.SetValue("hyperlink", new NamedFunction("hyperlink", ["text", "url"], Hyperlink), true);
    }

    static object? Image(RenderContext c, ScriptNode? at, object?[] a)
    {
        var field = ArgText(at, 0);
        var (bytes, info, error) = PictureSource.Load(a[0], c.Options.Pictures);
        if (bytes == null || info == null) return Fail(c, at, DiagnosticIds.Picture, $"picture {field}: {error}");
        return Place(c, at, field, bytes, info, a[1], a[2], a[3], a[4], a[5], a[6] ?? (a[0] is string path && !path.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? Path.GetFileName(path) : ""));
    }

    // A placeholder picture's relationship id: the data's picture, or the template's own when the value is empty.
    static string Placeholder(RenderContext c, ScriptNode? at, object? value, string original)
    {
        if (value == null || value is string { Length: 0 }) return original;
        var (bytes, info, error) = PictureSource.Load(value, c.Options.Pictures);
        if (bytes == null || info == null)
        {
            Fail(c, at, DiagnosticIds.Picture, $"picture {ArgText(at, 0).Trim('(', ')')}: {error}");
            return original;
        }
        return c.Media.Picture(c.Part?.EntryName ?? "word/document.xml", bytes, info);
    }

    static object? Qr(RenderContext c, ScriptNode? at, object?[] a)
    {
        var text = a[0] == null ? "" : c.ObjectToString(a[0]) ?? "";
        if (text.Length == 0) return Fail(c, at, DiagnosticIds.Picture, $"QR code {ArgText(at, 0)}: the text is empty");
        byte[] png;
        try
        {
            using var data = QRCoder.QRCodeGenerator.GenerateQrCode(text, QRCoder.QRCodeGenerator.ECCLevel.M);
            png = new QRCoder.PngByteQRCode(data).GetGraphic(8);
        }
        catch (QRCoder.Exceptions.DataTooLongException)
        {
            return Fail(c, at, DiagnosticIds.Picture, $"QR code {ArgText(at, 0)}: the text is too long for a QR code");
        }
        var info = ImageHeader.Read(png)!;
        var size = a[1] ?? "25mm";
        return Place(c, at, ArgText(at, 0), png, info, size, size, a[2], a[3], a[4], a[5] ?? text);
    }

    static object? Place(RenderContext c, ScriptNode? at, string field, byte[] bytes, ImageInfo info, object? width, object? height,
        object? placement, object? x, object? y, object? alt)
    {
        // Without a size, the picture's own (pixels at its dpi); with one side, the other keeps the aspect ratio.
        long? w = null, h = null;
        if (width != null && (w = Length.Emu(Str(c, width))) == null) return Fail(c, at, DiagnosticIds.Picture, $"picture {field}: width '{Str(c, width)}' is not a length such as 40mm or 4cm");
        if (height != null && (h = Length.Emu(Str(c, height))) == null) return Fail(c, at, DiagnosticIds.Picture, $"picture {field}: height '{Str(c, height)}' is not a length such as 40mm or 4cm");
        double nw = info.Width * 914400.0 / info.DpiX, nh = info.Height * 914400.0 / info.DpiY;
        var cx = w ?? (h is { } hh ? (long)Math.Round(hh * nw / nh) : (long)Math.Round(nw));
        var cy = h ?? (long)Math.Round(cx * nh / nw);
        var where = placement == null ? Placement.Inline : Str(c, placement).Trim().ToLowerInvariant() switch
        {
            "behind" or "behind text" => Placement.Behind,
            "front" or "in front" or "over" => Placement.Front,
            "inline" or "" => Placement.Inline,
            _ => (Placement)(-1),
        };
        if ((int)where < 0) return Fail(c, at, DiagnosticIds.Picture, $"picture {field}: float '{Str(c, placement!)}' must be behind, front or inline");
        long? ox = x == null ? 0 : Length.Emu(Str(c, x), true), oy = y == null ? 0 : Length.Emu(Str(c, y), true);
        if (ox == null || oy == null) return Fail(c, at, DiagnosticIds.Picture, $"picture {field}: x and y must be lengths such as -10mm");
        var part = c.Part?.EntryName ?? "word/document.xml";
        var rel = c.Media.Picture(part, bytes, info);
        var xml = DrawingXml.Drawing(rel, c.Media.DocPrId(), cx, cy, alt == null ? "" : Str(c, alt), where, ox.Value, oy.Value);
        return new RawXml("</w:t>" + xml + Resume);
    }

    static object? Hyperlink(RenderContext c, ScriptNode? at, object?[] a)
    {
        var text = a[0] == null ? "" : c.ObjectToString(a[0]) ?? "";
        var url = a[1] == null ? "" : (c.ObjectToString(a[1]) ?? "").Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
            return Fail(c, at, DiagnosticIds.Hyperlink, $"hyperlink {ArgText(at, 1)}: '{url}' is not an http, https or mailto URL");
        if (text.Length == 0) text = url;
        var rel = c.Media.Link(c.Part?.EntryName ?? "word/document.xml", uri.AbsoluteUri);
        c.Media.UsesHyperlinkStyle = true;
        var run = c.Part?.TagAt(at?.Span.Start.Offset ?? 0)?.Marker?.Parent?.Parent;
        var rPr = run?.Name == W.R ? run.Element(W.RPr) : null;
        var linkPr = rPr == null ? new XElement(W.RPr) : new XElement(rPr);
        linkPr.Elements(W.RStyle).Remove();
        linkPr.AddFirst(new XElement(W.RStyle, new XAttribute(W.Val, "Hyperlink")));
        var sb = new System.Text.StringBuilder();
        sb.Append("</w:t></w:r><w:hyperlink xmlns:r=\"").Append(RelNs).Append("\" r:id=\"").Append(rel).Append("\" w:history=\"1\"><w:r>")
          .Append(Xml(linkPr)).Append(Resume);
        XmlEscaper.Text(sb, text);
        sb.Append("</w:t></w:r></w:hyperlink><w:r>").Append(rPr == null ? "" : Xml(rPr)).Append(Resume);
        return new RawXml(sb.ToString());
    }

    // The run properties as the part writes them (w: prefix; the declaration repeated is harmless).
    static string Xml(XElement e) => e.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces);

    static object? Fail(RenderContext c, ScriptNode? at, string id, string message)
    {
        c.Report(id, at?.Span ?? default, message + Item(c));
        return null;
    }

    // Inside a for loop, which item (1-based) of the innermost one was being written.
    static string Item(RenderContext c)
    {
        c.Quiet = true;
        try
        {
            var loop = c.GetValue(ScriptVariable.ForObject);
            return loop is IScriptObject o && o.TryGetValue(c, default, "index", out var i) && i is int or long
                ? $" (item {Convert.ToInt64(i, System.Globalization.CultureInfo.InvariantCulture) + 1} of the loop)" : "";
        }
        finally
        {
            c.Quiet = false;
        }
    }

    static string Str(TemplateContext c, object v) => v as string ?? c.ObjectToString(v) ?? "";

    // The argument as written in the template (it.photo), to name the field in errors.
    static string ArgText(ScriptNode? at, int i) =>
        at is ScriptFunctionCall call && call.Arguments.Count > i ? call.Arguments[i].ToString() ?? "" : "";
}

/// <summary>A function whose optional arguments may be given by name (<c>image photo width: "40mm"</c>).</summary>
internal sealed class NamedFunction(string name, string[] parameters, Func<RenderContext, ScriptNode?, object?[], object?> body) : IScriptCustomFunction
{
    /// <summary>Only the first argument is required.</summary>
    public int RequiredParameterCount => name == "hyperlink" ? 2 : 1;
    /// <summary>The number of parameters.</summary>
    public int ParameterCount => parameters.Length;
    /// <summary>No variable argument lists.</summary>
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    /// <summary>Engine XML or null.</summary>
    public Type ReturnType => typeof(object);
    /// <summary>Named parameters; optional ones default to null.</summary>
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < RequiredParameterCount ? new(typeof(object), parameters[index]) : new(typeof(object), parameters[index], null);

    /// <summary>Runs the function.</summary>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < RequiredParameterCount || arguments.Count > parameters.Length)
            throw new ScriptRuntimeException(callerContext?.Span ?? default,
                $"`{name}` takes {RequiredParameterCount} to {parameters.Length} arguments ({string.Join(", ", parameters)}), not {arguments.Count}");
        var a = new object?[parameters.Length];
        for (var i = 0; i < arguments.Count; i++) a[i] = arguments[i];
        return body((RenderContext)context, callerContext, a);
    }

    /// <summary>Runs the function (rendering is synchronous).</summary>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
