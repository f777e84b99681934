using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.getsizeof (Python/sysmodule.c, _PySys_GetSizeOf).
public static partial class SysModule
{
    [PyMethod("getsizeof", Doc = "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes.")]
    static PyObject? GetSizeOf(PyObject @object, PyObject? @default = null)
    {
        long size = GetSizeOf(@object);
        if (size >= 0) return PyLong.FromLong(size);
        if (@default != null && Errors.ExceptionMatches(PyExc.TypeError))
        {
            Errors.Clear();
            return Py.NewRef(@default);
        }
        return null;
    }

    /// <summary>_PySys_GetSizeOf: type(o).__sizeof__(o) plus the GC and managed pre-header; -1 with an error set.</summary>
    public static long GetSizeOf(PyObject o)
    {
        var method = Calls.LookupSpecial(o, PyUnicode.Intern("__sizeof__"));
        if (method == null)
        {
            if (!Errors.Occurred()) Errors.SetString(PyExc.TypeError, $"Type {o.ob_type.tp_name} doesn't define __sizeof__");
            return -1;
        }
        var res = Calls.CallNoArgs(method);
        Py.DECREF(method);
        if (res == null) return -1;
        // PyLong_AsSsize_t: an int, not an __index__ object.
        if (res is not PyLong n)
        {
            Py.DECREF(res);
            Errors.SetString(PyExc.TypeError, "an integer is required");
            return -1;
        }
        bool fits = n.TryGetLong(out long size);
        Py.DECREF(res);
        if (!fits)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        if (size < 0)
        {
            Errors.SetString(PyExc.ValueError, "__sizeof__() should return >= 0");
            return -1;
        }
        // A static type's own object has no pre-header.
        if (o is PyType t && !t.IsHeapType) return size;
        return size + TypeSizes.PreHeaderSize(o.ob_type);
    }
}
