using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// list's methods (Objects/listobject.c, the clinic-declared ones).
public partial class PyList
{
    [PyMethod("append", TextSignature = "($self, object, /)")]
    public static PyObject? AppendMethod(PyList self, PyObject obj)
    {
        self.Append(obj);
        return Py.None;
    }

    [PyMethod("extend")]
    public static PyObject? ExtendMethod(PyList self, PyObject iterable)
    {
        if (self.Extend(iterable) < 0) return null;
        return Py.None;
    }

    [PyMethod("insert", TextSignature = "($self, index, object, /)")]
    public static PyObject? InsertMethod(PyList self, long index, PyObject obj)
    {
        self.Insert(index, obj);
        return Py.None;
    }

    [PyMethod("pop")]
    public static PyObject? PopMethod(PyList self, long index = -1)
    {
        int n = self.Count;
        if (n == 0) return Errors.SetString(PyExc.IndexError, "pop from empty list");
        if (index < 0) index += n;
        if ((ulong)index >= (ulong)n) return Errors.SetString(PyExc.IndexError, "pop index out of range");
        int i = (int)index;
        var v = self.Items[i];
        if (i == n - 1)
        {
            self.Items[i] = null!;
            self.Count = n - 1;
            self.Resize(n - 1);
            return v;
        }
        // Keep our reference for the caller and close the gap.
        Array.Copy(self.Items, i + 1, self.Items, i, n - i - 1);
        self.Items[n - 1] = null!;
        self.Count = n - 1;
        self.Resize(n - 1);
        return v;
    }

    [PyMethod("remove")]
    public static PyObject? RemoveMethod(PyList self, PyObject value)
    {
        for (int i = 0; i < self.Count; i++)
        {
            var obj = self.Items[i];
            Py.INCREF(obj);
            int cmp = Abstract.RichCompareBool(obj, value, CompareOp.Eq);
            Py.DECREF(obj);
            if (cmp > 0)
            {
                if (self.AssSliceRange(i, i + 1, null) == 0) return Py.None;
                return null;
            }
            if (cmp < 0) return null;
        }
        return Errors.SetString(PyExc.ValueError, "list.remove(x): x not in list");
    }

    [PyMethod("index", TextSignature = "($self, value, start=0, stop=sys.maxsize, /)")]
    public static PyObject? IndexMethod(PyList self, PyObject value, PyObject? start = null, PyObject? stop = null)
    {
        long lo = 0, hi = long.MaxValue;
        if (start != null && !PySlice.SliceIndexNotNone(start, ref lo)) return null;
        if (stop != null && !PySlice.SliceIndexNotNone(stop, ref hi)) return null;
        if (lo < 0)
        {
            lo += self.Count;
            if (lo < 0) lo = 0;
        }
        if (hi < 0)
        {
            hi += self.Count;
            if (hi < 0) hi = 0;
        }
        for (long i = lo; i < hi && i < self.Count; i++)
        {
            var obj = Py.NewRef(self.Items[i]);
            int cmp = Abstract.RichCompareBool(obj, value, CompareOp.Eq);
            Py.DECREF(obj);
            if (cmp > 0) return PyLong.FromLong(i);
            if (cmp < 0) return null;
        }
        return Errors.SetString(PyExc.ValueError, "list.index(x): x not in list");
    }

    [PyMethod("count")]
    public static PyObject? CountMethod(PyList self, PyObject value)
    {
        long count = 0;
        for (int i = 0; i < self.Count; i++)
        {
            var obj = self.Items[i];
            if (obj == value)
            {
                count++;
                continue;
            }
            Py.INCREF(obj);
            int cmp = Abstract.RichCompareBool(obj, value, CompareOp.Eq);
            Py.DECREF(obj);
            if (cmp > 0) count++;
            else if (cmp < 0) return null;
        }
        return PyLong.FromLong(count);
    }

    [PyMethod("clear")]
    public static PyObject? ClearMethod(PyList self)
    {
        self.Clear();
        return Py.None;
    }

    [PyMethod("copy")]
    public static PyObject? CopyMethod(PyList self) => self.GetSlice(0, 1, self.Count);

    [PyMethod("reverse")]
    public static PyObject? ReverseMethod(PyList self)
    {
        if (self.Count > 1) Array.Reverse(self.Items, 0, self.Count);
        return Py.None;
    }

    [PyMethod("sort")]
    public static PyObject? SortMethod(PyList self, [KeywordOnly] PyObject? key = null, [KeywordOnly] bool reverse = false)
    {
        if (ListSort.Sort(self, key == Py.None ? null : key, reverse) < 0) return null;
        return Py.None;
    }

    [PyMethod("__reversed__")]
    public static PyObject? ReversedMethod(PyList self) => new PyListRevIter(self);

    [PyMethod("__sizeof__")]
    public static PyObject? SizeOfMethod(PyList self) => PyLong.FromLong(40 + 8L * self.Allocated);
}
