using System;
using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>_Py_subs_parameters (Objects/genericaliasobject.c): `alias[args]` replaces the alias's type parameters.</summary>
static class TypeParamSubstitution
{
    /// <summary>
    /// The new __args__ of <paramref name="self"/> with <paramref name="item"/> put in for its
    /// parameters; null with an exception set. Each parameter's __typing_prepare_subst__ first
    /// adjusts the arguments (defaults, TypeVarTuple and ParamSpec packing), as CPython's does.
    /// </summary>
    public static PyTuple? Substitute(PyObject self, PyTuple args, PyTuple parameters, PyObject item)
    {
        int nparams = parameters.Count;
        if (nparams == 0)
        {
            var repr = Abstract.ReprString(self);
            if (repr != null) Errors.SetString(PyExc.TypeError, $"{repr} is not a generic class");
            return null;
        }
        var prepared = UnpackArgs(item);
        if (prepared == null) return null;
        foreach (var param in parameters.Items)
        {
            int r = Abstract.LookupAttr(param, PyUnicode.Intern("__typing_prepare_subst__"), out var prepare);
            if (r < 0)
            {
                Py.DECREF(prepared);
                return null;
            }
            if (prepare == null || prepare == Py.None)
            {
                Py.XDECREF(prepare);
                continue;
            }
            PyObject? tmp;
            if (prepared is PyTuple) tmp = Calls.CallTwoArgs(prepare, self, prepared);
            else
            {
                var one = PyTuple.Pack(prepared);
                tmp = Calls.CallTwoArgs(prepare, self, one);
                Py.DECREF(one);
            }
            Py.DECREF(prepare);
            Py.DECREF(prepared);
            if (tmp == null) return null;
            prepared = tmp;
        }
        try
        {
            var argitems = prepared is PyTuple t ? t.Items : new[] { prepared };
            if (argitems.Length != nparams)
            {
                var repr = Abstract.ReprString(self);
                if (repr != null)
                    Errors.SetString(PyExc.TypeError,
                        $"Too {(argitems.Length > nparams ? "many" : "few")} arguments for {repr}; actual {argitems.Length}, expected {nparams}");
                return null;
            }
            return SubstituteArgs(self, args, parameters, prepared, argitems);
        }
        finally
        {
            Py.DECREF(prepared);
        }
    }

    static PyTuple? SubstituteArgs(PyObject self, PyTuple args, PyTuple parameters, PyObject item, PyObject[] argitems)
    {
        var newargs = new List<PyObject>(args.Count);
        bool ok = false;
        try
        {
            foreach (var arg in args.Items)
            {
                if (arg is PyType)
                {
                    newargs.Add(Py.NewRef(arg));
                    continue;
                }
                // Lists and tuples of types (Callable's arguments) are substituted recursively.
                if (arg is PyTuple || arg is PyList)
                {
                    var inner = arg is PyTuple at ? Py.NewRef(at) : PyTuple.FromBorrowed(((PyList)arg).Items.AsSpan(0, ((PyList)arg).Count));
                    var sub = Substitute(self, inner, parameters, item);
                    Py.DECREF(inner);
                    if (sub == null) return null;
                    if (arg is PyTuple) newargs.Add(sub);
                    else
                    {
                        newargs.Add(PyList.FromBorrowed(sub.Items));
                        Py.DECREF(sub);
                    }
                    continue;
                }
                int unpack = IsUnpackedTypeVarTuple(arg);
                if (unpack < 0) return null;
                int r = Abstract.LookupAttr(arg, PyUnicode.Intern("__typing_subst__"), out var subst);
                if (r < 0) return null;
                PyObject? res;
                if (subst != null)
                {
                    int iparam = Array.IndexOf(parameters.Items, arg);
                    res = Calls.CallOneArg(subst, argitems[iparam]);
                    Py.DECREF(subst);
                }
                else res = SubstituteTypeVars(arg, parameters, argitems);
                if (res == null) return null;
                if (unpack > 0)
                {
                    if (res is not PyTuple rt)
                    {
                        Errors.SetString(PyExc.TypeError, $"expected __typing_subst__ of {TypeAttrs.FullyQualifiedName(arg.ob_type)} objects to return a tuple, not {TypeAttrs.FullyQualifiedName(res.ob_type)}");
                        Py.DECREF(res);
                        return null;
                    }
                    foreach (var x in rt.Items) newargs.Add(Py.NewRef(x));
                    Py.DECREF(res);
                }
                else newargs.Add(res);
            }
            ok = true;
            return PyTuple.FromStolen(newargs.ToArray());
        }
        finally
        {
            if (!ok)
                foreach (var a in newargs) Py.DECREF(a);
        }
    }

