using System;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// The parser's input buffer (xmlparse.c's m_buffer .. m_bufferEnd): the bytes given so far,
/// decoded into code points that each keep their byte offset in the stream. The tokenizer
/// reads <see cref="Chars"/>; the bytes are kept while their characters are, for re-decoding
/// after an XML declaration names another encoding and for XML_GetInputContext.
/// </summary>
internal sealed class ExpatInput
{
    /// <summary>Decoded characters; see <see cref="ExpatChars"/> for the negative markers.</summary>
    public int[] Chars = new int[1024];
    /// <summary>Offsets[i] is the stream byte offset of Chars[i]; Offsets[End] that of the first byte not decoded.</summary>
    public long[] Offsets = new long[1025];
    /// <summary>The number of characters decoded.</summary>
    public int End;

    byte[] _raw = new byte[1024];
    int _rawLen;
    /// <summary>Stream offset of _raw[0].</summary>
    long _rawBase;
    /// <summary>Index in _raw of the first byte not decoded yet.</summary>
    int _rawPos;

    public ExpatEncoding? Encoding;

    /// <summary>The stream offset just past the last byte given.</summary>
    public long StreamEnd => _rawBase + _rawLen;

    /// <summary>The bytes not decoded yet (the encoding is still to be chosen, or they end inside a character).</summary>
    public ReadOnlySpan<byte> Undecoded => _raw.AsSpan(_rawPos, _rawLen - _rawPos);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_rawLen + data.Length > _raw.Length)
            Array.Resize(ref _raw, Math.Max(_raw.Length * 2, _rawLen + data.Length));
        data.CopyTo(_raw.AsSpan(_rawLen));
        _rawLen += data.Length;
    }

    /// <summary>Decodes what the bytes allow; at the end of the final input a cut character becomes a marker.</summary>
    public void Decode(bool final)
    {
        var enc = Encoding;
        if (enc == null) return;
        while (_rawPos < _rawLen)
        {
            int n = enc.Decode(_raw.AsSpan(_rawPos, _rawLen - _rawPos), out int cp);
            if (n == 0)
            {
                if (!final) break;
                cp = enc.MinBytesPerChar == 2 && _rawLen - _rawPos == 1 ? ExpatChars.PartialUnit : ExpatChars.PartialChar;
                n = _rawLen - _rawPos;
            }
            Push(cp, n);
        }
        Offsets[End] = _rawBase + _rawPos;
    }

    void Push(int cp, int nbytes)
    {
        if (End + 1 >= Chars.Length)
        {
            Array.Resize(ref Chars, Chars.Length * 2);
            Array.Resize(ref Offsets, Chars.Length + 1);
        }
        Offsets[End] = _rawBase + _rawPos;
        Chars[End++] = cp;
        _rawPos += nbytes;
    }

    /// <summary>Drops the characters from <paramref name="from"/> on and decodes their bytes again with <paramref name="enc"/>.</summary>
    public void Redecode(int from, ExpatEncoding enc, bool final)
    {
        _rawPos = (int)(Offsets[from] - _rawBase);
        End = from;
        Encoding = enc;
        Decode(final);
    }

    /// <summary>
    /// Drops the characters before <paramref name="keep"/> (they are parsed) and the bytes before them
    /// except <paramref name="contextBytes"/> (XML_CONTEXT_BYTES); returns how far the indices moved.
    /// </summary>
    public int Compact(int keep, int contextBytes)
    {
        if (keep == 0) return 0;
        long keepOffset = Offsets[keep];
        int rawDrop = (int)Math.Max(0, keepOffset - contextBytes - _rawBase);
        if (rawDrop > 0)
        {
            Array.Copy(_raw, rawDrop, _raw, 0, _rawLen - rawDrop);
            _rawLen -= rawDrop;
            _rawPos -= rawDrop;
            _rawBase += rawDrop;
        }
        Array.Copy(Chars, keep, Chars, 0, End - keep);
        Array.Copy(Offsets, keep, Offsets, 0, End - keep + 1);
        End -= keep;
        return keep;
    }

    /// <summary>The bytes from stream offset <paramref name="offset"/> to the end of the input given (XML_GetInputContext).</summary>
    public ReadOnlySpan<byte> BytesFrom(long offset)
    {
        long i = Math.Clamp(offset - _rawBase, 0, _rawLen);
        return _raw.AsSpan((int)i, _rawLen - (int)i);
    }
}
