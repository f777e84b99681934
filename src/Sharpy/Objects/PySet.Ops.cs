using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// The set algebra shared by set and frozenset (Objects/setobject.c), in CPython's
// iteration orders so the resulting tables, and so their iteration orders, are CPython's.
public abstract partial class PyAnySet
{
    /// <summary>make_new_set_basetype: an empty set, or frozenset for frozenset types (subclasses map to the base).</summary>
    internal static PyAnySet NewBaseType(PyType type)
    {
        if (type == PyFrozenSet.Type || (type != PySet.Type && !Abstract.IsSubtype(type, PySet.Type)))
            return new PyFrozenSet(PyFrozenSet.Type);
        return new PySet(PySet.Type);
    }

    /// <summary>set_merge: add every element of another set, growing once up front.</summary>
    internal int Merge(PyAnySet other)
    {
        if (other == this || other._used == 0) return 0;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3)
            if (Resize((long)(_used + other._used) * 2) != 0) return -1;
        var otherTable = other._table;
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            // Same size, no dummies: copy the table as it is.
            for (int i = 0; i <= other._mask; i++)
            {
                var key = otherTable[i].Key;
                if (key == null) continue;
                _table[i].Key = Py.NewRef(key);
                _table[i].Hash = otherTable[i].Hash;
            }
            _fill = other._fill;
            _used = other._used;
            return 0;
        }
        if (_fill == 0)
        {
            _fill = other._used;
            _used = other._used;
            for (int i = 0; i <= other._mask; i++)
            {
                var key = otherTable[i].Key;
                if (key != null && key != s_dummy) InsertClean(_table, (ulong)_mask, Py.NewRef(key), otherTable[i].Hash);
            }
            return 0;
        }
        for (int i = 0; i <= other._mask; i++)
        {
            var key = other._table[i].Key;
            if (key != null && key != s_dummy)
                if (AddEntry(key, other._table[i].Hash) != 0) return -1;
        }
        return 0;
    }

    int UpdateDict(PyDict other)
    {
        long n = other.Count;
        if ((_fill + n) * 5 >= (long)_mask * 3)
            if (Resize((_used + n) * 2) != 0) return -1;
        int pos = 0;
        while (other.Next(ref pos, out var key, out _, out long hash))
            if (AddEntry(key, hash) != 0) return -1;
        return 0;
    }

    int UpdateIterable(PyObject other)
    {
        var it = Abstract.GetIter(other);
        if (it == null) return -1;
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            int r = Add(key);
            Py.DECREF(key);
            if (r != 0)
            {
                Py.DECREF(it);
                return -1;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : 0;
    }

    /// <summary>set_update_internal: add the elements of any iterable (sets and dicts by their tables).</summary>
    public static int UpdateInternal(PyAnySet so, PyObject other)
    {
        if (other is PyAnySet os) return so.Merge(os);
        if (other.ob_type == PyDict.Type) return so.UpdateDict((PyDict)other);
        return so.UpdateIterable(other);
    }

    /// <summary>set.copy semantics: a new set (or frozenset) of the base type with the same elements.</summary>
    internal PyAnySet? CopyAsBase()
    {
        var copy = NewBaseType(ob_type);
        if (copy.Merge(this) < 0)
        {
            Py.DECREF(copy);
            return null;
        }
        return copy;
    }

    /// <summary>set_intersection.</summary>
    public static PyObject? Intersection(PyAnySet so, PyObject other)
    {
        if (so == other) return so.CopyAsBase();
        var result = NewBaseType(so.ob_type);
        if (other is PyAnySet os)
        {
            if (os._used > so._used) (so, os) = (os, so);
            int pos = 0;
            while (os.NextEntry(ref pos, out var key, out long hash))
            {
                Py.INCREF(key);
                int rv = so.ContainsEntry(key, hash);
                if (rv > 0) rv = result.AddEntry(key, hash);
                Py.DECREF(key);
                if (rv < 0)
                {
                    Py.DECREF(result);
                    return null;
                }
            }
            return result;
        }
        var it = Abstract.GetIter(other);
        if (it == null)
        {
            Py.DECREF(result);
            return null;
        }
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            long hash = Abstract.Hash(key);
            int rv = hash == -1 ? -1 : so.ContainsEntry(key, hash);
            if (rv > 0)
            {
                rv = result.AddEntry(key, hash);
                if (rv == 0 && result._used >= so._used)
                {
                    Py.DECREF(key);
                    break;
                }
            }
            Py.DECREF(key);
            if (rv < 0)
            {
                Py.DECREF(it);
                Py.DECREF(result);
                return null;
            }
        }
        Py.DECREF(it);
        if (Errors.Occurred())
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    /// <summary>set_difference_update_internal: remove the elements of other, then shed dummies if many.</summary>
    public static int DifferenceUpdateInternal(PyAnySet so, PyObject other)
    {
        if (so == other)
        {
            so.Clear();
            return 0;
        }
        if (other is PyAnySet os)
        {
            PyAnySet source;
            if ((os._used >> 3) > so._used)
            {
                var inter = Intersection(so, os);
                if (inter == null) return -1;
                source = (PyAnySet)inter;
            }
            else source = Py.NewRef(os);
            int pos = 0;
            while (source.NextEntry(ref pos, out var key, out long hash))
            {
                Py.INCREF(key);
                int r = so.DiscardEntry(key, hash);
                Py.DECREF(key);
                if (r < 0)
                {
                    Py.DECREF(source);
                    return -1;
                }
            }
            Py.DECREF(source);
        }
        else
        {
            var it = Abstract.GetIter(other);
            if (it == null) return -1;
            while (true)
            {
                var key = Abstract.IterNext(it);
                if (key == null) break;
                int r = so.Discard(key);
                Py.DECREF(key);
                if (r < 0)
                {
                    Py.DECREF(it);
                    return -1;
                }
            }
            Py.DECREF(it);
            if (Errors.Occurred()) return -1;
        }
        if ((ulong)(so._fill - so._used) <= (ulong)so._mask / 4) return 0;
        return so.Resize(so._used > 50000 ? so._used * 2 : so._used * 4);
    }

    /// <summary>set_difference.</summary>
    public static PyObject? Difference(PyAnySet so, PyObject other)
    {
        long otherSize;
        if (other is PyAnySet os0) otherSize = os0._used;
        else if (other.ob_type == PyDict.Type) otherSize = ((PyDict)other).Count;
        else return CopyAndDifference(so, other);
        if ((so._used >> 2) > otherSize) return CopyAndDifference(so, other);
        var result = NewBaseType(so.ob_type);
        int pos = 0;
        while (so.NextEntry(ref pos, out var key, out long hash))
        {
            Py.INCREF(key);
            int rv = other is PyAnySet os ? os.ContainsEntry(key, hash) : ((PyDict)other).ContainsKnownHash(key, hash);
            if (rv == 0) rv = result.AddEntry(key, hash);
            Py.DECREF(key);
            if (rv < 0)
            {
                Py.DECREF(result);
                return null;
            }
        }
        return result;
    }

    static PyObject? CopyAndDifference(PyAnySet so, PyObject other)
    {
        var result = so.CopyAsBase();
        if (result == null) return null;
        if (DifferenceUpdateInternal(result, other) == 0) return result;
        Py.DECREF(result);
        return null;
    }

    int SymmetricDifferenceUpdateSet(PyAnySet other)
    {
        int pos = 0;
        while (other.NextEntry(ref pos, out var k, out long hash))
        {
            var key = Py.NewRef(k);
            int rv = DiscardEntry(key, hash);
            if (rv == 0) rv = AddEntry(key, hash);
            Py.DECREF(key);
            if (rv < 0) return -1;
        }
        return 0;
    }

    /// <summary>set.symmetric_difference_update.</summary>
    public static int SymmetricDifferenceUpdate(PyAnySet so, PyObject other)
    {
        if (so == other)
        {
            so.Clear();
            return 0;
        }
        if (other.ob_type == PyDict.Type)
        {
            var d = (PyDict)other;
            int pos = 0;
            while (d.Next(ref pos, out var k, out _, out long hash))
            {
                var key = Py.NewRef(k);
                int rv = so.DiscardEntry(key, hash);
                if (rv == 0) rv = so.AddEntry(key, hash);
                Py.DECREF(key);
                if (rv < 0) return -1;
            }
            return 0;
        }
        if (other is PyAnySet os) return so.SymmetricDifferenceUpdateSet(os);
        var otherSet = NewBaseType(so.ob_type);
        if (UpdateInternal(otherSet, other) < 0)
        {
            Py.DECREF(otherSet);
            return -1;
        }
        int r = so.SymmetricDifferenceUpdateSet(otherSet);
        Py.DECREF(otherSet);
        return r;
    }

    /// <summary>set.symmetric_difference: the other operand's elements first, then so's toggled in.</summary>
    public static PyObject? SymmetricDifference(PyAnySet so, PyObject other)
    {
        var result = NewBaseType(so.ob_type);
        if (UpdateInternal(result, other) < 0 || result.SymmetricDifferenceUpdateSet(so) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    /// <summary>set.issubset.</summary>
    public static PyObject? IsSubset(PyAnySet so, PyObject other)
    {
        if (other is not PyAnySet os)
        {
            var tmp = Intersection(so, other);
            if (tmp == null) return null;
            bool r = ((PyAnySet)tmp)._used == so._used;
            Py.DECREF(tmp);
            return Py.NewBool(r);
        }
        if (so._used > os._used) return Py.False;
        int pos = 0;
        while (so.NextEntry(ref pos, out var key, out long hash))
        {
            Py.INCREF(key);
            int rv = os.ContainsEntry(key, hash);
            Py.DECREF(key);
            if (rv < 0) return null;
            if (rv == 0) return Py.False;
        }
        return Py.True;
    }

    /// <summary>set.issuperset.</summary>
    public static PyObject? IsSuperset(PyAnySet so, PyObject other)
    {
        if (other is PyAnySet os) return IsSubset(os, so);
        var it = Abstract.GetIter(other);
        if (it == null) return null;
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            int rv = so.Contains(key);
            Py.DECREF(key);
            if (rv <= 0)
            {
                Py.DECREF(it);
                return rv < 0 ? null : Py.False;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : Py.True;
    }

    /// <summary>set.isdisjoint.</summary>
    public static PyObject? IsDisjoint(PyAnySet so, PyObject other)
    {
        if (so == other) return Py.NewBool(so._used == 0);
        if (other.ob_type == PySet.Type || other.ob_type == PyFrozenSet.Type)
        {
            var os = (PyAnySet)other;
            if (os._used > so._used) (so, os) = (os, so);
            int pos = 0;
            while (os.NextEntry(ref pos, out var key, out long hash))
            {
                Py.INCREF(key);
                int rv = so.ContainsEntry(key, hash);
                Py.DECREF(key);
                if (rv < 0) return null;
                if (rv > 0) return Py.False;
            }
            return Py.True;
        }
        var it = Abstract.GetIter(other);
        if (it == null) return null;
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            int rv = so.Contains(key);
            Py.DECREF(key);
            if (rv != 0)
            {
                Py.DECREF(it);
                return rv < 0 ? null : Py.False;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : Py.True;
    }

    /// <summary>set_richcompare: subset/superset comparisons against any set or frozenset.</summary>
    internal static PyObject? RichCompare(PyObject self, PyObject w, CompareOp op)
    {
        var v = (PyAnySet)self;
        if (w is not PyAnySet ws) return Py.NotImplemented;
        switch (op)
        {
            case CompareOp.Eq:
                if (v._used != ws._used) return Py.False;
                if (v._hash != -1 && ws._hash != -1 && v._hash != ws._hash) return Py.False;
                return IsSubset(v, w);
            case CompareOp.Ne:
                var r1 = RichCompare(v, w, CompareOp.Eq);
                if (r1 == null) return null;
                int r2 = Abstract.IsTrue(r1);
                Py.DECREF(r1);
                if (r2 < 0) return null;
                return Py.NewBool(r2 == 0);
            case CompareOp.Le:
                return IsSubset(v, w);
            case CompareOp.Ge:
                return IsSuperset(v, w);
            case CompareOp.Lt:
                if (v._used >= ws._used) return Py.False;
                return IsSubset(v, w);
            default:
                if (v._used <= ws._used) return Py.False;
                return IsSuperset(v, w);
        }
    }

    /// <summary>set_repr: {1, 2}, set(), frozenset({1}), Sub({1}); "Sub(...)" when recursive.</summary>
    internal static PyObject? Repr(PyObject o)
    {
        var so = (PyAnySet)o;
        var name = so.ob_type.tp_name;
        if (SeqSupport.ReprEnter(so)) return PyUnicode.FromString(name + "(...)");
        if (so._used == 0)
        {
            SeqSupport.ReprLeave(so);
            return PyUnicode.FromString(name + "()");
        }
        var keys = PyList.New(so._used);
        int pos = 0;
        while (so.NextEntry(ref pos, out var key, out _)) keys.Append(key);
        var lr = Abstract.ReprString(keys);
        Py.DECREF(keys);
        SeqSupport.ReprLeave(so);
        if (lr == null) return null;
        var inner = lr.Substring(1, lr.Length - 2);
        return PyUnicode.FromString(so.ob_type == PySet.Type ? "{" + inner + "}" : $"{name}({{{inner}}})");
    }

    /// <summary>The *others loop of union/update/intersection/difference: positional arguments only.</summary>
    internal static bool NoKeywords(string name, PyTuple? kwnames)
    {
        if (kwnames == null || kwnames.Count == 0) return true;
        Errors.SetString(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }

    /// <summary>set___reduce__: (type(so), (list(so),), the instance's state), for set, frozenset and their subclasses.</summary>
    internal static PyObject? Reduce(PyAnySet so)
    {
        var keys = PyList.New();
        if (keys.Extend(so) < 0)
        {
            Py.DECREF(keys);
            return null;
        }
        var state = PyBaseObject.GetObjectState(so);
        if (state == null)
        {
            Py.DECREF(keys);
            return null;
        }
        return PyTuple.FromStolen([Py.NewRef(so.ob_type), PyTuple.FromStolen([keys]), state]);
    }
}
