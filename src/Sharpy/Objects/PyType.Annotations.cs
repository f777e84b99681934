using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// type.__annotate__ and type.__annotations__ (Objects/typeobject.c type_get_annotate and
/// friends, PEP 649/749): a class keeps its compiled annotate function as `__annotate_func__`
/// and the dict it produced as `__annotations_cache__`; builtin types have neither.
/// </summary>
public partial class PyType
{
    [PyGetter("__annotate__")]
    static PyObject? GetAnnotate(PyType type)
    {
        if (!type.IsHeapType)
            return Errors.SetString(PyExc.AttributeError, $"type object '{type.tp_name}' has no attribute '__annotate__'");
        var dict = type.tp_dict;
        var annotate = dict.GetItemString("__annotate__") ?? dict.GetItemString("__annotate_func__");
        if (annotate == null)
        {
            if (dict.SetItemString("__annotate_func__", Py.None) < 0) return null;
            return Py.None;
        }
        if (annotate.ob_type.tp_descr_get is { } get) return get(annotate, null, type);
        return Py.NewRef(annotate);
    }

    [PySetter("__annotate__")]
    static int SetAnnotate(PyType type, PyObject? value)
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
        if (type.tp_dict.SetItemString("__annotate_func__", value) < 0) return -1;
        if (value != Py.None) return PopKey(type.tp_dict, "__annotations_cache__") < 0 ? -1 : 0;
        return 0;
    }

    [PyGetter("__annotations__")]
    static PyObject? GetAnnotations(PyType type)
    {
        if (!type.IsHeapType)
            return Errors.SetString(PyExc.AttributeError, $"type object '{type.tp_name}' has no attribute '__annotations__'");
        var dict = type.tp_dict;
        // __annotations__ itself first (a class compiled with `from __future__ import annotations`).
        var annotations = dict.GetItemString("__annotations__") ?? dict.GetItemString("__annotations_cache__");
        if (annotations != null)
        {
            if (annotations.ob_type.tp_descr_get is { } get) return get(annotations, null, type);
            return Py.NewRef(annotations);
        }
        var annotate = GetAnnotate(type);
        if (annotate == null) return null;
        PyObject? result;
        if (annotate.ob_type.tp_call != null)
        {
            var one = PyLong.FromLong(1);
            result = Calls.CallOneArg(annotate, one);
            Py.DECREF(one);
            if (result != null && result is not PyDict)
            {
                Errors.SetString(PyExc.TypeError, $"__annotate__ returned non-dict of type '{result.ob_type.tp_name}'");
                Py.DECREF(result);
                result = null;
            }
        }
        else result = PyDict.New();
        Py.DECREF(annotate);
        if (result != null && dict.SetItemString("__annotations_cache__", result) < 0) Py.CLEAR(ref result);
        return result;
    }

    [PySetter("__annotations__")]
    static int SetAnnotations(PyType type, PyObject? value)
    {
        var dict = type.tp_dict;
        // A class compiled with `from __future__ import annotations` keeps them as __annotations__ itself.
        var keyObj = PyUnicode.FromString("__annotations__");
        int hasOwn = dict.Contains(keyObj);
        Py.DECREF(keyObj);
        if (hasOwn < 0) return -1;
        string key = hasOwn == 1 ? "__annotations__" : "__annotations_cache__";
        if (value != null)
        {
            if (dict.SetItemString(key, value) < 0) return -1;
        }
        else
        {
            int removed = PopKey(dict, key);
            if (removed < 0) return -1;
            if (removed == 0)
            {
                Errors.SetString(PyExc.AttributeError, "__annotations__");
                return -1;
            }
        }
        if (PopKey(dict, "__annotate_func__") < 0 || PopKey(dict, "__annotate__") < 0) return -1;
        return 0;
    }

    /// <summary>PyDict_Pop without the value: 1 removed, 0 absent, -1 on error.</summary>
    static int PopKey(PyDict dict, string key)
    {
        var k = PyUnicode.FromString(key);
        var v = dict.Pop(k, raiseMissing: false);
        Py.DECREF(k);
        if (v == null) return Errors.Occurred() ? -1 : 0;
        Py.DECREF(v);
        return 1;
    }
}
