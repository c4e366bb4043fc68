namespace OfficeTools.GraphEmulator;

/// <summary>
/// SharePoint/OneDrive's quickXorHash, as the emulator reports it in file.hashes (its own copy: the emulator
/// shares no code with the product it tests).
/// </summary>
public static class QuickXor
{
    const int WidthInBits = 160, Shift = 11, BitsInLastCell = 32;

    /// <summary>The base64 quickXorHash of <paramref name="data"/>.</summary>
    public static string Compute(ReadOnlySpan<byte> data)
    {
        var cells = new ulong[(WidthInBits - 1) / 64 + 1];
        var vectorArrayIndex = 0;
        var vectorOffset = 0;
        var iterations = Math.Min(data.Length, WidthInBits);
        for (var i = 0; i < iterations; i++)
        {
            var isLastCell = vectorArrayIndex == cells.Length - 1;
            var bitsInVectorCell = isLastCell ? BitsInLastCell : 64;
            if (vectorOffset <= bitsInVectorCell - 8)
            {
                for (var j = i; j < data.Length; j += WidthInBits) cells[vectorArrayIndex] ^= (ulong)data[j] << vectorOffset;
            }
            else
            {
                var index2 = isLastCell ? 0 : vectorArrayIndex + 1;
                var low = bitsInVectorCell - vectorOffset;
                byte xored = 0;
                for (var j = i; j < data.Length; j += WidthInBits) xored ^= data[j];
                cells[vectorArrayIndex] ^= (ulong)xored << vectorOffset;
                cells[index2] ^= (ulong)xored >> low;
            }
            vectorOffset += Shift;
            while (vectorOffset >= bitsInVectorCell)
            {
                vectorArrayIndex = isLastCell ? 0 : vectorArrayIndex + 1;
                vectorOffset -= bitsInVectorCell;
                isLastCell = vectorArrayIndex == cells.Length - 1;
                bitsInVectorCell = isLastCell ? BitsInLastCell : 64;
            }
        }
        var result = new byte[(WidthInBits - 1) / 8 + 1];
        for (var i = 0; i < cells.Length - 1; i++) BitConverter.GetBytes(cells[i]).CopyTo(result, i * 8);
        BitConverter.GetBytes(cells[^1]).AsSpan(0, result.Length - (cells.Length - 1) * 8).CopyTo(result.AsSpan((cells.Length - 1) * 8));
        var length = BitConverter.GetBytes((long)data.Length);
        for (var i = 0; i < length.Length; i++) result[WidthInBits / 8 - length.Length + i] ^= length[i];
        return Convert.ToBase64String(result);
    }
}
