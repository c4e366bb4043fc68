namespace OfficeTools.Engine.Rendering;

/// <summary>A value bound for an attribute: escaped for attributes, not for text.</summary>
internal sealed record AttrText(string Text);
