using Sharpy.Runtime;

namespace Sharpy.Objects;

// module.__annotations__ and module.__annotate__ (PEP 649; Objects/moduleobject.c
// module_get_annotations and friends): the annotations are computed from __annotate__ on
// first access and kept in the module's dict once the module has finished executing.
public sealed partial class PyModule
{
    static PyUnicode AnnotationsKey => PyUnicode.Intern("__annotations__");
    static PyUnicode AnnotateKey => PyUnicode.Intern("__annotate__");

    [PyGetter("__annotations__")]
    static PyObject? GetAnnotations(PyModule m)
    {
        var dict = m.Dict;
        if (dict.GetItemString(AnnotationsKey) is { } cached) return Py.NewRef(cached);
        int initializing = Import.IsInitializing(dict.GetItemString("__spec__"));
        if (initializing < 0) return null;
        PyObject? annotations;
        if (dict.GetItemString(AnnotateKey) is { } annotate && annotate.ob_type.tp_call != null)
        {
            var fmt = PyLong.FromLong(1);
            annotations = Calls.CallOneArg(annotate, fmt);
            Py.DECREF(fmt);
            if (annotations == null) return null;
            if (annotations is not PyDict)
            {
                Errors.SetString(PyExc.TypeError, $"__annotate__ returned non-dict of type '{annotations.ob_type.tp_name}'");
                Py.DECREF(annotations);
                return null;
            }
        }
        else annotations = PyDict.New();
        // A module still executing its body may add annotations later: do not cache them yet.
        if (initializing == 0 && dict.SetItem(AnnotationsKey, annotations) < 0)
        {
            Py.DECREF(annotations);
            return null;
        }
        return annotations;
    }

    [PySetter("__annotations__")]
    static int SetAnnotations(PyModule m, PyObject? value)
    {
        var dict = m.Dict;
        if (value != null)
        {
            if (dict.SetItem(AnnotationsKey, value) < 0) return -1;
        }
        else
        {
            var old = dict.Pop(AnnotationsKey, raiseMissing: false);
            if (old == null)
            {
                if (Errors.Occurred()) return -1;
                Errors.SetString(PyExc.AttributeError, "__annotations__");
                return -1;
            }
            Py.DECREF(old);
        }
        var annotate = dict.Pop(AnnotateKey, raiseMissing: false);
        if (annotate == null) return Errors.Occurred() ? -1 : 0;
        Py.DECREF(annotate);
        return 0;
    }

    [PyGetter("__annotate__")]
    static PyObject? GetAnnotate(PyModule m)
    {
        if (m.Dict.GetItemString(AnnotateKey) is { } annotate) return Py.NewRef(annotate);
        if (m.Dict.SetItem(AnnotateKey, Py.None) < 0) return null;
        return Py.None;
    }

    [PySetter("__annotate__")]
    static int SetAnnotate(PyModule m, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "cannot delete __annotate__ attribute");
            return -1;
        }
        if (value != Py.None && value.ob_type.tp_call == null)
        {
            Errors.SetString(PyExc.TypeError, "__annotate__ must be callable or None");
            return -1;
        }
        if (m.Dict.SetItem(AnnotateKey, value) < 0) return -1;
        if (value == Py.None) return 0;
        var old = m.Dict.Pop(AnnotationsKey, raiseMissing: false);
        if (old == null) return Errors.Occurred() ? -1 : 0;
        Py.DECREF(old);
        return 0;
    }
}
