using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// dict's slots (Objects/dictobject.c: dict_repr, dict_subscript, dict_richcompare, ...).
public partial class PyDict
{
    [PySlot("tp_new")]
    static PyObject? DictNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyDict(type);

    [PySlot("tp_init", Raw = "dict(mapping_or_iterable, /, **kwargs): the keywords are items, shared with dict.update")]
    static int DictInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) =>
        ((PyDict)self).UpdateCommon(args, kwnames, "dict");

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyDict)o;
        if (d._used == 0) return PyUnicode.FromString("{}");
        if (SeqSupport.ReprEnter(d)) return PyUnicode.FromString("{...}");
        var sb = new System.Text.StringBuilder("{");
        bool first = true;
        int pos = 0;
        // Keys and values are held while their __repr__ run, which may change the dict.
        while (d.Next(ref pos, out var k, out var v))
        {
            if (!first) sb.Append(", ");
            first = false;
            Py.INCREF(k);
            Py.INCREF(v);
            var ks = Abstract.ReprString(k);
            var vs = ks == null ? null : Abstract.ReprString(v);
            Py.DECREF(k);
            Py.DECREF(v);
            if (vs == null)
            {
                SeqSupport.ReprLeave(d);
                return null;
            }
            sb.Append(ks).Append(": ").Append(vs);
        }
        sb.Append('}');
        SeqSupport.ReprLeave(d);
        return PyUnicode.FromString(sb.ToString());
    }

    [PySlot("mp_length")]
    static long Length(PyObject o) => ((PyDict)o)._used;

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key)
    {
        var d = (PyDict)o;
        long hash = KeyHash(key);
        if (hash == -1) return null;
        int ix = d.Lookup(key, hash, out _);
        if (ix == -2) return null;
        if (ix >= 0) return Py.NewRef(d._entries[ix].Value!);
        if (d.ob_type != Type)
        {
            // dict subclasses may define __missing__.
            var missing = Calls.LookupSpecial(d, PyUnicode.Intern("__missing__"));
            if (missing != null)
            {
                var r = Calls.CallOneArg(missing, key);
                Py.DECREF(missing);
                return r;
            }
            if (Errors.Occurred()) return null;
        }
        Errors.SetKeyError(key);
        return null;
    }

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var d = (PyDict)o;
        return value == null ? d.DelItem(key) : d.SetItem(key, value);
    }

    [PySlot("sq_contains")]
    static int ContainsSlot(PyObject o, PyObject key) => ((PyDict)o).Contains(key);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => PyDictIterBase.Create((PyDict)o, PyDictIterBase.Kind.Keys, false);

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyDict a || w is not PyDict b || (op != CompareOp.Eq && op != CompareOp.Ne))
            return Py.NotImplemented;
        int eq = Equal(a, b);
        if (eq < 0) return null;
        return Py.NewBool((eq == 1) == (op == CompareOp.Eq));
    }

    /// <summary>dict_equal: same length, and every key of a maps to an equal value in b. 1, 0, or -1.</summary>
    static int Equal(PyDict a, PyDict b)
    {
        if (a._used != b._used) return 0;
        for (int i = 0; i < a._nentries; i++)
        {
            var e = a._entries[i];
            if (e.Key == null) continue;
            var key = Py.NewRef(e.Key);
            var aval = Py.NewRef(e.Value!);
            int ix = b.Lookup(key, e.Hash, out _);
            if (ix < 0)
            {
                Py.DECREF(key);
                Py.DECREF(aval);
                return ix == -2 ? -1 : 0;
            }
            var bval = Py.NewRef(b._entries[ix].Value!);
            int cmp = Abstract.RichCompareBool(aval, bval, CompareOp.Eq);
            Py.DECREF(key);
            Py.DECREF(aval);
            Py.DECREF(bval);
            if (cmp <= 0) return cmp;
        }
        return 1;
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject self, PyObject other)
    {
        if (self is not PyDict a || other is not PyDict) return Py.NotImplemented;
        var n = a.Copy();
        if (n.UpdateArg(other) < 0)
        {
            Py.DECREF(n);
            return null;
        }
        return n;
    }

    [PySlot("nb_inplace_or")]
    static PyObject? InplaceOr(PyObject self, PyObject other)
    {
        if (((PyDict)self).UpdateArg(other) < 0) return null;
        return Py.NewRef(self);
    }
}
