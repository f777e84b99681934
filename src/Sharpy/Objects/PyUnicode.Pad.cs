using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// center, ljust, rjust, zfill, expandtabs, translate, maketrans.
public partial class PyUnicode
{
    /// <summary>The clinic "unicode_char" converter for fillchar arguments; -1 with an error set.</summary>
    static int FillChar(PyObject? fill)
    {
        if (fill == null) return ' ';
        if (fill is not PyUnicode f)
        {
            Errors.SetString(PyExc.TypeError, $"The fill character must be a unicode character, not {fill.ob_type.tp_name}");
            return -1;
        }
        if (f.Length != 1)
        {
            Errors.SetString(PyExc.TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        return f[0];
    }

    /// <summary>pad(): left and right fill around self (a new reference).</summary>
    static PyObject? Pad(PyUnicode self, long left, long right, int fill)
    {
        if (left < 0) left = 0;
        if (right < 0) right = 0;
        if (left == 0 && right == 0) return ExactCopy(self);
        if (left + right + self.Length > MaxLength) return Errors.NoMemory();
        var w = new UnicodeWriter(left + right + self.Length);
        w.Repeat(fill, left);
        w.Append(self);
        w.Repeat(fill, right);
        return w.Finish();
    }

    [PyMethod("center", TextSignature = "($self, width, fillchar=' ', /)")]
    public static PyObject? Center(PyUnicode self, long width, PyObject? fillchar = null)
    {
        int fill = FillChar(fillchar);
        if (fill < 0) return null;
        int n = self.Length;
        if (width <= n) return ExactCopy(self);
        long marg = width - n;
        long left = marg / 2 + (marg & width & 1);
        return Pad(self, left, marg - left, fill);
    }

    [PyMethod("ljust", TextSignature = "($self, width, fillchar=' ', /)")]
    public static PyObject? LJust(PyUnicode self, long width, PyObject? fillchar = null)
    {
        int fill = FillChar(fillchar);
        if (fill < 0) return null;
        if (width <= self.Length) return ExactCopy(self);
        return Pad(self, 0, width - self.Length, fill);
    }

    [PyMethod("rjust", TextSignature = "($self, width, fillchar=' ', /)")]
    public static PyObject? RJust(PyUnicode self, long width, PyObject? fillchar = null)
    {
        int fill = FillChar(fillchar);
        if (fill < 0) return null;
        if (width <= self.Length) return ExactCopy(self);
        return Pad(self, width - self.Length, 0, fill);
    }

    [PyMethod("zfill")]
    public static PyObject? ZFill(PyUnicode self, long width)
    {
        int n = self.Length;
        if (width <= n) return ExactCopy(self);
        long fill = width - n;
        var w = new UnicodeWriter(width);
        int start = 0;
        if (n > 0 && (self[0] == '+' || self[0] == '-'))
        {
            w.Append((char)self[0]);
            start = 1;
        }
        w.Repeat('0', fill);
        w.Append(self, start, n - start);
        return w.Finish();
    }

    [PyMethod("expandtabs")]
    public static PyObject? ExpandTabs(PyUnicode self, [Keyword] long tabsize = 8)
    {
        int n = self.Length;
        var w = new UnicodeWriter(n);
        long col = 0;
        bool any = false;
        for (int i = 0; i < n; i++)
        {
            int c = self[i];
            if (c == '\t')
            {
                any = true;
                if (tabsize > 0)
                {
                    long incr = tabsize - col % tabsize;
                    if (w.Count + incr > MaxLength) return Errors.SetString(PyExc.OverflowError, "new string is too long");
                    col += incr;
                    w.Repeat(' ', (int)incr);
                }
            }
            else
            {
                col++;
                w.AppendCodePoint(c);
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        if (!any) return ExactCopy(self);
        return w.Finish();
    }

    [PyMethod("translate")]
    public static PyObject? Translate(PyUnicode self, PyObject table)
    {
        int n = self.Length;
        var w = new UnicodeWriter(n);
        // A small cache so repeated characters look the table up once (as CPython's charmap cache).
        System.Collections.Generic.Dictionary<int, PyObject?>? cache = null;
        try
        {
            for (int i = 0; i < n; i++)
            {
                int c = self[i];
                if (cache == null || !cache.TryGetValue(c, out PyObject? mapped))
                {
                    var key = PyLong.FromLong(c);
                    mapped = StrMapping.GetItem(table, key);
                    Py.DECREF(key);
                    if (mapped == null)
                    {
                        if (!Errors.ExceptionMatches(PyExc.LookupError)) return null;
                        Errors.Clear();
                    }
                    else if (mapped != Py.None && mapped is not PyLong && mapped is not PyUnicode)
                    {
                        Py.DECREF(mapped);
                        return Errors.SetString(PyExc.TypeError, "character mapping must return integer, None or str");
                    }
                    else if (mapped is PyLong ml)
                    {
                        if (!ml.TryGetLong(out long v) || v < 0 || v > 0x10FFFF)
                        {
                            Py.DECREF(mapped);
                            return Errors.SetString(PyExc.ValueError, "character mapping must be in range(0x110000)");
                        }
                    }
                    cache ??= new();
                    cache[c] = mapped;
                }
                if (mapped == null) w.AppendCodePoint(c);
                else if (mapped is PyLong l) w.AppendCodePoint((int)l.Value);
                else if (mapped is PyUnicode s) w.Append(s);
                // None: deleted
            }
            return w.Finish();
        }
        finally
        {
            if (cache != null) foreach (var v in cache.Values) Py.XDECREF(v);
        }
    }

    [PyMethod("maketrans", Static = true, TextSignature = "(x, y=<unrepresentable>, z=<unrepresentable>, /)")]
    public static PyObject? MakeTrans(PyObject x, PyObject? y = null, PyObject? z = null)
    {
        var d = PyDict.New();
        if (y == null)
        {
            if (x is not PyDict src)
            {
                Py.DECREF(d);
                return Errors.SetString(PyExc.TypeError, "if you give only one argument to maketrans it must be a dict");
            }
            int pos = 0;
            while (src.Next(ref pos, out var k, out var v))
            {
                PyObject key;
                if (k is PyUnicode ks)
                {
                    if (ks.Length != 1)
                    {
                        Py.DECREF(d);
                        return Errors.SetString(PyExc.ValueError, "string keys in translate table must be of length 1");
                    }
                    key = PyLong.FromLong(ks[0]);
                }
                else if (k is PyLong) key = Py.NewRef(k);
                else
                {
                    Py.DECREF(d);
                    return Errors.SetString(PyExc.TypeError, "keys in translate table must be strings or integers");
                }
                int r = d.SetItem(key, v);
                Py.DECREF(key);
                if (r < 0) { Py.DECREF(d); return null; }
            }
            return d;
        }
        if (x is not PyUnicode xs) { Py.DECREF(d); return Errors.SetString(PyExc.TypeError, $"maketrans() argument 1 must be str, not {x.ob_type.tp_name}"); }
        if (y is not PyUnicode ys) { Py.DECREF(d); return Errors.SetString(PyExc.TypeError, $"maketrans() argument 2 must be str, not {y.ob_type.tp_name}"); }
        PyUnicode? zs = null;
        if (z != null)
        {
            zs = z as PyUnicode;
            if (zs == null) { Py.DECREF(d); return Errors.SetString(PyExc.TypeError, $"maketrans() argument 3 must be str, not {z.ob_type.tp_name}"); }
        }
        if (xs.Length != ys.Length)
        {
            Py.DECREF(d);
            return Errors.SetString(PyExc.ValueError, "the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.Length; i++)
        {
            var k = PyLong.FromLong(xs[i]);
            var v = PyLong.FromLong(ys[i]);
            int r = d.SetItem(k, v);
            Py.DECREF(k);
            Py.DECREF(v);
            if (r < 0) { Py.DECREF(d); return null; }
        }
        if (zs != null)
        {
            for (int i = 0; i < zs.Length; i++)
            {
                var k = PyLong.FromLong(zs[i]);
                int r = d.SetItem(k, Py.None);
                Py.DECREF(k);
                if (r < 0) { Py.DECREF(d); return null; }
            }
        }
        return d;
    }
}
