using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

public partial class PyUnicode
{
    /// <summary>
    /// str's hash: SipHash-1-3 of the PEP 393 representation (1, 2 or 4 bytes per code point,
    /// the narrowest that fits), so hashes and set/dict orders match 64-bit CPython.
    /// </summary>
    [PySlot("tp_hash")]
    static long StrHash(PyObject o)
    {
        var u = (PyUnicode)o;
        if (u._hash != -1) return u._hash;
        var s = u.Value;
        long h;
        if (s.Length == 0) h = 0;
        else
        {
            int max = 0;
            for (int i = 0; i < s.Length; i++) if (s[i] > max) max = s[i];
            bool hasSurrogatePairs = false;
            for (int i = 0; i < s.Length - 1; i++)
                if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { hasSurrogatePairs = true; break; }
            byte[] buf;
            if (hasSurrogatePairs)
            {
                var cps = new System.Collections.Generic.List<int>();
                for (int i = 0; i < s.Length; i++)
                {
                    if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        cps.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                        i++;
                    }
                    else cps.Add(s[i]);
                }
                buf = new byte[cps.Count * 4];
                for (int i = 0; i < cps.Count; i++) BitConverter.TryWriteBytes(buf.AsSpan(i * 4), cps[i]);
            }
            else if (max < 256)
            {
                buf = new byte[s.Length];
                for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            }
            else
            {
                buf = new byte[s.Length * 2];
                for (int i = 0; i < s.Length; i++) BitConverter.TryWriteBytes(buf.AsSpan(i * 2), s[i]);
            }
            h = (long)SipHash.Hash13(buf);
            if (h == -1) h = -2;
        }
        u._hash = h;
        return h;
    }
}
