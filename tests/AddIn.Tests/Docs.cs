using System.IO.Compression;
using System.Text;
using OfficeTools.Testing;

namespace OfficeTools.AddIn.Tests;

/// <summary>Uploads for the tests: a real little form, and hostile variants of it, one per rule.</summary>
public static class Docs
{
    /// <summary>
    /// A .docx whose body holds a locked <c>unit.id</c> content control with <paramref name="unitId"/>, stamped with the
    /// unit's sealed identity for the test ledger's campaign (or <paramref name="ledgerPath"/>'s), as every generated form is.
    /// </summary>
    public static byte[] Form(string unitId, string? ledgerPath = null)
    {
        var ledger = OfficeTools.Documents.Ledger.LedgerLoader.Load(ledgerPath ?? Path.Combine(AppContext.BaseDirectory, "Data", "ledger.json")).Ledger!;
        var unit = ledger.FindUnit(unitId)!;
        var id = ledger.Campaign.CampaignId;
        var identity = new OfficeTools.Documents.Identity.FormIdentity(id, unitId, unit.IsPerson ? "党员干部" : unit.Kind);
        return OfficeTools.Documents.Identity.FormStamp.Write(Unstamped(unitId), identity.Seal(OfficeTools.Documents.Identity.CampaignKeys.ForGenerating(id)));
    }

    /// <summary>The same form without any identity (not made by this campaign).</summary>
    public static byte[] Unstamped(string unitId) => DocxFactory.Create(
        $"<w:p><w:r><w:t>自查报告表</w:t></w:r></w:p>" +
        $"<w:sdt><w:sdtPr><w:alias w:val=\"单位编号\"/><w:tag w:val=\"unit.id\"/><w:lock w:val=\"sdtContentLocked\"/></w:sdtPr>" +
        $"<w:sdtContent><w:p><w:r><w:t>{unitId}</w:t></w:r></w:p></w:sdtContent></w:sdt>");

    /// <summary>
    /// A rendered blank form with every control answered, as a clerk fills it in Word: the first choice of a list, a date,
    /// a ticked box, else some text (unit.id and form.kind stay as generated).
    /// </summary>
    public static byte[] Completed(byte[] blank)
    {
        var values = OfficeTools.Collect.Reading.FormReader.Read(blank, "blank.docx").Controls
            .Where(c => c.Tag != OfficeTools.Collect.Reading.FormReader.UnitTag && c.Tag != "form.kind")
            .ToDictionary(c => c.Tag, c => c.Kind switch
            {
                OfficeTools.Collect.Reading.ControlKind.DropDown or OfficeTools.Collect.Reading.ControlKind.ComboBox when c.Choices.Count > 0 => (object?)c.Choices[0],
                OfficeTools.Collect.Reading.ControlKind.Date => new DateTime(2014, 12, 18),
                OfficeTools.Collect.Reading.ControlKind.CheckBox => true,
                _ => "已按要求填写",
            });
        return OfficeTools.Collect.Tests.Support.FormFiller.Fill(blank, values);
    }

    /// <summary><paramref name="docx"/> changed by <paramref name="edit"/>.</summary>
    public static byte[] Edit(byte[] docx, Action<ZipArchive> edit)
    {
        var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true)) edit(zip);
        return ms.ToArray();
    }

    /// <summary>Adds an entry with <paramref name="content"/>.</summary>
    public static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        s.Write(content);
    }

    /// <summary>Replaces an entry's text.</summary>
    public static void Replace(ZipArchive zip, string name, Func<string, string> change)
    {
        var entry = zip.GetEntry(name)!;
        string text;
        using (var r = new StreamReader(entry.Open())) text = r.ReadToEnd();
        entry.Delete();
        Add(zip, name, Encoding.UTF8.GetBytes(change(text)));
    }
}
