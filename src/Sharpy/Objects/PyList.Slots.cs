using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// list's slots (Objects/listobject.c: list_repr, list_richcompare, list_subscript, ...).
public partial class PyList
{
    [PySlot("tp_new")]
    static PyObject? ListNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyList(type);

    [PySlot("tp_init")]
    static int ListInit(PyList self, PyObject? iterable = null)
    {
        self.Clear();
        return iterable == null ? 0 : self.Extend(iterable);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var l = (PyList)o;
        if (l.Count == 0) return PyUnicode.FromString("[]");
        if (SeqSupport.ReprEnter(l)) return PyUnicode.FromString("[...]");
        var sb = new System.Text.StringBuilder("[");
        // The list may change while items' __repr__ run: re-read Count on every step.
        for (int i = 0; i < l.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            var item = Py.NewRef(l.Items[i]);
            var s = Abstract.ReprString(item);
            Py.DECREF(item);
            if (s == null)
            {
                SeqSupport.ReprLeave(l);
                return null;
            }
            sb.Append(s);
        }
        sb.Append(']');
        SeqSupport.ReprLeave(l);
        return PyUnicode.FromString(sb.ToString());
    }

    [PySlot("sq_length")]
    static long Length(PyObject o) => ((PyList)o).Count;

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject value)
    {
        var l = (PyList)o;
        for (int i = 0; i < l.Count; i++)
        {
            var item = l.Items[i];
            if (item == value) return 1;
            Py.INCREF(item);
            int cmp = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp != 0) return cmp;
        }
        return 0;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyList vl || w is not PyList wl) return Py.NotImplemented;
        if (vl.Count != wl.Count && (op == CompareOp.Eq || op == CompareOp.Ne))
            return Py.NewBool(op == CompareOp.Ne);
        int i;
        for (i = 0; i < vl.Count && i < wl.Count; i++)
        {
            var a = vl.Items[i];
            var b = wl.Items[i];
            if (a == b) continue;
            Py.INCREF(a);
            Py.INCREF(b);
            int k = Abstract.RichCompareBool(a, b, CompareOp.Eq);
            Py.DECREF(a);
            Py.DECREF(b);
            if (k < 0) return null;
            if (k == 0) break;
        }
        if (i >= vl.Count || i >= wl.Count) return CompareSizes(vl.Count, wl.Count, op);
        if (op == CompareOp.Eq) return Py.False;
        if (op == CompareOp.Ne) return Py.True;
        var x = Py.NewRef(vl.Items[i]);
        var y = Py.NewRef(wl.Items[i]);
        var r = Abstract.RichCompare(x, y, op);
        Py.DECREF(x);
        Py.DECREF(y);
        return r;
    }

    /// <summary>Py_RETURN_RICHCOMPARE on two lengths.</summary>
    internal static PyObject CompareSizes(long a, long b, CompareOp op) => Py.NewBool(op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    });

    /// <summary>list[i] (sq_item): a new reference, or IndexError.</summary>
    public PyObject? GetItem(long i)
    {
        if ((ulong)i >= (ulong)Count) return Errors.SetString(PyExc.IndexError, "list index out of range");
        return Py.NewRef(Items[i]);
    }

    /// <summary>list.__getitem__ is a method beside the slot's wrapper, as CPython's METH_COEXIST entry is.</summary>
    [PyMethod("__getitem__", Doc = "Return self[index].")]
    static PyObject? GetItemMethod(PyList self, PyObject index) => Subscript(self, index);

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject item)
    {
        var l = (PyList)o;
        if (SeqSupport.IsIndex(item))
        {
            long i = SeqSupport.AsIndex(item);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += l.Count;
            return l.GetItem(i);
        }
        if (item is PySlice slice)
        {
            if (!slice.Unpack(out long start, out long stop, out long step)) return null;
            // The length after the bounds' __index__ ran, which may have changed the list (list_subscript).
            long len = PySlice.AdjustIndices(l.Count, ref start, ref stop, step);
            return l.GetSlice(start, step, (int)len);
        }
        return Errors.SetString(PyExc.TypeError, $"list indices must be integers or slices, not {item.ob_type.tp_name}");
    }

    /// <summary>A new list of <paramref name="len"/> items from <paramref name="start"/> by <paramref name="step"/>.</summary>
    public PyList GetSlice(long start, long step, int len)
    {
        var r = New(len);
        var src = Items;
        long cur = start;
        for (int i = 0; i < len; i++, cur += step) r.Items[i] = Py.NewRef(src[cur]);
        r.Count = len;
        return r;
    }

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject item, PyObject? value)
    {
        var l = (PyList)o;
        if (SeqSupport.IsIndex(item))
        {
            long i = SeqSupport.AsIndex(item);
            if (i == -1 && Errors.Occurred()) return -1;
            if (i < 0) i += l.Count;
            return l.AssItem(i, value);
        }
        if (item is PySlice slice)
        {
            if (!slice.Unpack(out long start, out long stop, out long step)) return -1;
            if (value == null) return l.DelSlice(start, stop, step);
            return l.AssSlice(start, stop, step, value);
        }
        Errors.SetString(PyExc.TypeError, $"list indices must be integers or slices, not {item.ob_type.tp_name}");
        return -1;
    }

    /// <summary>list_ass_item: l[i] = value, or del l[i] when value is null.</summary>
    public int AssItem(long i, PyObject? value)
    {
        if ((ulong)i >= (ulong)Count)
        {
            Errors.SetString(PyExc.IndexError, "list assignment index out of range");
            return -1;
        }
        if (value == null) return AssSliceRange((int)i, (int)i + 1, null);
        var old = Items[i];
        Items[i] = Py.NewRef(value);
        Py.DECREF(old);
        return 0;
    }

    [PySlot("sq_concat")]
    static PyObject? Concat(PyObject a, PyObject b)
    {
        if (b is not PyList bl)
            return Errors.SetString(PyExc.TypeError, $"can only concatenate list (not \"{b.ob_type.tp_name}\") to list");
        var al = (PyList)a;
        long size = (long)al.Count + bl.Count;
        if (size > Array.MaxLength) return Errors.NoMemory();
        var r = New((int)size);
        for (int i = 0; i < al.Count; i++) r.Items[i] = Py.NewRef(al.Items[i]);
        for (int i = 0; i < bl.Count; i++) r.Items[al.Count + i] = Py.NewRef(bl.Items[i]);
        r.Count = (int)size;
        return r;
    }

    /// <summary>list_repeat: list * n and n * list (PyNumber_Multiply reaches it after the number slots).</summary>
    [PySlot("sq_repeat")]
    static PyObject? Repeat(PyObject o, long n)
    {
        var l = (PyList)o;
        if (n <= 0 || l.Count == 0) return New();
        if (n > Array.MaxLength / l.Count) return Errors.NoMemory();
        int size = (int)(n * l.Count);
        var r = New(size);
        for (int k = 0, j = 0; k < n; k++)
            for (int i = 0; i < l.Count; i++) r.Items[j++] = Py.NewRef(l.Items[i]);
        r.Count = size;
        return r;
    }

    [PySlot("sq_item")]
    static PyObject? Item(PyObject o, long i) => ((PyList)o).GetItem(i);

    [PySlot("sq_ass_item")]
    static int AssItemSlot(PyObject o, long i, PyObject? value) => ((PyList)o).AssItem(i, value);

    [PySlot("sq_inplace_concat")]
    static PyObject? InplaceConcat(PyObject self, PyObject other)
    {
        if (((PyList)self).Extend(other) < 0) return null;
        return Py.NewRef(self);
    }

    [PySlot("sq_inplace_repeat")]
    static PyObject? InplaceRepeat(PyObject self, long n)
    {
        var l = (PyList)self;
        if (n < 1 || l.Count == 0)
        {
            l.Clear();
            return Py.NewRef(l);
        }
        if (n == 1) return Py.NewRef(l);
        if (n > Array.MaxLength / l.Count) return Errors.NoMemory();
        int old = l.Count;
        int size = (int)(n * old);
        l.Resize(size);
        for (int k = 1; k < n; k++)
            for (int i = 0; i < old; i++) l.Items[k * old + i] = Py.NewRef(l.Items[i]);
        l.Count = size;
        return Py.NewRef(l);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyListIter((PyList)o);
}
