using Sharpy.Runtime;

namespace Sharpy.Objects;

// The __dir__ methods of object and type (Objects/typeobject.c object___dir___impl,
// type___dir___impl, merge_class_dict) that builtin dir() calls.
public partial class PyBaseObject
{
    /// <summary>object.__dir__: the keys of the instance's __dict__ and of its class's and bases' dicts.</summary>
    [PyMethod("__dir__", Doc = "Default dir() implementation.")]
    static PyObject? DirMethod(PyObject self)
    {
        if (Abstract.LookupAttr(self, PyUnicode.Intern("__dict__"), out var d) < 0) return null;
        PyDict dict;
        if (d is PyDict dd) dict = dd.Copy();
        else dict = PyDict.New();
        Py.XDECREF(d);
        if (Abstract.LookupAttr(self, PyUnicode.Intern("__class__"), out var cls) < 0)
        {
            Py.DECREF(dict);
            return null;
        }
        if (cls != null)
        {
            int r = MergeClassDict(dict, cls);
            Py.DECREF(cls);
            if (r < 0)
            {
                Py.DECREF(dict);
                return null;
            }
        }
        return KeysList(dict);
    }

    /// <summary>A new list of a dict's keys; the dict's reference is consumed.</summary>
    internal static PyObject KeysList(PyDict dict)
    {
        var list = PyList.New();
        int pos = 0;
        while (dict.Next(ref pos, out var k, out _)) list.Append(k);
        Py.DECREF(dict);
        return list;
    }

    /// <summary>merge_class_dict: the keys of cls.__dict__, then of each of cls.__bases__ recursively.</summary>
    internal static int MergeClassDict(PyDict dict, PyObject cls)
    {
        if (Abstract.LookupAttr(cls, PyUnicode.Intern("__dict__"), out var classDict) < 0) return -1;
        if (classDict != null)
        {
            int r = dict.Merge(classDict, overrideExisting: true);
            Py.DECREF(classDict);
            if (r < 0) return -1;
        }
        if (Abstract.LookupAttr(cls, PyUnicode.Intern("__bases__"), out var bases) < 0) return -1;
        if (bases == null) return 0;
        try
        {
            long n = Abstract.Length(bases);
            if (n < 0) return -1;
            for (long i = 0; i < n; i++)
            {
                var idx = PyLong.FromLong(i);
                var b = Abstract.GetItem(bases, idx);
                Py.DECREF(idx);
                if (b == null) return -1;
                int r = MergeClassDict(dict, b);
                Py.DECREF(b);
                if (r < 0) return -1;
            }
            return 0;
        }
        finally
        {
            Py.DECREF(bases);
        }
    }
}

public sealed partial class PyType
{
    /// <summary>type.__dir__: the keys of the class's dict and its bases' (not the metaclass's).</summary>
    [PyMethod("__dir__", Doc = "Specialized __dir__ implementation for types.")]
    static PyObject? DirMethod(PyType self)
    {
        var dict = PyDict.New();
        if (PyBaseObject.MergeClassDict(dict, self) < 0)
        {
            Py.DECREF(dict);
            return null;
        }
        return PyBaseObject.KeysList(dict);
    }
}

public sealed partial class PyModule
{
    /// <summary>module.__dir__: the module's own __dir__ function if its dict has one, else the dict's keys.</summary>
    [PyMethod("__dir__", Doc = "Specialized __dir__ implementation for modules.")]
    static PyObject? DirMethod(PyModule self)
    {
        var d = Abstract.GetAttr(self, PyUnicode.Intern("__dict__"));
        if (d == null) return null;
        try
        {
            if (d is not PyDict dict) return Errors.SetString(PyExc.TypeError, "<module>.__dict__ is not a dictionary");
            var dirfunc = dict.GetItemWithError(PyUnicode.Intern("__dir__"));
            if (dirfunc != null) return Calls.CallNoArgs(dirfunc);
            if (Errors.Occurred()) return null;
            return PyBaseObject.KeysList(Py.NewRef(dict));
        }
        finally
        {
            Py.DECREF(d);
        }
    }
}
