using System;
using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `str` (Objects/unicodeobject.c). A str is a sequence of code points (DESIGN.md invariant 7).
///
/// Representation:
/// <list type="bullet">
/// <item><see cref="Value"/> is always the text as a .NET string (UTF-16). When it contains
/// no surrogate code unit at all (the common case: every char is a BMP non-surrogate code
/// point), chars and code points coincide and <see cref="Value"/> is the whole truth
/// (<see cref="IsSimple"/>).</item>
/// <item>Otherwise the code points are also kept in an int array (CPython's UCS4 form), which
/// is the truth for len, indexing, slicing, comparison and hashing. <see cref="Value"/> is
/// then the UTF-16 encoding of those code points with lone surrogates written as lone code
/// units: exact when the text has no lone surrogates (<see cref="HasLoneSurrogates"/> false),
/// and a lossy rendering otherwise (the two-character str "\ud83d\ude00" and the
/// one-character "😀" have the same <see cref="Value"/> but differ as str).</item>
/// </list>
/// <see cref="FromString"/> reads a .NET string as UTF-16 (a surrogate pair is one code
/// point); <see cref="FromCodePoints(ReadOnlySpan{int})"/> takes code points as they are,
/// which is what the compiler needs for "\ud83d\ude00" written with two escapes.
/// </summary>
[PyType("str", BaseType = true)]
public partial class PyUnicode : PyObject
{
    /// <summary>The most code points a str can hold: a .NET string's limit, leaving room for
    /// each to take two UTF-16 units. Longer results are MemoryError before anything is allocated.</summary>
    public static readonly long MaxLength = Array.MaxLength / 2;

    /// <summary>The text as UTF-16; see the class remarks for strings with surrogates.</summary>
    public readonly string Value;
    /// <summary>The code points when <see cref="Value"/> has surrogate code units; else null.</summary>
    readonly int[]? _cps;
    /// <summary>Some code point is a lone surrogate (U+D800..U+DFFF).</summary>
    readonly bool _lone;
    /// <summary>state.interned: this object is the interned str of its text (set when it enters the intern table).</summary>
    bool _interned;
    long _hash = -1;
    /// <summary>The largest code point, or -1 when not computed yet.</summary>
    int _maxChar = -1;

    /// <summary>A str of <paramref name="type"/> holding the UTF-16 text <paramref name="value"/> (pairs are one code point).</summary>
    public PyUnicode(PyType type, string value) : base(type)
    {
        Value = value;
        if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
            _cps = DecodeUtf16(value, out _lone);
    }

    /// <summary>Trusted constructor: <paramref name="cps"/> is null exactly when <paramref name="value"/> has no surrogate units.</summary>
    PyUnicode(PyType type, string value, int[]? cps, bool lone) : base(type)
    {
        Value = value;
        _cps = cps;
        _lone = lone;
    }

    /// <summary>A new str from UTF-16 text (a surrogate pair is one code point, a lone surrogate stays one).</summary>
    public static PyUnicode FromString(string s) => s.Length == 0 ? Py.NewRef(Empty) : new PyUnicode(Type, s);

    /// <summary>A new str from text known to have no surrogate code units (no scan).</summary>
    internal static PyUnicode FromSimple(string s) => s.Length == 0 ? Py.NewRef(Empty) : new PyUnicode(Type, s, null, false);

    /// <summary>A new str of the given code points (each 0..0x10FFFF; surrogates stay lone code points).</summary>
    public static PyUnicode FromCodePoints(ReadOnlySpan<int> cps) => FromCodePoints(Type, cps);

    public static PyUnicode FromCodePoints(PyType type, ReadOnlySpan<int> cps)
    {
        if (cps.Length == 0 && type == Type) return Py.NewRef(Empty);
        bool simple = true, lone = false;
        int extra = 0;
        foreach (int c in cps)
        {
            if (c >= 0xD800)
            {
                if (c <= 0xDFFF) { simple = false; lone = true; }
                else if (c > 0xFFFF) { simple = false; extra++; }
            }
        }
        if (simple)
        {
            var s = string.Create(cps.Length, cps, static (span, a) =>
            {
                for (int i = 0; i < a.Length; i++) span[i] = (char)a[i];
            });
            return new PyUnicode(type, s, null, false);
        }
        var arr = cps.ToArray();
        return new PyUnicode(type, EncodeUtf16(arr, extra), arr, lone);
    }

