using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix/suffix, strip.
public partial class PyUnicode
{
    static PyUnicode? ArgStr(PyObject o, string method, int argNo)
    {
        if (o is PyUnicode u) return u;
        Errors.SetString(PyExc.TypeError, $"{method}() argument {argNo} must be str, not {o.ob_type.tp_name}");
        return null;
    }

    /// <summary>find's core: -1 not found, -2 error.</summary>
    static long FindCore(PyUnicode self, PyObject subObj, PyObject? start, PyObject? end, string method, bool reverse)
    {
        var sub = ArgStr(subObj, method, 1);
        if (sub == null) return -2;
        int n = self.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long s, out long e)) return -2;
        if (s > n) return -1;
        if (e < s) return -1;
        return reverse ? LastIndexOf(self, sub, (int)s, (int)e) : IndexOf(self, sub, (int)s, (int)e);
    }

    [PyMethod("find", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Find(PyUnicode self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, "find", false);
        return r == -2 ? null : PyLong.FromLong(r);
    }

    [PyMethod("rfind", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? RFind(PyUnicode self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, "rfind", true);
        return r == -2 ? null : PyLong.FromLong(r);
    }

    [PyMethod("index", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Index(PyUnicode self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, "index", false);
        if (r == -2) return null;
        if (r == -1) return Errors.SetString(PyExc.ValueError, "substring not found");
        return PyLong.FromLong(r);
    }

    [PyMethod("rindex", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? RIndex(PyUnicode self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        long r = FindCore(self, sub, start, end, "rindex", true);
        if (r == -2) return null;
        if (r == -1) return Errors.SetString(PyExc.ValueError, "substring not found");
        return PyLong.FromLong(r);
    }

    [PyMethod("count", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Count(PyUnicode self, PyObject sub, PyObject? start = null, PyObject? end = null)
    {
        var s = ArgStr(sub, "count", 1);
        if (s == null) return null;
        int n = self.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long a, out long b)) return null;
        if (a > n || b < a) return PyLong.FromLong(0);
        return PyLong.FromLong(CountOf(self, s, (int)a, (int)b));
    }

    [PyMethod("startswith", TextSignature = "($self, prefix[, start[, end]], /)")]
    public static PyObject? StartsWith(PyUnicode self, PyObject prefix, PyObject? start = null, PyObject? end = null)
        => TailMatchAny(self, prefix, start, end, false, "startswith");

    [PyMethod("endswith", TextSignature = "($self, suffix[, start[, end]], /)")]
    public static PyObject? EndsWith(PyUnicode self, PyObject suffix, PyObject? start = null, PyObject? end = null)
        => TailMatchAny(self, suffix, start, end, true, "endswith");

    static PyObject? TailMatchAny(PyUnicode self, PyObject arg, PyObject? start, PyObject? end, bool atEnd, string method)
    {
        int n = self.Length;
        if (!StrSlice.ParseStartEnd(start, end, n, out long a, out long b)) return null;
        if (arg is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (item is not PyUnicode u)
                    return Errors.SetString(PyExc.TypeError, $"tuple for {method} must only contain str, not {item.ob_type.tp_name}");
                if (TailMatch(self, u, a, b, atEnd)) return Py.True;
            }
            return Py.False;
        }
        if (arg is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"{method} first arg must be str or a tuple of str, not {arg.ob_type.tp_name}");
        return Py.NewBool(TailMatch(self, s, a, b, atEnd));
    }

    static bool TailMatch(PyUnicode self, PyUnicode sub, long start, long end, bool atEnd)
    {
        int m = sub.Length;
        if (start > self.Length) return false;
        if (end - start < m) return false;
        if (m == 0) return true;
        return MatchAt(self, atEnd ? (int)(end - m) : (int)start, sub);
    }

    [PyMethod("replace")]
    public static PyObject? Replace(PyUnicode self, PyObject old, PyObject @new, [Keyword] long count = -1)
    {
        var o = ArgStr(old, "replace", 1);
        if (o == null) return null;
        var nw = ArgStr(@new, "replace", 2);
        if (nw == null) return null;
        return ReplaceCore(self, o, nw, count);
    }

    /// <summary>self.replace(old, new, count) for str arguments.</summary>
    public static PyObject? ReplaceCore(PyUnicode self, PyUnicode old, PyUnicode nw, long count)
    {
        if (count < 0) count = long.MaxValue;
        int n = self.Length, m = old.Length;
        if (count == 0 || m > n || (m == 0 && nw.Length == 0)) return ExactCopy(self);
        if (m == 0)
        {
            var w0 = new UnicodeWriter(n + (int)Math.Min(count, n + 1) * nw.Length);
            long done = 0;
            for (int i = 0; i <= n; i++)
            {
                if (done < count) { w0.Append(nw); done++; }
                if (i < n) w0.AppendCodePoint(self[i]);
            }
            return w0.Finish();
        }
        if (self._cps == null && old._cps == null && nw._cps == null && count == long.MaxValue)
        {
            if (self.Value.AsSpan().IndexOf(old.Value.AsSpan()) < 0) return ExactCopy(self);
            return FromSimple(self.Value.Replace(old.Value, nw.Value, StringComparison.Ordinal));
        }
        int pos = 0;
        int k = IndexOf(self, old, 0, n);
        if (k < 0) return ExactCopy(self);
        var w = new UnicodeWriter(n);
        while (k >= 0 && count-- > 0)
        {
            w.Append(self, pos, k - pos);
            w.Append(nw);
            pos = k + m;
            k = IndexOf(self, old, pos, n);
        }
        w.Append(self, pos, n - pos);
        return w.Finish();
    }

    [PyMethod("removeprefix")]
    public static PyObject? RemovePrefix(PyUnicode self, PyObject prefix)
    {
        if (prefix is not PyUnicode p)
            return Errors.SetString(PyExc.TypeError, $"removeprefix() argument must be str, not {prefix.ob_type.tp_name}");
        if (p.Length > 0 && TailMatch(self, p, 0, self.Length, false)) return self.Substring(p.Length, self.Length - p.Length);
        return ExactCopy(self);
    }

    [PyMethod("removesuffix")]
    public static PyObject? RemoveSuffix(PyUnicode self, PyObject suffix)
    {
        if (suffix is not PyUnicode p)
            return Errors.SetString(PyExc.TypeError, $"removesuffix() argument must be str, not {suffix.ob_type.tp_name}");
        if (p.Length > 0 && TailMatch(self, p, 0, self.Length, true)) return self.Substring(0, self.Length - p.Length);
        return ExactCopy(self);
    }

    [PyMethod("strip")]
    public static PyObject? Strip(PyUnicode self, PyObject? chars = null) => StripCore(self, chars, true, true, "strip");

    [PyMethod("lstrip")]
    public static PyObject? LStrip(PyUnicode self, PyObject? chars = null) => StripCore(self, chars, true, false, "lstrip");

    [PyMethod("rstrip")]
    public static PyObject? RStrip(PyUnicode self, PyObject? chars = null) => StripCore(self, chars, false, true, "rstrip");

    static PyObject? StripCore(PyUnicode self, PyObject? chars, bool left, bool right, string method)
    {
        PyUnicode? set = null;
        if (chars != null && chars != Py.None)
        {
            set = chars as PyUnicode;
            if (set == null) return Errors.SetString(PyExc.TypeError, $"{method} arg must be None or str");
        }
        int n = self.Length;
        int i = 0, j = n;
        if (set == null)
        {
            if (left) while (i < j && UnicodeData.IsSpace(self[i])) i++;
            if (right) while (j > i && UnicodeData.IsSpace(self[j - 1])) j--;
        }
        else
        {
            if (left) while (i < j && ContainsCodePoint(set, self[i])) i++;
            if (right) while (j > i && ContainsCodePoint(set, self[j - 1])) j--;
        }
        if (i == 0 && j == n) return ExactCopy(self);
        return self.Substring(i, j - i);
    }

    static bool ContainsCodePoint(PyUnicode set, int cp)
    {
        if (set._cps == null) return cp <= 0xFFFF && set.Value.Contains((char)cp);
        return Array.IndexOf(set._cps, cp) >= 0;
    }
}
