using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Asyncio;

/// <summary>
/// `_asyncio.FutureIter` (futureiterobject): what `await fut` and `iter(fut)` give. Its first
/// step on a pending future sets `_asyncio_future_blocking` and yields the future itself (the
/// task then waits for it); the next step returns the result, or raises.
/// </summary>
[PyType("_asyncio.FutureIter")]
public sealed partial class FutureIter : PyObject
{
    FutureObj? _future;

    internal FutureIter(FutureObj future) : base(Type) { _future = Py.NewRef(future); }

    /// <summary>FutureIter_am_send: the value sent in is ignored, as Future.__await__ ignores it.</summary>
    [PySlot("am_send")]
    static PySendResult AmSend(PyObject o, PyObject value, out PyObject? result)
    {
        var fut = ((FutureIter)o)._future;
        result = null;
        if (fut == null)
        {
            // Closed or thrown into: exhausted, as a finished generator.
            result = Py.None;
            return PySendResult.Return;
        }
        if (fut.FState == FutState.Pending)
        {
            if (!fut.Blocking)
            {
                fut.Blocking = true;
                result = Py.NewRef<PyObject>(fut);
                return PySendResult.Next;
            }
            Errors.SetString(PyExc.RuntimeError, "await wasn't used with future");
            return PySendResult.Error;
        }
        int res = fut.GetResult(out var r);
        if (res == 0)
        {
            result = r;
            return PySendResult.Return;
        }
        if (res == 1)
        {
            Errors.SetObject(r!.ob_type, r);
            Py.DECREF(r);
        }
        return PySendResult.Error;
    }

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject o)
    {
        switch (AmSend(o, Py.None, out var result))
        {
            case PySendResult.Return:
                PyGenBase.SetStopIterationValue(result!);
                return null;
            case PySendResult.Next:
                return result;
            default:
                return null;
        }
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => Py.NewRef(o);

    [PyMethod("send")]
    static PyObject? Send(FutureIter self, PyObject unused) => IterNext(self);

    [PyMethod("throw", Raw = "FutureIter_throw: METH_FASTCALL taking (type[, value[, traceback]]), as generator.throw did")]
    static PyObject? Throw(FutureIter self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("throw");
        int nargs = args.Length;
        if (nargs < 1) return Errors.SetString(PyExc.TypeError, "throw expected at least 1 argument, got 0");
        if (nargs > 3) return Errors.SetString(PyExc.TypeError, $"throw expected at most 3 arguments, got {nargs}");
        if (nargs > 1 && Sharpy.Runtime.Warnings.WarnEx(PyExc.DeprecationWarning, "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.", 1) < 0)
            return null;
        var type = args[0].AsBorrowed;
        PyObject? val = nargs > 1 ? args[1].AsBorrowed : null;
        PyObject? tb = nargs > 2 ? args[2].AsBorrowed : null;
        if (val == Py.None) val = null;
        if (tb == Py.None) tb = null;
        else if (tb != null && tb is not PyTraceBack)
            return Errors.SetString(PyExc.TypeError, "throw() third argument must be a traceback");

        PyBaseException exc;
        if (type is PyType t && Abstract.IsSubtype(t, PyExc.BaseException))
        {
            // PyErr_NormalizeException: an instance of the class is kept, else the class is called.
            if (val is PyBaseException v && Abstract.IsSubtype(v.ob_type, t)) exc = Py.NewRef(v);
            else
            {
                var made = val == null ? Calls.CallNoArgs(t)
                    : val is PyTuple argsTuple ? Calls.CallTuple(t, argsTuple)
                    : Calls.CallOneArg(t, val);
                if (made == null) return null;
                if (made is not PyBaseException be)
                {
                    Py.DECREF(made);
                    return Errors.SetString(PyExc.TypeError, $"calling {Abstract.ReprString(t)} should have returned an instance of BaseException, not {made.ob_type.tp_name}");
                }
                exc = be;
            }
        }
        else if (type is PyBaseException inst)
        {
            if (val != null) return Errors.SetString(PyExc.TypeError, "instance exception may not have a separate value");
            exc = Py.NewRef(inst);
        }
        else
        {
            return Errors.SetString(PyExc.TypeError, "exceptions must be classes deriving BaseException or instances of such a class");
        }
        if (tb != null && PyBaseException.SetTraceback(exc, tb) < 0)
        {
            Py.DECREF(exc);
            return null;
        }
        Py.CLEAR(ref self._future);
        Errors.SetRaisedException(exc);
        return null;
    }

    [PyMethod("close")]
    static void Close(FutureIter self) => Py.CLEAR(ref self._future);

    protected internal override void Traverse(Visitor visit)
    {
        if (_future != null) visit(_future);
    }

    protected internal override void Clear() => Py.CLEAR(ref _future);

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _future);
}
