using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// Numeric builtins (Python/bltinmodule.c builtin_round, builtin_divmod, builtin_pow, bin/oct/hex).
public static partial class BuiltinsModule
{
    [PyMethod("round")]
    static PyObject? Round([Keyword] PyObject number, [Keyword] PyObject? ndigits = null)
    {
        var meth = Calls.LookupSpecial(number, PyUnicode.Intern("__round__"));
        if (meth == null)
        {
            if (Errors.Occurred()) return null;
            return Errors.SetString(PyExc.TypeError, $"type {number.ob_type.tp_name} doesn't define __round__ method");
        }
        var r = ndigits == null || ndigits == Py.None ? Calls.CallNoArgs(meth) : Calls.CallOneArg(meth, ndigits);
        Py.DECREF(meth);
        return r;
    }

    [PyMethod("divmod")]
    static PyObject? DivMod(PyObject x, PyObject y)
    {
        PyObject a = x, b = y;
        PyObject? r = Py.NotImplemented;
        var slotA = a.ob_type.nb_divmod;
        var slotB = b.ob_type != a.ob_type ? b.ob_type.nb_divmod : null;
        if (slotB == slotA) slotB = null;
        if (slotA != null)
        {
            if (slotB != null && Abstract.IsSubtype(b.ob_type, a.ob_type))
            {
                r = slotB(a, b);
                if (r != Py.NotImplemented) return r;
                slotB = null;
            }
            r = slotA(a, b);
            if (r != Py.NotImplemented) return r;
        }
        if (slotB != null)
        {
            r = slotB(a, b);
            if (r != Py.NotImplemented) return r;
        }
        return Errors.SetString(PyExc.TypeError, $"unsupported operand type(s) for divmod(): '{a.ob_type.tp_name}' and '{b.ob_type.tp_name}'");
    }

    [PyMethod("pow")]
    static PyObject? Pow([Keyword("base")] PyObject @base, [Keyword] PyObject exp, [Keyword] PyObject? mod = null)
    {
        return Abstract.Power(@base, exp, mod ?? Py.None);
    }

    static PyObject? ToBase(PyObject number, int numberBase)
    {
        var i = Abstract.Index(number);
        if (i == null) return null;
        var r = PyLong.ToBase(i, numberBase);
        Py.DECREF(i);
        return r;
    }

    [PyMethod("bin", Doc = "Return the base-2 form of an integer, prefixed with '0b'.\n\n>>> bin(10)\n'0b1010'\n>>> bin(-5)\n'-0b101'")]
    static PyObject? Bin(PyObject number) => ToBase(number, 2);

    [PyMethod("oct", Doc = "Return the base-8 form of an integer, prefixed with '0o'.\n\n>>> oct(8)\n'0o10'\n>>> oct(-56)\n'-0o70'")]
    static PyObject? Oct(PyObject number) => ToBase(number, 8);

    [PyMethod("hex", Doc = "Return the base-16 form of an integer, prefixed with '0x'.\n\n>>> hex(255)\n'0xff'\n>>> hex(-42)\n'-0x2a'")]
    static PyObject? Hex(PyObject number) => ToBase(number, 16);
}