    /// <summary>subs_tvars: an arg with __parameters__ (list[T]) subscripted with the values of those parameters.</summary>
    static PyObject? SubstituteTypeVars(PyObject obj, PyTuple parameters, PyObject[] argitems)
    {
        int r = Abstract.LookupAttr(obj, PyUnicode.Intern("__parameters__"), out var ps);
        if (r < 0) return null;
        if (ps is not PyTuple { Count: > 0 } subparams)
        {
            Py.XDECREF(ps);
            return Py.NewRef(obj);
        }
        var subargs = new List<PyObject>();
        foreach (var p in subparams.Items)
        {
            var arg = p;
            int iparam = Array.IndexOf(parameters.Items, p);
            if (iparam >= 0)
            {
                var param = parameters.Items[iparam];
                arg = argitems[iparam];
                // A TypeVarTuple's value is a tuple of types, spread into the subscript.
                if (param.ob_type.tp_iter != null && arg is PyTuple spread)
                {
                    subargs.AddRange(spread.Items);
                    continue;
                }
            }
            subargs.Add(arg);
        }
        Py.DECREF(ps);
        var key = PyTuple.FromBorrowed(subargs.ToArray());
        var res = Abstract.GetItem(obj, key);
        Py.DECREF(key);
        return res;
    }

    /// <summary>_is_unpacked_typevartuple: `*Ts` / Unpack[Ts].</summary>
    static int IsUnpackedTypeVarTuple(PyObject arg)
    {
        if (arg is PyType) return 0;
        int r = Abstract.LookupAttr(arg, PyUnicode.Intern("__typing_is_unpacked_typevartuple__"), out var tmp);
        if (r <= 0) return r;
        r = Abstract.IsTrue(tmp!);
        Py.DECREF(tmp!);
        return r;
    }

    /// <summary>_unpacked_tuple_args: the args of `*tuple[int, str]` (Unpack[tuple[...]]), or null.</summary>
    static PyObject? UnpackedTupleArgs(PyObject arg)
    {
        if (arg is PyGenericAlias { Starred: true } ga && ga.Origin == PyTuple.Type) return Py.NewRef(ga.Args);
        if (Abstract.LookupAttr(arg, PyUnicode.Intern("__typing_unpacked_tuple_args__"), out var result) > 0)
        {
            if (result != Py.None) return result;
            Py.DECREF(result!);
        }
        return null;
    }

    /// <summary>_unpack_args: the subscript's items with each `*tuple[X, Y]` spread (unless it ends in `...`); a tuple.</summary>
    static PyObject? UnpackArgs(PyObject item)
    {
        var items = item is PyTuple t ? t.Items : new[] { item };
        var newargs = new List<PyObject>();
        foreach (var x in items)
        {
            if (x is not PyType)
            {
                var sub = UnpackedTupleArgs(x);
                if (sub is PyTuple st && !(st.Count > 0 && st.Items[st.Count - 1] == PyEllipsis.Instance))
                {
                    foreach (var y in st.Items) newargs.Add(Py.NewRef(y));
                    Py.DECREF(sub);
                    continue;
                }
                Py.XDECREF(sub);
                if (Errors.Occurred())
                {
                    foreach (var y in newargs) Py.DECREF(y);
                    return null;
                }
            }
            newargs.Add(Py.NewRef(x));
        }
        return PyTuple.FromStolen(newargs.ToArray());
    }
}
