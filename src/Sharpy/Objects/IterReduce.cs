using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// What the builtin iterators' __reduce__/__setstate__ share (listobject.c, tupleobject.c,
/// dictobject.c, setobject.c): the builtin they reduce to, looked up at call time as
/// _PyEval_GetBuiltin does, and the tuples they return.
/// </summary>
static class IterReduce
{
    /// <summary>_PyEval_GetBuiltin: a new reference to builtins.NAME, or AttributeError.</summary>
    internal static PyObject? GetBuiltin(string name)
    {
        var key = PyUnicode.FromString(name);
        var o = Abstract.MappingGetOptionalItem(Interpreter.CurrentBuiltins(), key);
        if (o == null && !Errors.Occurred()) Errors.SetObject(PyExc.AttributeError, key);
        Py.DECREF(key);
        return o;
    }

    /// <summary>
    /// (builtin, (seq,), index): an index-based iterator still running. Steals <paramref name="builtin"/>,
    /// which the caller looks up (GetBuiltin) before reading its iterator's state: the lookup can run
    /// Python code (a builtins key's __eq__) that exhausts the iterator (gh-101765).
    /// </summary>
    internal static PyObject WithIndex(PyObject builtin, PyObject seq, long index) =>
        PyTuple.FromStolen([builtin, PyTuple.Pack(seq), PyLong.FromLong(index)]);

    /// <summary>(builtin, (empty,)): an exhausted iterator pickles as one over nothing. Steals both.</summary>
    internal static PyObject Exhausted(PyObject builtin, PyObject empty) =>
        PyTuple.FromStolen([builtin, PyTuple.FromStolen([empty])]);

    /// <summary>
    /// (iter, (list(copy),)): dict and set iterators pickle the items still to come, read from
    /// a copy of the iterator so the original is not advanced. Steals <paramref name="copy"/>.
    /// </summary>
    internal static PyObject? Remaining(PyObject copy)
    {
        var f = GetBuiltin("iter");
        if (f == null) { Py.DECREF(copy); return null; }
        var list = PyList.New();
        int rc = list.Extend(copy);
        Py.DECREF(copy);
        if (rc < 0) { Py.DECREF(list); Py.DECREF(f); return null; }
        return PyTuple.FromStolen([f, PyTuple.FromStolen([list])]);
    }

    /// <summary>The index a __setstate__ receives (PyLong_AsSsize_t: an int, no __index__); false with an error set.</summary>
    internal static bool StateIndex(PyObject state, out long index)
    {
        index = -1;
        if (state is not PyLong)
        {
            Errors.SetString(PyExc.TypeError, "an integer is required");
            return false;
        }
        index = Abstract.AsSsize(state, PyExc.OverflowError);
        return !(index == -1 && Errors.Occurred());
    }
}
