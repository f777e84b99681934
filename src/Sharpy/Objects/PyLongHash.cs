using System.Numerics;

namespace Sharpy.Objects;

/// <summary>
/// Numeric hashing (Python/pyhash.c, long_hash): reduction modulo the Mersenne prime
/// 2**61 - 1, so that equal numbers of different types hash alike. -1 is never a hash.
/// </summary>
public static class PyLongHash
{
    public const int Bits = 61;
    public const long Modulus = (1L << Bits) - 1;
    public const long Inf = 314159;

    public static long Of(PyLong v)
    {
        if (v.TryGetLong(out long x)) return OfLong(x);
        var b = v.ToBigInteger();
        var m = BigInteger.Remainder(BigInteger.Abs(b), Modulus);
        long h = (long)m;
        if (b.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long OfLong(long x)
    {
        long h;
        if (x >= 0) h = x % Modulus;
        else if (x == long.MinValue) h = -(long)(unchecked((ulong)long.MinValue) % (ulong)Modulus);
        else h = -((-x) % Modulus);
        return h == -1 ? -2 : h;
    }
}
