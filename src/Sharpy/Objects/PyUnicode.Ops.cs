using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// str's operators: comparison, concatenation, repetition, `in`, len.
public partial class PyUnicode
{
    [PySlot("tp_richcompare")]
    static PyObject? StrRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyUnicode x || b is not PyUnicode y) return Py.NotImplemented;
        if (op == CompareOp.Eq) return Py.NewBool(EqualValues(x, y));
        if (op == CompareOp.Ne) return Py.NewBool(!EqualValues(x, y));
        int c = CompareValues(x, y);
        bool r = op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        };
        return Py.NewBool(r);
    }

    /// <summary>Code-point order (not UTF-16 order): negative, zero or positive.</summary>
    public static int CompareValues(PyUnicode a, PyUnicode b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a._cps == null && b._cps == null) return string.CompareOrdinal(a.Value, b.Value);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            int d = a[i] - b[i];
            if (d != 0) return d;
        }
        return a.Length - b.Length;
    }

    [PySlot("sq_concat")]
    static PyObject? StrConcat(PyObject a, PyObject b)
    {
        if (a is not PyUnicode x)
            return Errors.SetString(PyExc.TypeError, $"can only concatenate str (not \"{a.ob_type.tp_name}\") to str");
        if (b is not PyUnicode y)
            return Errors.SetString(PyExc.TypeError, $"can only concatenate str (not \"{b.ob_type.tp_name}\") to str");
        return Concat(x, y);
    }

    /// <summary>unicode_repeat: s * n and n * s (PyNumber_Multiply reaches it after the number slots).</summary>
    [PySlot("sq_repeat")]
    static PyObject? StrRepeat(PyObject s, long count) => Repeat((PyUnicode)s, count);

    /// <summary>s * count (a new reference).</summary>
    public static PyObject? Repeat(PyUnicode s, long count)
    {
        int len = s.Length;
        if (count <= 0 || len == 0) return Py.NewRef(Empty);
        if (count == 1) return ExactCopy(s);
        if (count > long.MaxValue / len) return Errors.SetString(PyExc.OverflowError, "repeated string is too long");
        long total = count * len;
        if (total > MaxLength) return Errors.NoMemory();
        if (s._cps == null)
        {
            var src = s.Value;
            var str = string.Create((int)total, src, static (span, src) =>
            {
                if (src.Length == 1) { span.Fill(src[0]); return; }
                src.AsSpan().CopyTo(span);
                int done = src.Length;
                while (done < span.Length)
                {
                    int chunk = Math.Min(done, span.Length - done);
                    span[..chunk].CopyTo(span[done..]);
                    done += chunk;
                }
            });
            return new PyUnicode(Type, str, null, false);
        }
        var cps = new int[total];
        var srcCps = s._cps;
        for (long i = 0; i < count; i++) srcCps.CopyTo(cps, i * len);
        return FromCodePointsOwned(cps, cps.Length);
    }

    [PySlot("sq_contains")]
    static int StrContains(PyObject container, PyObject item)
    {
        if (item is not PyUnicode sub)
        {
            Errors.SetString(PyExc.TypeError, $"'in <string>' requires string as left operand, not {item.ob_type.tp_name}");
            return -1;
        }
        return IndexOf((PyUnicode)container, sub, 0, ((PyUnicode)container).Length) >= 0 ? 1 : 0;
    }

    [PySlot("sq_length")]
    static long StrLength(PyObject o) => ((PyUnicode)o).Length;

    [PySlot("mp_length")]
    static long StrMapLength(PyObject o) => ((PyUnicode)o).Length;
}
