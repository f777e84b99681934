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

static class SreText
{
    /// <summary>
    /// IndexOf looks at this many characters one by one before it calls the vectorised
    /// search: the next occurrence is often close (a prefix search over "PPPP...Python"
    /// finds a candidate at every position), and the vectorised search has a fixed cost
    /// per call that only pays off over a longer stretch.
    /// </summary>
    public const int NearScan = 16;
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
        int near = Math.Min(to, from + SreText.NearScan);
        for (int i = from; i < near; i++)
            if (_s[i] == c) return i;
        if (near == to) return -1;
        int k = _s.AsSpan(near, to - near).IndexOf((char)c);
        return k < 0 ? -1 : near + k;
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
        int near = Math.Min(to, from + SreText.NearScan);
        for (int i = from; i < near; i++)
            if (_a[i] == c) return i;
        if (near == to) return -1;
        int k = _a.AsSpan(near, to - near).IndexOf(c);
        return k < 0 ? -1 : near + k;
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
        int near = Math.Min(to, from + SreText.NearScan);
        for (int i = from; i < near; i++)
            if (_a[_off + i] == c) return i;
        if (near == to) return -1;
        int k = _a.AsSpan(_off + near, to - near).IndexOf((byte)c);
        return k < 0 ? -1 : near + k;
    }
}
