using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Binascii;

// a2b_uu and b2a_uu: one line of uuencoded data.
public static partial class BinasciiModule
{
    [PyMethod("a2b_uu", Doc = "Decode a line of uuencoded data.")]
    static PyObject? A2bUu(AsciiData data)
    {
        var s = data.Span;
        // 3.14.5+ (gh-148093): a line needs its length character.
        if (s.Length == 0) return Error("Missing length byte");
        int pos = 0, len = s.Length;
        int binLen = (s[pos++] - ' ') & 0x3f;
        len--;
        var output = new byte[binLen];
        int o = 0, leftBits = 0, leftChar = 0;
        for (; binLen > 0; len--, pos++)
        {
            int c = len > 0 ? s[pos] : 0;
            if (c == '\n' || c == '\r' || len <= 0) c = 0; // spaces eaten at the end of the line
            else
            {
                // Up to ' ' + 64: some encoders write '`' for zero.
                if (c < ' ' || c > ' ' + 64) return Error("Illegal char");
                c = (c - ' ') & 0x3f;
            }
            leftChar = leftChar << 6 | c;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                output[o++] = (byte)(leftChar >> leftBits);
                leftChar &= (1 << leftBits) - 1;
                binLen--;
            }
        }
        for (; len > 0; len--, pos++)
        {
            byte c = s[pos];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return Error("Trailing garbage");
        }
        return PyBytes.FromBytes(output);
    }

    [PyMethod("b2a_uu", Doc = "Uuencode line of data.")]
    static PyObject? B2aUu(BufferArg data, [KeywordOnly] bool backtick = false)
    {
        var s = data.Span;
        if (s.Length > 45) return Error("At most 45 bytes at once");
        var output = new byte[2 + (s.Length + 2) / 3 * 4];
        int o = 0;
        output[o++] = backtick && s.Length == 0 ? (byte)'`' : (byte)(' ' + s.Length);
        for (int i = 0; i < s.Length; i += 3)
        {
            int n = s[i] << 16 | (i + 1 < s.Length ? s[i + 1] << 8 : 0) | (i + 2 < s.Length ? s[i + 2] : 0);
            for (int shift = 18; shift >= 0; shift -= 6)
            {
                int v = n >> shift & 0x3f;
                output[o++] = backtick && v == 0 ? (byte)'`' : (byte)(' ' + v);
            }
        }
        output[o++] = (byte)'\n';
        return PyBytes.FromSpan(output.AsSpan(0, o));
    }
}
