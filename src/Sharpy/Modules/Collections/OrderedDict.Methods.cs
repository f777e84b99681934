using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

// OrderedDict's slots and methods (Objects/odictobject.c: odict_repr, odict_richcompare,
// odict_move_to_end, odict_popitem, ...). Every dict method that changes the keys is
// overridden so the order stays in step.
public partial class PyODict
{
    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject key, PyObject? value)
        => value == null ? ((PyODict)o).DelItemOd(key) : ((PyODict)o).SetItemOd(key, value);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => new PyODictIter((PyODict)o, PyODictIter.Kind.Keys, reversed: false);

    [PyMethod("__reversed__", Doc = "od.__reversed__() <==> reversed(od)")]
    static PyObject? Reversed(PyODict self) => new PyODictIter(self, PyODictIter.Kind.Keys, reversed: true);

    [PyMethod("keys")]
    static PyObject? Keys(PyODict self) => new PyODictKeys(self);

    [PyMethod("values")]
    static PyObject? Values(PyODict self) => new PyODictValues(self);

    [PyMethod("items")]
    static PyObject? Items(PyODict self) => new PyODictItems(self);

    [PyMethod("move_to_end", Doc = "Move an existing element to the end (or beginning if last is false).\n\nRaise KeyError if the element does not exist.")]
    static PyObject? MoveToEnd(PyODict self, [Keyword] PyObject key, [Keyword] bool last = true)
    {
        long hash = KeyHash(key);
        if (hash == -1) return null;
        var node = self.FindNode(key, hash);
        if (node == null)
        {
            if (!Errors.Occurred()) Errors.SetKeyError(key);
            return null;
        }
        self.MoveNode(node, last);
        return Py.None;
    }

    [PyMethod("popitem", Doc = "Remove and return a (key, value) pair from the dictionary.\n\nPairs are returned in LIFO order if last is true or FIFO order if false.")]
    static PyObject? PopItem(PyODict self, [Keyword] bool last = true)
    {
        var node = last ? self.Last : self.First;
        if (node == null) return Errors.SetString(PyExc.KeyError, "dictionary is empty");
        var key = Py.NewRef(node.Key);
        var value = self.PopKey(key, null, raise: true);
        if (value == null)
        {
            Py.DECREF(key);
            return null;
        }
        return PyTuple.FromStolen([key, value]);
    }

    /// <summary>_odict_popkey_hash: remove key's node and entry, returning the value; default (or KeyError) when absent.</summary>
    PyObject? PopKey(PyObject key, PyObject? dflt, bool raise)
    {
        long hash = KeyHash(key);
        if (hash == -1) return null;
        var node = FindNode(key, hash);
        if (node == null && Errors.Occurred()) return null;
        if (node != null)
        {
            RemoveNode(node);
            var value = Pop(key, raiseMissing: false);
            if (value != null || Errors.Occurred()) return value;
        }
        if (dflt != null) return Py.NewRef(dflt);
        if (raise) Errors.SetKeyError(key);
        return null;
    }

    [PyMethod("pop", TextSignature = "($self, /, key, default=<unrepresentable>)",
        Doc = "od.pop(key[,default]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.")]
    static PyObject? PopMethod(PyODict self, [Keyword] PyObject key, [Keyword("default")] PyObject? dflt = null)
        => self.PopKey(key, dflt, raise: true);

    [PyMethod("setdefault", Doc = "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.")]
    static PyObject? SetDefaultMethod(PyODict self, [Keyword] PyObject key, [Keyword("default")] PyObject? dflt = null)
    {
        dflt ??= Py.None;
        if (self.ob_type == Type)
        {
            var v = self.GetItemWithError(key);
            if (v != null) return Py.NewRef(v);
            if (Errors.Occurred()) return null;
            return self.SetItemOd(key, dflt) < 0 ? null : Py.NewRef(dflt);
        }
        int has = Abstract.Contains(self, key);
        if (has < 0) return null;
        if (has > 0) return Abstract.GetItem(self, key);
        return Abstract.SetItem(self, key, dflt) < 0 ? null : Py.NewRef(dflt);
    }

    [PyMethod("clear", Doc = "Remove all items from ordered dict.")]
    static void ClearMethod(PyODict self)
    {
        self.ClearNodes();
        self.ClearItems();
    }

    [PyMethod("update", Raw = "MutableMapping.update(self, other=(), /, **kwds): any keywords, at most one positional argument")]
    static PyObject? Update(PyODict self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs > 1) return Errors.SetString(PyExc.TypeError, $"update() takes at most 1 positional argument ({nargs} given)");
        return MutableMappingUpdate(self, args, kwnames) < 0 ? null : Py.None;
    }

    /// <summary>odict_copy: type(od)() filled in order (through __setitem__ for a subclass).</summary>
    [PyMethod("copy", Doc = "A shallow copy of ordered dict.")]
    static PyObject? CopyMethod(PyODict self)
    {
        var od = Calls.CallNoArgs(self.ob_type);
        if (od == null) return null;
        for (var node = self.First; node != null; node = node.Next)
        {
            var key = Py.NewRef(node.Key);
            var value = self.ob_type == Type ? Py.XNewRef(self.GetItemWithError(key)) : Abstract.GetItem(self, key);
            int r;
            if (value == null)
            {
                if (!Errors.Occurred()) Errors.SetKeyError(key);
                r = -1;
            }
            else r = od is PyODict o && od.ob_type == Type ? o.SetItemOd(key, value) : Abstract.SetItem(od, key, value);
            Py.DECREF(key);
            Py.XDECREF(value);
            if (r < 0)
            {
                Py.DECREF(od);
                return null;
            }
        }
        return od;
    }

    [PyMethod("__reduce__", Doc = "Return state information for pickling")]
    static PyObject? Reduce(PyODict self)
    {
        var state = PyDeque.ObjectState(self);
        if (state == null) return null;
        var items = Calls.CallMethod(self, "items");
        if (items == null)
        {
            Py.DECREF(state);
            return null;
        }
        var it = Abstract.GetIter(items);
        Py.DECREF(items);
        if (it == null)
        {
            Py.DECREF(state);
            return null;
        }
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.Empty, state, Py.None, it]);
    }

    [PyMethod("__sizeof__")]
    static long SizeOf(PyODict self) => 104 + 24L * self.Count + 8L * self.Count;

    /// <summary>odict_repr: "OrderedDict()" or "OrderedDict({...})" with the items in order.</summary>
    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var od = (PyODict)o;
        string name = od.ob_type.Name;
        if (od.Count == 0) return PyUnicode.FromString(name + "()");
        if (SeqSupport.ReprEnter(od)) return PyUnicode.FromString("...");
        var dcopy = PyDict.New();
        string? r = null;
        var items = Calls.CallMethod(od, "items");
        if (items != null)
        {
            r = dcopy.MergeFromSeq2(items, true) >= 0 ? Abstract.ReprString(dcopy) : null;
            Py.DECREF(items);
        }
        Py.DECREF(dcopy);
        SeqSupport.ReprLeave(od);
        return r == null ? null : PyUnicode.FromString($"{name}({r})");
    }

    /// <summary>odict_richcompare: == and != also compare the order when both are OrderedDicts.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyODict a || w is not PyDict) return Py.NotImplemented;
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        var cmp = PyDict.Type.tp_richcompare!(v, w, op);
        if (cmp == null) return null;
        if (w is not PyODict b) return cmp;
        if (op == CompareOp.Eq && cmp == Py.False) return cmp;
        if (op == CompareOp.Ne && cmp == Py.True) return cmp;
        Py.DECREF(cmp);
        int eq = KeysEqual(a, b);
        if (eq < 0) return null;
        return Py.NewBool((eq == 1) == (op == CompareOp.Eq));
    }

    /// <summary>_odict_keys_equal: the same keys in the same order.</summary>
    static int KeysEqual(PyODict a, PyODict b)
    {
        ulong sa = a.State, sb = b.State;
        var na = a.First;
        var nb = b.First;
        while (true)
        {
            if (na == null || nb == null) return na == nb ? 1 : 0;
            var ka = Py.NewRef(na.Key);
            var kb = Py.NewRef(nb.Key);
            int r = Abstract.RichCompareBool(ka, kb, CompareOp.Eq);
            Py.DECREF(ka);
            Py.DECREF(kb);
            if (r <= 0) return r;
            if (a.State != sa || b.State != sb)
            {
                Errors.SetString(PyExc.RuntimeError, "OrderedDict mutated during iteration");
                return -1;
            }
            na = na.Next;
            nb = nb.Next;
        }
    }

    /// <summary>odict_or: type(od)(left) updated with right, where one side is an OrderedDict and the other a dict.</summary>
    [PySlot("nb_or")]
    static PyObject? Or(PyObject left, PyObject right)
    {
        PyType type;
        PyObject other;
        if (left is PyODict) (type, other) = (left.ob_type, right);
        else (type, other) = (right.ob_type, left);
        if (other is not PyDict) return Py.NotImplemented;
        var result = Calls.CallOneArg(type, left);
        if (result == null) return null;
        if (UpdateArg(result, right) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    [PySlot("nb_inplace_or")]
    static PyObject? InplaceOr(PyObject self, PyObject other)
        => UpdateArg(self, other) < 0 ? null : Py.NewRef(self);
}
