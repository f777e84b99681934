using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// `sqlite3.Row` (row.c): a row_factory giving rows indexed by position and, ignoring ASCII
/// case, by column name.
/// </summary>
[PyType("sqlite3.Row", BaseType = true)]
public sealed partial class Row : PyObject
{
    PyTuple _data;
    PyObject _description;

    Row(PyType type, PyTuple data, PyObject description) : base(type)
    {
        _data = Py.NewRef(data);
        _description = Py.NewRef(description);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(_data);
        visit(_description);
    }

    protected internal override void Clear()
    {
        Py.SETREF(ref _data!, PyTuple.Empty);
        Py.SETREF(ref _description!, Py.None);
    }

    protected internal override void ReleaseReferences() => Clear();

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if ((type == Type || type.tp_init == Type.tp_init) && ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("Row");
        int nargs = ArgParse.NArgs(args, kwnames);
        if (!ArgParse.CheckPositional("Row", nargs, 2, 2)) return null;
        var cursor = args[0].AsBorrowed;
        if (cursor is not Cursor)
            return Errors.SetString(PyExc.TypeError, $"Row() argument 1 must be sqlite3.Cursor, not {cursor.ob_type.tp_name}");
        var data = args[1].AsBorrowed;
        if (data is not PyTuple tuple)
            return Errors.SetString(PyExc.TypeError, $"Row() argument 2 must be tuple, not {data.ob_type.tp_name}");
        var description = Abstract.GetAttr(cursor, "description");
        if (description == null) return null;
        var row = new Row(type, tuple, description);
        Py.DECREF(description);
        return row;
    }

    /// <summary>equal_ignore_case: str equality with ASCII letters compared case-insensitively.</summary>
    static bool EqualIgnoreCase(PyUnicode a, PyObject b)
    {
        if (b is not PyUnicode bs) return false;
        string x = a.Value, y = bs.Value;
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
        {
            char c1 = x[i], c2 = y[i];
            if (c1 == c2) continue;
            if (c1 is >= 'A' and <= 'Z') c1 = (char)(c1 | 0x20);
            if (c2 is >= 'A' and <= 'Z') c2 = (char)(c2 | 0x20);
            if (c1 != c2) return false;
        }
        return true;
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject op, PyObject idx)
    {
        var self = (Row)op;
        if (idx is PyLong)
        {
            long i = Abstract.AsSsize(idx, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            if (i < 0) i += self._data.Count;
            if (i < 0 || i >= self._data.Count) return Errors.SetString(PyExc.IndexError, "tuple index out of range");
            return Py.NewRef(self._data.Items[i]);
        }
        if (idx is PyUnicode key)
        {
            if (self._description is PyTuple desc)
            {
                for (int i = 0; i < desc.Count; i++)
                {
                    if (desc.Items[i] is PyTuple col && col.Count > 0 && EqualIgnoreCase(key, col.Items[0]))
                        return i < self._data.Count ? Py.NewRef(self._data.Items[i]) : Errors.SetString(PyExc.IndexError, "tuple index out of range");
                }
            }
            else return Errors.SetString(PyExc.IndexError, $"No item with key '{key.Value}'");
            return Errors.SetString(PyExc.IndexError, "No item with that key");
        }
        if (idx is PySlice) return Abstract.GetItem(self._data, idx);
        return Errors.SetString(PyExc.IndexError, "Index must be int or string");
    }

    [PySlot("sq_item")]
    static PyObject? Item(PyObject op, long i)
    {
        var self = (Row)op;
        if (i < 0 || i >= self._data.Count) return Errors.SetString(PyExc.IndexError, "tuple index out of range");
        return Py.NewRef(self._data.Items[i]);
    }

    [PySlot("mp_length")]
    static long Length(PyObject op) => ((Row)op)._data.Count;

    [PySlot("sq_length")]
    static long SqLength(PyObject op) => ((Row)op)._data.Count;

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject op) => Abstract.GetIter(((Row)op)._data);

    [PySlot("tp_hash")]
    static long Hash(PyObject op)
    {
        var self = (Row)op;
        long h1 = Abstract.Hash(self._description);
        if (h1 == -1) return -1;
        long h2 = Abstract.Hash(self._data);
        if (h2 == -1) return -1;
        long h = h1 ^ h2;
        return h == -1 ? -2 : h;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject op, PyObject other, CompareOp cmp)
    {
        if ((cmp != CompareOp.Eq && cmp != CompareOp.Ne) || other is not Row o) return Py.NotImplemented;
        var self = (Row)op;
        int eq = Abstract.RichCompareBool(self._description, o._description, CompareOp.Eq);
        if (eq < 0) return null;
        if (eq != 0) return Abstract.RichCompare(self._data, o._data, cmp);
        return PyBool.From(cmp != CompareOp.Eq);
    }

    [PyMethod("keys", Doc = "Returns the keys of the row.")]
    static PyObject? Keys(Row self)
    {
        var list = PyList.New();
        if (self._description is PyTuple desc)
        {
            for (int i = 0; i < desc.Count; i++)
            {
                if (desc.Items[i] is PyTuple col && col.Count > 0) list.Append(col.Items[0]);
            }
        }
        return list;
    }
}
