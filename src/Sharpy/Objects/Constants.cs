using System.Numerics;
using Sharpy.Compiler;
using Sharpy.Parser.Ast;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Turns the compiler's constants (the AST constant convention) into Python objects: new
/// references, owned by the code object's co_consts (released with it, as in CPython; only
/// interned strings, small ints and the singletons are immortal).
/// </summary>
public static class Constants
{
    public static PyObject ToPython(object? c, string filename) => c switch
    {
        null => PyNone.None,
        bool b => b ? PyBool.True : PyBool.False,
        long l => PyLong.FromLong(l),
        int i => PyLong.FromLong(i),
        BigInteger bi => PyLong.FromBigInteger(bi),
        double d => PyFloat.FromDouble(d),
        Complex z => PyComplex.FromComplex(z),
        string s => PyUnicode.Intern(s),
        byte[] bytes => PyBytes.FromBytes(bytes),
        EllipsisValue => PyEllipsis.Instance,
        object?[] items => TupleOf(items, filename),
        CodeObject code => new PyCode(code),
        FrozenSetConstant fs => PyFrozenSet.FromItems(TupleOf(fs.Items, filename)),
        SliceConstant sl => SliceOf(sl, filename),
        _ => throw new System.InvalidOperationException("unknown constant " + c.GetType()),
    };

    static PySlice SliceOf(SliceConstant sl, string filename)
    {
        PyObject start = ToPython(sl.Start, filename), stop = ToPython(sl.Stop, filename), step = ToPython(sl.Step, filename);
        var slice = PySlice.New(start, stop, step);
        Py.DECREF(start);
        Py.DECREF(stop);
        Py.DECREF(step);
        return slice;
    }

    static PyTuple TupleOf(object?[] items, string filename)
    {
        var a = new PyObject[items.Length];
        for (int i = 0; i < a.Length; i++) a[i] = ToPython(items[i], filename);
        return PyTuple.FromStolen(a);
    }
}
