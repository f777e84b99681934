using System;
using Sharpy.Objects;

namespace Sharpy.Modules.Codecs;

/// <summary>A growing byte buffer for encoders (CPython's _PyBytesWriter).</summary>
public sealed class ByteWriter(int capacity = 16)
{
    byte[] _buf = new byte[Math.Max(capacity, 16)];
    int _n;

    public int Count => _n;

    void Grow(int extra)
    {
        if (_n + extra <= _buf.Length) return;
        Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _n + extra));
    }

    public void Append(byte b)
    {
        if (_n == _buf.Length) Grow(1);
        _buf[_n++] = b;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        Grow(bytes.Length);
        bytes.CopyTo(_buf.AsSpan(_n));
        _n += bytes.Length;
    }

    public void AppendAscii(string s)
    {
        Grow(s.Length);
        foreach (char c in s) _buf[_n++] = (byte)c;
    }

    /// <summary>UTF-8 of one code point (surrogates too, as surrogatepass writes them).</summary>
    public void AppendUtf8(int c)
    {
        Grow(4);
        if (c < 0x80) _buf[_n++] = (byte)c;
        else if (c < 0x800)
        {
            _buf[_n++] = (byte)(0xC0 | (c >> 6));
            _buf[_n++] = (byte)(0x80 | (c & 0x3F));
        }
        else if (c < 0x10000)
        {
            _buf[_n++] = (byte)(0xE0 | (c >> 12));
            _buf[_n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            _buf[_n++] = (byte)(0x80 | (c & 0x3F));
        }
        else
        {
            _buf[_n++] = (byte)(0xF0 | (c >> 18));
            _buf[_n++] = (byte)(0x80 | ((c >> 12) & 0x3F));
            _buf[_n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
            _buf[_n++] = (byte)(0x80 | (c & 0x3F));
        }
    }

    public byte[] ToArray() => _buf.AsSpan(0, _n).ToArray();

    public PyBytes ToBytes() => PyBytes.FromSpan(_buf.AsSpan(0, _n));
}
