using System;
using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Calling objects (Objects/call.c). Every call goes through tp_call in the vectorcall
/// convention; the caller keeps its references to the arguments (a C#-to-Python call
/// holds them until the call returns).
/// </summary>
public static class Calls
{
    public static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Call(ThreadState.Current, callable, args, kwnames);

    /// <summary>The same, for a caller that has the thread state at hand (the eval loop).</summary>
    internal static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = callable.ob_type.tp_call;
        if (f == null)
            return Errors.SetString(PyExc.TypeError, $"'{callable.ob_type.tp_name}' object is not callable");
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        var r = f(callable, args, kwnames);
        ts.CRecursionDepth--;
        return CheckFunctionResult(ts, callable, r);
    }

    /// <summary>
    /// _Py_CheckFunctionResult: <paramref name="r"/>, unless a C# implementation broke the
    /// rule that it returns null exactly when it raised; then a SystemError.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject? CheckFunctionResult(ThreadState ts, PyObject callable, PyObject? r)
        => (r == null) == (ts.CurrentException != null) ? r : BadFunctionResult(ts, callable, r);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyObject? BadFunctionResult(ThreadState ts, PyObject callable, PyObject? r)
    {
        if (r == null)
            return Errors.SetString(PyExc.SystemError, $"{callable.ob_type.tp_name} returned NULL without setting an exception");
        Py.DECREF(r);
        var exc = Errors.GetRaisedException();
        Errors.SetString(PyExc.SystemError, $"{callable.ob_type.tp_name} returned a result with an exception set");
        if (exc != null && Errors.OccurredException() is { } sys) Py.SETREF(ref sys.Cause, exc);
        return null;
    }

    public static PyObject? CallNoArgs(PyObject callable) => Call(callable, ReadOnlySpan<StackRef>.Empty, null);

    public static PyObject? CallOneArg(PyObject callable, PyObject arg)
    {
        Span<StackRef> a = [StackRef.FromBorrow(arg)];
        return Call(callable, a, null);
    }

    public static PyObject? CallTwoArgs(PyObject callable, PyObject a0, PyObject a1)
    {
        Span<StackRef> a = [StackRef.FromBorrow(a0), StackRef.FromBorrow(a1)];
        return Call(callable, a, null);
    }

    public static PyObject? CallArgs(PyObject callable, params PyObject[] args)
    {
        var a = new StackRef[args.Length];
        for (int i = 0; i < args.Length; i++) a[i] = StackRef.FromBorrow(args[i]);
        return Call(callable, a, null);
    }

    /// <summary>PyObject_Call(callable, tuple, dict-or-null).</summary>
    public static PyObject? CallTuple(PyObject callable, PyTuple args, PyDict? kwargs = null)
    {
        int n = args.Count;
        int nk = kwargs?.Count ?? 0;
        var a = new StackRef[n + nk];
        for (int i = 0; i < n; i++) a[i] = StackRef.FromBorrow(args.Items[i]);
        PyTuple? kwnames = null;
        if (nk > 0)
        {
            var names = new PyObject[nk];
            int pos = 0, j = 0;
            // _PyStack_UnpackDict: keyword names must be str, unless CPython would hand the dict
            // itself to the callee (a METH_VARARGS|METH_KEYWORDS builtin has no vectorcall).
            bool anyKeys = callable is PyCFunction { KeywordDict: true };
            while (kwargs!.Next(ref pos, out var k, out var v))
            {
                if (k is not PyUnicode && !anyKeys)
                {
                    for (int i = 0; i < j; i++) Py.DECREF(names[i]);
                    Errors.SetString(PyExc.TypeError, "keywords must be strings");
                    return null;
                }
                names[j] = Py.NewRef(k);
                a[n + j] = StackRef.FromBorrow(v);
                j++;
            }
            kwnames = PyTuple.FromStolen(names);
        }
        var r = Call(callable, a, kwnames);
        Py.XDECREF(kwnames);
        return r;
    }

    /// <summary>Call a method by name: obj.name(*args).</summary>
    public static PyObject? CallMethod(PyObject obj, string name, params PyObject[] args)
    {
        var m = Abstract.GetAttr(obj, name);
        if (m == null) return null;
        var r = CallArgs(m, args);
        Py.DECREF(m);
        return r;
    }

    /// <summary>Look up a special method on the type (as _PyObject_LookupSpecial), bound to obj.</summary>
    public static PyObject? LookupSpecial(PyObject obj, PyObject name)
    {
        var res = TypeLookup.Lookup(obj.ob_type, name);
        if (res == null) return null;
        var f = res.ob_type.tp_descr_get;
        if (f == null) return Py.NewRef(res);
        return f(res, obj, obj.ob_type);
    }
}
