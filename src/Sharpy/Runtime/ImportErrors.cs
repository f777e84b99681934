using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>Raising ImportError and ModuleNotFoundError with their name/path/name_from fields (PyErr_SetImportError).</summary>
public static class ImportErrors
{
    /// <summary>Raise <paramref name="type"/>(msg) with the given fields set (null fields stay None); returns null.</summary>
    public static PyObject? Raise(PyType type, string message, string? name, string? path = null, PyObject? nameFrom = null)
    {
        var msg = PyUnicode.FromString(message);
        Errors.SetObject(type, msg);
        Py.DECREF(msg);
        if (Errors.OccurredException() is not PyImportError exc || !Abstract.IsSubtype(exc.ob_type, type)) return null;
        if (name != null) Py.SETREF(ref exc.Name, PyUnicode.FromString(name));
        if (path != null) Py.SETREF(ref exc.Path, PyUnicode.FromString(path));
        if (nameFrom != null) Py.SETREF(ref exc.NameFrom, Py.NewRef(nameFrom));
        return null;
    }

    public static PyObject? ModuleNotFound(string message, string name) => Raise(PyExc.ModuleNotFoundError, message, name);

    /// <summary>The `name` field of the exception being raised, if it is a str.</summary>
    public static string? RaisedName()
    {
        var exc = Errors.OccurredException();
        return (exc as PyImportError)?.Name is PyUnicode u ? u.Value : null;
    }

    /// <summary>repr() of a str, as the import messages use it (!r).</summary>
    public static string Quote(string s)
    {
        var u = PyUnicode.FromString(s);
        var r = Abstract.ReprString(u);
        Py.DECREF(u);
        if (r != null) return r;
        Errors.Clear();
        return "'" + s + "'";
    }
}
