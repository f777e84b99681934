using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// Numeric builtins (Python/bltinmodule.c builtin_round, builtin_divmod, builtin_pow, bin/oct/hex).
public static partial class BuiltinsModule
{
    [PyMethod("round")]
    static PyObject? Round(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        PyObject? number = n > 0 ? args[0].AsBorrowed : null, ndigits = n > 1 ? args[1].AsBorrowed : null;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            if (key == "number" && number == null) number = args[n + k].AsBorrowed;
            else if (key == "ndigits" && ndigits == null) ndigits = args[n + k].AsBorrowed;
            else return Errors.SetString(PyExc.TypeError, $"round() got an unexpected keyword argument '{key}'");
        }
        if (n > 2) return Errors.SetString(PyExc.TypeError, $"round() takes at most 2 arguments ({n} given)");
        if (number == null) return Errors.SetString(PyExc.TypeError, "round() missing required argument 'number' (pos 1)");
        var meth = Calls.LookupSpecial(number, PyUnicode.Intern("__round__"));
        if (meth == null)
        {
            if (Errors.Occurred()) return null;
            return Errors.SetString(PyExc.TypeError, $"type {number.ob_type.tp_name} doesn't define __round__ method");
        }
        var r = ndigits == null || ndigits == PyNone.None ? Calls.CallNoArgs(meth) : Calls.CallOneArg(meth, ndigits);
        Py.DECREF(meth);
        return r;
    }

    [PyMethod("divmod")]
    static PyObject? DivMod(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("divmod", kwnames)) return null;
        if (args.Length != 2) return Errors.SetString(PyExc.TypeError, $"divmod expected 2 arguments, got {args.Length}");
        var a = args[0].AsBorrowed;
        var b = args[1].AsBorrowed;
        PyObject? r = PyNotImplemented.Instance;
        var slotA = a.ob_type.nb_divmod;
        var slotB = b.ob_type != a.ob_type ? b.ob_type.nb_divmod : null;
        if (slotB == slotA) slotB = null;
        if (slotA != null)
        {
            if (slotB != null && Abstract.IsSubtype(b.ob_type, a.ob_type))
            {
                r = slotB(a, b);
                if (r != PyNotImplemented.Instance) return r;
                slotB = null;
            }
            r = slotA(a, b);
            if (r != PyNotImplemented.Instance) return r;
        }
        if (slotB != null)
        {
            r = slotB(a, b);
            if (r != PyNotImplemented.Instance) return r;
        }
        return Errors.SetString(PyExc.TypeError, $"unsupported operand type(s) for divmod(): '{a.ob_type.tp_name}' and '{b.ob_type.tp_name}'");
    }

    [PyMethod("pow")]
    static PyObject? Pow(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        var vals = new PyObject?[3];
        for (int i = 0; i < n && i < 3; i++) vals[i] = args[i].AsBorrowed;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = key switch { "base" => 0, "exp" => 1, "mod" => 2, _ => -1 };
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"pow() got an unexpected keyword argument '{key}'");
            vals[idx] = args[n + k].AsBorrowed;
        }
        if (n > 3) return Errors.SetString(PyExc.TypeError, $"pow() takes at most 3 arguments ({n} given)");
        if (vals[0] == null) return Errors.SetString(PyExc.TypeError, "pow() missing required argument 'base' (pos 1)");
        if (vals[1] == null) return Errors.SetString(PyExc.TypeError, "pow() missing required argument 'exp' (pos 2)");
        return Abstract.Power(vals[0]!, vals[1]!, vals[2] ?? PyNone.None);
    }

    static PyObject? ToBase(string name, ReadOnlySpan<StackRef> args, PyTuple? kwnames, int numberBase)
    {
        if (!ExactlyOne(name, args, kwnames)) return null;
        var i = Abstract.Index(args[0].AsBorrowed);
        if (i == null) return null;
        var r = PyLong.ToBase(i, numberBase);
        Py.DECREF(i);
        return r;
    }

    [PyMethod("bin")]
    static PyObject? Bin(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ToBase("bin", args, kwnames, 2);

    [PyMethod("oct")]
    static PyObject? Oct(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ToBase("oct", args, kwnames, 8);

    [PyMethod("hex")]
    static PyObject? Hex(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ToBase("hex", args, kwnames, 16);
}
