namespace OfficeTools.Collect.Reading;

/// <summary>The layouts of the blank forms that were sent out, by unit id (thread-safe once built).</summary>
public sealed class FormLayouts
{
    readonly Dictionary<string, FormLayout> byUnit = new(StringComparer.Ordinal);

    /// <summary>How many units have a layout.</summary>
    public int Count => byUnit.Count;

    /// <summary>The layouts, one per unit.</summary>
    public IEnumerable<FormLayout> All => byUnit.Values;

    /// <summary>Adds the layout of a blank form; false when it is not one of our forms (a notice published beside it is none).</summary>
    public bool Add(byte[] blank)
    {
        var layout = FormLayout.Of(blank);
        // a unit's folder holds its notice too: its return slip names the unit, but is not the form to read a form by
        if (layout is null || layout.Entries.Any(e => e.Tag == SlipChecker.NumberTag)) return false;
        byUnit[layout.UnitId] = layout;
        return true;
    }

    /// <summary>The layout of a unit's blank form, or null.</summary>
    public FormLayout? For(string unitId) => byUnit.GetValueOrDefault(unitId);

    /// <summary>Layouts from the blank forms in a folder (e.g. the batch's forms/ folder), not recursing into submissions.</summary>
    public static FormLayouts FromFolder(string folder, bool recursive = false)
    {
        var layouts = new FormLayouts();
        if (!Directory.Exists(folder)) return layouts;
        foreach (var f in Directory.EnumerateFiles(folder, "*.docx", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly))
        {
            if (f.Replace('\\', '/').Contains("/submissions/", StringComparison.Ordinal)) continue;
            try { layouts.Add(File.ReadAllBytes(f)); }
            catch (IOException) { }
        }
        return layouts;
    }
}
