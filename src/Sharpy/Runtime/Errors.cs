using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Raising and inspecting the thread's current exception (Python/errors.c). A function that
/// fails sets the exception here and returns its failure value (null or -1); the eval loop
/// unwinds through the exception table (DESIGN.md invariant 2).
/// </summary>
public static partial class Errors
{
    public static bool Occurred() => ThreadState.Current.CurrentException != null;

    public static PyBaseException? OccurredException() => ThreadState.Current.CurrentException;

    /// <summary>PyErr_SetRaisedException: make <paramref name="exc"/> (stolen) the raised exception.</summary>
    public static void SetRaisedException(PyBaseException? exc)
    {
        var ts = ThreadState.Current;
        var old = ts.CurrentException;
        ts.CurrentException = exc;
        Py.XDECREF(old);
    }

    /// <summary>PyErr_GetRaisedException: take the raised exception (owned), clearing it.</summary>
    public static PyBaseException? GetRaisedException()
    {
        var ts = ThreadState.Current;
        var exc = ts.CurrentException;
        ts.CurrentException = null;
        return exc;
    }

    public static void Clear() => SetRaisedException(null);

    /// <summary>_PyErr_ChainExceptions1: restore <paramref name="exc"/> (stolen), or, if another exception is now set, make exc its __context__.</summary>
    public static void ChainExceptions(PyBaseException? exc)
    {
        if (exc == null) return;
        if (!Occurred()) { SetRaisedException(exc); return; }
        var current = GetRaisedException()!;
        Py.SETREF(ref current.Context, exc);
        SetRaisedException(current);
    }

    /// <summary>PyErr_SetObject: raise <paramref name="type"/> with <paramref name="value"/> as its argument, chaining the handled exception as __context__.</summary>
    public static void SetObject(PyType type, PyObject? value)
    {
        // A new exception replaces one already being raised (which must not look set
        // while the new one is created, or the call would report a SystemError).
        Py.XDECREF(GetRaisedException());
        PyObject? exc;
        if (value is PyBaseException be && Abstract.IsSubtype(be.ob_type, type))
        {
            exc = Py.NewRef(be);
        }
        else
        {
            exc = CreateException(type, value);
            if (exc == null) return; // creating the exception raised instead
            if (exc is not PyBaseException)
            {
                SetString(PyExc.TypeError, $"calling {type} should have returned an instance of BaseException, not {exc.ob_type.tp_name}");
                Py.DECREF(exc);
                return;
            }
        }
        SetHandledContext((PyBaseException)exc);
        SetRaisedException((PyBaseException)exc);
    }

    /// <summary>
    /// _PyErr_CreateException: call the type with the value as its argument(s). A builtin
    /// exception type is made directly, so raising RecursionError (or MemoryError) never
    /// needs the headroom it reports the lack of.
    /// </summary>
    static PyObject? CreateException(PyType type, PyObject? value)
    {
        var args = value == null || value == Py.None ? PyTuple.Empty
            : value is PyTuple t ? Py.NewRef(t)
            : PyTuple.Pack(value);
        PyObject? exc;
        if (!type.IsHeapType)
        {
            var argv = new StackRef[args.Count];
            for (int i = 0; i < argv.Length; i++) argv[i] = StackRef.FromBorrow(args.Items[i]);
            exc = type.tp_new!(type, argv, null);
            // As type_call: __init__ of the type __new__ returned (OSError(2, ...) makes a FileNotFoundError).
            if (exc != null && Abstract.IsSubtype(exc.ob_type, type) && exc.ob_type.tp_init is { } init && init(exc, argv, null) < 0)
            {
                Py.DECREF(exc);
                exc = null;
            }
        }
        else exc = Calls.CallTuple(type, args);
        Py.DECREF(args);
        return exc;
    }

    /// <summary>Attach the exception being handled as __context__ (avoiding cycles), as _PyErr_SetObject does.</summary>
    public static void SetHandledContext(PyBaseException exc)
    {
        // _PyErr_GetTopmostException: a generator's own empty level does not hide the caller's.
        var handled = ThreadState.Current.HandledException() as PyBaseException;
        if (handled == null || handled == exc) return;
        // Break a would-be cycle in the context chain, without hanging on a cycle the chain
        // already has (Floyd's tortoise and hare: the slow pointer moves every other step).
        PyBaseException o = handled, slow = handled;
        bool moveSlow = false;
        while (o.Context is { } ctx)
        {
            if (ctx == exc)
            {
                o.Context = null;
                Py.DECREF(ctx);
                break;
            }
            o = ctx;
            if (o == slow) break;
            if (moveSlow) slow = slow.Context!;
            moveSlow = !moveSlow;
        }
        Py.SETREF(ref exc.Context, Py.NewRef(handled));
    }

    public static PyObject? SetString(PyType type, string message)
    {
        var s = PyUnicode.FromString(message);
        SetObject(type, s);
        Py.DECREF(s);
        return null;
    }

    /// <summary>Raise KeyError(key): the key is wrapped in a tuple so a tuple key is not unpacked.</summary>
    public static void SetKeyError(PyObject key)
    {
        var t = PyTuple.Pack(key);
        SetObject(PyExc.KeyError, t);
        Py.DECREF(t);
    }

    public static bool ExceptionMatches(PyType type)
    {
        var exc = ThreadState.Current.CurrentException;
        return exc != null && Abstract.IsSubtype(exc.ob_type, type);
    }

    public static PyObject? NoMemory()
    {
        SetObject(PyExc.MemoryError, null);
        return null;
    }

    /// <summary>PyErr_BadInternalCall: a host bug surfaced as SystemError.</summary>
    public static PyObject? BadInternalCall(string where) => SetString(PyExc.SystemError, "bad argument to internal function: " + where);
}
