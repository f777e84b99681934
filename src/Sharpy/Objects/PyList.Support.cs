using System;
using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Helpers the container types share: the repr recursion guard (Py_ReprEnter/Py_ReprLeave),
/// PySequence_Fast, length hints and index conversion.
/// </summary>
public static class SeqSupport
{
    [ThreadStatic] static List<PyObject>? t_reprStack;

    /// <summary>Py_ReprEnter: true if <paramref name="o"/> is already being repr'd on this thread (print "[...]").</summary>
    public static bool ReprEnter(PyObject o)
    {
        var stack = t_reprStack ??= new List<PyObject>();
        for (int i = stack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(stack[i], o)) return true;
        stack.Add(o);
        return false;
    }

    /// <summary>Py_ReprLeave.</summary>
    public static void ReprLeave(PyObject o)
    {
        var stack = t_reprStack;
        if (stack == null) return;
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(stack[i], o))
            {
                stack.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>
    /// PySequence_Fast: a list or tuple (new reference) with the items of <paramref name="o"/>;
    /// null with TypeError(<paramref name="message"/>) if it is not iterable.
    /// </summary>
    public static PyObject? Fast(PyObject o, string message)
    {
        if (o.ob_type == PyList.Type || o.ob_type == PyTuple.Type) return Py.NewRef(o);
        var it = Abstract.GetIter(o);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, message);
            }
            return null;
        }
        var list = PyList.New();
        // list_extend: sized first from the iterator's length hint.
        int r = list.Extend(it);
        Py.DECREF(it);
        if (r < 0)
        {
            Py.DECREF(list);
            return null;
        }
        return list;
    }

    /// <summary>The items of a list or tuple returned by <see cref="Fast"/> (borrowed).</summary>
    public static ReadOnlySpan<PyObject> FastItems(PyObject fast) =>
        fast is PyList l ? new ReadOnlySpan<PyObject>(l.Items, 0, l.Count) : ((PyTuple)fast).Items;

    /// <summary>PyObject_LengthHint: len() if defined, else __length_hint__, else <paramref name="dflt"/>. -1 on error.</summary>
    public static long LengthHint(PyObject o, long dflt)
    {
        var t = o.ob_type;
        LenFunc? len = t.sq_length ?? t.mp_length;
        if (len != null)
        {
            long n = len(o);
            if (n >= 0) return n;
            if (!Errors.ExceptionMatches(PyExc.TypeError)) return -1;
            Errors.Clear();
        }
        var hint = Calls.LookupSpecial(o, PyUnicode.Intern("__length_hint__"));
        if (hint == null)
        {
            if (Errors.Occurred()) return -1;
            return dflt;
        }
        var r = Calls.CallNoArgs(hint);
        Py.DECREF(hint);
        if (r == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                return dflt;
            }
            return -1;
        }
        if (r == Py.NotImplemented) return dflt;
        if (r is not PyLong l)
        {
            Errors.SetString(PyExc.TypeError, $"__length_hint__ must be an integer, not {r.ob_type.tp_name}");
            Py.DECREF(r);
            return -1;
        }
        if (!l.TryGetLong(out long v))
        {
            Py.DECREF(r);
            Errors.SetString(l.Sign < 0 ? PyExc.ValueError : PyExc.OverflowError,
                l.Sign < 0 ? "__length_hint__() should return >= 0" : "Python int too large to convert to C ssize_t");
            return -1;
        }
        Py.DECREF(r);
        if (v < 0)
        {
            Errors.SetString(PyExc.ValueError, "__length_hint__() should return >= 0");
            return -1;
        }
        return v;
    }

    /// <summary>PyIndex_Check: the object can be used as an index (an int or has __index__).</summary>
    public static bool IsIndex(PyObject o) => o is PyLong || o.ob_type.nb_index != null;

    /// <summary>An index as a long (IndexError "cannot fit" when too big). -1 with an error set on failure.</summary>
    public static long AsIndex(PyObject o)
    {
        if (o is PyLong l && l.TryGetLong(out long v)) return v;
        return Abstract.AsSsize(o, PyExc.IndexError);
    }

    /// <summary>repr() of each item, joined: "[1, 2]" (the recursion guard is the caller's).</summary>
    public static PyObject? JoinReprs(ReadOnlySpan<PyObject> items, string open, string close)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(open);
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            var s = Abstract.ReprString(items[i]);
            if (s == null) return null;
            sb.Append(s);
        }
        sb.Append(close);
        return PyUnicode.FromString(sb.ToString());
    }
}
