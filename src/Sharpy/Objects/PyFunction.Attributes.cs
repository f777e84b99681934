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

    [PyGetter("__doc__")] static PyObject? GetDoc(PyFunction f) => Py.NewRef(f.Doc ?? PyNone.None);

    [PySetter("__doc__")]
    static int SetDoc(PyFunction f, PyObject? value)
    {
        Py.SETREF(ref f.Doc, Py.NewRef(value ?? PyNone.None));
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

    [PyGetter("__module__")] static PyObject? GetModule(PyFunction f) => Py.NewRef(f.Module ?? PyNone.None);

    [PySetter("__module__")]
    static int SetModule(PyFunction f, PyObject? value)
    {
        Py.SETREF(ref f.Module, Py.XNewRef(value));
        return 0;
    }

    [PyGetter("__defaults__")] static PyObject? GetDefaults(PyFunction f) => Py.NewRef((PyObject?)f.Defaults ?? PyNone.None);

    [PySetter("__defaults__")]
    static int SetDefaults(PyFunction f, PyObject? value)
    {
        if (value != null && value != PyNone.None && value is not PyTuple)
        {
            Errors.SetString(PyExc.TypeError, "__defaults__ must be set to a tuple object");
            return -1;
        }
        Py.SETREF(ref f.Defaults, value is PyTuple t ? Py.NewRef(t) : null);
        return 0;
    }

    [PyGetter("__kwdefaults__")] static PyObject? GetKwDefaults(PyFunction f) => Py.NewRef((PyObject?)f.KwDefaults ?? PyNone.None);

    [PySetter("__kwdefaults__")]
    static int SetKwDefaults(PyFunction f, PyObject? value)
    {
        if (value != null && value != PyNone.None && value is not PyDict)
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
        var old = f.Code;
        f.Code = Py.NewRef(code);
        Py.DECREF(old);
        return 0;
    }
    [PyGetter("__globals__")] static PyObject? GetGlobals(PyFunction f) => Py.NewRef(f.Globals);
    [PyGetter("__builtins__")] static PyObject? GetBuiltins(PyFunction f) => Py.NewRef(f.Builtins);
    [PyGetter("__closure__")] static PyObject? GetClosure(PyFunction f) => Py.NewRef((PyObject?)f.Closure ?? PyNone.None);
    [PyGetter("__dict__")] static PyObject? GetDict(PyFunction f) => Py.NewRef(f.Dict ??= PyDict.New());

    [PyGetter("__annotations__")]
    static PyObject? GetAnnotations(PyFunction f)
    {
        if (f.Annotations == null)
        {
            if (f.Annotate != null && f.Annotate != PyNone.None)
            {
                var one = PyLong.FromLong(1);
                var r = Calls.CallOneArg(f.Annotate, one);
                if (r == null) return null;
                f.Annotations = r;
            }
            else f.Annotations = PyDict.New();
        }
        return Py.NewRef(f.Annotations);
    }
}
