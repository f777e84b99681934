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

// Bound method attributes (Objects/classobject.c method_getset, method_memberlist).
public sealed partial class PyMethod
{
    [PyGetter("__self__")] static PyObject? GetSelf(PyMethod m) => Py.NewRef(m.Self);
    [PyGetter("__func__")] static PyObject? GetFunc(PyMethod m) => Py.NewRef(m.Func);

    /// <summary>Bound methods are equal when their functions are equal and their selves identical.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne || a is not PyMethod ma || b is not PyMethod mb) return PyNotImplemented.Instance;
        int eq = Abstract.RichCompareBool(ma.Func, mb.Func, CompareOp.Eq);
        if (eq < 0) return null;
        bool same = eq > 0 && ma.Self == mb.Self;
        return Py.NewBool(op == CompareOp.Eq ? same : !same);
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var m = (PyMethod)o;
        long x = Interpreter.HashPointer(m.Self);
        long y = Abstract.Hash(m.Func);
        if (y == -1) return -1;
        x ^= y;
        return x == -1 ? -2 : x;
    }
}

// Builtin function attributes (Objects/methodobject.c meth_getsets).
public sealed partial class PyCFunction
{
    [PyGetter("__name__")] static PyObject? GetName(PyCFunction f) => PyUnicode.FromString(f.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyCFunction f) => PyUnicode.FromString(f.QualName);
    [PyGetter("__self__")] static PyObject? GetSelf(PyCFunction f) => Py.NewRef(f.Self ?? PyNone.None);
    [PyGetter("__doc__")] static PyObject? GetDoc(PyCFunction f) => BuiltinDoc.Doc(f.Name, f.Doc);
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyCFunction f) => BuiltinDoc.TextSignature(f.Name, f.Doc);
}

// Cell attributes (Objects/cellobject.c).
public sealed partial class PyCell
{
    [PyGetter("cell_contents")]
    static PyObject? GetContents(PyCell c)
        => c.Ref == null ? Errors.SetString(PyExc.ValueError, "Cell is empty") : Py.NewRef(c.Ref);

    [PySetter("cell_contents")]
    static int SetContents(PyCell c, PyObject? value)
    {
        Py.SETREF(ref c.Ref, Py.XNewRef(value));
        return 0;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var c = (PyCell)o;
        if (c.Ref == null) return PyUnicode.FromString($"<cell at 0x{Interpreter.IdOf(c):x}: empty>");
        return PyUnicode.FromString($"<cell at 0x{Interpreter.IdOf(c):x}: {c.Ref.ob_type.tp_name} object at 0x{Interpreter.IdOf(c.Ref):x}>");
    }
}
