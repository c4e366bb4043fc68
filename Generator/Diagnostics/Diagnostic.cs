namespace OfficeTools.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Prevents output.</summary>
    Error,
    /// <summary>Worth knowing; output is still produced.</summary>
    Warning,
}

/// <summary>
/// One problem, the one type every layer returns (engine, data readers, campaign core, collection): the file, the
/// part of it (body, header1, a sheet; empty when the file has no parts), the place as a person would find it
/// ("paragraph 14", "line 3, column 5", "row 5, field 单位", "unit U001"), a snippet of the text around it, the
/// message, and a stable <see cref="Id"/> (OT0102, not-a-choice…; empty when there is no kind to tell apart) by which
/// a door words or counts it. Libraries return these; the doors (the CLI, the add-in) make the strings.
/// </summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string File, string Part, string Location,
    string Snippet, string Message)
{
    /// <summary>An error in a file that has no parts (a data file, a rules file, a store): no id, no snippet.</summary>
    public Diagnostic(string file, string location, string message)
        : this("", DiagnosticSeverity.Error, file, "", location, "", message) { }

    /// <summary>The same problem as met while making <paramref name="document"/> (a rendered file, with whom it is for):
    /// the document is named before the file the problem is in.</summary>
    public Diagnostic While(string document) => this with { File = File.Length > 0 ? $"{document}: {File}" : document };

    /// <summary>True when it prevents output.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// One line for a person: <c>file: part, location: error OT0102: message — near «snippet»</c>; the part, the
    /// severity with the id, and the snippet appear only when the diagnostic has them (<c>file: location: message</c>).
    /// </summary>
    public override string ToString()
    {
        var place = Part.Length > 0 ? $"{Part}, {Location}" : Location;
        var head = File.Length > 0 ? (place.Length > 0 ? $"{File}: {place}: " : $"{File}: ") : (place.Length > 0 ? $"{place}: " : "");
        var kind = Part.Length > 0 && Id.Length > 0 ? $"{(IsError ? "error" : "warning")} {Id}: " : "";
        return head + kind + Message + (Snippet.Length > 0 ? $" — near «{Snippet}»" : "");
    }
}
