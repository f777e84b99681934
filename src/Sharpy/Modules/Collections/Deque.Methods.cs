using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

// deque's methods (Modules/_collectionsmodule.c: deque_append, deque_rotate, deque_index, ...).
public partial class PyDeque
{
    [PyMethod("append", Doc = "Add an element to the right side of the deque.")]
    static void Append(PyDeque self, PyObject item) => self.AppendSteal(Py.NewRef(item));

    [PyMethod("appendleft", Doc = "Add an element to the left side of the deque.")]
    static void AppendLeft(PyDeque self, PyObject item) => self.AppendLeftSteal(Py.NewRef(item));

    [PyMethod("pop", Doc = "Remove and return the rightmost element.")]
    static PyObject? Pop(PyDeque self)
    {
        if (self._count == 0) return Errors.SetString(PyExc.IndexError, "pop from an empty deque");
        return self.PopRightUnchecked();
    }

    [PyMethod("popleft", Doc = "Remove and return the leftmost element.")]
    static PyObject? PopLeft(PyDeque self)
    {
        if (self._count == 0) return Errors.SetString(PyExc.IndexError, "pop from an empty deque");
        return self.PopLeftUnchecked();
    }

    [PyMethod("extend", Doc = "Extend the right side of the deque with elements from the iterable.")]
    static PyObject? ExtendMethod(PyDeque self, PyObject iterable)
        => self.Extend(iterable, left: false) < 0 ? null : Py.None;

    [PyMethod("extendleft", Doc = "Extend the left side of the deque with elements from the iterable.")]
    static PyObject? ExtendLeftMethod(PyDeque self, PyObject iterable)
        => self.Extend(iterable, left: true) < 0 ? null : Py.None;

    [PyMethod("clear", Doc = "Remove all elements from the deque.")]
    static void ClearMethod(PyDeque self) => self.Clear();

    [PyMethod("copy", Doc = "Return a shallow copy of a deque.")]
    static PyObject? CopyMethod(PyDeque self) => Copy(self);

    [PyMethod("__copy__", Doc = "Return a shallow copy of a deque.")]
    static PyObject? DunderCopy(PyDeque self) => Copy(self);

    [PyMethod("rotate", Doc = "Rotate the deque n steps to the right.  If n is negative, rotates left.")]
    static void RotateMethod(PyDeque self, long n = 1) => self.Rotate(n);

    [PyMethod("reverse", Doc = "Reverse *IN PLACE*.")]
    static void Reverse(PyDeque self)
    {
        // As CPython: an in-place swap that leaves State alone.
        for (long i = 0, j = self._count - 1; i < j; i++, j--)
        {
            ref var a = ref self.Slot(i);
            ref var b = ref self.Slot(j);
            (a, b) = (b, a);
        }
    }

