using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>_Py_subs_parameters (Objects/genericaliasobject.c): `alias[args]` replaces the alias's type parameters.</summary>
static class TypeParamSubstitution
{
    /// <summary>The new __args__ of <paramref name="self"/> with <paramref name="item"/> put in for its parameters; null with an exception set.</summary>
    public static PyTuple? Substitute(PyObject self, PyTuple args, PyTuple parameters, PyObject item)
    {
        var values = item is PyTuple t ? t.Items : new[] { item };
        if (values.Length != parameters.Count)
        {
            var repr = Abstract.ReprString(self);
            if (repr == null) return null;
            Errors.SetString(PyExc.TypeError,
                $"Too {(values.Length > parameters.Count ? "many" : "few")} arguments for {repr}; actual {values.Length}, expected {parameters.Count}");
            return null;
        }
        var result = new PyObject[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            var r = SubstituteOne(args.Items[i], parameters, values);
            if (r == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(result[j]);
                return null;
            }
            result[i] = r;
        }
        return PyTuple.FromStolen(result);
    }

    static PyObject? SubstituteOne(PyObject arg, PyTuple parameters, PyObject[] values)
    {
        if (arg is PyType) return Py.NewRef(arg);
        int r = Abstract.LookupAttr(arg, PyUnicode.Intern("__typing_subst__"), out var subst);
        if (r < 0) return null;
        if (r > 0)
        {
            int idx = Array.IndexOf(parameters.Items, arg);
            var res = idx < 0 ? Py.NewRef(arg) : Calls.CallOneArg(subst!, values[idx]);
            Py.DECREF(subst!);
            return res;
        }
        r = Abstract.LookupAttr(arg, PyUnicode.Intern("__parameters__"), out var ps);
        if (r < 0) return null;
        if (ps is not PyTuple pt || pt.Count == 0)
        {
            Py.XDECREF(ps);
            return Py.NewRef(arg);
        }
        var sub = new PyObject[pt.Count];
        for (int i = 0; i < sub.Length; i++)
        {
            int idx = Array.IndexOf(parameters.Items, pt.Items[i]);
            sub[i] = Py.NewRef(idx < 0 ? pt.Items[i] : values[idx]);
        }
        Py.DECREF(ps);
        var key = sub.Length == 1 ? sub[0] : PyTuple.FromStolen(sub);
        var result = Abstract.GetItem(arg, key);
        Py.DECREF(key);
        return result;
    }
}
