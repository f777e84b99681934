using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// bytes methods (Objects/bytesobject.c, Objects/bytes_methods.c, stringlib).
public partial class PyBytes
{
    [PyMethod("decode")]
    public static PyObject? Decode(PyBytes self, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict")
        => UnicodeCodecs.Decode(self.Value, self, encoding, errors);

    static bool IsAsciiSpace(byte b) => b == ' ' || (b >= 9 && b <= 13);

    /// <summary>A "sub" argument of find/count/index: bytes-like or an int 0..255.</summary>
    static byte[]? SubArg(PyObject sub)
    {
        if (StrSlice.IsIndex(sub))
        {
            int v = ByteValue(sub, "byte must be in range(0, 256)");
            return v < 0 ? null : [(byte)v];
        }
        if (sub is PyBytes b) return b.Value;
        Errors.SetString(PyExc.TypeError, $"argument should be integer or bytes-like object, not '{sub.ob_type.tp_name}'");
        return null;
    }

    static long FindCore(PyBytes self, PyObject subObj, PyObject? start, PyObject? end, bool reverse)
    {
        var sub = SubArg(subObj);
        if (sub == null) return -2;
        int n = self.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long s, out long e)) return -2;
        if (s > n || e - s < sub.Length) return -1;
        var hay = self.Value.AsSpan((int)s, (int)(e - s));
        int r = reverse ? hay.LastIndexOf(sub) : hay.IndexOf(sub);
        if (sub.Length == 0) r = reverse ? hay.Length : 0;
        return r < 0 ? -1 : r + s;
    }

    [PyMethod("find")]
    public static PyObject? Find(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, false);
        return r == -2 ? null : PyLong.FromLong(r);
    }

    [PyMethod("rfind")]
    public static PyObject? RFind(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, true);
        return r == -2 ? null : PyLong.FromLong(r);
    }

    [PyMethod("index")]
    public static PyObject? Index(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, false);
        if (r == -2) return null;
        return r < 0 ? Errors.SetString(PyExc.ValueError, "subsection not found") : PyLong.FromLong(r);
    }

    [PyMethod("rindex")]
    public static PyObject? RIndex(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, true);
        if (r == -2) return null;
        return r < 0 ? Errors.SetString(PyExc.ValueError, "subsection not found") : PyLong.FromLong(r);
    }

    [PyMethod("count")]
    public static PyObject? Count(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        var s = SubArg(sub);
        if (s == null) return null;
        int n = self.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long a, out long b)) return null;
        if (a > n || b - a < s.Length) return PyLong.FromLong(0);
        var hay = self.Value.AsSpan((int)a, (int)(b - a));
        if (s.Length == 0) return PyLong.FromLong(hay.Length + 1);
        long count = 0;
        while (true)
        {
            int i = hay.IndexOf(s);
            if (i < 0) break;
            count++;
            hay = hay[(i + s.Length)..];
        }
        return PyLong.FromLong(count);
    }

    [PyMethod("startswith")]
    public static PyObject? StartsWith(PyBytes self, PyObject prefix, PyObject? start = null, PyObject? end = null)
        => TailMatch(self, prefix, start, end, false, "startswith");

    [PyMethod("endswith")]
    public static PyObject? EndsWith(PyBytes self, PyObject suffix, PyObject? start = null, PyObject? end = null)
        => TailMatch(self, suffix, start, end, true, "endswith");

    static PyObject? TailMatch(PyBytes self, PyObject arg, PyObject? start, PyObject? end, bool atEnd, string method)
    {
        int n = self.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long a, out long b)) return null;
        if (arg is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (item is not PyBytes ib)
                    return Errors.SetString(PyExc.TypeError, $"a bytes-like object is required, not '{item.ob_type.tp_name}'");
                if (Match(self, ib.Value, a, b, atEnd)) return Py.True;
            }
            return Py.False;
        }
        if (arg is not PyBytes p)
            return Errors.SetString(PyExc.TypeError, $"{method} first arg must be bytes or a tuple of bytes, not {arg.ob_type.tp_name}");
        return Py.NewBool(Match(self, p.Value, a, b, atEnd));
    }

    static bool Match(PyBytes self, byte[] sub, long start, long end, bool atEnd)
    {
        if (start > self.Length || end - start < sub.Length) return false;
        long at = atEnd ? end - sub.Length : start;
        return self.Value.AsSpan((int)at, sub.Length).SequenceEqual(sub);
    }

    [PyMethod("replace")]
    public static PyObject? Replace(PyBytes self, PyObject old, PyObject @new, [Keyword] long count = -1)
    {
        var o = BytesLike(old);
        if (o == null) return null;
        var nw = BytesLike(@new);
        if (nw == null) return null;
        if (count < 0) count = long.MaxValue;
        var src = self.Value;
        var outp = new System.Collections.Generic.List<byte>(src.Length);
        if (o.Length == 0)
        {
            long done = 0;
            for (int i = 0; i <= src.Length; i++)
            {
                if (done < count) { outp.AddRange(nw); done++; }
                if (i < src.Length) outp.Add(src[i]);
            }
            return FromBytes(outp.ToArray());
        }
        int pos = 0;
        var span = src.AsSpan();
        while (count-- > 0)
        {
            int k = span[pos..].IndexOf(o);
            if (k < 0) break;
            System.Collections.Generic.CollectionExtensions.AddRange(outp, (ReadOnlySpan<byte>)src.AsSpan(pos, k));
            outp.AddRange(nw);
            pos += k + o.Length;
        }
        if (pos == 0 && self.ob_type == Type) return Py.NewRef(self);
        System.Collections.Generic.CollectionExtensions.AddRange(outp, (ReadOnlySpan<byte>)src.AsSpan(pos));
        return FromBytes(outp.ToArray());
    }

    [PyMethod("join")]
    public static PyObject? Join(PyBytes self, PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        var outp = new System.Collections.Generic.List<byte>();
        int i = 0;
        try
        {
            while (true)
            {
                var x = Abstract.IterNext(it);
                if (x == null)
                {
                    if (Errors.Occurred()) return null;
                    break;
                }
                if (x is not PyBytes xb)
                {
                    Errors.SetString(PyExc.TypeError, $"sequence item {i}: expected a bytes-like object, {x.ob_type.tp_name} found");
                    Py.DECREF(x);
                    return null;
                }
                if (i > 0) outp.AddRange(self.Value);
                outp.AddRange(xb.Value);
                Py.DECREF(x);
                i++;
            }
        }
        finally
        {
            Py.DECREF(it);
        }
        return FromBytes(outp.ToArray());
    }

    [PyMethod("split")]
    public static PyObject? Split(PyBytes self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1)
        => SplitCore(self, sep, maxsplit, false);

    [PyMethod("rsplit")]
    public static PyObject? RSplit(PyBytes self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1)
        => SplitCore(self, sep, maxsplit, true);

    static PyObject? SplitCore(PyBytes self, PyObject? sepObj, long maxsplit, bool reverse)
    {
        byte[]? sep = null;
        if (sepObj != null && sepObj != PyNone.None)
        {
            sep = BytesLike(sepObj);
            if (sep == null) return null;
            if (sep.Length == 0) return Errors.SetString(PyExc.ValueError, "empty separator");
        }
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var v = self.Value;
        int n = v.Length;
        var parts = new System.Collections.Generic.List<(int, int)>();
        if (sep == null)
        {
            if (!reverse)
            {
                int i = 0;
                while (maxsplit-- > 0)
                {
                    while (i < n && IsAsciiSpace(v[i])) i++;
                    if (i == n) break;
                    int j = i;
                    while (i < n && !IsAsciiSpace(v[i])) i++;
                    parts.Add((j, i));
                }
                while (i < n && IsAsciiSpace(v[i])) i++;
                if (i < n) parts.Add((i, n));
            }
            else
            {
                int i = n - 1;
                while (maxsplit-- > 0)
                {
                    while (i >= 0 && IsAsciiSpace(v[i])) i--;
                    if (i < 0) break;
                    int j = i;
                    while (i >= 0 && !IsAsciiSpace(v[i])) i--;
                    parts.Add((i + 1, j + 1));
                }
                while (i >= 0 && IsAsciiSpace(v[i])) i--;
                if (i >= 0) parts.Add((0, i + 1));
                parts.Reverse();
            }
        }
        else if (!reverse)
        {
            int pos = 0;
            while (maxsplit-- > 0)
            {
                int k = v.AsSpan(pos).IndexOf(sep);
                if (k < 0) break;
                parts.Add((pos, pos + k));
                pos += k + sep.Length;
            }
            parts.Add((pos, n));
        }
        else
        {
            int end = n;
            while (maxsplit-- > 0)
            {
                int k = v.AsSpan(0, end).LastIndexOf(sep);
                if (k < 0) break;
                parts.Add((k + sep.Length, end));
                end = k;
            }
            parts.Add((0, end));
            parts.Reverse();
        }
        var list = PyList.New(parts.Count);
        foreach (var (a, b) in parts)
            list.AppendSteal(a == 0 && b == n && self.ob_type == Type ? Py.NewRef(self) : FromSpan(v.AsSpan(a, b - a)));
        return list;
    }

    [PyMethod("strip")]
    public static PyObject? Strip(PyBytes self, PyObject? bytes = null) => StripCore(self, bytes, true, true);

    [PyMethod("lstrip")]
    public static PyObject? LStrip(PyBytes self, PyObject? bytes = null) => StripCore(self, bytes, true, false);

    [PyMethod("rstrip")]
    public static PyObject? RStrip(PyBytes self, PyObject? bytes = null) => StripCore(self, bytes, false, true);

    static PyObject? StripCore(PyBytes self, PyObject? chars, bool left, bool right)
    {
        byte[]? set = null;
        if (chars != null && chars != PyNone.None)
        {
            set = BytesLike(chars);
            if (set == null) return null;
        }
        var v = self.Value;
        int i = 0, j = v.Length;
        if (left) while (i < j && (set == null ? IsAsciiSpace(v[i]) : Array.IndexOf(set, v[i]) >= 0)) i++;
        if (right) while (j > i && (set == null ? IsAsciiSpace(v[j - 1]) : Array.IndexOf(set, v[j - 1]) >= 0)) j--;
        if (i == 0 && j == v.Length && self.ob_type == Type) return Py.NewRef(self);
        return FromSpan(v.AsSpan(i, j - i));
    }

    [PyMethod("partition")]
    public static PyObject? Partition(PyBytes self, PyObject sep) => PartitionCore(self, sep, false);

    [PyMethod("rpartition")]
    public static PyObject? RPartition(PyBytes self, PyObject sep) => PartitionCore(self, sep, true);

    static PyObject? PartitionCore(PyBytes self, PyObject sepObj, bool reverse)
    {
        var sep = BytesLike(sepObj);
        if (sep == null) return null;
        if (sep.Length == 0) return Errors.SetString(PyExc.ValueError, "empty separator");
        var v = self.Value;
        int k = reverse ? v.AsSpan().LastIndexOf(sep) : v.AsSpan().IndexOf(sep);
        if (k < 0)
        {
            return reverse
                ? PyTuple.FromStolen([EmptyBytes, EmptyBytes, ExactCopy(self)])
                : PyTuple.FromStolen([ExactCopy(self), EmptyBytes, EmptyBytes]);
        }
        return PyTuple.FromStolen([FromSpan(v.AsSpan(0, k)), FromSpan(sep), FromSpan(v.AsSpan(k + sep.Length))]);
    }

    [PyMethod("upper")]
    public static PyObject? Upper(PyBytes self)
    {
        var r = (byte[])self.Value.Clone();
        for (int i = 0; i < r.Length; i++) if (r[i] >= 'a' && r[i] <= 'z') r[i] -= 32;
        return FromBytes(r);
    }

    [PyMethod("swapcase")]
    public static PyObject? SwapCase(PyBytes self)
    {
        var r = (byte[])self.Value.Clone();
        for (int i = 0; i < r.Length; i++)
            if (r[i] >= 'a' && r[i] <= 'z') r[i] -= 32;
            else if (r[i] >= 'A' && r[i] <= 'Z') r[i] += 32;
        return FromBytes(r);
    }

    [PyMethod("lower")]
    public static PyObject? Lower(PyBytes self)
    {
        var r = (byte[])self.Value.Clone();
        for (int i = 0; i < r.Length; i++) if (r[i] >= 'A' && r[i] <= 'Z') r[i] += 32;
        return FromBytes(r);
    }

    static PyObject All(PyBytes self, Func<byte, bool> pred)
    {
        if (self.Length == 0) return Py.False;
        foreach (byte b in self.Value) if (!pred(b)) return Py.False;
        return Py.True;
    }

    [PyMethod("isdigit")] public static PyObject? IsDigit(PyBytes self) => All(self, static b => b >= '0' && b <= '9');
    [PyMethod("isalpha")] public static PyObject? IsAlpha(PyBytes self) => All(self, static b => (b | 32) >= 'a' && (b | 32) <= 'z');
    [PyMethod("isalnum")] public static PyObject? IsAlnum(PyBytes self) => All(self, static b => (b >= '0' && b <= '9') || ((b | 32) >= 'a' && (b | 32) <= 'z'));
    [PyMethod("isspace")] public static PyObject? IsSpace(PyBytes self) => All(self, IsAsciiSpace);
    [PyMethod("isascii")] public static PyObject? IsAscii(PyBytes self) => Py.NewBool(self.Value.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0);

    [PyMethod("isupper")]
    public static PyObject? IsUpper(PyBytes self)
    {
        bool cased = false;
        foreach (byte b in self.Value)
        {
            if (b >= 'a' && b <= 'z') return Py.False;
            if (b >= 'A' && b <= 'Z') cased = true;
        }
        return Py.NewBool(cased);
    }

    [PyMethod("islower")]
    public static PyObject? IsLower(PyBytes self)
    {
        bool cased = false;
        foreach (byte b in self.Value)
        {
            if (b >= 'A' && b <= 'Z') return Py.False;
            if (b >= 'a' && b <= 'z') cased = true;
        }
        return Py.NewBool(cased);
    }

    [PyMethod("hex")]
    public static PyObject? Hex(PyBytes self, [Keyword] PyObject? sep = null, [Keyword] long bytes_per_sep = 1)
        => HexOf(self.Value, sep, bytes_per_sep);

    /// <summary>bytes.hex / bytearray.hex / memoryview.hex (Python/pystrhex.c).</summary>
    public static PyObject? HexOf(ReadOnlySpan<byte> v, PyObject? sepObj, long bytesPerSep)
    {
        const string hex = "0123456789abcdef";
        char sep = '\0';
        if (sepObj != null && sepObj != PyNone.None)
        {
            if (sepObj is PyUnicode su)
            {
                if (su.Length != 1) return Errors.SetString(PyExc.ValueError, "sep must be length 1.");
                if (su[0] > 0x7f) return Errors.SetString(PyExc.ValueError, "sep must be ASCII.");
                sep = (char)su[0];
            }
            else if (sepObj is PyBytes sb)
            {
                if (sb.Length != 1) return Errors.SetString(PyExc.ValueError, "sep must be length 1.");
                if (sb.Value[0] > 0x7f) return Errors.SetString(PyExc.ValueError, "sep must be ASCII.");
                sep = (char)sb.Value[0];
            }
            else return Errors.SetString(PyExc.TypeError, "sep must be str or bytes.");
        }
        if (sep == '\0' || bytesPerSep == 0 || v.Length == 0)
        {
            var chars = new char[v.Length * 2];
            for (int i = 0; i < v.Length; i++) { chars[2 * i] = hex[v[i] >> 4]; chars[2 * i + 1] = hex[v[i] & 15]; }
            return PyUnicode.FromSimple(new string(chars));
        }
        long group = Math.Abs(bytesPerSep);
        var sbuilder = new System.Text.StringBuilder(v.Length * 3);
        // Positive counts group from the right, negative from the left.
        int n = v.Length;
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
            {
                bool boundary = bytesPerSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) sbuilder.Append(sep);
            }
            sbuilder.Append(hex[v[i] >> 4]).Append(hex[v[i] & 15]);
        }
        return PyUnicode.FromSimple(sbuilder.ToString());
    }

    [PyMethod("fromhex", Class = true)]
    public static PyObject? FromHex(PyObject cls, PyObject @string)
    {
        if (@string is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"fromhex() argument must be str or bytes-like, not {@string.ob_type.tp_name}");
        var outp = new System.Collections.Generic.List<byte>(s.Length / 2);
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            int c = s[i];
            if (c == ' ' || (c >= 9 && c <= 13)) { i++; continue; }
            int hi = HexVal(c);
            if (hi < 0) return Errors.SetString(PyExc.ValueError, $"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= n)
                return Errors.SetString(PyExc.ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
            int lo = HexVal(s[i + 1]);
            if (lo < 0) return Errors.SetString(PyExc.ValueError, $"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            outp.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        var r = FromBytes(outp.ToArray());
        if (cls == Type) return r;
        var made = Calls.CallOneArg(cls, r);
        Py.DECREF(r);
        return made;
    }

    static int HexVal(int c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        c |= 32;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    }
}
