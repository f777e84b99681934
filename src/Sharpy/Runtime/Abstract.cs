using System;
using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The object protocols every part of the runtime uses (Objects/object.c and
/// Objects/abstract.c): hashing, comparison, truth, repr/str, attributes, items, iteration.
/// Results are new references; null (or -1) means an exception is set.
/// </summary>
public static partial class Abstract
{
    public static bool IsSubtype(PyType a, PyType b)
    {
        // PyType_IsSubtype walks the MRO, which a custom mro() may leave without a itself.
        var mro = a.tp_mro;
        if (mro != null)
        {
            foreach (var t in mro.Items) if (t == b) return true;
            return false;
        }
        for (PyType? t = a; t != null; t = t.tp_base) if (t == b) return true;
        return b == PyBaseObject.Type;
    }

    public static bool TypeCheck(PyObject o, PyType t) => o.ob_type == t || IsSubtype(o.ob_type, t);

    /// <summary>PyObject_Hash: -1 with TypeError for unhashable types.</summary>
    public static long Hash(PyObject o)
    {
        if (o is PyUnicode u && u.CachedHash != -1) return u.CachedHash;
        var f = o.ob_type.tp_hash;
        if (f == null)
        {
            Errors.SetString(PyExc.TypeError, $"unhashable type: '{o.ob_type.tp_name}'");
            return -1;
        }
        return f(o);
    }

    static readonly string[] s_opStrings = { "<", "<=", "==", "!=", ">", ">=" };
    static readonly CompareOp[] s_swapped = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };

    /// <summary>PyObject_RichCompare with CPython's reflected-operand rules.</summary>
    public static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded in comparison");
        }
        try
        {
            return DoRichCompare(v, w, op);
        }
        finally
        {
            ts.CRecursionDepth--;
        }
    }

    static PyObject? DoRichCompare(PyObject v, PyObject w, CompareOp op)
    {
        bool checkedReverse = false;
        PyObject? res;
        if (v.ob_type != w.ob_type && IsSubtype(w.ob_type, v.ob_type) && w.ob_type.tp_richcompare is { } wf)
        {
            checkedReverse = true;
            res = wf(w, v, s_swapped[(int)op]);
            if (res != Py.NotImplemented) return res;
        }
        if (v.ob_type.tp_richcompare is { } vf)
        {
            res = vf(v, w, op);
            if (res != Py.NotImplemented) return res;
        }
        if (!checkedReverse && w.ob_type.tp_richcompare is { } wf2)
        {
            res = wf2(w, v, s_swapped[(int)op]);
            if (res != Py.NotImplemented) return res;
        }
        switch (op)
        {
            case CompareOp.Eq: return Py.NewBool(v == w);
            case CompareOp.Ne: return Py.NewBool(v != w);
            default:
                return Errors.SetString(PyExc.TypeError,
                    $"'{s_opStrings[(int)op]}' not supported between instances of '{v.ob_type.tp_name}' and '{w.ob_type.tp_name}'");
        }
    }

    /// <summary>PyObject_RichCompareBool: identity implies equality. 1, 0, or -1 on error.</summary>
    public static int RichCompareBool(PyObject v, PyObject w, CompareOp op)
    {
        if (v == w)
        {
            if (op == CompareOp.Eq) return 1;
            if (op == CompareOp.Ne) return 0;
        }
        var res = RichCompare(v, w, op);
        if (res == null) return -1;
        int ok = res is PyBool b ? (b == PyBool.True ? 1 : 0) : IsTrue(res);
        Py.DECREF(res);
        return ok;
    }

    /// <summary>PyObject_IsTrue: 1, 0, or -1 on error.</summary>
    public static int IsTrue(PyObject o)
    {
        if (o == PyBool.True) return 1;
        if (o == PyBool.False || o == Py.None) return 0;
        var t = o.ob_type;
        if (t.nb_bool != null) return t.nb_bool(o);
        if (t.mp_length != null)
        {
            long n = t.mp_length(o);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }
        if (t.sq_length != null)
        {
            long n = t.sq_length(o);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }
        return 1;
    }

    /// <summary>PyObject_Repr, with the C#-stack guard CPython puts around it.</summary>
    public static PyObject? Repr(PyObject o)
    {
        var f = o.ob_type.tp_repr;
        if (f == null) return PyUnicode.FromString($"<{o.ob_type.tp_name} object>");
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
        var r = f(o);
        ts.CRecursionDepth--;
        if (r != null && r is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"__repr__ returned non-string (type {r.ob_type.tp_name})");
            Py.DECREF(r);
            return null;
        }
        return r;
    }

    /// <summary>PyObject_Str.</summary>
    public static PyObject? Str(PyObject o)
    {
        if (o.ob_type == PyUnicode.Type) return Py.NewRef(o);
        var f = o.ob_type.tp_str;
        if (f == null) return Repr(o);
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded while getting the str of an object");
        }
        var r = f(o);
        ts.CRecursionDepth--;
        if (r != null && r is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"__str__ returned non-string (type {r.ob_type.tp_name})");
            Py.DECREF(r);
            return null;
        }
        return r;
    }

    /// <summary>repr() as a .NET string, for messages; null with an exception set.</summary>
    public static string? ReprString(PyObject o)
    {
        var r = Repr(o);
        if (r == null) return null;
        var s = ((PyUnicode)r).Value;
        Py.DECREF(r);
        return s;
    }

    public static PyObject? GetAttr(PyObject o, PyObject name)
    {
        var f = o.ob_type.tp_getattro;
        if (f == null)
        {
            return Errors.SetString(PyExc.AttributeError, $"'{o.ob_type.tp_name}' object has no attribute '{((PyUnicode)name).Value}'");
        }
        var r = f(o, name);
        if (r == null) AttributeErrors.SetContext(o, name);
        return r;
    }

    public static PyObject? GetAttr(PyObject o, string name)
    {
        var n = PyUnicode.Intern(name);
        return GetAttr(o, n);
    }

    /// <summary>getattr without raising AttributeError: 1 found, 0 missing, -1 on another error.</summary>
    public static int LookupAttr(PyObject o, PyObject name, out PyObject? result)
    {
        result = GetAttr(o, name);
        if (result != null) return 1;
        if (Errors.ExceptionMatches(PyExc.AttributeError))
        {
            Errors.Clear();
            return 0;
        }
        return -1;
    }

    public static int SetAttr(PyObject o, PyObject name, PyObject? value)
    {
        if (name is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
            return -1;
        }
        var f = o.ob_type.tp_setattro;
        if (f == null)
        {
            Errors.SetString(PyExc.AttributeError, o.ob_type.tp_getattro == null
                ? $"'{o.ob_type.tp_name}' object has no attributes (assign to .{((PyUnicode)name).Value})"
                : $"'{o.ob_type.tp_name}' object attribute '{((PyUnicode)name).Value}' is read-only");
            return -1;
        }
        return f(o, name, value);
    }

    /// <summary>PyObject_GetItem: mp_subscript, else sq_item with an index, else __class_getitem__ of a class.</summary>
    public static PyObject? GetItem(PyObject o, PyObject key)
    {
        var t = o.ob_type;
        if (t.mp_subscript != null) return t.mp_subscript(o, key);
        if (t.sq_item != null)
        {
            if (!SeqSupport.IsIndex(key))
                return Errors.SetString(PyExc.TypeError, $"sequence index must be integer, not '{key.ob_type.tp_name}'");
            long i = AsSsize(key, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            return SequenceGetItem(o, i);
        }
        if (o is PyType cls)
        {
            // type[int] itself is special-cased, so that a class without __class_getitem__ (str[int])
            // does not find type's through its metaclass.
            if (cls == PyType.Type) return PyGenericAlias.New(cls, key);
            // cls[...]: __class_getitem__ (PEP 560)
            if (LookupAttr(cls, PyUnicode.Intern("__class_getitem__"), out var meth) < 0) return null;
            if (meth != null)
            {
                var r = Calls.CallOneArg(meth, key);
                Py.DECREF(meth);
                return r;
            }
            return Errors.SetString(PyExc.TypeError, $"type '{cls.tp_name}' is not subscriptable");
        }
        return Errors.SetString(PyExc.TypeError, $"'{t.tp_name}' object is not subscriptable");
    }

    /// <summary>PySequence_GetItem: o[i] through sq_item, a negative i counted from len(o).</summary>
    public static PyObject? SequenceGetItem(PyObject o, long i)
    {
        var t = o.ob_type;
        if (t.sq_item != null)
        {
            if (i < 0 && t.sq_length != null)
            {
                long n = t.sq_length(o);
                if (n < 0) return null;
                i += n;
            }
            return t.sq_item(o, i);
        }
        if (t.mp_subscript != null) return Errors.SetString(PyExc.TypeError, $"{t.tp_name} is not a sequence");
        return Errors.SetString(PyExc.TypeError, $"'{t.tp_name}' object does not support indexing");
    }

    /// <summary>PySequence_Check: sq_item, and not a dict.</summary>
    public static bool SequenceCheck(PyObject o) => o is not PyDict && o.ob_type.sq_item != null;

    /// <summary>PyObject_SetItem / PyObject_DelItem (value null): mp_ass_subscript, else sq_ass_item with an index.</summary>
    static int AssignItem(PyObject o, PyObject key, PyObject? value)
    {
        var t = o.ob_type;
        if (t.mp_ass_subscript != null) return t.mp_ass_subscript(o, key, value);
        if (SlotDefs.HasSequenceMethods(t))
        {
            if (SeqSupport.IsIndex(key))
            {
                long i = AsSsize(key, PyExc.IndexError);
                if (i == -1 && Errors.Occurred()) return -1;
                return SequenceAssignItem(o, i, value);
            }
            if (t.sq_ass_item != null)
            {
                Errors.SetString(PyExc.TypeError, $"sequence index must be integer, not '{key.ob_type.tp_name}'");
                return -1;
            }
        }
        Errors.SetString(PyExc.TypeError, value == null
            ? $"'{t.tp_name}' object does not support item deletion"
            : $"'{t.tp_name}' object does not support item assignment");
        return -1;
    }

    /// <summary>PySequence_SetItem / PySequence_DelItem (value null): sq_ass_item, a negative i counted from len(o).</summary>
    public static int SequenceAssignItem(PyObject o, long i, PyObject? value)
    {
        var t = o.ob_type;
        if (t.sq_ass_item != null)
        {
            if (i < 0 && t.sq_length != null)
            {
                long n = t.sq_length(o);
                if (n < 0) return -1;
                i += n;
            }
            return t.sq_ass_item(o, i, value);
        }
        if (t.mp_ass_subscript != null)
            Errors.SetString(PyExc.TypeError, $"{t.tp_name} is not a sequence");
        else
            Errors.SetString(PyExc.TypeError, value == null
                ? $"'{t.tp_name}' object doesn't support item deletion"
                : $"'{t.tp_name}' object does not support item assignment");
        return -1;
    }

    public static int SetItem(PyObject o, PyObject key, PyObject value) => AssignItem(o, key, value);

    public static int DelItem(PyObject o, PyObject key) => AssignItem(o, key, null);

    /// <summary>PyObject_Size: -1 with TypeError for objects without a length.</summary>
    public static long Length(PyObject o)
    {
        var t = o.ob_type;
        if (t.sq_length != null) return t.sq_length(o);
        if (t.mp_length != null) return t.mp_length(o);
        Errors.SetString(PyExc.TypeError, $"object of type '{t.tp_name}' has no len()");
        return -1;
    }

    /// <summary>
    /// PyMapping_GetOptionalItem: mapping[key], a new reference (an exact dict looked up
    /// directly, else __getitem__); null without an error when the key is missing (KeyError),
    /// null with one on another error.
    /// </summary>
    public static PyObject? MappingGetOptionalItem(PyObject mapping, PyObject key)
    {
        if (mapping.ob_type == PyDict.Type)
        {
            var v = ((PyDict)mapping).GetItemWithError(key);
            return v == null ? null : Py.NewRef(v);
        }
        var r = GetItem(mapping, key);
        if (r == null && Errors.ExceptionMatches(PyExc.KeyError)) Errors.Clear();
        return r;
    }

    /// <summary>PyMapping_Items: a new list of the (key, value) pairs; o.items() as a list unless o is an exact dict.</summary>
    public static PyList? MappingItems(PyObject o)
    {
        if (o.ob_type == PyDict.Type)
        {
            var d = (PyDict)o;
            var l = PyList.New(d.Count);
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v)) l.AppendSteal(PyTuple.FromBorrowed([k, v]));
            return l;
        }
        var items = Calls.CallMethod(o, "items");
        if (items == null) return null;
        if (items.ob_type == PyList.Type) return (PyList)items;
        var it = GetIter(items);
        if (it == null && Errors.ExceptionMatches(PyExc.TypeError))
        {
            Errors.Clear();
            Errors.SetString(PyExc.TypeError, $"{o.ob_type.tp_name}.items() returned a non-iterable (type {items.ob_type.tp_name})");
        }
        Py.DECREF(items);
        if (it == null) return null;
        var list = PyList.New();
        int r = list.ExtendFromIterator(it);
        Py.DECREF(it);
        if (r < 0)
        {
            Py.DECREF(list);
            return null;
        }
        return list;
    }

    /// <summary>PyObject_GetIter, with the sequence-protocol fallback.</summary>
    public static PyObject? GetIter(PyObject o)
    {
        var f = o.ob_type.tp_iter;
        if (f != null)
        {
            var it = f(o);
            if (it != null && !IterCheck(it))
            {
                Errors.SetString(PyExc.TypeError, $"iter() returned non-iterator of type '{it.ob_type.tp_name}'");
                Py.DECREF(it);
                return null;
            }
            return it;
        }
        if (SequenceCheck(o)) return PySeqIter.New(o);
        return Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object is not iterable");
    }

    /// <summary>
    /// PyIter_Check: the type has a __next__. A class whose __next__ was deleted keeps
    /// <see cref="NextNotImplemented"/> in the slot, which is not an iterator either.
    /// </summary>
    public static bool IterCheck(PyObject o)
    {
        var f = o.ob_type.tp_iternext;
        return f != null && f != NextNotImplementedSlot;
    }

    /// <summary>
    /// _PyObject_NextNotImplemented: tp_iternext of a class statement's type without __next__
    /// (update_one_slot), so code that calls the slot directly gets a TypeError.
    /// </summary>
    public static PyObject? NextNotImplemented(PyObject o)
        => Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object is not iterable");

    /// <summary>The one delegate of NextNotImplemented, so IterCheck can recognise it in a slot.</summary>
    internal static readonly UnaryFunc NextNotImplementedSlot = NextNotImplemented;

    /// <summary>PyIter_Next: the next item; null when exhausted (no exception) or on error.</summary>
    public static PyObject? IterNext(PyObject it)
    {
        var r = it.ob_type.tp_iternext!(it);
        if (r == null && Errors.ExceptionMatches(PyExc.StopIteration)) Errors.Clear();
        return r;
    }

    /// <summary>PySequence_Contains (`in`): sq_contains, else a search by iteration. 1, 0, or -1 on error.</summary>
    public static int Contains(PyObject container, PyObject item)
    {
        var f = container.ob_type.sq_contains;
        if (f != null) return f(container, item);
        return IterSearchContains(container, item);
    }

    /// <summary>_PySequence_IterSearch(PY_ITERSEARCH_CONTAINS): 1, 0, or -1 on error.</summary>
    public static int IterSearchContains(PyObject container, PyObject item)
    {
        var it = GetIter(container);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"argument of type '{container.ob_type.tp_name}' is not a container or iterable");
            }
            return -1;
        }
        try
        {
            while (true)
            {
                var x = IterNext(it);
                if (x == null) return Errors.Occurred() ? -1 : 0;
                int eq = RichCompareBool(x, item, CompareOp.Eq);
                Py.DECREF(x);
                if (eq != 0) return eq;
            }
        }
        finally
        {
            Py.DECREF(it);
        }
    }
}
