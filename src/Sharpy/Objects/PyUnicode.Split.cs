using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// split, rsplit, splitlines, partition, rpartition, join (Objects/stringlib/split.h, join.h).
public partial class PyUnicode
{
    static bool CheckSep(PyObject? sepObj, out PyUnicode? sep, string message = "must be str or None, not {0}", bool noneAllowed = true)
    {
        sep = null;
        if (sepObj == null || (sepObj == Py.None && noneAllowed)) return true;
        if (sepObj is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, string.Format(message, sepObj.ob_type.tp_name));
            return false;
        }
        if (s.Length == 0)
        {
            Errors.SetString(PyExc.ValueError, "empty separator");
            return false;
        }
        sep = s;
        return true;
    }

    [PyMethod("split")]
    public static PyObject? Split(PyUnicode self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1)
    {
        if (!CheckSep(sep, out var s)) return null;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var list = PyList.New();
        int n = self.Length;
        if (s == null)
        {
            int i = 0;
            while (maxsplit-- > 0)
            {
                while (i < n && UnicodeData.IsSpace(self[i])) i++;
                if (i == n) break;
                int j = i;
                while (i < n && !UnicodeData.IsSpace(self[i])) i++;
                if (j == 0 && i == n && self.ob_type == Type) { list.Append(self); return list; }
                list.AppendSteal(self.Substring(j, i - j));
            }
            if (i < n)
            {
                while (i < n && UnicodeData.IsSpace(self[i])) i++;
                if (i != n) list.AppendSteal(self.Substring(i, n - i));
            }
            return list;
        }
        int m = s.Length;
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int k = IndexOf(self, s, pos, n);
            if (k < 0) break;
            list.AppendSteal(self.Substring(pos, k - pos));
            pos = k + m;
        }
        if (pos == 0 && self.ob_type == Type) list.Append(self);
        else list.AppendSteal(self.Substring(pos, n - pos));
        return list;
    }

    [PyMethod("rsplit")]
    public static PyObject? RSplit(PyUnicode self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1)
    {
        if (!CheckSep(sep, out var s)) return null;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var list = PyList.New();
        int n = self.Length;
        if (s == null)
        {
            int i = n - 1;
            while (maxsplit-- > 0)
            {
                while (i >= 0 && UnicodeData.IsSpace(self[i])) i--;
                if (i < 0) break;
                int j = i;
                while (i >= 0 && !UnicodeData.IsSpace(self[i])) i--;
                if (j == n - 1 && i < 0 && self.ob_type == Type) { list.Append(self); return list; }
                list.AppendSteal(self.Substring(i + 1, j - i));
            }
            if (i >= 0)
            {
                while (i >= 0 && UnicodeData.IsSpace(self[i])) i--;
                if (i >= 0) list.AppendSteal(self.Substring(0, i + 1));
            }
            list.Items.AsSpan(0, list.Count).Reverse();
            return list;
        }
        int m = s.Length;
        int end = n;
        while (maxsplit-- > 0)
        {
            int k = LastIndexOf(self, s, 0, end);
            if (k < 0) break;
            list.AppendSteal(self.Substring(k + m, end - k - m));
            end = k;
        }
        if (end == n && self.ob_type == Type) list.Append(self);
        else list.AppendSteal(self.Substring(0, end));
        list.Items.AsSpan(0, list.Count).Reverse();
        return list;
    }

    [PyMethod("splitlines")]
    public static PyObject? SplitLines(PyUnicode self, [Keyword] bool keepends = false)
    {
        var list = PyList.New();
        int n = self.Length;
        int i = 0;
        while (i < n)
        {
            int j = i;
            while (i < n && !UnicodeData.IsLineBreak(self[i])) i++;
            int eol = i;
            if (i < n)
            {
                if (self[i] == '\r' && i + 1 < n && self[i + 1] == '\n') i += 2;
                else i++;
                if (keepends) eol = i;
            }
            if (j == 0 && eol == n && self.ob_type == Type) { list.Append(self); break; }
            list.AppendSteal(self.Substring(j, eol - j));
        }
        return list;
    }

    [PyMethod("partition")]
    public static PyObject? Partition(PyUnicode self, PyObject sep)
    {
        if (!CheckSep(sep, out var s, "must be str, not {0}", noneAllowed: false)) return null;
        int k = IndexOf(self, s!, 0, self.Length);
        if (k < 0) return PyTuple.FromStolen([ExactCopy(self), Py.NewRef(Empty), Py.NewRef(Empty)]);
        return PyTuple.FromStolen([self.Substring(0, k), ExactCopy(s!), self.Substring(k + s!.Length, self.Length - k - s.Length)]);
    }

    [PyMethod("rpartition")]
    public static PyObject? RPartition(PyUnicode self, PyObject sep)
    {
        if (!CheckSep(sep, out var s, "must be str, not {0}", noneAllowed: false)) return null;
        int k = LastIndexOf(self, s!, 0, self.Length);
        if (k < 0) return PyTuple.FromStolen([Py.NewRef(Empty), Py.NewRef(Empty), ExactCopy(self)]);
        return PyTuple.FromStolen([self.Substring(0, k), ExactCopy(s!), self.Substring(k + s!.Length, self.Length - k - s.Length)]);
    }

    [PyMethod("join")]
    public static PyObject? Join(PyUnicode self, PyObject iterable)
    {
        PyObject[] items;
        int count;
        PyObject? owner = null;
        if (iterable is PyList l && iterable.ob_type == PyList.Type) { items = l.Items; count = l.Count; owner = Py.NewRef(l); }
        else if (iterable is PyTuple t) { items = t.Items; count = t.Count; owner = Py.NewRef(t); }
        else
        {
            // PySequence_Fast: the length hint sizes the list first, so an impossible size fails at once.
            owner = SeqSupport.Fast(iterable, "can only join an iterable");
            if (owner == null) return null;
            var fast = (PyList)owner;
            items = fast.Items;
            count = fast.Count;
        }
        try
        {
            return JoinItems(self, items.AsSpan(0, count));
        }
        finally
        {
            Py.DECREF(owner);
        }
    }

    /// <summary>sep.join(items) over a span of borrowed items (each must be a str).</summary>
    public static PyObject? JoinItems(PyUnicode sep, ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0) return Py.NewRef(Empty);
        long total = 0;
        bool allSimple = !sep._lone;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyUnicode u)
                return Errors.SetString(PyExc.TypeError, $"sequence item {i}: expected str instance, {items[i].ob_type.tp_name} found");
            total += u.Value.Length;
            if (u._lone) allSimple = false;
        }
        if (items.Length == 1 && items[0].ob_type == Type) return Py.NewRef(items[0]);
        total += (long)sep.Value.Length * (items.Length - 1);
        if (total > MaxLength) return Errors.NoMemory();
        if (allSimple)
        {
            var sb = new char[total];
            int pos = 0;
            var sv = sep.Value;
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0 && sv.Length > 0) { sv.CopyTo(0, sb, pos, sv.Length); pos += sv.Length; }
                var v = ((PyUnicode)items[i]).Value;
                v.CopyTo(0, sb, pos, v.Length);
                pos += v.Length;
            }
            return FromString(new string(sb));
        }
        var w = new UnicodeWriter((int)total);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) w.Append(sep);
            w.Append((PyUnicode)items[i]);
        }
        return w.Finish();
    }
}
