namespace OfficeTools.Engine.Rendering;

/// <summary>Engine-produced XML written verbatim (never user data).</summary>
internal sealed record RawXml(string Xml)
{
    /// <summary>The XML itself (what string functions see).</summary>
    public override string ToString() => Xml;
}

/// <summary>A value bound for an attribute: escaped for attributes, not for text.</summary>
internal sealed record AttrText(string Text);
