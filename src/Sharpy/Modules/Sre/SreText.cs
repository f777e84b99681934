using System;
using System.Runtime.CompilerServices;

namespace Sharpy.Modules.Sre;

/// <summary>
/// The subject of a match as the engine reads it: one code point (or byte) per index.
/// CPython compiles sre_lib.h three times (UCS1, UCS2, UCS4); the engine here is generic
/// over these struct types, so the JIT makes one specialised copy per representation.
/// </summary>
internal interface ISreText
{
    int this[int i] { get; }
    /// <summary>The first index in [from, to) holding <paramref name="c"/>, or -1.</summary>
    int IndexOf(int c, int from, int to);
}

/// <summary>A str whose UTF-16 chars are its code points (no surrogate code units).</summary>
internal readonly struct Utf16Text(string s) : ISreText
{
    readonly string _s = s;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _s[i];
    }

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFFFF) return -1;
        int k = _s.AsSpan(from, to - from).IndexOf((char)c);
        return k < 0 ? -1 : from + k;
    }
}

/// <summary>A str kept as code points (astral characters or lone surrogates).</summary>
internal readonly struct Ucs4Text(int[] cps) : ISreText
{
    readonly int[] _a = cps;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _a[i];
    }

    public int IndexOf(int c, int from, int to)
    {
        int k = _a.AsSpan(from, to - from).IndexOf(c);
        return k < 0 ? -1 : from + k;
    }
}

/// <summary>bytes or any other buffer: one byte per index.</summary>
internal readonly struct ByteText(byte[] a, int offset) : ISreText
{
    readonly byte[] _a = a;
    readonly int _off = offset;

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _a[_off + i];
    }

    public int IndexOf(int c, int from, int to)
    {
        if ((uint)c > 0xFF) return -1;
        int k = _a.AsSpan(_off + from, to - from).IndexOf((byte)c);
        return k < 0 ? -1 : from + k;
    }
}
