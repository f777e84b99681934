using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>builtins.__build_class__ (Python/bltinmodule.c): running a class statement.</summary>
public static class ClassStatement
{
    public static PyObject? Build(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int n = args.Length - nkw;
        if (n < 2) return Errors.SetString(PyExc.TypeError, "__build_class__: not enough arguments");
        if (args[0].AsBorrowed is not PyFunction body) return Errors.SetString(PyExc.TypeError, "__build_class__: func must be a function");
        if (args[1].AsBorrowed is not PyUnicode name) return Errors.SetString(PyExc.TypeError, "__build_class__: name is not a string");
        var baseItems = new PyObject[n - 2];
        for (int i = 2; i < n; i++) baseItems[i - 2] = args[i].AsBorrowed;
        var origBases = PyTuple.FromBorrowed(baseItems);
        var bases = UpdateBases(origBases);
        if (bases == null)
        {
            Py.DECREF(origBases);
            return null;
        }
        PyObject? meta = null;
        var kwds = PyDict.New();
        for (int k = 0; k < nkw; k++)
        {
            var key = kwnames!.Items[k];
            if (((PyUnicode)key).Value == "metaclass") meta = args[n + k].AsBorrowed;
            else kwds.SetItem(key, args[n + k].AsBorrowed);
        }
        PyObject? result = null;
        PyObject? ns = null;
        try
        {
            if (meta == null) meta = bases.Count == 0 ? PyType.Type : bases.Items[0].ob_type;
            if (meta is PyType mt)
            {
                var winner = CalculateMetaclass(mt, bases);
                if (winner == null) return null;
                meta = winner;
            }
            // __prepare__
            var prepare = Abstract.GetAttr(meta, "__prepare__");
            if (prepare == null)
            {
                if (!Errors.ExceptionMatches(PyExc.AttributeError)) return null;
                Errors.Clear();
                ns = PyDict.New();
            }
            else
            {
                var prepareArgs = PyTuple.Pack(name, bases);
                ns = Calls.CallTuple(prepare, prepareArgs, kwds);
                Py.DECREF(prepareArgs);
                Py.DECREF(prepare);
                if (ns == null) return null;
                if (ns.ob_type.mp_subscript == null)
                    return Errors.SetString(PyExc.TypeError,
                        $"{(meta is PyType pt ? pt.tp_name : "<metaclass>")}.__prepare__() must return a mapping, not {ns.ob_type.tp_name}");
            }
            if (bases != origBases && Abstract.SetItem(ns, PyUnicode.Intern("__orig_bases__"), origBases) < 0) return null;
            var ts = ThreadState.Current;
            var frame = FrameSetup.PushFrame(ts, body.Code, body, body.Globals, body.Builtins, ns);
            var cell = EvalLoop.Run(ts, frame);
            if (cell == null) return null;
            var allArgs = new StackRef[3 + kwds.Count];
            allArgs[0] = StackRef.FromBorrow(name);
            allArgs[1] = StackRef.FromBorrow(bases);
            allArgs[2] = StackRef.FromBorrow(ns);
            PyTuple? kwn = null;
            if (kwds.Count > 0)
            {
                var names = new PyObject[kwds.Count];
                int pos = 0, j = 0;
                while (kwds.Next(ref pos, out var kk, out var vv))
                {
                    names[j] = Py.NewRef(kk);
                    allArgs[3 + j] = StackRef.FromBorrow(vv);
                    j++;
                }
                kwn = PyTuple.FromStolen(names);
            }
            result = Calls.Call(meta, allArgs, kwn);
            Py.XDECREF(kwn);
            if (result != null && cell is PyCell c && result is PyType && c.Ref != result)
            {
                if (c.Ref == null)
                    Errors.SetString(PyExc.RuntimeError, $"__class__ not set defining '{name.Value}' as {Abstract.ReprString(result)}. Was __classcell__ propagated to type.__new__?");
                else
                    Errors.SetString(PyExc.TypeError, $"__class__ set to {Abstract.ReprString(c.Ref)} defining '{name.Value}' as {Abstract.ReprString(result)}");
                Py.DECREF(result);
                result = null;
            }
            Py.DECREF(cell);
            return result;
        }
        finally
        {
            Py.DECREF(bases);
            Py.DECREF(origBases);
            Py.DECREF(kwds);
            Py.XDECREF(ns);
        }
    }

    /// <summary>update_bases (PEP 560): a base that is not a type is replaced by what its __mro_entries__(bases) returns.</summary>
    static PyTuple? UpdateBases(PyTuple bases)
    {
        System.Collections.Generic.List<PyObject>? updated = null;
        for (int i = 0; i < bases.Count; i++)
        {
            var b = bases.Items[i];
            PyObject? meth = null;
            if (b is not PyType)
            {
                int found = Abstract.LookupAttr(b, PyUnicode.Intern("__mro_entries__"), out meth);
                if (found < 0) goto fail;
            }
            if (meth == null)
            {
                updated?.Add(Py.NewRef(b));
                continue;
            }
            var entries = Calls.CallOneArg(meth, bases);
            Py.DECREF(meth);
            if (entries == null) goto fail;
            if (entries is not PyTuple et)
            {
                Py.DECREF(entries);
                Errors.SetString(PyExc.TypeError, "__mro_entries__ must return a tuple");
                goto fail;
            }
            if (updated == null)
            {
                updated = new System.Collections.Generic.List<PyObject>();
                for (int j = 0; j < i; j++) updated.Add(Py.NewRef(bases.Items[j]));
            }
            foreach (var e in et.Items) updated.Add(Py.NewRef(e));
            Py.DECREF(entries);
        }
        if (updated == null) return Py.NewRef(bases);
        return PyTuple.FromStolen(updated.ToArray());
    fail:
        if (updated != null) foreach (var o in updated) Py.DECREF(o);
        return null;
    }

    /// <summary>_PyType_CalculateMetaclass: the most derived metaclass of the bases.</summary>
    internal static PyType? CalculateMetaclass(PyType meta, PyTuple bases)
    {
        var winner = meta;
        foreach (var b in bases.Items)
        {
            var bt = b.ob_type;
            if (Abstract.IsSubtype(winner, bt)) continue;
            if (Abstract.IsSubtype(bt, winner)) { winner = bt; continue; }
            Errors.SetString(PyExc.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            return null;
        }
        return winner;
    }
}
