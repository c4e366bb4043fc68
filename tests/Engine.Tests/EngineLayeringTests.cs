using System.Text.RegularExpressions;
using OfficeTools.Testing;

namespace OfficeTools.Engine.Tests;

/// <summary>
/// The engine's folders are its pipeline: each may use only the folders before it, so the stages read one way
/// (Base → Package → Normalize → Lexing → Blocks → Compile → Rendering → Writing, Properties and Merge beside,
/// Api last). Found from the source: a folder uses another when its code names a type declared there.
/// </summary>
public partial class EngineLayeringTests
{
    static readonly string[] Order =
        ["Base", "Package", "Normalize", "Lexing", "Blocks", "Compile", "Rendering", "Writing", "Properties", "Merge", "Api"];

    [Fact]
    public void EveryFolderUsesOnlyTheFoldersBeforeIt()
    {
        var uses = FolderUses();
        var backwards = uses
            .SelectMany(u => u.Value.Select(to => (From: u.Key, To: to.Key, Types: to.Value)))
            .Where(e => Array.IndexOf(Order, e.To) >= Array.IndexOf(Order, e.From))
            .Select(e => $"{e.From} → {e.To} ({string.Join(", ", e.Types.Order(StringComparer.Ordinal))})")
            .ToList();
        Assert.True(backwards.Count == 0, "uses against the pipeline order:\n" + string.Join("\n", backwards));
    }

    [Fact]
    public void BaseUsesNoStageAndEveryStageUsesBase()
    {
        var uses = FolderUses();
        Assert.False(uses.TryGetValue("Base", out var fromBase) && fromBase.Count > 0, "Base uses " + string.Join(", ", fromBase?.Keys.ToArray() ?? []));
        foreach (var stage in new[] { "Package", "Lexing", "Blocks", "Compile", "Rendering", "Writing", "Merge" })
            Assert.True(uses.TryGetValue(stage, out var to) && to.ContainsKey("Base"), stage + " does not use Base");
    }

    [Fact]
    public void EveryFolderIsInTheOrder()
    {
        var folders = Directory.GetDirectories(EngineRoot).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order().ToList();
        Assert.Equal(Order.Order(), folders);
    }

    static string EngineRoot => RepoPaths.Of("Generator", "Engine");

    /// <summary>folder → (used folder → type names used).</summary>
    static Dictionary<string, Dictionary<string, HashSet<string>>> FolderUses()
    {
        var files = Order.SelectMany(f => Directory.EnumerateFiles(Path.Combine(EngineRoot, f), "*.cs", SearchOption.AllDirectories)
                .Select(p => (Folder: f, Code: StripCommentsAndStrings(File.ReadAllText(p)))))
            .ToList();
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
            foreach (Match m in Declaration().Matches(code))
                (declaredIn.TryGetValue(m.Groups[1].Value, out var set) ? set : declaredIn[m.Groups[1].Value] = []).Add(folder);

        var uses = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var (folder, code) in files)
            foreach (Match m in Identifier().Matches(code))
            {
                var name = m.Value;
                if (!declaredIn.TryGetValue(name, out var homes) || homes.Contains(folder) || homes.Count != 1) continue;
                if (m.Index > 0 && code[m.Index - 1] == '.' && !QualifiedByNamespace(code, m.Index - 1)) continue;
                var to = homes.First();
                var byFolder = uses.TryGetValue(folder, out var d) ? d : uses[folder] = new(StringComparer.Ordinal);
                (byFolder.TryGetValue(to, out var types) ? types : byFolder[to] = []).Add(name);
            }
        return uses;
    }

    /// <summary>`Engine.X.Type` or `Folder.Type`: a type named through its namespace, not a member access.</summary>
    static bool QualifiedByNamespace(string code, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        var qualifier = code[start..dot];
        return qualifier == "Engine" || Order.Contains(qualifier) || qualifier == "Pictures";
    }

    static string StripCommentsAndStrings(string code) => CommentOrString().Replace(code, m => m.Value.StartsWith('/') ? " " : "\"\"");

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"(?<![\w@])[A-Z]\w*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|""""""[\s\S]*?""""""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();
}
