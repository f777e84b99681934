using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Compression;

/// <summary>The exception classes of zlib and _lzma.</summary>
internal static class CompressionErrors
{
    /// <summary>PyErr_NewException("MODULE.NAME", base): a class made by calling type.</summary>
    public static PyType? NewException(string module, string name, PyType @base)
    {
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString(module));
        return (PyType?)Calls.CallTuple(PyType.Type, PyTuple.FromStolen([PyUnicode.FromString(name), PyTuple.FromBorrowed([@base]), dict]));
    }
}
