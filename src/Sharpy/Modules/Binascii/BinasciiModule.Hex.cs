using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Binascii;

// hexlify / b2a_hex and unhexlify / a2b_hex.
public static partial class BinasciiModule
{
    const string HexlifyDoc = "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as \"b2a_hex()\".";

    [PyMethod("b2a_hex", TextSignature = "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", Doc = HexlifyDoc)]
    static PyObject? B2aHex([Keyword] BufferArg data, [Keyword] PyObject? sep = null, [Keyword] int bytes_per_sep = 1) => Hexlify(data, sep, bytes_per_sep);

    [PyMethod("hexlify", TextSignature = "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)", Doc = HexlifyDoc)]
    static PyObject? HexlifyMethod([Keyword] BufferArg data, [Keyword] PyObject? sep = null, [Keyword] int bytes_per_sep = 1) => Hexlify(data, sep, bytes_per_sep);

    /// <summary>_Py_strhex_bytes_with_sep: hex digits, a separator every |bytes_per_sep| bytes (from the right if positive).</summary>
    static PyObject? Hexlify(BufferArg data, PyObject? sep, int bytesPerSep)
    {
        var src = data.Span;
        byte sepChar = 0;
        if (sep != null)
        {
            long n = Abstract.Length(sep);
            if (n < 0) return null;
            if (n != 1) return Errors.SetString(PyExc.ValueError, "sep must be length 1.");
            if (sep is PyUnicode su)
            {
                // The output is bytes, so any character that fits a byte will do.
                if (su.Value[0] > 0xff) return Errors.SetString(PyExc.ValueError, "sep must be ASCII.");
                sepChar = (byte)su.Value[0];
            }
            else
            {
                var item = Abstract.GetItem(sep, PyLong.FromLong(0));
                if (item == null) return null;
                long v = item is PyLong li && li.TryGetLong(out long lv) ? lv : -1;
                Py.DECREF(item);
                if (v < 0 || v > 0xff) return Errors.SetString(PyExc.TypeError, "sep must be str or bytes.");
                sepChar = (byte)v;
            }
        }
        int group = Math.Abs(bytesPerSep);
        bool useSep = sep != null && group != 0 && src.Length > 0;
        int nseps = useSep ? (src.Length - 1) / group : 0;
        var output = new byte[src.Length * 2 + nseps];
        if (!useSep)
        {
            // Two digits per byte from a table (Convert's vectorized encoder falls back to a slow
            // shuffle in the Native AOT build's baseline instruction set).
            var pairs = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ushort>(output.AsSpan());
            var table = HexPairs;
            for (int i = 0; i < src.Length; i++) pairs[i] = table[src[i]];
            return PyBytes.FromBytes(output);
        }
        const string digits = "0123456789abcdef";
        int o = 0;
        for (int i = 0; i < src.Length; i++)
        {
            if (useSep && i > 0)
            {
                // Positive counts groups from the right end, negative from the left.
                bool boundary = bytesPerSep > 0 ? (src.Length - i) % group == 0 : i % group == 0;
                if (boundary) output[o++] = sepChar;
            }
            output[o++] = (byte)digits[src[i] >> 4];
            output[o++] = (byte)digits[src[i] & 15];
        }
        return PyBytes.FromBytes(output);
    }

    const string UnhexlifyDoc = "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case).";

    [PyMethod("a2b_hex", Doc = UnhexlifyDoc)]
    static PyObject? A2bHex(AsciiData hexstr) => Unhexlify(hexstr.Span);

    [PyMethod("unhexlify", Doc = UnhexlifyDoc)]
    static PyObject? UnhexlifyMethod(AsciiData hexstr) => Unhexlify(hexstr.Span);

    static PyObject? Unhexlify(ReadOnlySpan<byte> s)
    {
        if (s.Length % 2 != 0) return Error("Odd-length string");
        var output = new byte[s.Length / 2];
        var values = HexValues;
        for (int i = 0; i < output.Length; i++)
        {
            int hi = values[s[2 * i]], lo = values[s[2 * i + 1]];
            if (hi < 0 || lo < 0) return Error("Non-hexadecimal digit found");
            output[i] = (byte)(hi << 4 | lo);
        }
        return PyBytes.FromBytes(output);
    }

    /// <summary>Each byte's two lowercase hex digits, as the ushort that stores them in order.</summary>
    static readonly ushort[] HexPairs = MakeHexPairs();

    static ushort[] MakeHexPairs()
    {
        const string digits = "0123456789abcdef";
        var t = new ushort[256];
        for (int b = 0; b < 256; b++)
            t[b] = BitConverter.IsLittleEndian ? (ushort)(digits[b >> 4] | digits[b & 15] << 8) : (ushort)(digits[b >> 4] << 8 | digits[b & 15]);
        return t;
    }

    static int HexValue(byte c) => HexValues[c];

    /// <summary>Each byte's value as a hex digit of either case, or -1.</summary>
    static readonly sbyte[] HexValues = MakeHexValues();

    static sbyte[] MakeHexValues()
    {
        var t = new sbyte[256];
        for (int c = 0; c < 256; c++)
            t[c] = (sbyte)(c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1);
        return t;
    }
}
