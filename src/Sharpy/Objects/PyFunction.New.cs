using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None) (funcobject.c func_new).
public sealed partial class PyFunction
{
    static readonly ArgParse.Parser NewParser = new("function", 0, ["code", "globals", "name", "argdefs", "closure", "kwdefaults"], 2, 6, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        if (a[0] is not PyCode code) return ArgParse.BadArgument("function", "argument 'code'", "code", a[0]!);
        if (a[1] is not PyDict globals) return ArgParse.BadArgument("function", "argument 'globals'", "dict", a[1]!);
        PyObject? name = a[2], defaults = a[3], closure = a[4], kwdefaults = a[5];
        if (name != null && name != Py.None && name is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, "arg 3 (name) must be None or string");
        if (defaults != null && defaults != Py.None && defaults is not PyTuple)
            return Errors.SetString(PyExc.TypeError, "arg 4 (defaults) must be None or tuple");
        if (kwdefaults != null && kwdefaults != Py.None && kwdefaults is not PyDict)
            return Errors.SetString(PyExc.TypeError, "arg 6 (kwdefaults) must be None or dict");
        int nvars = code.NamesOfKind(Sharpy.Compiler.CodeObject.CO_FAST_FREE).Length;
        if (closure == Py.None) closure = null;
        if (closure != null && closure is not PyTuple)
            return Errors.SetString(PyExc.TypeError, "arg 5 (closure) must be None or tuple");
        if (nvars > 0 && closure == null)
            return Errors.SetString(PyExc.TypeError, "arg 5 (closure) must be tuple");
        int nclosure = closure is PyTuple ct ? ct.Count : 0;
        if (nvars != nclosure)
            return Errors.SetString(PyExc.ValueError, $"{code.Name.Value} requires closure of length {nvars}, not {nclosure}");
        if (closure is PyTuple cells)
            foreach (var c in cells.Items)
                if (c is not PyCell)
                    return Errors.SetString(PyExc.TypeError, $"arg 5 (closure) expected cell, found {c.ob_type.tp_name}");
        var f = new PyFunction(code, globals);
        if (name is PyUnicode n)
        {
            var old = f.Name;
            f.Name = Py.NewRef(n);
            Py.DECREF(old);
        }
        if (defaults is PyTuple d) f.Defaults = Py.NewRef(d);
        if (closure is PyTuple cl) f.Closure = Py.NewRef(cl);
        if (kwdefaults is PyDict kd) f.KwDefaults = Py.NewRef(kd);
        return f;
    }
}
