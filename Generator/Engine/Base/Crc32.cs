namespace OfficeTools.Engine.Base;

/// <summary>CRC-32 (IEEE 802.3, as zip uses it) of rendered parts; the vectorised System.IO.Hashing implementation.</summary>
internal static class Crc32
{
    /// <summary>The CRC-32 of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
