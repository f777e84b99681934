using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class Errors
{
    /// <summary>
    /// PyErr_NewExceptionWithDoc("MODULE.NAME", doc, bases): a new exception class made by
    /// calling type, with __module__ (and __doc__ when given) in its dict; null with an
    /// exception set when type refuses the bases.
    /// </summary>
    public static PyType? NewException(string module, string name, PyObject[] bases, string? doc = null)
    {
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString(module));
        if (doc != null) dict.SetItemStringSteal("__doc__", PyUnicode.FromString(doc));
        var args = PyTuple.FromStolen([PyUnicode.FromString(name), PyTuple.FromBorrowed(bases), dict]);
        var type = Calls.CallTuple(PyType.Type, args);
        Py.DECREF(args);
        return (PyType?)type;
    }

    /// <summary><see cref="NewException(string, string, PyObject[], string?)"/> with one base.</summary>
    public static PyType? NewException(string module, string name, PyType @base, string? doc = null)
        => NewException(module, name, [@base], doc);
}
