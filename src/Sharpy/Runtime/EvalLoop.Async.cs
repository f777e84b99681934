using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>The helpers of the async instructions (Python/ceval.c _PyEval_GetAwaitable, _PyEval_GetANext; GET_AITER).</summary>
public static partial class EvalLoop
{
    /// <summary>
    /// GET_AWAITABLE: the iterator `await o` drives. oparg 1 and 2 say the object came from
    /// __aenter__ / __aexit__, for the message when it has no __await__.
    /// </summary>
    static PyObject? GetAwaitable(PyObject o, int oparg)
    {
        var iter = PyCoro.GetAwaitableIter(o);
        if (iter == null)
        {
            if ((oparg == 1 || oparg == 2) && o.ob_type.am_await == null)
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"'async with' received an object from {(oparg == 1 ? "__aenter__" : "__aexit__")} that does not implement __await__: {o.ob_type.tp_name}");
            }
            return null;
        }
        if (iter is PyCoro coro)
        {
            var yf = coro.YieldFrom();
            if (yf != null)
            {
                // The coroutine is suspended in an await of its own: someone else is awaiting it.
                Py.DECREF(yf);
                Py.DECREF(iter);
                return Errors.SetString(PyExc.RuntimeError, "coroutine is being awaited already");
            }
        }
        return iter;
    }

    /// <summary>GET_AITER: type(o).__aiter__(o), which must have __anext__.</summary>
    static PyObject? GetAIter(PyObject o)
    {
        var getter = o.ob_type.am_aiter;
        if (getter == null)
            return Errors.SetString(PyExc.TypeError, $"'async for' requires an object with __aiter__ method, got {o.ob_type.tp_name}");
        var iter = getter(o);
        if (iter == null) return null;
        if (iter.ob_type.am_anext == null)
        {
            Errors.SetString(PyExc.TypeError, $"'async for' received an object from __aiter__ that does not implement __anext__: {iter.ob_type.tp_name}");
            Py.DECREF(iter);
            return null;
        }
        return iter;
    }

    /// <summary>GET_ANEXT (_PyEval_GetANext): the awaitable of the next step of `async for`.</summary>
    static PyObject? GetANext(PyObject aiter)
    {
        if (aiter is PyAsyncGen ag) return ag.ANext();
        var getter = aiter.ob_type.am_anext;
        if (getter == null)
            return Errors.SetString(PyExc.TypeError, $"'async for' requires an iterator with __anext__ method, got {aiter.ob_type.tp_name}");
        var next = getter(aiter);
        if (next == null) return null;
        var awaitable = PyCoro.GetAwaitableIter(next);
        if (awaitable == null)
        {
            // _PyErr_FormatFromCause: the TypeError says which object, the original is its cause.
            var cause = Errors.GetRaisedException()!;
            Errors.SetString(PyExc.TypeError, $"'async for' received an invalid object from __anext__: {next.ob_type.tp_name}");
            var exc = Errors.GetRaisedException()!;
            Py.SETREF(ref exc.Cause, (PyBaseException)Py.NewRef(cause));
            Py.SETREF(ref exc.Context, cause);
            exc.SuppressContext = true;
            Errors.SetRaisedException(exc);
        }
        Py.DECREF(next);
        return awaitable;
    }
}