    /// <summary>Takes ownership of <paramref name="cps"/> (which must not be changed afterwards).</summary>
    internal static PyUnicode FromCodePointsOwned(int[] cps, int length)
    {
        if (length != cps.Length) return FromCodePoints(cps.AsSpan(0, length));
        bool simple = true, lone = false;
        int extra = 0;
        foreach (int c in cps)
        {
            if (c >= 0xD800)
            {
                if (c <= 0xDFFF) { simple = false; lone = true; }
                else if (c > 0xFFFF) { simple = false; extra++; }
            }
        }
        if (simple) return FromCodePoints(cps);
        return new PyUnicode(Type, EncodeUtf16(cps, extra), cps, lone);
    }

    /// <summary>A one-character str (chr()). Latin-1 characters are cached and immortal, as in CPython.</summary>
    public static PyUnicode FromCodePoint(int cp)
    {
        if (cp < 256) return s_latin1[cp] ??= MakeLatin1(cp);
        if (cp < 0xD800 || (cp > 0xDFFF && cp <= 0xFFFF)) return new PyUnicode(Type, ((char)cp).ToString(), null, false);
        return FromCodePoints([cp]);
    }

    static readonly PyUnicode?[] s_latin1 = new PyUnicode?[256];

    static PyUnicode MakeLatin1(int cp)
    {
        var u = new PyUnicode(Type, ((char)cp).ToString(), null, false);
        u.SetImmortal();
        return u;
    }

    /// <summary>Every char of <see cref="Value"/> is one code point (no surrogate code units).</summary>
    public bool IsSimple
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _cps == null;
    }

    /// <summary>Some code point is a lone surrogate (then UTF-8 encoding fails with "surrogates not allowed").</summary>
    public bool HasLoneSurrogates => _lone;

    /// <summary>len(): the number of code points.</summary>
    public int Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _cps == null ? Value.Length : _cps.Length;
    }

    /// <summary>The code point at <paramref name="i"/> (0 &lt;= i &lt; Length).</summary>
    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _cps == null ? Value[i] : _cps[i];
    }

    /// <summary>The code points of a non-simple str (null for a simple one: use <see cref="Value"/>).</summary>
    internal int[]? RawCodePoints => _cps;

    /// <summary>The code points as an array (shared for non-simple strings: do not modify).</summary>
    public int[] CodePoints()
    {
        if (_cps != null) return _cps;
        var s = Value;
        var a = new int[s.Length];
        for (int i = 0; i < a.Length; i++) a[i] = s[i];
        return a;
    }

    /// <summary>The largest code point (0 for the empty string); CPython's PyUnicode_MAX_CHAR_VALUE before rounding.</summary>
    public int MaxChar
    {
        get
        {
            if (_maxChar >= 0) return _maxChar;
            int m = 0;
            if (_cps != null) { foreach (int c in _cps) if (c > m) m = c; }
            else foreach (char c in Value) if (c > m) m = c;
            return _maxChar = m;
        }
    }

    /// <summary>All code points are ASCII.</summary>
    public bool IsAscii => _cps == null && Value.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0;

    /// <summary>The cached hash (CPython caches str hashes too); -1 if not computed yet.</summary>
    public long CachedHash { get => _hash; set => _hash = value; }

    public override string ToString() => Value;

    /// <summary>Code points [start, start+count) as a new str (a new reference; self when it is the whole of an exact str).</summary>
    public PyUnicode Substring(int start, int count)
    {
        if (count <= 0) return Py.NewRef(Empty);
        if (start == 0 && count == Length && ob_type == Type) return Py.NewRef(this);
        if (_cps == null)
        {
            if (count == 1) return FromCodePoint(Value[start]);
            return new PyUnicode(Type, Value.Substring(start, count), null, false);
        }
        return FromCodePoints(_cps.AsSpan(start, count));
    }

    /// <summary>PyUnicode_Concat for two str objects (a new reference).</summary>
    public static PyUnicode Concat(PyUnicode a, PyUnicode b)
    {
        if (b.Length == 0 && a.ob_type == Type) return Py.NewRef(a);
        if (a.Length == 0 && b.ob_type == Type) return Py.NewRef(b);
        if (a._cps == null && b._cps == null) return new PyUnicode(Type, string.Concat(a.Value, b.Value), null, false);
        if (!a._lone && !b._lone) return new PyUnicode(Type, string.Concat(a.Value, b.Value));
        var w = new UnicodeWriter(a.Length + b.Length);
        w.Append(a);
        w.Append(b);
        return w.Finish();
    }

    /// <summary>Code-point equality (what == means for two str).</summary>
    public static bool EqualValues(PyUnicode a, PyUnicode b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a._cps == null && b._cps == null) return string.Equals(a.Value, b.Value);
        if (!string.Equals(a.Value, b.Value)) return false;
        if (!a._lone && !b._lone) return true;
        if (a._cps == null || b._cps == null) return false;
        return a._cps.AsSpan().SequenceEqual(b._cps);
    }

    /// <summary>Read UTF-16 as code points: a high surrogate followed by a low one is one code point.</summary>
    static int[] DecodeUtf16(string s, out bool lone)
    {
        lone = false;
        var buf = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                buf[n++] = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else
            {
                if (char.IsSurrogate(c)) lone = true;
                buf[n++] = c;
            }
        }
        if (n != buf.Length) Array.Resize(ref buf, n);
        return buf;
    }

    static string EncodeUtf16(int[] cps, int astral)
    {
        return string.Create(cps.Length + astral, cps, static (span, a) =>
        {
            int j = 0;
            foreach (int c in a)
            {
                if (c > 0xFFFF)
                {
                    int v = c - 0x10000;
                    span[j++] = (char)(0xD800 + (v >> 10));
                    span[j++] = (char)(0xDC00 + (v & 0x3FF));
                }
                else span[j++] = (char)c;
            }
        });
    }
}

