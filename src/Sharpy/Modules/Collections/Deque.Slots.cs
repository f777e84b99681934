using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

// deque's slots (Modules/_collectionsmodule.c: deque_repr, deque_richcompare, deque_item, ...).
public partial class PyDeque
{
    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyDeque)o;
        if (SeqSupport.ReprEnter(d)) return PyUnicode.FromString("[...]");
        // PySequence_List: a subclass's __iter__ decides what is shown.
        var list = PyList.New();
        string? items = list.Extend(d) < 0 ? null : Abstract.ReprString(list);
        Py.DECREF(list);
        SeqSupport.ReprLeave(d);
        if (items == null) return null;
        string name = d.ob_type.Name;
        return PyUnicode.FromString(d.MaxLen >= 0 ? $"{name}({items}, maxlen={d.MaxLen})" : $"{name}({items})");
    }

    [PySlot("sq_length")]
    static long Length(PyObject o) => ((PyDeque)o)._count;

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject value)
    {
        var d = (PyDeque)o;
        ulong state = d.State;
        long n = d._count;
        for (long i = 0; i < n; i++)
        {
            var item = Py.NewRef(d.At(i));
            int cmp = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp != 0) return cmp;
            if (state != d.State)
            {
                MutatedDuringIteration();
                return -1;
            }
        }
        return 0;
    }

    [PySlot("sq_item")]
    static PyObject? Item(PyObject o, long i)
    {
        var d = (PyDeque)o;
        if ((ulong)i >= (ulong)d._count) return Errors.SetString(PyExc.IndexError, "deque index out of range");
        return Py.NewRef(d.At(i));
    }

    [PySlot("sq_ass_item")]
    static int AssItem(PyObject o, long i, PyObject? value)
    {
        var d = (PyDeque)o;
        if ((ulong)i >= (ulong)d._count)
        {
            Errors.SetString(PyExc.IndexError, "deque index out of range");
            return -1;
        }
        if (value == null)
        {
            d.DelItem(i);
            return 0;
        }
        ref var slot = ref d.Slot(i);
        var old = slot!;
        slot = Py.NewRef(value);
        Py.DECREF(old);
        return 0;
    }

    [PySlot("sq_concat")]
    static PyObject? Concat(PyObject a, PyObject b)
    {
        if (!Abstract.TypeCheck(b, Type))
            return Errors.SetString(PyExc.TypeError, $"can only concatenate deque (not \"{b.ob_type.tp_name}\") to deque");
        var r = Copy((PyDeque)a);
        if (r == null) return null;
        if (((PyDeque)r).Extend(b, left: false) < 0)
        {
            Py.DECREF(r);
            return null;
        }
        return r;
    }

    [PySlot("sq_inplace_concat")]
    static PyObject? InplaceConcat(PyObject self, PyObject other)
    {
        if (((PyDeque)self).Extend(other, left: false) < 0) return null;
        return Py.NewRef(self);
    }

    [PySlot("sq_repeat")]
    static PyObject? Repeat(PyObject o, long n)
    {
        var r = Copy((PyDeque)o);
        if (r == null) return null;
        var rv = InplaceRepeat(r, n);
        Py.DECREF(r);
        return rv;
    }

    /// <summary>deque_inplace_repeat: extend with copies of the items, stopping once maxlen would drop them all.</summary>
    [PySlot("sq_inplace_repeat")]
    static PyObject? InplaceRepeat(PyObject self, long n)
    {
        var d = (PyDeque)self;
        long size = d._count;
        if (size == 0 || n == 1) return Py.NewRef(d);
        if (n <= 0)
        {
            d.Clear();
            return Py.NewRef(d);
        }
        if (d.MaxLen >= 0 && n * (double)size > d.MaxLen)
            n = (d.MaxLen + size - 1) / size;
        if (size * (double)n > Array.MaxLength) return Errors.NoMemory();
        var seq = PyList.New();
        if (seq.Extend(d) < 0)
        {
            Py.DECREF(seq);
            return null;
        }
        for (long k = 1; k < n; k++)
        {
            if (d.Extend(seq, left: false) < 0)
            {
                Py.DECREF(seq);
                return null;
            }
        }
        Py.DECREF(seq);
        return Py.NewRef(d);
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (!Abstract.TypeCheck(v, Type) || !Abstract.TypeCheck(w, Type)) return Py.NotImplemented;
        long vs = ((PyDeque)v)._count, ws = ((PyDeque)w)._count;
        if (op == CompareOp.Eq)
        {
            if (v == w) return Py.True;
            if (vs != ws) return Py.False;
        }
        if (op == CompareOp.Ne)
        {
            if (v == w) return Py.False;
            if (vs != ws) return Py.True;
        }
        // Walk both with their iterators to the first pair that differs.
        var it1 = Abstract.GetIter(v);
        if (it1 == null) return null;
        var it2 = Abstract.GetIter(w);
        if (it2 == null)
        {
            Py.DECREF(it1);
            return null;
        }
        PyObject? x, y, result = null;
        while (true)
        {
            x = Abstract.IterNext(it1);
            if (x == null && Errors.Occurred()) goto done;
            y = Abstract.IterNext(it2);
            if (x == null || y == null) break;
            int b = Abstract.RichCompareBool(x, y, CompareOp.Eq);
            if (b == 0)
            {
                result = Abstract.RichCompare(x, y, op);
                Py.DECREF(x);
                Py.DECREF(y);
                goto done;
            }
            Py.DECREF(x);
            Py.DECREF(y);
            if (b < 0) goto done;
        }
        Py.XDECREF(x);
        Py.XDECREF(y);
        if (Errors.Occurred()) goto done;
        result = Py.NewBool(op switch
        {
            CompareOp.Lt => y != null,
            CompareOp.Le => x == null,
            CompareOp.Eq => x == y,
            CompareOp.Ne => x != y,
            CompareOp.Gt => x != null,
            _ => y == null,
        });
    done:
        Py.DECREF(it1);
        Py.DECREF(it2);
        return result;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyDequeIter(PyDequeIter.Type, (PyDeque)o);
}
