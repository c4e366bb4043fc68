namespace OfficeTools.Engine;

/// <summary>One thing a template uses, with where it is.</summary>
public sealed record TemplateField(FieldKind Kind, string Name, string Part, string Location, string Snippet);
