using System;
using System.Runtime.CompilerServices;

namespace Sharpy.Objects;

/// <summary>
/// SipHash-1-3 (Python/pyhash.c), CPython's hash of str and bytes. The key comes from the
/// configuration (PYTHONHASHSEED, -R): a random key unless a seed is used; seed 0 disables
/// randomization (zero key); another seed makes the key with CPython's LCG (lcg_urandom).
/// </summary>
public static class SipHash
{
    static ulong s_k0, s_k1;

    static SipHash()
    {
        var config = Sharpy.Runtime.Interpreter.Config;
        if (!config.UseHashSeed)
        {
            var bytes = new byte[16];
            Sharpy.Runtime.BootstrapHash.URandom(bytes);
            s_k0 = BitConverter.ToUInt64(bytes, 0);
            s_k1 = BitConverter.ToUInt64(bytes, 8);
        }
        else if (config.HashSeed != 0)
        {
            var key = new byte[24];
            uint x = config.HashSeed;
            for (int i = 0; i < key.Length; i++)
            {
                x = x * 214013 + 2531011;
                key[i] = (byte)((x >> 16) & 0xff);
            }
            s_k0 = BitConverter.ToUInt64(key, 0);
            s_k1 = BitConverter.ToUInt64(key, 8);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ulong Rotl(ulong x, int b) => (x << b) | (x >> (64 - b));

    public static ulong Hash13(ReadOnlySpan<byte> src) => Hash13(s_k0, s_k1, src);

    public static ulong Hash13(ulong k0, ulong k1, ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL;
        ulong v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL;
        ulong v3 = k1 ^ 0x7465646279746573UL;
        int i = 0;
        while (src.Length - i >= 8)
        {
            ulong mi = BitConverter.ToUInt64(src.Slice(i, 8));
            i += 8;
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = 0;
        for (int j = src.Length - 1; j >= i; j--) t = (t << 8) | src[j];
        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = Rotl(v1, 13); v1 ^= v0; v0 = Rotl(v0, 32);
        v2 += v3; v3 = Rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Rotl(v1, 17); v1 ^= v2; v2 = Rotl(v2, 32);
    }
}
