using System.Numerics;
using Sharpy.Compiler;
using Sharpy.Parser.Ast;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>Turns the compiler's constants (the AST constant convention) into Python objects.</summary>
public static class Constants
{
    public static PyObject ToPython(object? c, string filename) => c switch
    {
        null => PyNone.None,
        bool b => b ? PyBool.True : PyBool.False,
        long l => Immortal(PyLong.FromLong(l)),
        int i => Immortal(PyLong.FromLong(i)),
        BigInteger bi => Immortal(PyLong.FromBigInteger(bi)),
        double d => Immortal(PyFloat.FromDouble(d)),
        Complex z => Immortal(PyComplex.FromComplex(z)),
        string s => PyUnicode.Intern(s),
        byte[] bytes => Immortal(PyBytes.FromBytes(bytes)),
        EllipsisValue => PyEllipsis.Instance,
        object?[] items => Immortal(TupleOf(items, filename)),
        CodeObject code => Immortal(new PyCode(code)),
        FrozenSetConstant fs => Immortal(PyFrozenSet.FromItems(TupleOf(fs.Items, filename))),
        SliceConstant sl => Immortal(SliceOf(sl, filename)),
        _ => throw new System.InvalidOperationException("unknown constant " + c.GetType()),
    };

    static PySlice SliceOf(SliceConstant sl, string filename)
        => PySlice.New(ToPython(sl.Start, filename), ToPython(sl.Stop, filename), ToPython(sl.Step, filename));

    static PyTuple TupleOf(object?[] items, string filename)
    {
        var a = new PyObject[items.Length];
        for (int i = 0; i < a.Length; i++) a[i] = ToPython(items[i], filename);
        return PyTuple.FromStolen(a);
    }

    /// <summary>Constants live as long as their code object; CPython 3.14 makes them immortal in practice.</summary>
    static T Immortal<T>(T o) where T : PyObject
    {
        o.SetImmortal();
        return o;
    }
}
