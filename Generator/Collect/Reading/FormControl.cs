namespace OfficeTools.Collect.Reading;

/// <summary>
/// One tagged content control read from a form: its tag, kind, typed value (string, DateTime, bool, or null when
/// empty or still showing its placeholder), the text shown, the allowed choices and where it is.
/// </summary>
public sealed record FormControl(string Tag, ControlKind Kind, object? Value, string Text,
    IReadOnlyList<string> Choices, string Location);
