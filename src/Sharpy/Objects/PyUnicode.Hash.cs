using System;
using System.Buffers;
using System.Runtime.InteropServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

public partial class PyUnicode
{
    /// <summary>
    /// str's hash: SipHash-1-3 of the PEP 393 representation (1, 2 or 4 bytes per code point,
    /// the narrowest that fits the largest code point), so hashes and set/dict orders match
    /// 64-bit CPython.
    /// </summary>
    [PySlot("tp_hash")]
    internal static long StrHash(PyObject o)
    {
        var u = (PyUnicode)o;
        if (u._hash != -1) return u._hash;
        long h = ComputeHash(u);
        u._hash = h;
        return h;
    }

    static long ComputeHash(PyUnicode u)
    {
        int n = u.Length;
        if (n == 0) return 0;
        int max = u.MaxChar;
        ulong h;
        if (u._cps == null && max >= 256)
        {
            // UCS2: the chars' bytes, little-endian, are exactly the PEP 393 buffer.
            h = SipHash.Hash13(MemoryMarshal.AsBytes(u.Value.AsSpan()));
        }
        else if (max < 256)
        {
            byte[]? rented = n > 256 ? ArrayPool<byte>.Shared.Rent(n) : null;
            Span<byte> buf = rented != null ? rented.AsSpan(0, n) : stackalloc byte[n];
            for (int i = 0; i < n; i++) buf[i] = (byte)u[i];
            h = SipHash.Hash13(buf);
            if (rented != null) ArrayPool<byte>.Shared.Return(rented);
        }
        else if (max < 0x10000)
        {
            var cps = u._cps!;
            var arr = ArrayPool<ushort>.Shared.Rent(n);
            for (int i = 0; i < n; i++) arr[i] = (ushort)cps[i];
            h = SipHash.Hash13(MemoryMarshal.AsBytes(arr.AsSpan(0, n)));
            ArrayPool<ushort>.Shared.Return(arr);
        }
        else
        {
            h = SipHash.Hash13(MemoryMarshal.AsBytes(u._cps.AsSpan()));
        }
        long r = (long)h;
        return r == -1 ? -2 : r;
    }
}