public partial class PyUnicode
{
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PyUnicode> s_interned = new();
    static PyUnicode? s_empty;

    /// <summary>The empty string (immortal).</summary>
    public static PyUnicode Empty => s_empty ??= Intern("");

    /// <summary>A C# string and its interned str, for <see cref="s_recentInterns"/>.</summary>
    sealed class InternedText(string text, PyUnicode str)
    {
        public readonly string Text = text;
        public readonly PyUnicode Str = str;
    }

    /// <summary>
    /// In front of <see cref="s_interned"/>: the last strings interned, by the identity of the
    /// C# string. Runtime code interns the same C# literals (dunder names such as "__init__")
    /// on every slot call; this finds them without hashing their text.
    /// </summary>
    static readonly InternedText?[] s_recentInterns = new InternedText?[256];

    /// <summary>sys.intern: one immortal str object per distinct text (identifiers, attribute names, constants).</summary>
    public static PyUnicode Intern(string s)
    {
        int slot = RuntimeHelpers.GetHashCode(s) & (256 - 1);
        var recent = s_recentInterns[slot];
        if (recent != null && ReferenceEquals(recent.Text, s)) return recent.Str;
        // The common case (already interned) must not take a lock.
        if (!s_interned.TryGetValue(s, out var u))
        {
            u = s_interned.GetOrAdd(s, static text =>
            {
                var fresh = new PyUnicode(Type, text);
                fresh.SetImmortal();
                return fresh;
            });
            u._interned = true;
        }
        s_recentInterns[slot] = new InternedText(s, u);
        return u;
    }

    /// <summary>PyUnicode_InternInPlace (sys.intern): the interned str of <paramref name="s"/>'s text, which is <paramref name="s"/> itself when its text was not interned yet.</summary>
    public static PyUnicode InternInPlace(PyUnicode s)
    {
        if (s_interned.TryGetValue(s.Value, out var u)) return u;
        u = s_interned.GetOrAdd(s.Value, (_, fresh) =>
        {
            fresh.SetImmortal();
            return fresh;
        }, s);
        u._interned = true;
        return u;
    }

    /// <summary>PyUnicode_CHECK_INTERNED: <paramref name="s"/> is the interned str of its text.</summary>
    public static bool IsInterned(PyUnicode s) => s._interned;
}
