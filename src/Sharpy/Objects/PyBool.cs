using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`bool` (Objects/boolobject.c): True and False, the only instances; not subclassable.</summary>
[PyType("bool", Doc = "bool(object=False, /)\n--\n\nTrue when the argument is true, False otherwise.\n\nTrue and False are the only instances of bool, a subclass of int that\ncannot be subclassed.")]
public sealed partial class PyBool : PyLong
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    PyBool(long v) : base(null!, v) { SetImmortal(); }

    public static PyBool From(bool b) => b ? True : False;

    [PySlot("tp_repr")]
    public static new PyObject? Repr(PyObject a) => PyUnicode.FromString(a == True ? "True" : "False");

    [PySlot("tp_new")]
    public static new PyObject? New(PyType type, PyObject? @object = null)
    {
        if (@object == null) return False;
        int t = Abstract.IsTrue(@object);
        if (t < 0) return null;
        return From(t == 1);
    }

    [PySlot("nb_and")]
    public static new PyObject? And(PyObject a, PyObject b)
    {
        if (a is PyBool x && b is PyBool y) return From(x == True & y == True);
        return PyLong.And(a, b);
    }

    [PySlot("nb_or")]
    public static new PyObject? Or(PyObject a, PyObject b)
    {
        if (a is PyBool x && b is PyBool y) return From(x == True | y == True);
        return PyLong.Or(a, b);
    }

    [PySlot("nb_xor")]
    public static new PyObject? Xor(PyObject a, PyObject b)
    {
        if (a is PyBool x && b is PyBool y) return From(x == True ^ y == True);
        return PyLong.Xor(a, b);
    }

    /// <summary>bool_invert: the int's inversion, with 3.12's DeprecationWarning.</summary>
    [PySlot("nb_invert")]
    public static new PyObject? Invert(PyObject a)
    {
        if (Warnings.WarnEx(PyExc.DeprecationWarning, "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. "
                + "This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. "
                + "Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.", 1) < 0)
            return null;
        return PyLong.Invert(a);
    }
}
