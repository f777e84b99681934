using System;
using System.Runtime.CompilerServices;

namespace Sharpy.Objects;

/// <summary>
/// Builds a str (CPython's _PyUnicodeWriter). It collects UTF-16 chars while everything
/// appended is well-formed text, and switches to code points the first time a lone
/// surrogate is appended, so "\ud83d" + "\ude00" stays two code points.
/// Sizes are longs: a str longer than <see cref="MaxLength"/> cannot be held, and asking for
/// one throws OutOfMemoryException before anything is allocated, which the eval loop's last
/// guard raises as MemoryError (CPython's PyErr_NoMemory from its overflow checks).
/// </summary>
public sealed class UnicodeWriter
{
    /// <summary>The most characters a str can hold: a .NET string's limit (about 2**30).</summary>
    public const int MaxLength = 0x3FFFFFDF;

    char[] _chars;
    int[]? _cps;
    int _n;

    public UnicodeWriter(long capacity = 16)
    {
        _chars = new char[Math.Max(CheckSize(capacity), 4)];
    }

    /// <summary><paramref name="size"/> as an int when a str of that many characters can exist; else OutOfMemoryException.</summary>
    public static int CheckSize(long size) =>
        size <= MaxLength ? (int)size : throw new OutOfMemoryException($"a str of {size} characters");

    /// <summary>Code units appended so far (chars in char mode, code points in code-point mode).</summary>
    public int Count => _n;

    void GrowChars(int extra)
    {
        int need = CheckSize((long)_n + extra);
        if (need <= _chars.Length) return;
        int cap = Math.Max(need, _chars.Length * 2);
        Array.Resize(ref _chars, cap);
    }

    void GrowCps(int extra)
    {
        int need = CheckSize((long)_n + extra);
        if (need <= _cps!.Length) return;
        int cap = Math.Max(need, _cps.Length * 2);
        Array.Resize(ref _cps, cap);
    }

    void SwitchToCodePoints()
    {
        var cps = new int[Math.Max(_chars.Length, 16)];
        int m = 0;
        for (int i = 0; i < _n; i++)
        {
            char c = _chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < _n && char.IsLowSurrogate(_chars[i + 1]))
            {
                cps[m++] = char.ConvertToUtf32(c, _chars[i + 1]);
                i++;
            }
            else cps[m++] = c;
        }
        _cps = cps;
        _n = m;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (c >= 0xD800 && c <= 0xDFFF) { AppendCodePoint(c); return; }
        if (_cps != null) { GrowCps(1); _cps[_n++] = c; return; }
        if (_n == _chars.Length) GrowChars(1);
        _chars[_n++] = c;
    }

    /// <summary>Append text known to have no surrogate code units (ASCII, say): no scan.</summary>
    public void AppendAscii(ReadOnlySpan<char> s)
    {
        if (_cps != null) { GrowCps(s.Length); foreach (char c in s) _cps[_n++] = c; return; }
        GrowChars(s.Length);
        s.CopyTo(_chars.AsSpan(_n));
        _n += s.Length;
    }

    public void AppendCodePoint(int cp)
    {
        if (_cps != null) { GrowCps(1); _cps[_n++] = cp; return; }
        if (cp < 0xD800 || (cp > 0xDFFF && cp <= 0xFFFF))
        {
            if (_n == _chars.Length) GrowChars(1);
            _chars[_n++] = (char)cp;
        }
        else if (cp > 0xFFFF)
        {
            GrowChars(2);
            int v = cp - 0x10000;
            _chars[_n++] = (char)(0xD800 + (v >> 10));
            _chars[_n++] = (char)(0xDC00 + (v & 0x3FF));
        }
        else
        {
            SwitchToCodePoints();
            GrowCps(1);
            _cps![_n++] = cp;
        }
    }

    public void Repeat(int cp, long count)
    {
        if (count <= 0) return;
        CheckSize(_n + count);
        for (long i = 0; i < count; i++) AppendCodePoint(cp);
    }

    /// <summary>Append UTF-16 text (pairs are one code point).</summary>
    public void Append(string s) => Append(s.AsSpan());

    public void Append(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            if (_cps != null) { GrowCps(s.Length); foreach (char c in s) _cps[_n++] = c; return; }
            GrowChars(s.Length);
            s.CopyTo(_chars.AsSpan(_n));
            _n += s.Length;
            return;
        }
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                AppendCodePoint(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else AppendCodePoint(c);
        }
    }

    public void Append(PyUnicode u)
    {
        var cps = u.RawCodePoints;
        if (cps == null) { Append(u.Value.AsSpan()); return; }
        if (_cps == null && !u.HasLoneSurrogates) { Append(u.Value.AsSpan()); return; }
        Append(cps.AsSpan());
    }

    /// <summary>Append code points [start, start+count) of <paramref name="u"/>.</summary>
    public void Append(PyUnicode u, int start, int count)
    {
        if (count <= 0) return;
        var cps = u.RawCodePoints;
        if (cps == null) Append(u.Value.AsSpan(start, count));
        else Append(cps.AsSpan(start, count));
    }

    public void Append(ReadOnlySpan<int> cps)
    {
        if (_cps == null)
        {
            bool lone = false;
            foreach (int c in cps) if (c >= 0xD800 && c <= 0xDFFF) { lone = true; break; }
            if (!lone)
            {
                foreach (int c in cps) AppendCodePoint(c);
                return;
            }
            SwitchToCodePoints();
        }
        GrowCps(cps.Length);
        cps.CopyTo(_cps!.AsSpan(_n));
        _n += cps.Length;
    }

    /// <summary>The str built (a new reference).</summary>
    public PyUnicode Finish()
    {
        if (_cps != null) return PyUnicode.FromCodePoints(_cps.AsSpan(0, _n));
        if (_n == 0) return Sharpy.Objects.Py.NewRef(PyUnicode.Empty);
        if (_n == 1 && _chars[0] < 256) return PyUnicode.FromCodePoint(_chars[0]);
        return PyUnicode.FromString(new string(_chars, 0, _n));
    }

    /// <summary>The text as UTF-16 (lossy for lone surrogates that pair up), for messages.</summary>
    public override string ToString()
    {
        if (_cps == null) return new string(_chars, 0, _n);
        var sb = new System.Text.StringBuilder(_n);
        for (int i = 0; i < _n; i++)
        {
            int c = _cps[i];
            if (c > 0xFFFF) sb.Append(char.ConvertFromUtf32(c)); else sb.Append((char)c);
        }
        return sb.ToString();
    }
}
