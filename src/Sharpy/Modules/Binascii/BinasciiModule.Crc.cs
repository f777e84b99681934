using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Binascii;

// crc32 (zlib's CRC-32) and crc_hqx (CRC-CCITT, as binhex uses).
public static partial class BinasciiModule
{
    static readonly uint[] s_crc32Table = MakeCrc32Table();
    static readonly ushort[] s_crcHqxTable = MakeCrcHqxTable();

    static uint[] MakeCrc32Table()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }

    static ushort[] MakeCrcHqxTable()
    {
        var t = new ushort[256];
        for (int n = 0; n < 256; n++)
        {
            int c = n << 8;
            for (int k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            t[n] = (ushort)c;
        }
        return t;
    }

    /// <summary>clinic's unsigned_int(bitwise=True): any int, reduced modulo 2**32.</summary>
    internal static bool BitwiseUInt(PyObject o, out uint value)
    {
        value = 0;
        if (o is not PyLong l)
        {
            if (o is PyFloat) { Errors.SetString(PyExc.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
            var idx = Abstract.Index(o);
            if (idx == null) return false;
            value = (uint)(ulong)(idx.ToBigInteger() & uint.MaxValue);
            Py.DECREF(idx);
            return true;
        }
        value = (uint)(ulong)(l.ToBigInteger() & uint.MaxValue);
        return true;
    }

    [PyMethod("crc32", TextSignature = "($module, data, crc=0, /)", Doc = "Compute CRC-32 incrementally.")]
    static PyObject? Crc32(BufferArg data, PyObject? crc = null)
    {
        uint c = 0;
        if (crc != null && !BitwiseUInt(crc, out c)) return null;
        c = ~c;
        var table = s_crc32Table;
        foreach (byte b in data.Span) c = table[(c ^ b) & 0xff] ^ (c >> 8);
        return PyLong.FromLong(~c);
    }

    [PyMethod("crc_hqx", Doc = "Compute CRC-CCITT incrementally.")]
    static PyObject? CrcHqx(BufferArg data, PyObject crc)
    {
        if (!BitwiseUInt(crc, out uint c)) return null;
        c &= 0xffff;
        var table = s_crcHqxTable;
        foreach (byte b in data.Span) c = ((c << 8) & 0xff00) ^ table[(c >> 8) ^ b];
        return PyLong.FromLong(c);
    }
}
