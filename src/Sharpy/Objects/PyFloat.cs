using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`float` (Objects/floatobject.c): an IEEE 754 double.</summary>
[PyType("float", BaseType = true, Doc = "float(x=0, /)\n--\n\nA floating-point number made from a string or a number, when it can be.")]
public partial class PyFloat : PyObject
{
    /// <summary>The value; set again only when <see cref="FromDouble"/> reuses a dead float.</summary>
    public double Value { get; private set; }

    public PyFloat(PyType type, double value) : base(type) { Value = value; }

    /// <summary>
    /// float's free list (CPython's _Py_FREELIST of floats, 100 entries): exact floats whose count
    /// reached zero, reused by FromDouble. Float arithmetic makes a float per operation and most
    /// die at once; reusing them keeps the .NET collector from allocating, promoting and
    /// card-marking a new one each time. (One list for the process: the GIL guards it.)
    /// </summary>
    const int MaxFree = 100;
    static readonly PyFloat[] s_free = new PyFloat[MaxFree];
    static int s_freeCount;

    public static PyFloat FromDouble(double v)
    {
        int n = s_freeCount;
        if (n == 0) return new(Type, v);
        var f = s_free[--n];
        s_freeCount = n;
#if Py_DEBUG
        RefDebug.NewObject();
#endif
        f.ob_refcnt = 1;
        f.Value = v;
        return f;
    }

    /// <summary>float_dealloc of an exact float: onto the free list while it has room.</summary>
    internal static void Free(PyFloat f)
    {
        int n = s_freeCount;
        if (n < MaxFree)
        {
            s_free[n] = f;
            s_freeCount = n + 1;
        }
    }

    /// <summary>CPython's NaN (Py_NAN): a quiet NaN with the sign bit clear; .NET's double.NaN has it set.</summary>
    public static readonly double NaN = System.BitConverter.Int64BitsToDouble(0x7ff8000000000000);

    /// <summary>
    /// CONVERT_TO_DOUBLE: a float's value, or an int's (which may raise OverflowError).
    /// 1 converted, 0 not a float or int (the slot returns NotImplemented), -1 error.
    /// </summary>
    internal static int ConvertOperand(PyObject o, out double d)
    {
        if (o is PyFloat f)
        {
            d = f.Value;
            return 1;
        }
        if (o is PyLong l) return PyLong.AsDouble(l, out d) ? 1 : -1;
        d = 0;
        return 0;
    }

    /// <summary>Both operands as doubles; false with <paramref name="ret"/> NotImplemented or null (error).</summary>
    internal static bool Operands(PyObject a, PyObject b, out double x, out double y, out PyObject? ret)
    {
        y = 0;
        ret = null;
        int ca = ConvertOperand(a, out x);
        if (ca <= 0)
        {
            if (ca == 0) ret = Py.NotImplemented;
            return false;
        }
        int cb = ConvertOperand(b, out y);
        if (cb <= 0)
        {
            if (cb == 0) ret = Py.NotImplemented;
            return false;
        }
        return true;
    }

    /// <summary>PyFloat_AsDouble: a float's value, or __float__ / __index__ of another object; -1 with an exception set on error.</summary>
    public static double AsDouble(PyObject o)
    {
        if (o is PyFloat f) return f.Value;
        var r = FromObjectNumber(o);
        if (r == null) return -1;
        double d = ((PyFloat)r).Value;
        Py.DECREF(r);
        return d;
    }

    /// <summary>
    /// The numeric part of PyNumber_Float: __float__ (which must return a float), else __index__;
    /// TypeError "must be real number" otherwise.
    /// </summary>
    internal static PyObject? FromObjectNumber(PyObject o)
    {
        if (o.ob_type == Type) return Py.NewRef(o);
        var t = o.ob_type;
        if (t.nb_float != null)
        {
            var r = t.nb_float(o);
            if (r == null || r.ob_type == Type) return r;
            if (r is not PyFloat rf)
            {
                Errors.SetString(PyExc.TypeError, $"{t.tp_name}.__float__ returned non-float (type {r.ob_type.tp_name})");
                Py.DECREF(r);
                return null;
            }
            if (Warnings.WarnEx(PyExc.DeprecationWarning, $"{t.tp_name}.__float__ returned non-float (type {r.ob_type.tp_name}).  "
                + "The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1) < 0)
            {
                Py.DECREF(r);
                return null;
            }
            var exact = FromDouble(rf.Value);
            Py.DECREF(r);
            return exact;
        }
        if (t.nb_index != null)
        {
            var i = Abstract.Index(o);
            if (i == null) return null;
            bool ok = PyLong.AsDouble(i, out double d);
            Py.DECREF(i);
            return ok ? FromDouble(d) : null;
        }
        return Errors.SetString(PyExc.TypeError, $"must be real number, not {t.tp_name}");
    }
}
