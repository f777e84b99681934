using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Modules.Json;

/// <summary>
/// The encoder's output (the PyUnicodeWriter of encoder_call). JSON text is mostly ASCII and
/// can be many megabytes, so it is kept in chunks that are never copied while they fill (a
/// single growing array copies everything at each doubling and holds the old array and the
/// new one at once), then copied once into the str. Text with a lone surrogate, which a
/// UTF-16 string cannot tell from half of a pair, goes on in a <see cref="UnicodeWriter"/>.
/// </summary>
internal sealed class JsonWriter
{
    const int MaxChunk = 1 << 20;

    char[] _chunk;
    int _n;
    /// <summary>The chunks filled before <see cref="_chunk"/> (each with the length used), and their total length.</summary>
    List<(char[] Chars, int Length)>? _full;
    long _fullLength;
    /// <summary>Some appended text has surrogate pairs (then the str is read as UTF-16 at the end).</summary>
    bool _pairs;
    /// <summary>Set once a lone surrogate is appended: everything goes here from then on.</summary>
    UnicodeWriter? _slow;

    public JsonWriter(int capacity = 256) => _chunk = new char[Math.Max(capacity, 16)];

    /// <summary>Room for <paramref name="n"/> more chars in the current chunk (a new chunk when it is full).</summary>
    Span<char> Reserve(int n)
    {
        if (_chunk.Length - _n < n)
        {
            long total = _fullLength + _n;
            UnicodeWriter.CheckSize(total + n);
            (_full ??= new()).Add((_chunk, _n));
            _fullLength = total;
            _chunk = new char[Math.Max(n, (int)Math.Min(Math.Max(total, 256), MaxChunk))];
            _n = 0;
        }
        var span = _chunk.AsSpan(_n, n);
        _n += n;
        return span;
    }

    public void Append(char c)
    {
        if (_slow != null) { _slow.Append(c); return; }
        if (char.IsSurrogate(c)) { AppendCodePoint(c); return; }
        if (_n == _chunk.Length) Reserve(1)[0] = c;
        else _chunk[_n++] = c;
    }

    /// <summary>Text with no surrogate code units (ASCII, say).</summary>
    public void AppendAscii(ReadOnlySpan<char> s)
    {
        if (_slow != null) { _slow.AppendAscii(s); return; }
        s.CopyTo(Reserve(s.Length));
    }

    public void Append(PyUnicode u)
    {
        if (u.IsSimple) AppendAscii(u.Value);
        else if (_slow == null && !u.HasLoneSurrogates)
        {
            _pairs = true;
            u.Value.CopyTo(Reserve(u.Value.Length));
        }
        else ToSlow().Append(u);
    }

    /// <summary>UTF-16 text (a pair is one code point).</summary>
    public void Append(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) AppendAscii(s);
        else if (_slow != null) _slow.Append(s);
        else ToSlow().Append(s);
    }

    public void AppendCodePoint(int cp)
    {
        if (_slow != null) { _slow.AppendCodePoint(cp); return; }
        if (cp < 0xD800 || (cp > 0xDFFF && cp <= 0xFFFF)) Append((char)cp);
        else if (cp > 0xFFFF)
        {
            _pairs = true;
            var span = Reserve(2);
            int v = cp - 0x10000;
            span[0] = (char)(0xD800 + (v >> 10));
            span[1] = (char)(0xDC00 + (v & 0x3FF));
        }
        else ToSlow().AppendCodePoint(cp);
    }

    /// <summary>Move what was written into a UnicodeWriter, which keeps lone surrogates apart from pairs.</summary>
    UnicodeWriter ToSlow()
    {
        var w = new UnicodeWriter(_fullLength + _n + 16);
        if (_full != null)
            foreach (var (chars, length) in _full) w.Append(chars.AsSpan(0, length));
        w.Append(_chunk.AsSpan(0, _n));
        _full = null;
        _chunk = [];
        _n = 0;
        return _slow = w;
    }

    /// <summary>The str written (a new reference).</summary>
    public PyUnicode Finish()
    {
        if (_slow != null) return _slow.Finish();
        string text;
        if (_full == null) text = new string(_chunk, 0, _n);
        else
        {
            text = string.Create(checked((int)(_fullLength + _n)), this, static (dest, self) =>
            {
                int at = 0;
                foreach (var (chars, length) in self._full!)
                {
                    chars.AsSpan(0, length).CopyTo(dest[at..]);
                    at += length;
                }
                self._chunk.AsSpan(0, self._n).CopyTo(dest[at..]);
            });
        }
        // As PyUnicodeWriter_Finish: the empty str and the Latin-1 characters are the shared objects.
        if (text.Length == 0) return Py.NewRef(PyUnicode.Empty);
        if (text.Length == 1 && text[0] < 256) return PyUnicode.FromCodePoint(text[0]);
        return _pairs ? PyUnicode.FromString(text) : PyUnicode.FromSimple(text);
    }
}
