using System;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`complex` (Objects/complexobject.c): a pair of doubles.</summary>
[PyType("complex", BaseType = true, Doc = "complex(real=0, imag=0)\n--\n\nA complex number made from a string or from numbers.\n\nA string is parsed as a complex number, a single number converted to one;\nreal and imag give the real and imaginary parts.")]
public partial class PyComplex : PyObject
{
    public readonly Complex Value;

    public PyComplex(PyType type, Complex value) : base(type) { Value = value; }

    public static PyComplex FromComplex(Complex z) => new(Type, z);

    public static PyComplex FromDoubles(double re, double im) => new(Type, new Complex(re, im));

    public double Real => Value.Real;
    public double Imag => Value.Imaginary;

    [PySlot("tp_repr")]
    public static PyObject? Repr(PyObject a) => PyUnicode.FromString(ToRepr(((PyComplex)a).Value));

    /// <summary>complex_repr: "1j", "(1+2j)", "(-0-1j)"; the real part is left out when it is +0.</summary>
    public static string ToRepr(Complex z)
    {
        double re = z.Real, im = z.Imaginary;
        if (re == 0 && !double.IsNegative(re))
            return FloatFormat.DoubleToString(im, 'r', 0, DtsFlags.None) + "j";
        return "(" + FloatFormat.DoubleToString(re, 'r', 0, DtsFlags.None)
            + FloatFormat.DoubleToString(im, 'r', 0, DtsFlags.Sign) + "j)";
    }

    /// <summary>complex_hash: hash(real) + 1000003 * hash(imag), so complex(x, 0) hashes as x.</summary>
    [PySlot("tp_hash")]
    public static long Hash(PyObject a)
    {
        var c = (PyComplex)a;
        ulong hr = (ulong)PyFloat.HashDouble(a, c.Real);
        ulong hi = (ulong)PyFloat.HashDouble(a, c.Imag);
        long combined = (long)unchecked(hr + 1000003UL * hi);
        return combined == -1 ? -2 : combined;
    }

    [PySlot("tp_richcompare")]
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || a is not PyComplex x) return Py.NotImplemented;
        bool equal;
        if (b is PyLong)
        {
            if (x.Imag == 0.0)
            {
                var j = PyFloat.FromDouble(x.Real);
                var r = Abstract.RichCompare(j, b, op);
                Py.DECREF(j);
                return r;
            }
            equal = false;
        }
        else if (b is PyFloat f) equal = x.Real == f.Value && x.Imag == 0.0;
        else if (b is PyComplex y) equal = x.Real == y.Real && x.Imag == y.Imag;
        else return Py.NotImplemented;
        return Py.NewBool(equal == (op == CompareOp.Eq));
    }

    [PySlot("nb_bool")]
    public static int Bool(PyObject a)
    {
        var c = (PyComplex)a;
        return c.Real != 0 || c.Imag != 0 ? 1 : 0;
    }

    [PySlot("nb_negative")]
    public static PyObject? Negative(PyObject a)
    {
        var c = (PyComplex)a;
        return FromDoubles(-c.Real, -c.Imag);
    }

    [PySlot("nb_positive")]
    public static PyObject? Positive(PyObject a)
    {
        var c = (PyComplex)a;
        return c.ob_type == Type ? Py.NewRef(c) : FromDoubles(c.Real, c.Imag);
    }

    [PySlot("nb_absolute")]
    public static PyObject? Absolute(PyObject a)
    {
        var c = (PyComplex)a;
        double re = c.Real, im = c.Imag;
        double result;
        if (!double.IsFinite(re) || !double.IsFinite(im))
        {
            if (double.IsInfinity(re)) result = Math.Abs(re);
            else if (double.IsInfinity(im)) result = Math.Abs(im);
            else result = double.NaN;
            return PyFloat.FromDouble(result);
        }
        result = Hypot(re, im);
        if (!double.IsFinite(result)) return Errors.SetString(PyExc.OverflowError, "absolute value too large");
        return PyFloat.FromDouble(result);
    }

    internal static double Hypot(double x, double y) => double.Hypot(x, y);

    [PyMethod("conjugate")]
    public static PyObject? Conjugate(PyComplex self) => FromDoubles(self.Real, -self.Imag);

    [PyMethod("__complex__")]
    public static PyObject? ComplexMethod(PyComplex self) => self.ob_type == Type ? Py.NewRef(self) : FromDoubles(self.Real, self.Imag);

    [PyMethod("__getnewargs__")]
    public static PyObject? GetNewArgs(PyComplex self) =>
        PyTuple.FromStolen([PyFloat.FromDouble(self.Real), PyFloat.FromDouble(self.Imag)]);

    /// <summary>complex_members: `real` and `imag` are read-only Py_T_DOUBLE members (installed at start-up).</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        d.SetItemString("real", new PyMemberDescr(Type, "real", o => PyFloat.FromDouble(((PyComplex)o).Real), "the real part of a complex number"));
        d.SetItemString("imag", new PyMemberDescr(Type, "imag", o => PyFloat.FromDouble(((PyComplex)o).Imag), "the imaginary part of a complex number"));
    }
}
