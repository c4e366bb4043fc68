namespace OfficeTools.Engine.Rendering;

/// <summary>Engine-produced XML written verbatim (never user data).</summary>
internal sealed record RawXml(string Xml)
{
    /// <summary>The XML itself (what string functions see).</summary>
    public override string ToString() => Xml;
}
