using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// Function attributes (Objects/funcobject.c func_getsetlist, func_memberlist).
public sealed partial class PyFunction
{
    [PyGetter("__name__")] static PyObject? GetName(PyFunction f) => Py.NewRef(f.Name);

    [PySetter("__name__")]
    static int SetName(PyFunction f, PyObject? value)
    {
        if (value is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, "__name__ must be set to a string object");
            return -1;
        }
        var old = f.Name;
        f.Name = Py.NewRef(value);
        Py.DECREF(old);
        return 0;
    }

    [PyGetter("__qualname__")] static PyObject? GetQualName(PyFunction f) => Py.NewRef(f.QualName);

    [PySetter("__qualname__")]
    static int SetQualName(PyFunction f, PyObject? value)
    {
        if (value is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, "__qualname__ must be set to a string object");
            return -1;
        }
        var old = f.QualName;
        f.QualName = Py.NewRef(value);
        Py.DECREF(old);
        return 0;
    }

    [PyGetter("__doc__")] static PyObject? GetDoc(PyFunction f) => Py.NewRef(f.Doc ?? Py.None);

    [PySetter("__doc__")]
    static int SetDoc(PyFunction f, PyObject? value)
    {
        Py.SETREF(ref f.Doc, Py.NewRef(value ?? Py.None));
        return 0;
    }

    [PyGetter("__type_params__")] static PyObject? GetTypeParams(PyFunction f) => Py.NewRef(f.TypeParams ?? PyTuple.Empty);

    [PySetter("__type_params__")]
    static int SetTypeParams(PyFunction f, PyObject? value)
    {
        if (value is not PyTuple)
        {
            Errors.SetString(PyExc.TypeError, "__type_params__ must be set to a tuple");
            return -1;
        }
        Py.SETREF(ref f.TypeParams, Py.NewRef(value));
        return 0;
    }

    [PyGetter("__module__")] static PyObject? GetModule(PyFunction f) => Py.NewRef(f.Module ?? Py.None);

    [PySetter("__module__")]
    static int SetModule(PyFunction f, PyObject? value)
    {
        Py.SETREF(ref f.Module, Py.XNewRef(value));
        return 0;
    }

    [PyGetter("__defaults__")] static PyObject? GetDefaults(PyFunction f) => Py.NewRef((PyObject?)f.Defaults ?? Py.None);

    [PySetter("__defaults__")]
    static int SetDefaults(PyFunction f, PyObject? value)
    {
        if (value != null && value != Py.None && value is not PyTuple)
        {
            Errors.SetString(PyExc.TypeError, "__defaults__ must be set to a tuple object");
            return -1;
        }
        Py.SETREF(ref f.Defaults, value is PyTuple t ? Py.NewRef(t) : null);
        return 0;
    }

    [PyGetter("__kwdefaults__")] static PyObject? GetKwDefaults(PyFunction f) => Py.NewRef((PyObject?)f.KwDefaults ?? Py.None);

    [PySetter("__kwdefaults__")]
    static int SetKwDefaults(PyFunction f, PyObject? value)
    {
        if (value != null && value != Py.None && value is not PyDict)
        {
            Errors.SetString(PyExc.TypeError, "__kwdefaults__ must be set to a dict object");
            return -1;
        }
        Py.SETREF(ref f.KwDefaults, value is PyDict d ? Py.NewRef(d) : null);
        return 0;
    }

    [PyGetter("__code__")] static PyObject? GetCode(PyFunction f) => Py.NewRef(f.Code);

    /// <summary>func_set_code: a code object whose free variables match the closure.</summary>
    [PySetter("__code__")]
    static int SetCode(PyFunction f, PyObject? value)
    {
        if (value is not PyCode code)
        {
            Errors.SetString(PyExc.TypeError, "__code__ must be set to a code object");
            return -1;
        }
        int nfree = code.NamesOfKind(Sharpy.Compiler.CodeObject.CO_FAST_FREE).Length;
        int nclosure = f.Closure?.Items.Length ?? 0;
        if (nclosure != nfree)
        {
            Errors.SetString(PyExc.ValueError, $"{((PyUnicode)f.Name).Value}() requires a code object with {nclosure} free vars, not {nfree}");
            return -1;
        }
        const int mask = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR;
        if ((f.Code.Flags & mask) != (code.Flags & mask)
            && Warnings.WarnEx(PyExc.DeprecationWarning, "Assigning a code object of non-matching type is deprecated (e.g., from a generator to a plain function)", 1) < 0)
            return -1;
        var old = f.Code;
        f.Code = Py.NewRef(code);
        Py.DECREF(old);
        return 0;
    }

    /// <summary>
    /// func_memberlist's read-only members (installed at start-up): member descriptors, as
    /// `types.MemberDescriptorType` is `type(FunctionType.__globals__)`.
    /// </summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        d.SetItemString("__globals__", new PyMemberDescr(Type, "__globals__", o => ref Unsafe.As<PyDict, PyObject?>(ref ((PyFunction)o).Globals), readOnly: true));
        d.SetItemString("__builtins__", new PyMemberDescr(Type, "__builtins__", o => ref ((PyFunction)o).Builtins!, readOnly: true));
        d.SetItemString("__closure__", new PyMemberDescr(Type, "__closure__", o => ref Unsafe.As<PyTuple?, PyObject?>(ref ((PyFunction)o).Closure), readOnly: true, noneWhenUnset: true));
    }
    [PyGetter("__dict__")] static PyObject? GetDict(PyFunction f) => Py.NewRef(f.Dict ??= PyDict.New());

    /// <summary>PyObject_GenericSetDict: a dict, never deleted.</summary>
    [PySetter("__dict__")]
    static int SetDict(PyFunction f, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "cannot delete __dict__");
            return -1;
        }
        if (value is not PyDict d)
        {
            Errors.SetString(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.ob_type.tp_name}'");
            return -1;
        }
        Py.SETREF(ref f.Dict, Py.NewRef(d));
        return 0;
    }

    /// <summary>func_get_annotations: the dict, made by calling __annotate__(1) the first time.</summary>
    [PyGetter("__annotations__")]
    static PyObject? GetAnnotations(PyFunction f)
    {
        if (f.Annotations == null)
        {
            if (f.Annotate != null && f.Annotate != Py.None && f.Annotate.ob_type.tp_call != null)
            {
                var one = PyLong.FromLong(1);
                var r = Calls.CallOneArg(f.Annotate, one);
                if (r == null) return null;
                if (r is not PyDict)
                {
                    Errors.SetString(PyExc.TypeError, $"__annotate__ returned non-dict of type '{r.ob_type.tp_name}'");
                    Py.DECREF(r);
                    return null;
                }
                f.Annotations = r;
            }
            else f.Annotations = PyDict.New();
        }
        return Py.NewRef(f.Annotations);
    }

    /// <summary>func_set_annotations: a dict, or None/deletion; either way __annotate__ is dropped.</summary>
    [PySetter("__annotations__")]
    static int SetAnnotations(PyFunction f, PyObject? value)
    {
        if (value == Py.None) value = null;
        if (value != null && value is not PyDict)
        {
            Errors.SetString(PyExc.TypeError, "__annotations__ must be set to a dict object");
            return -1;
        }
        Py.SETREF(ref f.Annotations, Py.XNewRef(value));
        Py.CLEAR(ref f.Annotate);
        return 0;
    }

    [PyGetter("__annotate__")] static PyObject? GetAnnotate(PyFunction f) => Py.NewRef(f.Annotate ?? Py.None);

    /// <summary>func_set_annotate: None or a callable (which drops the cached annotations); never deleted.</summary>
    [PySetter("__annotate__")]
    static int SetAnnotate(PyFunction f, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "__annotate__ cannot be deleted");
            return -1;
        }
        if (value != Py.None && value.ob_type.tp_call == null)
        {
            Errors.SetString(PyExc.TypeError, "__annotate__ must be callable or None");
            return -1;
        }
        Py.SETREF(ref f.Annotate, Py.NewRef(value));
        if (value != Py.None) Py.CLEAR(ref f.Annotations);
        return 0;
    }
}
