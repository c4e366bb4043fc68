using System.Net;
using System.Text;

namespace OfficeTools.Documents.Bulletin;

/// <summary>
/// The 公示 as one static HTML page: self-contained (no script, font, image or style from elsewhere, and a CSP that allows none),
/// readable on a phone (viewport, the table folding into one card a unit on a narrow screen, the system's CJK fonts). Made from
/// the same model as the .docx (<see cref="Models.ModelBuilder.Bulletin"/>), so it can say nothing the document does not.
/// </summary>
public static class BulletinPage
{
    /// <summary>The page's Content-Security-Policy: nothing may load, only the page's own inline style applies.</summary>
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    const string Style = """
        :root{color-scheme:light;--red:#c00;--line:#d9d9d9}
        *{box-sizing:border-box}
        body{margin:0;background:#f5f5f5;color:#222;font:16px/1.7 "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
        main{max-width:960px;margin:0 auto;background:#fff;padding:20px 16px 32px}
        .office{margin:0;color:var(--red);font-weight:bold;text-align:center;font-size:1.25em;letter-spacing:.05em}
        .rule{border:0;border-top:2px solid var(--red);margin:10px 0 18px}
        h1{font-size:1.3em;line-height:1.5;text-align:center;margin:0 0 16px}
        p{margin:0 0 12px;text-indent:2em}
        .totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(96px,1fr));gap:10px;margin:16px 0}
        .totals div{border:1px solid var(--line);border-radius:6px;padding:8px;text-align:center}
        .totals b{display:block;font-size:1.4em;color:var(--red)}
        table{width:100%;border-collapse:collapse;margin:12px 0 18px;font-size:.95em}
        th,td{border:1px solid var(--line);padding:6px 8px;text-align:center}
        th{background:#fafafa}
        td.name{text-align:left}
        .sign{text-align:right;text-indent:0;margin-top:24px}
        @media (max-width:600px){
          .office{font-size:1.05em;letter-spacing:0}
          thead{display:none}
          table,tbody,tr,td{display:block;width:100%}
          tr{border:1px solid var(--line);border-radius:6px;margin-bottom:10px;padding:6px 10px}
          td{border:0;border-bottom:1px dashed var(--line);display:flex;justify-content:space-between;gap:12px;text-align:right;padding:4px 0}
          td:last-child{border-bottom:0}
          td::before{content:attr(data-label);color:#666;text-align:left;flex:none}
          td.name{font-weight:bold;text-align:right}
        }
        """;

    static readonly (string Key, string Label)[] Columns =
        [("no", "序号"), ("name", "单位"), ("level", "层级"), ("items", "整改事项"), ("done", "整改到位"), ("closed", "已销号"), ("done_rate", "整改到位率"), ("closed_rate", "销号率")];

    /// <summary>The page of a bulletin model (<see cref="Models.ModelBuilder.Bulletin"/>).</summary>
    public static string Html(IReadOnlyDictionary<string, object?> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var campaign = (IReadOnlyDictionary<string, object?>)model["campaign"]!;
        var b = (IReadOnlyDictionary<string, object?>)model["bulletin"]!;
        string T(IReadOnlyDictionary<string, object?> d, string key) => WebUtility.HtmlEncode(Convert.ToString(d[key], System.Globalization.CultureInfo.InvariantCulture) ?? "");
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(T(b, "title")).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<p class=\"office\">").Append(T(campaign, "office_short")).Append("</p>\n<hr class=\"rule\">\n")
            .Append("<h1>").Append(T(b, "title")).Append("</h1>\n")
            .Append("<p>").Append(T(b, "opening")).Append("</p>\n<div class=\"totals\">\n");
        foreach (var (key, label) in new[] { ("units", "公示单位"), ("items", "整改事项"), ("done", "整改到位"), ("done_rate", "整改到位率"), ("closed", "已销号"), ("closed_rate", "销号率") })
            h.Append("<div><b>").Append(T(b, key)).Append("</b>").Append(label).Append("</div>\n");
        h.Append("</div>\n<table>\n<thead><tr>");
        foreach (var (_, label) in Columns) h.Append("<th scope=\"col\">").Append(label).Append("</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in ((IEnumerable<object?>)b["rows"]!).Cast<IReadOnlyDictionary<string, object?>>())
        {
            h.Append("<tr>");
            foreach (var (key, label) in Columns)
                h.Append("<td").Append(key == "name" ? " class=\"name\"" : "").Append(" data-label=\"").Append(label).Append("\">").Append(T(row, key)).Append("</td>");
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n</table>\n<p>").Append(T(b, "closing")).Append("</p>\n")
            .Append("<p class=\"sign\">").Append(T(campaign, "office")).Append("<br>").Append(T(b, "date")).Append("</p>\n</main>\n</body>\n</html>\n");
        return h.ToString();
    }
}