    [PyMethod("count", Doc = "Return number of occurrences of value.")]
    static PyObject? CountMethod(PyDeque self, PyObject value)
    {
        ulong start = self.State;
        long n = self._count, count = 0;
        for (long i = 0; i < n; i++)
        {
            var item = Py.NewRef(self.At(i));
            int cmp = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp < 0) return null;
            count += cmp;
            if (start != self.State) return MutatedDuringIteration();
        }
        return PyLong.FromLong(count);
    }

    [PyMethod("index", TextSignature = "($self, value, [start, [stop]])", Doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")]
    static PyObject? Index(PyDeque self, PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long lo = 0, hi = self._count;
        if (start != null && !PySlice.SliceIndexNotNone(start, ref lo)) return null;
        if (stop != null && !PySlice.SliceIndexNotNone(stop, ref hi)) return null;
        long n = self._count;
        if (lo < 0)
        {
            lo += n;
            if (lo < 0) lo = 0;
        }
        if (hi < 0)
        {
            hi += n;
            if (hi < 0) hi = 0;
        }
        if (hi > n) hi = n;
        if (lo > hi) lo = hi;
        ulong state = self.State;
        for (long i = lo; i < hi; i++)
        {
            var item = Py.NewRef(self.At(i));
            int cmp = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp > 0) return PyLong.FromLong(i);
            if (cmp < 0) return null;
            if (state != self.State) return MutatedDuringIteration();
        }
        return Errors.SetString(PyExc.ValueError, "deque.index(x): x not in deque");
    }

    [PyMethod("insert", Doc = "Insert value before index.")]
    static PyObject? Insert(PyDeque self, long index, PyObject value)
    {
        long n = self._count;
        if (self.MaxLen == n) return Errors.SetString(PyExc.IndexError, "deque already at its maximum size");
        if (index >= n) self.AppendSteal(Py.NewRef(value));
        else if (index <= -n || index == 0) self.AppendLeftSteal(Py.NewRef(value));
        else
        {
            self.Rotate(-index);
            if (index < 0) self.AppendSteal(Py.NewRef(value));
            else self.AppendLeftSteal(Py.NewRef(value));
            self.Rotate(index);
        }
        return Py.None;
    }

    [PyMethod("remove", Doc = "Remove first occurrence of value.")]
    static PyObject? Remove(PyDeque self, PyObject value)
    {
        long n = self._count;
        ulong state = self.State;
        for (long i = 0; i < n; i++)
        {
            var item = Py.NewRef(self.At(i));
            int cmp = Abstract.RichCompareBool(item, value, CompareOp.Eq);
            Py.DECREF(item);
            if (cmp < 0) return null;
            if (state != self.State) return Errors.SetString(PyExc.IndexError, "deque mutated during iteration");
            if (cmp > 0)
            {
                self.DelItem(i);
                return Py.None;
            }
        }
        return Errors.SetString(PyExc.ValueError, "deque.remove(x): x not in deque");
    }

    [PyMethod("__reversed__", Doc = "Return a reverse iterator over the deque.")]
    static PyObject? Reversed(PyDeque self) => new PyDequeRevIter(PyDequeRevIter.Type, self);

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyDeque self)
    {
        var state = ObjectState(self);
        if (state == null) return null;
        var it = Abstract.GetIter(self);
        if (it == null)
        {
            Py.DECREF(state);
            return null;
        }
        PyObject args = self.MaxLen < 0
            ? PyTuple.Empty
            : PyTuple.FromStolen([PyTuple.Empty, PyLong.FromLong(self.MaxLen)]);
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), args, state, it]);
    }

    /// <summary>_PyObject_GetState: obj.__getstate__() where the type has one, else the instance __dict__ (None when empty).</summary>
    internal static PyObject? ObjectState(PyObject o)
    {
        if (Abstract.LookupAttr(o, PyUnicode.Intern("__getstate__"), out var getstate) < 0) return null;
        if (getstate != null)
        {
            var r = Calls.CallNoArgs(getstate);
            Py.DECREF(getstate);
            return r;
        }
        var dict = GenericAttr.InstanceDict(o);
        return dict != null && dict.Count > 0 ? Py.NewRef(GenericAttr.Materialize(dict)) : Py.None;
    }

    [PyMethod("__sizeof__", Doc = "Return the size of the deque in memory, in bytes.")]
    static long SizeOf(PyDeque self)
    {
        // CPython's figure on a 64-bit build: the object and its 64-slot blocks (528 bytes
        // each), counted from the left index an empty deque starts at.
        const long BasicSize = 216, BlockSize = 528, BlockLen = 64, Center = 32;
        return BasicSize + (Center + self._count + BlockLen - 1) / BlockLen * BlockSize;
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PyGetter("maxlen", Doc = "maximum size of a deque or None if unbounded")]
    static PyObject? GetMaxLen(PyDeque self) => self.MaxLen < 0 ? Py.None : PyLong.FromLong(self.MaxLen);

    internal static PyObject? MutatedDuringIteration()
        => Errors.SetString(PyExc.RuntimeError, "deque mutated during iteration");
}
