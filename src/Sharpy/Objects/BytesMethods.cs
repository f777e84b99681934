using System;
using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The methods bytes and bytearray share (Objects/bytes_methods.c and the stringlib templates
/// CPython compiles for both). Each takes self (a bytes or a bytearray) and makes its results
/// of self's kind: bytes for bytes, bytearray for bytearray. Arguments accept any buffer
/// exporter, as CPython's.
/// </summary>
public static class BytesMethods
{
    /// <summary>The bytes of self (bytes or bytearray); borrowed, valid until Python code runs.</summary>
    public static ReadOnlySpan<byte> View(PyObject self) => self is PyBytes b ? b.Value : ((PyByteArray)self).AsSpan();

    /// <summary>A new object of self's kind (bytes for bytes and its subclasses, bytearray for bytearray's).</summary>
    public static PyObject Make(PyObject self, ReadOnlySpan<byte> s) => self is PyBytes ? PyBytes.FromSpan(s) : PyByteArray.FromSpan(s);

    static PyObject Make(PyObject self, byte[] s) => self is PyBytes ? PyBytes.FromBytes(s) : PyByteArray.FromArray(s);

    /// <summary>self unchanged: itself for an exact bytes, else a copy of self's kind.</summary>
    static PyObject Unchanged(PyObject self) => self.ob_type == PyBytes.Type ? Py.NewRef(self) : Make(self, View(self));

    static bool IsAsciiSpace(byte b) => b == ' ' || (b >= 9 && b <= 13);
    static bool IsLower(byte b) => b >= 'a' && b <= 'z';
    static bool IsUpper(byte b) => b >= 'A' && b <= 'Z';

    /// <summary>
    /// A bytes-like argument's bytes (clinic's Py_buffer: a PyBUF_SIMPLE view, so a
    /// non-contiguous memoryview is a BufferError), copied unless it is a bytes; null with
    /// CPython's TypeError "a bytes-like object is required, not 'str'".
    /// </summary>
    public static byte[]? BufferArg(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        var view = PyBuffer.Get(o, PyBUF.SIMPLE);
        if (view == null) return null;
        var r = view.Span.ToArray();
        view.Release();
        return r;
    }

    public static PyObject? Decode(PyObject self, string encoding, string errors)
    {
        if (self is PyBytes b) return UnicodeCodecs.Decode(b.Value, b, encoding, errors);
        var copy = PyBytes.FromSpan(View(self));
        var r = UnicodeCodecs.Decode(copy.Value, copy, encoding, errors);
        Py.DECREF(copy);
        return r;
    }

    // ---- searching ----

    /// <summary>A "sub" argument of find/count/index: bytes-like or an int 0..255.</summary>
    static byte[]? SubArg(PyObject sub)
    {
        if (StrSlice.IsIndex(sub))
        {
            int v = PyBytes.ByteValue(sub, "byte must be in range(0, 256)");
            return v < 0 ? null : [(byte)v];
        }
        if (!PyBuffer.Check(sub))
        {
            Errors.SetString(PyExc.TypeError, $"argument should be integer or bytes-like object, not '{sub.ob_type.tp_name}'");
            return null;
        }
        return BufferArg(sub);
    }

    /// <summary>The index found, -1 if absent, -2 on error.</summary>
    static long FindCore(PyObject self, PyObject subObj, PyObject? start, PyObject? end, bool reverse)
    {
        var sub = SubArg(subObj);
        if (sub == null) return -2;
        var v = View(self);
        int n = v.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long s, out long e)) return -2;
        v = View(self);
        if (e > v.Length) e = v.Length;
        if (s > e || e - s < sub.Length) return -1;
        var hay = v.Slice((int)s, (int)(e - s));
        int r = reverse ? FastSearch.LastIndexOf<byte>(hay, sub) : FastSearch.IndexOf<byte>(hay, sub);
        if (sub.Length == 0) r = reverse ? hay.Length : 0;
        return r < 0 ? -1 : r + s;
    }

    public static PyObject? Find(PyObject self, PyObject sub, PyObject? start, PyObject? end, bool reverse)
    {
        long r = FindCore(self, sub, start, end, reverse);
        return r == -2 ? null : PyLong.FromLong(r);
    }

    public static PyObject? Index(PyObject self, PyObject sub, PyObject? start, PyObject? end, bool reverse)
    {
        long r = FindCore(self, sub, start, end, reverse);
        if (r == -2) return null;
        return r < 0 ? Errors.SetString(PyExc.ValueError, "subsection not found") : PyLong.FromLong(r);
    }

    public static PyObject? Count(PyObject self, PyObject sub, PyObject? start, PyObject? end)
    {
        var s = SubArg(sub);
        if (s == null) return null;
        if (!StrSlice.ParseStartEnd(start, end, View(self).Length, out long a, out long b)) return null;
        var v = View(self);
        if (b > v.Length) b = v.Length;
        if (a > b || b - a < s.Length) return PyLong.FromLong(0);
        var hay = v.Slice((int)a, (int)(b - a));
        if (s.Length == 0) return PyLong.FromLong(hay.Length + 1);
        return PyLong.FromLong(FastSearch.Count<byte>(hay, s));
    }

    /// <summary>startswith / endswith (_Py_bytes_tailmatch).</summary>
    public static PyObject? TailMatch(PyObject self, PyObject arg, PyObject? start, PyObject? end, bool atEnd, string method)
    {
        if (!StrSlice.ParseStartEnd(start, end, View(self).Length, out long a, out long b)) return null;
        if (arg is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                var sub = BufferArg(item);
                if (sub == null) return null;
                if (Match(View(self), sub, a, b, atEnd)) return Py.True;
            }
            return Py.False;
        }
        if (!PyBuffer.Check(arg))
            return Errors.SetString(PyExc.TypeError, $"{method} first arg must be bytes or a tuple of bytes, not {arg.ob_type.tp_name}");
        var p = BufferArg(arg);
        if (p == null) return null;
        return Py.NewBool(Match(View(self), p, a, b, atEnd));
    }

    static bool Match(ReadOnlySpan<byte> v, byte[] sub, long start, long end, bool atEnd)
    {
        if (end > v.Length) end = v.Length;
        if (start > end || end - start < sub.Length) return false;
        long at = atEnd ? end - sub.Length : start;
        return v.Slice((int)at, sub.Length).SequenceEqual(sub);
    }

    // ---- making new sequences ----

    public static PyObject? Replace(PyObject self, PyObject old, PyObject @new, long count)
    {
        var o = BufferArg(old);
        if (o == null) return null;
        var nw = BufferArg(@new);
        if (nw == null) return null;
        if (count < 0) count = long.MaxValue;
        var src = View(self);
        var outp = new List<byte>(src.Length);
        if (o.Length == 0)
        {
            long done = 0;
            for (int i = 0; i <= src.Length; i++)
            {
                if (done < count) { outp.AddRange(nw); done++; }
                if (i < src.Length) outp.Add(src[i]);
            }
            return Make(self, outp.ToArray());
        }
        int pos = 0;
        while (count-- > 0)
        {
            int k = src[pos..].IndexOf(o);
            if (k < 0) break;
            outp.AddRange(src.Slice(pos, k));
            outp.AddRange(nw);
            pos += k + o.Length;
        }
        if (pos == 0) return Unchanged(self);
        outp.AddRange(src[pos..]);
        return Make(self, outp.ToArray());
    }

    /// <summary>bytes.join / bytearray.join (stringlib/join.h): every item must be a bytes-like object.</summary>
    public static PyObject? Join(PyObject self, PyObject iterable)
    {
        var seq = SeqSupport.Fast(iterable, "can only join an iterable");
        if (seq == null) return null;
        var items = SeqSupport.FastItems(seq);
        if (items.Length == 1 && self is PyBytes && items[0].ob_type == PyBytes.Type)
        {
            var only = Py.NewRef(items[0]);
            Py.DECREF(seq);
            return only;
        }
        // Every item's view is held until the result is built, as CPython's join does.
        var views = new PyBuffer[items.Length];
        int got = 0;
        PyObject? result = null;
        long total = 0;
        for (; got < items.Length; got++)
        {
            var v = PyBuffer.Get(items[got], PyBUF.SIMPLE);
            if (v == null)
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"sequence item {got}: expected a bytes-like object, {items[got].ob_type.tp_name} found");
                goto done;
            }
            views[got] = v;
            total += v.len;
        }
        var sep = View(self).ToArray();
        if (items.Length > 1) total += (long)sep.Length * (items.Length - 1);
        if (total > Array.MaxLength) { Errors.NoMemory(); goto done; }
        var r = new byte[total];
        int at = 0;
        for (int i = 0; i < views.Length; i++)
        {
            if (i > 0) { sep.CopyTo(r, at); at += sep.Length; }
            views[i].Span.CopyTo(r.AsSpan(at));
            at += (int)views[i].len;
        }
        result = Make(self, r);
    done:
        for (int i = 0; i < got; i++) views[i].Release();
        Py.DECREF(seq);
        return result;
    }

    public static PyObject? Split(PyObject self, PyObject? sepObj, long maxsplit, bool reverse)
    {
        byte[]? sep = null;
        if (sepObj != null && sepObj != Py.None)
        {
            sep = BufferArg(sepObj);
            if (sep == null) return null;
            if (sep.Length == 0) return Errors.SetString(PyExc.ValueError, "empty separator");
        }
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var v = View(self);
        int n = v.Length;
        var parts = new List<(int, int)>();
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
                int k = v[pos..].IndexOf(sep);
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
                int k = v[..end].LastIndexOf(sep);
                if (k < 0) break;
                parts.Add((k + sep.Length, end));
                end = k;
            }
            parts.Add((0, end));
            parts.Reverse();
        }
        return PartsList(self, parts);
    }

    static PyList PartsList(PyObject self, List<(int, int)> parts)
    {
        var v = View(self);
        var list = PyList.New(parts.Count);
        foreach (var (a, b) in parts)
            list.AppendSteal(a == 0 && b == v.Length && self.ob_type == PyBytes.Type ? Py.NewRef(self) : Make(self, v[a..b]));
        return list;
    }

    public static PyObject? SplitLines(PyObject self, bool keepends)
    {
        var v = View(self);
        var parts = new List<(int, int)>();
        int i = 0, n = v.Length;
        while (i < n)
        {
            int j = i;
            while (i < n && v[i] != '\n' && v[i] != '\r') i++;
            int eol = i;
            if (i < n)
            {
                if (v[i] == '\r' && i + 1 < n && v[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            parts.Add((j, eol));
        }
        return PartsList(self, parts);
    }

    public static PyObject? Strip(PyObject self, PyObject? chars, bool left, bool right)
    {
        byte[]? set = null;
        if (chars != null && chars != Py.None)
        {
            set = BufferArg(chars);
            if (set == null) return null;
        }
        var v = View(self);
        int i = 0, j = v.Length;
        if (left) while (i < j && (set == null ? IsAsciiSpace(v[i]) : Array.IndexOf(set, v[i]) >= 0)) i++;
        if (right) while (j > i && (set == null ? IsAsciiSpace(v[j - 1]) : Array.IndexOf(set, v[j - 1]) >= 0)) j--;
        if (i == 0 && j == v.Length) return Unchanged(self);
        return Make(self, v[i..j]);
    }

    public static PyObject? Partition(PyObject self, PyObject sepObj, bool reverse)
    {
        var sep = BufferArg(sepObj);
        if (sep == null) return null;
        if (sep.Length == 0) return Errors.SetString(PyExc.ValueError, "empty separator");
        var v = View(self);
        int k = reverse ? v.LastIndexOf(sep) : v.IndexOf(sep);
        if (k < 0)
        {
            return reverse
                ? PyTuple.FromStolen([Make(self, []), Make(self, []), Unchanged(self)])
                : PyTuple.FromStolen([Unchanged(self), Make(self, []), Make(self, [])]);
        }
        // bytes gives back the separator object itself (stringlib's partition), bytearray a copy.
        PyObject mid = self is PyBytes ? Py.NewRef(sepObj) : Make(self, sep);
        return PyTuple.FromStolen([Make(self, v[..k]), mid, Make(self, v[(k + sep.Length)..])]);
    }

    public static PyObject? RemoveAffix(PyObject self, PyObject affix, bool suffix)
    {
        var a = BufferArg(affix);
        if (a == null) return null;
        var v = View(self);
        if (a.Length > 0 && a.Length <= v.Length && (suffix ? v.EndsWith(a) : v.StartsWith(a)))
            return Make(self, suffix ? v[..^a.Length] : v[a.Length..]);
        return Unchanged(self);
    }

    // ---- case and padding ----

    public static PyObject Upper(PyObject self)
    {
        var r = View(self).ToArray();
        FlipCase(r, (byte)'a');
        return Make(self, r);
    }

    public static PyObject Lower(PyObject self)
    {
        var r = View(self).ToArray();
        FlipCase(r, (byte)'A');
        return Make(self, r);
    }

    /// <summary>The 26 ASCII letters from <paramref name="first"/> change case (bit 0x20), a vector at a time.</summary>
    static void FlipCase(Span<byte> r, byte first)
    {
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            var lo = new System.Numerics.Vector<byte>(first);
            var letters = new System.Numerics.Vector<byte>(26);
            var bit = new System.Numerics.Vector<byte>(0x20);
            for (; i + System.Numerics.Vector<byte>.Count <= r.Length; i += System.Numerics.Vector<byte>.Count)
            {
                var v = new System.Numerics.Vector<byte>(r.Slice(i));
                // Byte lanes compare unsigned: v - first < 26 only for the letters.
                var isLetter = System.Numerics.Vector.LessThan(v - lo, letters);
                (v ^ (isLetter & bit)).CopyTo(r.Slice(i));
            }
        }
        for (; i < r.Length; i++) if ((byte)(r[i] - first) < 26) r[i] ^= 0x20;
    }

    public static PyObject SwapCase(PyObject self)
    {
        var r = View(self).ToArray();
        for (int i = 0; i < r.Length; i++) if (IsLower(r[i]) || IsUpper(r[i])) r[i] ^= 32;
        return Make(self, r);
    }

    public static PyObject Capitalize(PyObject self)
    {
        var r = View(self).ToArray();
        for (int i = 0; i < r.Length; i++)
        {
            if (i == 0 ? IsLower(r[i]) : IsUpper(r[i])) r[i] ^= 32;
        }
        return Make(self, r);
    }

    public static PyObject Title(PyObject self)
    {
        var r = View(self).ToArray();
        bool previousIsCased = false;
        for (int i = 0; i < r.Length; i++)
        {
            byte c = r[i];
            if (IsLower(c)) { if (!previousIsCased) r[i] = (byte)(c - 32); previousIsCased = true; }
            else if (IsUpper(c)) { if (previousIsCased) r[i] = (byte)(c + 32); previousIsCased = true; }
            else previousIsCased = false;
        }
        return Make(self, r);
    }

    /// <summary>The fillchar of center/ljust/rjust: a bytes or bytearray of length 1 (clinic's char converter).</summary>
    static int FillChar(PyObject? fill, string method)
    {
        if (fill == null) return ' ';
        if (fill is PyBytes fb && fb.Length == 1) return fb.Value[0];
        if (fill is PyByteArray fa && fa.Count == 1) return fa.AsSpan()[0];
        if (fill is PyBytes or PyByteArray)
            Errors.SetString(PyExc.TypeError, $"{method}(): argument 2 must be a byte string of length 1, not a {fill.ob_type.tp_name} object of length {View(fill).Length}");
        else
            Errors.SetString(PyExc.TypeError, $"{method}() argument 2 must be a byte string of length 1, not {fill.ob_type.tp_name}");
        return -1;
    }

    static PyObject Pad(PyObject self, long left, long right, byte fill)
    {
        var v = View(self);
        if (left < 0) left = 0;
        if (right < 0) right = 0;
        if (left == 0 && right == 0) return Unchanged(self);
        var r = new byte[left + v.Length + right];
        r.AsSpan(0, (int)left).Fill(fill);
        v.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)left + v.Length).Fill(fill);
        return Make(self, r);
    }

    public static PyObject? Justify(PyObject self, long width, PyObject? fillchar, string method)
    {
        int fill = FillChar(fillchar, method);
        if (fill < 0) return null;
        int n = View(self).Length;
        if (width <= n) return Unchanged(self);
        if (width > Array.MaxLength) return Errors.NoMemory();
        long marg = width - n;
        return method switch
        {
            "ljust" => Pad(self, 0, marg, (byte)fill),
            "rjust" => Pad(self, marg, 0, (byte)fill),
            _ => Pad(self, marg / 2 + (marg & width & 1), marg - (marg / 2 + (marg & width & 1)), (byte)fill),
        };
    }

    public static PyObject? ZFill(PyObject self, long width)
    {
        var v = View(self);
        if (width <= v.Length) return Unchanged(self);
        if (width > Array.MaxLength) return Errors.NoMemory();
        long fill = width - v.Length;
        var r = new byte[width];
        r.AsSpan(0, (int)fill).Fill((byte)'0');
        v.CopyTo(r.AsSpan((int)fill));
        if (v.Length > 0 && (r[fill] == '+' || r[fill] == '-'))
        {
            r[0] = r[fill];
            r[fill] = (byte)'0';
        }
        return Make(self, r);
    }

    public static PyObject? ExpandTabs(PyObject self, long tabsize)
    {
        var v = View(self);
        var r = new List<byte>(v.Length);
        long col = 0;
        foreach (byte c in v)
        {
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - col % tabsize;
                    if (r.Count + incr > Array.MaxLength) return Errors.SetString(PyExc.OverflowError, "result too long");
                    col += incr;
                    for (long k = 0; k < incr; k++) r.Add((byte)' ');
                }
            }
            else
            {
                col++;
                r.Add(c);
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return Make(self, r.ToArray());
    }

    // ---- predicates ----

    static PyObject All(PyObject self, Func<byte, bool> pred)
    {
        var v = View(self);
        if (v.Length == 0) return Py.False;
        foreach (byte b in v) if (!pred(b)) return Py.False;
        return Py.True;
    }

    public static PyObject IsDigit(PyObject self) => All(self, static b => b >= '0' && b <= '9');
    public static PyObject IsAlpha(PyObject self) => All(self, static b => IsLower((byte)(b | 32)));
    public static PyObject IsAlnum(PyObject self) => All(self, static b => (b >= '0' && b <= '9') || IsLower((byte)(b | 32)));
    public static PyObject IsSpace(PyObject self) => All(self, IsAsciiSpace);
    public static PyObject IsAscii(PyObject self) => Py.NewBool(View(self).IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0);

    public static PyObject IsUpperCase(PyObject self)
    {
        bool cased = false;
        foreach (byte b in View(self))
        {
            if (IsLower(b)) return Py.False;
            if (IsUpper(b)) cased = true;
        }
        return Py.NewBool(cased);
    }

    public static PyObject IsLowerCase(PyObject self)
    {
        bool cased = false;
        foreach (byte b in View(self))
        {
            if (IsUpper(b)) return Py.False;
            if (IsLower(b)) cased = true;
        }
        return Py.NewBool(cased);
    }

    public static PyObject IsTitle(PyObject self)
    {
        bool cased = false, previousIsCased = false;
        foreach (byte c in View(self))
        {
            if (IsUpper(c))
            {
                if (previousIsCased) return Py.False;
                previousIsCased = cased = true;
            }
            else if (IsLower(c))
            {
                if (!previousIsCased) return Py.False;
                previousIsCased = cased = true;
            }
            else previousIsCased = false;
        }
        return Py.NewBool(cased);
    }

    // ---- translation ----

    /// <summary>bytes.maketrans / bytearray.maketrans: a 256-byte table mapping frm to to.</summary>
    public static PyObject? MakeTrans(PyObject frm, PyObject to)
    {
        var f = BufferArg(frm);
        if (f == null) return null;
        var t = BufferArg(to);
        if (t == null) return null;
        if (f.Length != t.Length) return Errors.SetString(PyExc.ValueError, "maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < f.Length; i++) table[f[i]] = t[i];
        return PyBytes.FromBytes(table);
    }

    public static PyObject? Translate(PyObject self, PyObject table, PyObject? deleteChars)
    {
        byte[]? map = null;
        if (table != Py.None)
        {
            map = BufferArg(table);
            if (map == null) return null;
            if (map.Length != 256) return Errors.SetString(PyExc.ValueError, "translation table must be 256 characters long");
        }
        byte[]? del = null;
        if (deleteChars != null)
        {
            del = BufferArg(deleteChars);
            if (del == null) return null;
        }
        var v = View(self);
        var r = new List<byte>(v.Length);
        bool changed = false;
        foreach (byte c in v)
        {
            if (del != null && Array.IndexOf(del, c) >= 0) { changed = true; continue; }
            byte m = map == null ? c : map[c];
            if (m != c) changed = true;
            r.Add(m);
        }
        if (!changed) return Unchanged(self);
        return Make(self, r.ToArray());
    }

    // ---- hex ----

    /// <summary>fromhex (bytes.fromhex, bytearray.fromhex): str or a bytes-like object of hex digit pairs.</summary>
    public static PyObject? FromHex(PyObject cls, PyObject @string, PyType exact)
    {
        ReadOnlySpan<char> text;
        if (@string is PyUnicode s) text = s.Value;
        else if (PyBuffer.Check(@string))
        {
            var b = BufferArg(@string);
            if (b == null) return null;
            text = System.Text.Encoding.Latin1.GetString(b);
        }
        else return Errors.SetString(PyExc.TypeError, $"fromhex() argument must be str or bytes-like, not {@string.ob_type.tp_name}");
        var outp = new List<byte>(text.Length / 2);
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            int c = text[i];
            if (c == ' ' || (c >= 9 && c <= 13)) { i++; continue; }
            int hi = HexVal(c);
            if (hi < 0) return Errors.SetString(PyExc.ValueError, $"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= n)
                return Errors.SetString(PyExc.ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
            int lo = HexVal(text[i + 1]);
            if (lo < 0) return Errors.SetString(PyExc.ValueError, $"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            outp.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        PyObject r = exact == PyBytes.Type ? PyBytes.FromBytes(outp.ToArray()) : PyByteArray.FromArray(outp.ToArray());
        if (cls == exact) return r;
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

    /// <summary>bytes.hex / bytearray.hex / memoryview.hex (Python/pystrhex.c).</summary>
    public static PyObject? Hex(ReadOnlySpan<byte> v, PyObject? sepObj, long bytesPerSep)
    {
        const string hex = "0123456789abcdef";
        char sep = '\0';
        bool hasSep = false;
        if (sepObj != null)
        {
            long seplen = Abstract.Length(sepObj);
            if (seplen < 0) return null;
            if (seplen != 1) return Errors.SetString(PyExc.ValueError, "sep must be length 1.");
            ReadOnlySpan<char> su;
            if (sepObj is PyUnicode u) su = u.Value;
            else if (sepObj is PyBytes sb) su = System.Text.Encoding.Latin1.GetString(sb.Value);
            else return Errors.SetString(PyExc.TypeError, "sep must be str or bytes.");
            if (su.Length != 1) return Errors.SetString(PyExc.ValueError, "sep must be length 1.");
            if (su[0] > 0x7f) return Errors.SetString(PyExc.ValueError, "sep must be ASCII.");
            sep = su[0];
            hasSep = true;
        }
        if (!hasSep || bytesPerSep == 0 || v.Length == 0)
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

    // ---- operators shared by bytes and bytearray ----

    /// <summary>bytes % args and bytearray % args (_PyBytes_FormatEx), through str's printf on the latin-1 text.</summary>
    public static PyObject? Format(PyObject self, PyObject args)
    {
        var fmt = PyUnicode.FromSimple(System.Text.Encoding.Latin1.GetString(View(self)));   // latin-1: no surrogates
        var r = PyUnicode.Printf((PyUnicode)fmt, args, true);
        Py.DECREF(fmt);
        if (r == null) return null;
        var bytes = System.Text.Encoding.Latin1.GetBytes(((PyUnicode)r).Value);
        Py.DECREF(r);
        return Make(self, bytes);
    }

    /// <summary>The text (latin-1, one char per byte) of a %s, %b, %c, %r or %a conversion in bytes formatting.</summary>
    internal static PyUnicode? FormatArg(PyObject arg, int c)
    {
        byte[]? data;
        if (c == 'r' || c == 'a')
        {
            var r = PyUnicode.Ascii(arg);
            if (r == null) return null;
            return (PyUnicode)r;
        }
        if (c == 'c')
        {
            if (arg is PyBytes cb && cb.Length == 1) data = cb.Value;
            else if (arg is PyByteArray ca && ca.Count == 1) data = ca.AsSpan().ToArray();
            else if (StrSlice.IsIndex(arg))
            {
                long v = Abstract.AsSsize(arg, PyExc.OverflowError);
                if (v == -1 && Errors.Occurred()) return null;
                if (v < 0 || v > 255)
                {
                    Errors.SetString(PyExc.OverflowError, "%c arg not in range(256)");
                    return null;
                }
                data = [(byte)v];
            }
            else
            {
                Errors.SetString(PyExc.TypeError, arg is PyBytes or PyByteArray
                    ? $"%c requires an integer in range(256) or a single byte, not a {arg.ob_type.tp_name} object of length {View(arg).Length}"
                    : $"%c requires an integer in range(256) or a single byte, not {TypeAttrs.FullyQualifiedName(arg.ob_type)}");
                return null;
            }
        }
        else
        {
            // %s / %b: a buffer, or __bytes__
            if (PyBuffer.Check(arg)) data = PyBuffer.ToArray(arg);
            else
            {
                var meth = Calls.LookupSpecial(arg, PyUnicode.Intern("__bytes__"));
                if (meth == null)
                {
                    if (Errors.Occurred()) return null;
                    Errors.SetString(PyExc.TypeError, $"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.ob_type.tp_name}'");
                    return null;
                }
                var r = Calls.CallNoArgs(meth);
                Py.DECREF(meth);
                if (r == null) return null;
                if (r is not PyBytes rb)
                {
                    Errors.SetString(PyExc.TypeError, $"__bytes__ returned non-bytes (type {r.ob_type.tp_name})");
                    Py.DECREF(r);
                    return null;
                }
                data = rb.Value;
                Py.DECREF(r);
            }
            if (data == null) return null;
        }
        return (PyUnicode)PyUnicode.FromString(System.Text.Encoding.Latin1.GetString(data));
    }

    /// <summary>`x in self`: an int 0..255 or a bytes-like object.</summary>
    public static int Contains(PyObject self, PyObject item)
    {
        if (StrSlice.IsIndex(item))
        {
            int v = PyBytes.ByteValue(item, "byte must be in range(0, 256)");
            if (v < 0) return -1;
            return View(self).IndexOf((byte)v) >= 0 ? 1 : 0;
        }
        var needle = BufferArg(item);
        if (needle == null) return -1;
        return View(self).IndexOf(needle) >= 0 ? 1 : 0;
    }
}
