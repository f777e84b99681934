using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>CALL_INTRINSIC_1 / CALL_INTRINSIC_2 (Python/intrinsics.c).</summary>
public static class Intrinsics
{
    public const int INTRINSIC_PRINT = 1, INTRINSIC_IMPORT_STAR = 2, INTRINSIC_STOPITERATION_ERROR = 3;
    public const int INTRINSIC_ASYNC_GEN_WRAP = 4, INTRINSIC_UNARY_POSITIVE = 5, INTRINSIC_LIST_TO_TUPLE = 6;
    public const int INTRINSIC_TYPEVAR = 7, INTRINSIC_PARAMSPEC = 8, INTRINSIC_TYPEVARTUPLE = 9;
    public const int INTRINSIC_SUBSCRIPT_GENERIC = 10, INTRINSIC_TYPEALIAS = 11;
    public const int INTRINSIC_TYPEVAR_WITH_BOUND = 2, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    public const int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4, INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    public static PyObject? Call1(ThreadState ts, Frame f, int which, PyObject v)
    {
        switch (which)
        {
            case INTRINSIC_PRINT:
                {
                    var hook = Interpreter.Sys.Dict.GetItemString("displayhook");
                    if (hook == null) return Errors.SetString(PyExc.RuntimeError, "lost sys.displayhook");
                    return Calls.CallOneArg(hook, v);
                }
            case INTRINSIC_IMPORT_STAR:
                return Import.ImportStar(f, v) < 0 ? null : Py.None;
            case INTRINSIC_STOPITERATION_ERROR:
                return StopIterationError(f, v);
            case INTRINSIC_ASYNC_GEN_WRAP:
                return new PyAsyncGenWrappedValue(v);
            case INTRINSIC_UNARY_POSITIVE:
                return Abstract.Positive(v);
            case INTRINSIC_LIST_TO_TUPLE:
                {
                    var l = (PyList)v;
                    var items = new PyObject[l.Count];
                    for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(l.Items[i]);
                    return PyTuple.FromStolen(items);
                }
            case INTRINSIC_TYPEVAR:
                return PyTypeVar.FromSyntax(v, null, null);
            case INTRINSIC_PARAMSPEC:
                return PyParamSpec.FromSyntax(v);
            case INTRINSIC_TYPEVARTUPLE:
                return PyTypeVarTuple.FromSyntax(v);
            case INTRINSIC_SUBSCRIPT_GENERIC:
                return PyGeneric.SubscriptGeneric(v);
            case INTRINSIC_TYPEALIAS:
                return PyTypeAlias.FromSyntax((PyTuple)v, f.Globals.GetItemString("__name__"));
            default:
                return Errors.SetString(PyExc.SystemError, $"invalid intrinsic function {which}");
        }
    }

    public const int INTRINSIC_PREP_RERAISE_STAR = 1;

    public static PyObject? Call2(int which, PyObject a, PyObject b)
    {
        switch (which)
        {
            case INTRINSIC_TYPEVAR_WITH_BOUND:
                return PyTypeVar.FromSyntax(a, b, null);
            case INTRINSIC_TYPEVAR_WITH_CONSTRAINTS:
                return PyTypeVar.FromSyntax(a, null, b);
            case INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
                if (a is PyFunction fn) Py.SETREF(ref fn.TypeParams, Py.NewRef(b));
                return Py.NewRef(a);
            case INTRINSIC_SET_TYPEPARAM_DEFAULT:
                ((PyTypeParam)a).SetEvaluateDefault(b);
                return Py.NewRef(a);
            case INTRINSIC_PREP_RERAISE_STAR:
                return PyBaseExceptionGroup.PrepReraiseStar(a, (PyList)b);
            default:
                return Errors.SetString(PyExc.SystemError, $"invalid intrinsic2 function {which}");
        }
    }

    /// <summary>PEP 479: a StopIteration escaping a generator becomes RuntimeError.</summary>
    static PyObject? StopIterationError(Frame f, PyObject exc)
    {
        var be = (PyBaseException)exc;
        string? msg = null;
        if (Abstract.IsSubtype(be.ob_type, PyExc.StopIteration))
            msg = (f.Code.Flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? "async generator raised StopIteration"
                : (f.Code.Flags & PyCode.CO_COROUTINE) != 0 ? "coroutine raised StopIteration"
                : "generator raised StopIteration";
        else if (Abstract.IsSubtype(be.ob_type, PyExc.StopAsyncIteration) && (f.Code.Flags & PyCode.CO_ASYNC_GENERATOR) != 0)
            msg = "async generator raised StopAsyncIteration";
        if (msg == null) return Py.NewRef(exc);
        var m = PyUnicode.FromString(msg);
        var err = Calls.CallOneArg(PyExc.RuntimeError, m);
        Py.DECREF(m);
        if (err is PyBaseException re)
        {
            Py.SETREF(ref re.Cause, (PyBaseException)Py.NewRef(exc));
            Py.SETREF(ref re.Context, (PyBaseException)Py.NewRef(exc));
            re.SuppressContext = true;
        }
        return err;
    }
}
