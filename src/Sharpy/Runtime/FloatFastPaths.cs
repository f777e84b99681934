using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The eval loop's BINARY_OP shortcut for exact floats (what CPython's specialized
/// BINARY_OP_ADD_FLOAT, BINARY_OP_MULTIPLY_FLOAT... do): the double arithmetic without the slot
/// dispatch (COMPARE_OP's calls <see cref="PyFloat.CompareValues"/> directly). An exact int operand whose value converts to a double exactly is taken as that
/// double, which is what float's slots do with it. Anything else (division by zero,
/// subclasses, big ints, other operators) takes the general path.
/// </summary>
internal static class FloatFastPaths
{
    /// <summary>Ints of at most 53 bits convert to a double exactly.</summary>
    const long ExactIntLimit = 1L << 53;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool AsDouble(PyType floatType, PyObject o, out double d)
    {
        if (o.ob_type == floatType)
        {
            d = Unsafe.As<PyFloat>(o).Value;
            return true;
        }
        if (o.ob_type == PyLong.Type)
        {
            var l = Unsafe.As<PyLong>(o);
            if (!l.IsBig && l.Value <= ExactIntLimit && l.Value >= -ExactIntLimit)
            {
                d = l.Value;
                return true;
            }
        }
        d = 0;
        return false;
    }

    /// <summary>
    /// The result of a BINARY_OP whose operands are an exact float and an exact float or
    /// small int (in either order), or null to take the general path.
    /// </summary>
    public static PyObject? Binary(PyType floatType, PyObject a, PyObject b, int nbop)
    {
        if (a.ob_type != floatType && b.ob_type != floatType) return null;
        if (!AsDouble(floatType, a, out double x) || !AsDouble(floatType, b, out double y)) return null;
        switch (nbop)
        {
            case NbOp.ADD:
            case NbOp.INPLACE_ADD:
                return PyFloat.FromDouble(x + y);
            case NbOp.SUBTRACT:
            case NbOp.INPLACE_SUBTRACT:
                return PyFloat.FromDouble(x - y);
            case NbOp.MULTIPLY:
            case NbOp.INPLACE_MULTIPLY:
                return PyFloat.FromDouble(x * y);
            case NbOp.TRUE_DIVIDE:
            case NbOp.INPLACE_TRUE_DIVIDE:
                if (y == 0) return null; // ZeroDivisionError, from the slot
                return PyFloat.FromDouble(x / y);
            case NbOp.POWER:
            case NbOp.INPLACE_POWER:
                // float_pow's special cases (int's slot returns NotImplemented for a float); a
                // complex result or an error is the slot's to make.
                return PyFloat.PowValue(x, y, out double r) == PyFloat.PowResult.Ok ? PyFloat.FromDouble(r) : null;
            default:
                return null;
        }
    }
}
