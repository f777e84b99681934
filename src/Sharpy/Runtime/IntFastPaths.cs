using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The eval loop's shortcuts for exact ints that fit a long (what CPython's specialized
/// BINARY_OP_ADD_INT, COMPARE_OP_INT... do): no slot dispatch, no NotImplemented round trip.
/// Anything else (overflow, division by zero, big ints, subclasses) takes the general path.
/// </summary>
internal static class IntFastPaths
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AreSmallExactInts(PyObject a, PyObject b, out long x, out long y)
        => AreSmallExactInts(PyLong.Type, a, b, out x, out y);

    /// <summary>The same, with int's type passed in (the eval loop keeps it in a local).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool AreSmallExactInts(PyType longType, PyObject a, PyObject b, out long x, out long y)
    {
        if (a.ob_type == longType && b.ob_type == longType)
        {
            var la = (PyLong)a;
            var lb = (PyLong)b;
            if (!la.IsBig && !lb.IsBig)
            {
                x = la.Value;
                y = lb.Value;
                return true;
            }
        }
        x = y = 0;
        return false;
    }

    /// <summary>The result of a BINARY_OP on two longs, or null to take the general path.</summary>
    public static PyObject? Binary(long x, long y, int nbop)
    {
        long r;
        switch (nbop)
        {
            case NbOp.ADD:
            case NbOp.INPLACE_ADD:
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) return null;
                return PyLong.FromLong(r);
            case NbOp.SUBTRACT:
            case NbOp.INPLACE_SUBTRACT:
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) return null;
                return PyLong.FromLong(r);
            case NbOp.MULTIPLY:
            case NbOp.INPLACE_MULTIPLY:
                {
                    long hi = System.Math.BigMul(x, y, out long lo);
                    if (hi != (lo >> 63)) return null;
                    return PyLong.FromLong(lo);
                }
            case NbOp.REMAINDER:
            case NbOp.INPLACE_REMAINDER:
                if (y == 0 || y == -1) return null;
                r = x % y;
                if (r != 0 && (r ^ y) < 0) r += y;
                return PyLong.FromLong(r);
            case NbOp.FLOOR_DIVIDE:
            case NbOp.INPLACE_FLOOR_DIVIDE:
                {
                    if (y == 0 || y == -1) return null;
                    long q = x / y;
                    if ((x % y != 0) && ((x ^ y) < 0)) q--;
                    return PyLong.FromLong(q);
                }
            case NbOp.AND:
            case NbOp.INPLACE_AND:
                return PyLong.FromLong(x & y);
            case NbOp.OR:
            case NbOp.INPLACE_OR:
                return PyLong.FromLong(x | y);
            case NbOp.XOR:
            case NbOp.INPLACE_XOR:
                return PyLong.FromLong(x ^ y);
            default:
                return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(long x, long y, CompareOp op) => op switch
    {
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };
}
