using System.Diagnostics;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`officetools export bulletin`: the 公示 as 公示.docx and 公示.html, unit-level only, nothing personal in either, the page seen in Chromium.</summary>
public sealed class BulletinExportTests : LoopTest
{
    [Fact]
    public void The_bulletin_shows_unit_progress_and_nothing_personal_leaks_into_the_docx_or_the_page()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var run = Ok("export", "bulletin", Sample, "--to", store, "-o", P("公示"));
        Assert.Contains("the progress of 32 unit(s)", run.Out, StringComparison.Ordinal);
        var docx = File.ReadAllBytes(P("公示", "公示.docx"));
        DocxValidation.AssertValid(docx, "公示");
        Assert.Contains("未发现不符合", Ok("check", P("公示", "公示.docx")).Out, StringComparison.Ordinal);
        var html = File.ReadAllText(P("公示", "公示.html"));
        var text = DocxText.Part(docx, "all");

        var campaign = Campaign.Open(new CampaignSource(Sample) { History = CampaignHistory.Empty }).Campaign!;
        var ledger = campaign.Ledger;
        foreach (var unit in ledger.Units.Where(u => !u.IsPerson))
        {
            Assert.Contains(unit.Name, text, StringComparison.Ordinal);
            Assert.Contains(unit.Name, html, StringComparison.Ordinal);
        }
        // every person-unit, every individual the ledger names, every outcome's word and reason, every item's problem
        var secrets = new List<string>();
        secrets.AddRange(ledger.Units.Where(u => u.IsPerson).SelectMany(u => new[] { u.PersonName, u.DisplayName }));
        secrets.AddRange(ledger.Units.SelectMany(u => new[] { u.Head, u.Deputy, u.Contact }));
        secrets.AddRange([ledger.Campaign.Contact, ledger.Campaign.Signer, ledger.Campaign.Phone]);
        secrets.AddRange(ledger.Items.SelectMany(i => new[] { i.Problem, i.Measure, i.Owner, i.Offender, i.Evidence }));
        secrets.AddRange(campaign.Outcomes.Values.SelectMany(o => o).SelectMany(o => new[] { o.Kind, o.Reason, o.InShort, o.Action }));
        secrets.AddRange(["约谈", "诫勉", "问责", "追究", "批评", "处分"]);
        foreach (var secret in secrets.Where(s => s.Trim().Length >= 2).Distinct())
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"公示.docx names «{secret}»");
            Assert.False(html.Contains(secret, StringComparison.Ordinal), $"公示.html names «{secret}»");
        }

        // one self-contained page: nothing loaded from anywhere, a CSP, a viewport
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);
        foreach (var external in new[] { "<script", "<link", "src=", "url(", "@import", "http://", "https://" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);

        // in a real browser, at a phone's width: the DOM holds a row a unit, and the screenshot is a picture, not a blank
        var dom = Chromium("--dump-dom", FileUrl(P("公示", "公示.html")));
        Assert.Equal(32, dom.Split("<tr>").Length - 2);
        Assert.Contains("整改到位率", dom, StringComparison.Ordinal);
        var shot = P("phone.png");
        Chromium($"--screenshot={shot}", "--window-size=390,844", FileUrl(P("公示", "公示.html")));
        var png = File.ReadAllBytes(shot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(390, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        // a white page compresses to a few kilobytes; text, cards and the table do not
        Assert.True(png.Length > 20_000, $"the screenshot has {png.Length} bytes: blank?");
    }

    [Fact]
    public void The_bulletin_is_dated_by_date_while_its_figures_stay_as_of_the_ledger()
    {
        Ok("export", "bulletin", Sample, "--date", "2015-01-05", "-o", P("公示"));
        var text = DocxText.Part(File.ReadAllBytes(P("公示", "公示.docx")), "all");
        Assert.Contains("2015年1月5日", text, StringComparison.Ordinal);
        // the statistics are the ledger's, as of its date
        Assert.Contains("2014年12月26日", text, StringComparison.Ordinal);
        Assert.Contains("2015年1月5日", File.ReadAllText(P("公示", "公示.html")), StringComparison.Ordinal);

        var bad = CliHarness.Exec("export", "bulletin", Sample, "--date", "5.1.2015", "-o", P("公示2"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("--date «5.1.2015»: not a date; write it yyyy-MM-dd", bad.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(P("公示2")));
    }

    static string FileUrl(string path) => new Uri(path).AbsoluteUri;

    static string Chromium(params string[] args)
    {
        var psi = new ProcessStartInfo(OfficeTools.Testing.SystemTools.Chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={Path.Combine(Path.GetTempPath(), "bulletin-chromium-" + Environment.ProcessId)}" }.Concat(args))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(120_000), "chromium did not finish in 2 minutes");
        return output.Result;
    }
}
