using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Binascii;

// a2b_qp and b2a_qp: quoted-printable (RFC 1521), lines of at most 76 characters.
public static partial class BinasciiModule
{
    const int MaxLineSize = 76;

    [PyMethod("a2b_qp", Doc = "Decode a string of qp-encoded data.")]
    static PyObject? A2bQp([Keyword] AsciiData data, [Keyword] bool header = false)
    {
        var s = data.Span;
        var output = new List<byte>(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] == '=')
            {
                i++;
                if (i >= s.Length) break;
                if (s[i] == '\n' || s[i] == '\r')
                {
                    // A soft line break: skip to the end of the line.
                    if (s[i] != '\n')
                        while (i < s.Length && s[i] != '\n') i++;
                    if (i < s.Length) i++;
                }
                else if (s[i] == '=')
                {
                    output.Add((byte)'=');
                    i++;
                }
                else if (i + 1 < s.Length && HexValue(s[i]) >= 0 && HexValue(s[i + 1]) >= 0)
                {
                    output.Add((byte)(HexValue(s[i]) << 4 | HexValue(s[i + 1])));
                    i += 2;
                }
                else output.Add((byte)'=');
            }
            else if (header && s[i] == '_')
            {
                output.Add((byte)' ');
                i++;
            }
            else output.Add(s[i++]);
        }
        return PyBytes.FromBytes(output.ToArray());
    }

    [PyMethod("b2a_qp", Doc = "Encode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.")]
    static PyObject? B2aQp([Keyword] BufferArg data, [Keyword] bool quotetabs = false, [Keyword] bool istext = true, [Keyword] bool header = false)
    {
        var s = data.Span;
        int nl = s.IndexOf((byte)'\n');
        bool crlf = nl > 0 && s[nl - 1] == '\r';
        var o = new List<byte>(s.Length * 2);
        const string hex = "0123456789ABCDEF";
        void SoftBreak()
        {
            o.Add((byte)'=');
            if (crlf) o.Add((byte)'\r');
            o.Add((byte)'\n');
        }
        int i = 0, lineLen = 0;
        while (i < s.Length)
        {
            byte c = s[i];
            bool last = i + 1 == s.Length;
            bool encode = c > 126 || c == '='
                || (header && c == '_')
                || (c == '.' && lineLen == 0 && (last || s[i + 1] == '\n' || s[i + 1] == '\r' || s[i + 1] == 0))
                || (!istext && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && last)
                || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode)
            {
                if (lineLen + 3 >= MaxLineSize)
                {
                    SoftBreak();
                    lineLen = 0;
                }
                o.Add((byte)'=');
                o.Add((byte)hex[c >> 4]);
                o.Add((byte)hex[c & 15]);
                i++;
                lineLen += 3;
            }
            else if (istext && (c == '\n' || (i + 1 < s.Length && c == '\r' && s[i + 1] == '\n')))
            {
                lineLen = 0;
                // Whitespace at the end of a line is encoded.
                if (o.Count > 0 && (o[^1] == ' ' || o[^1] == '\t'))
                {
                    byte ch = o[^1];
                    o[^1] = (byte)'=';
                    o.Add((byte)hex[ch >> 4]);
                    o.Add((byte)hex[ch & 15]);
                }
                if (crlf) o.Add((byte)'\r');
                o.Add((byte)'\n');
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (!last && s[i + 1] != '\n' && lineLen + 1 >= MaxLineSize)
                {
                    SoftBreak();
                    lineLen = 0;
                }
                lineLen++;
                o.Add(header && c == ' ' ? (byte)'_' : c);
                i++;
            }
        }
        return PyBytes.FromBytes(o.ToArray());
    }
}
