using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class Abstract
{
    /// <summary>PyObject_Format: format(obj, spec) through type(obj).__format__.</summary>
    public static PyObject? Format(PyObject obj, PyObject? spec)
    {
        spec ??= PyUnicode.Empty;
        if (spec is PyUnicode s && s.Value.Length == 0)
        {
            if (obj.ob_type == PyUnicode.Type) return Py.NewRef(obj);
            if (obj.ob_type == PyLong.Type) return Str(obj);
        }
        var meth = Calls.LookupSpecial(obj, PyUnicode.Intern("__format__"));
        if (meth == null)
        {
            if (!Errors.Occurred())
                Errors.SetString(PyExc.TypeError, $"Type {obj.ob_type.tp_name} doesn't define __format__");
            return null;
        }
        var r = Calls.CallOneArg(meth, spec);
        Py.DECREF(meth);
        if (r != null && r is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"__format__ must return a str, not {r.ob_type.tp_name}");
            Py.DECREF(r);
            return null;
        }
        return r;
    }
}
