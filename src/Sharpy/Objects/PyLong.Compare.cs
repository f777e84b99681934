using Sharpy.Runtime;

namespace Sharpy.Objects;

// int's comparison and hash (long_richcompare, long_hash). An int compared with a float
// gets NotImplemented here; float's tp_richcompare handles the mixed case exactly.
public partial class PyLong
{
    /// <summary>-1, 0 or 1 as a is less than, equal to or greater than b.</summary>
    public static int Compare(PyLong a, PyLong b)
    {
        if (!a.IsBig && !b.IsBig) return a.Value.CompareTo(b.Value);
        return a.ToBigInteger().CompareTo(b.ToBigInteger());
    }

    internal static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    [PySlot("tp_richcompare")]
    public static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        return Py.NewBool(CompareResult(Compare(x, y), op));
    }

    [PySlot("tp_hash")]
    public static long Hash(PyObject a) => PyLongHash.Of((PyLong)a);
}
