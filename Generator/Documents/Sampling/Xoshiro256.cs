namespace OfficeTools.Documents.Sampling;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a generator written out here so that a seed gives the same
/// draw on every runtime and version (System.Random's seeded algorithm is not promised to stay).
/// </summary>
public sealed class Xoshiro256
{
    ulong _s0, _s1, _s2, _s3;

    /// <summary>The generator for <paramref name="seed"/>.</summary>
    public Xoshiro256(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A number in (0, 1): the top 53 bits, never 0 (a weighted key takes its logarithm).</summary>
    public double NextOpenUnit() => ((Next() >> 11) + 0.5) * (1.0 / (1UL << 53));
}
