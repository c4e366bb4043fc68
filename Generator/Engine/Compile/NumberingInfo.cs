namespace OfficeTools.Engine.Compile;

/// <summary>What numbering.xml knows: each list's abstract definition, its level starts, the highest numId.</summary>
internal sealed record NumberingInfo(Dictionary<int, int> AbstractOf, Dictionary<int, int[]> Starts, int MaxNumId);
