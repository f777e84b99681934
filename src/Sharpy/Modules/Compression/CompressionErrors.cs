using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Compression;

/// <summary>The exception classes of zlib and _lzma.</summary>
internal static class CompressionErrors
{
    /// <summary>PyErr_NewExceptionWithDoc("MODULE.NAME", doc, base): a class made by calling type.</summary>
    public static PyType? NewException(string module, string name, PyType @base, string? doc = null)
    {
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString(module));
        if (doc != null) dict.SetItemStringSteal("__doc__", PyUnicode.FromString(doc));
        return (PyType?)Calls.CallTuple(PyType.Type, PyTuple.FromStolen([PyUnicode.FromString(name), PyTuple.FromBorrowed([@base]), dict]));
    }
}
