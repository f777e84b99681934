using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// callback_context: a Python callable handed to SQLite as user data (a GCHandle). SQLite's
/// destroy callback, or the Connection for the hooks SQLite gives no destructor (authorizer,
/// progress handler, trace), frees it.
/// </summary>
internal sealed class CallbackContext
{
    public PyObject? Callable;
    public readonly Sqlite3State State;

    CallbackContext(PyObject callable, Sqlite3State state)
    {
        Callable = Py.NewRef(callable);
        State = state;
    }

    /// <summary>create_callback_context: the handle to pass as SQLite's user data.</summary>
    public static nint Create(PyObject callable, Sqlite3State state)
        => GCHandle.ToIntPtr(GCHandle.Alloc(new CallbackContext(callable, state)));

    public static CallbackContext From(nint handle) => (CallbackContext)GCHandle.FromIntPtr(handle).Target!;

    /// <summary>free_callback_context: drop the callable and the handle (the GIL is held).</summary>
    public static void Free(nint handle)
    {
        if (handle == 0) return;
        var h = GCHandle.FromIntPtr(handle);
        var ctx = (CallbackContext)h.Target!;
        h.Free();
        Py.CLEAR(ref ctx.Callable);
    }

    /// <summary>print_or_clear_traceback: report the callback's exception if enable_callback_tracebacks() asked for it.</summary>
    public void PrintOrClearTraceback()
    {
        if (State.EnableCallbackTracebacks) Interpreter.WriteUnraisable("on sqlite3 callback", Callable);
        else Errors.Clear();
    }
}

/// <summary>The functions SQLite calls: user functions, aggregates, window functions, collations and the hooks.</summary>
internal static unsafe class Callbacks
{
    /// <summary>_pysqlite_set_result: a Python value as the function's result; -1 (maybe without an exception) if it cannot be one.</summary>
    static int SetResult(nint context, PyObject v)
    {
        if (v == Py.None) sqlite3_result_null(context);
        else if (v is PyLong l)
        {
            if (!Cursor.LongAsInt64(l, out long x)) return -1;
            sqlite3_result_int64(context, x);
        }
        else if (v is PyFloat f) sqlite3_result_double(context, f.Value);
        else if (v is PyUnicode s)
        {
            var b = UnicodeCodecs.AsUtf8(s);
            if (b == null) return -1;
            fixed (byte* p = b) sqlite3_result_text(context, p == null ? (byte*)1 : p, b.Length, SQLITE_TRANSIENT);
        }
        else if (PyBuffer.Check(v))
        {
            var view = PyBuffer.Get(v, PyBUF.SIMPLE);
            if (view == null) return -1;
            try
            {
                fixed (byte* p = view.Span) sqlite3_result_blob(context, p == null ? (byte*)1 : p, (int)view.len, SQLITE_TRANSIENT);
            }
            finally { view.Release(); }
        }
        else return -1;
        return 0;
    }

    /// <summary>_pysqlite_build_py_params: the SQL arguments as a tuple of Python values.</summary>
    static PyTuple? BuildParams(nint context, int argc, nint* argv)
    {
        var items = new PyObject[argc];
        for (int i = 0; i < argc; i++)
        {
            nint v = argv[i];
            PyObject? o;
            switch (sqlite3_value_type(v))
            {
                case SQLITE_INTEGER: o = PyLong.FromLong(sqlite3_value_int64(v)); break;
                case SQLITE_FLOAT: o = PyFloat.FromDouble(sqlite3_value_double(v)); break;
                case SQLITE_TEXT:
                {
                    byte* text = sqlite3_value_text(v);
                    if (text == null && sqlite3_errcode(sqlite3_context_db_handle(context)) == SQLITE_NOMEM) { Errors.NoMemory(); o = null; break; }
                    o = Utf8Codec.Decode(new ReadOnlySpan<byte>(text, sqlite3_value_bytes(v)), null, "strict", true, out _);
                    break;
                }
                case SQLITE_BLOB:
                {
                    void* blob = sqlite3_value_blob(v);
                    if (blob == null && sqlite3_errcode(sqlite3_context_db_handle(context)) == SQLITE_NOMEM) { Errors.NoMemory(); o = null; break; }
                    o = PyBytes.FromSpan(new ReadOnlySpan<byte>(blob, sqlite3_value_bytes(v)));
                    break;
                }
                default: o = Py.None; break;
            }
            if (o == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(items[j]);
                return null;
            }
            items[i] = o;
        }
        return PyTuple.FromStolen(items);
    }

    /// <summary>set_sqlite_error: the statement fails with <paramref name="msg"/> (or NOMEM/TOOBIG for those errors).</summary>
    static void SetSqliteError(nint context, string msg)
    {
        if (Errors.ExceptionMatches(PyExc.MemoryError)) sqlite3_result_error_nomem(context);
        else if (Errors.ExceptionMatches(PyExc.OverflowError)) sqlite3_result_error_toobig(context);
        else
        {
            var b = System.Text.Encoding.UTF8.GetBytes(msg);
            fixed (byte* p = b) sqlite3_result_error(context, p, b.Length);
        }
        CallbackContext.From(sqlite3_user_data(context)).PrintOrClearTraceback();
    }

    /// <summary>A host exception escaping a callback would end the process: make it the statement's error.</summary>
    static void HostError(nint context, Exception e)
    {
        var b = System.Text.Encoding.UTF8.GetBytes("internal error in callback: " + e.Message);
        fixed (byte* p = b) sqlite3_result_error(context, p, b.Length);
    }

    [UnmanagedCallersOnly]
    internal static void Destroy(nint handle)
    {
        using var gil = SqliteGil.Ensure();
        CallbackContext.Free(handle);
    }

    [UnmanagedCallersOnly]
    internal static void Func(nint context, int argc, nint* argv)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var ctx = CallbackContext.From(sqlite3_user_data(context));
            PyObject? result = null;
            var args = BuildParams(context, argc, argv);
            if (args != null)
            {
                // The function may be redefined (and its context freed) while it runs.
                var callable = Py.NewRef(ctx.Callable!);
                result = Calls.CallTuple(callable, args);
                Py.DECREF(callable);
                Py.DECREF(args);
            }
            bool ok = false;
            if (result != null)
            {
                ok = SetResult(context, result) == 0;
                Py.DECREF(result);
            }
            if (!ok) SetSqliteError(context, "user-defined function raised exception");
        }
        catch (Exception e) { HostError(context, e); }
    }

    /// <summary>The aggregate instance kept in SQLite's aggregate context, made on the first step; null if none.</summary>
    static PyObject? AggregateInstance(nint context, bool create, out bool noMemory)
    {
        noMemory = false;
        var slot = (nint*)sqlite3_aggregate_context(context, create ? sizeof(nint) : 0);
        if (slot == null)
        {
            noMemory = create;
            return null;
        }
        return *slot == 0 ? null : (PyObject)GCHandle.FromIntPtr(*slot).Target!;
    }

    [UnmanagedCallersOnly]
    internal static void Step(nint context, int argc, nint* argv)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var ctx = CallbackContext.From(sqlite3_user_data(context));
            var slot = (nint*)sqlite3_aggregate_context(context, sizeof(nint));
            if (slot == null)
            {
                Errors.NoMemory();
                SetSqliteError(context, "unable to allocate SQLite aggregate context");
                return;
            }
            if (*slot == 0)
            {
                var cls = Py.NewRef(ctx.Callable!);
                var instance = Calls.CallNoArgs(cls);
                Py.DECREF(cls);
                if (instance == null)
                {
                    SetSqliteError(context, "user-defined aggregate's '__init__' method raised error");
                    return;
                }
                *slot = GCHandle.ToIntPtr(GCHandle.Alloc(instance));
            }
            var self = (PyObject)GCHandle.FromIntPtr(*slot).Target!;
            var step = Abstract.GetAttr(self, "step");
            if (step == null)
            {
                SetSqliteError(context, "user-defined aggregate's 'step' method not defined");
                return;
            }
            var args = BuildParams(context, argc, argv);
            if (args == null)
            {
                Py.DECREF(step);
                return;
            }
            var result = Calls.CallTuple(step, args);
            Py.DECREF(args);
            Py.DECREF(step);
            if (result == null) SetSqliteError(context, "user-defined aggregate's 'step' method raised error");
            else Py.DECREF(result);
        }
        catch (Exception e) { HostError(context, e); }
    }

    [UnmanagedCallersOnly]
    internal static void Final(nint context)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var slot = (nint*)sqlite3_aggregate_context(context, 0);
            // No row was stepped, or the aggregate's __init__ failed: the result stays NULL.
            if (slot == null || *slot == 0) return;
            var h = GCHandle.FromIntPtr(*slot);
            var instance = (PyObject)h.Target!;
            h.Free();
            *slot = 0;
            // Keep the exception (if any) of the last step, value or inverse call.
            var exc = Errors.GetRaisedException();
            var result = Calls.CallMethod(instance, "finalize");
            Py.DECREF(instance);
            bool ok = result != null && SetResult(context, result) == 0;
            Py.XDECREF(result);
            if (!ok)
            {
                bool attrErr = Errors.ExceptionMatches(PyExc.AttributeError);
                Errors.ChainExceptions(exc);
                SetSqliteError(context, attrErr
                    ? "user-defined aggregate's 'finalize' method not defined"
                    : "user-defined aggregate's 'finalize' method raised error");
            }
            else Errors.SetRaisedException(exc);
        }
        catch (Exception e) { HostError(context, e); }
    }

    [UnmanagedCallersOnly]
    internal static void Value(nint context)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var instance = AggregateInstance(context, false, out _);
            if (instance == null) return;
            var result = Calls.CallMethod(instance, "value");
            if (result == null)
            {
                bool attrErr = Errors.ExceptionMatches(PyExc.AttributeError);
                SetSqliteError(context, attrErr
                    ? "user-defined aggregate's 'value' method not defined"
                    : "user-defined aggregate's 'value' method raised error");
                return;
            }
            int rc = SetResult(context, result);
            Py.DECREF(result);
            if (rc < 0) SetSqliteError(context, "user-defined aggregate's 'value' method raised error");
        }
        catch (Exception e) { HostError(context, e); }
    }

    [UnmanagedCallersOnly]
    internal static void Inverse(nint context, int argc, nint* argv)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var instance = AggregateInstance(context, false, out _);
            if (instance == null) return;
            var method = Abstract.GetAttr(instance, "inverse");
            if (method == null)
            {
                SetSqliteError(context, "user-defined aggregate's 'inverse' method not defined");
                return;
            }
            var args = BuildParams(context, argc, argv);
            if (args == null)
            {
                Py.DECREF(method);
                SetSqliteError(context, "unable to build arguments for user-defined aggregate's 'inverse' method");
                return;
            }
            var result = Calls.CallTuple(method, args);
            Py.DECREF(args);
            Py.DECREF(method);
            if (result == null) SetSqliteError(context, "user-defined aggregate's 'inverse' method raised error");
            else Py.DECREF(result);
        }
        catch (Exception e) { HostError(context, e); }
    }

    /// <summary>collation_callback: callable(str1, str2) as -1, 0 or 1; an error compares equal (and stays set).</summary>
    [UnmanagedCallersOnly]
    internal static int Collation(nint handle, int len1, byte* text1, int len2, byte* text2)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            // Called many times per step: after a failure, leave the exception for execute() to raise.
            if (Errors.Occurred()) return 0;
            var ctx = CallbackContext.From(handle);
            var s1 = Utf8Codec.Decode(new ReadOnlySpan<byte>(text1, len1), null, "strict", true, out _);
            if (s1 == null) return 0;
            var s2 = Utf8Codec.Decode(new ReadOnlySpan<byte>(text2, len2), null, "strict", true, out _);
            if (s2 == null)
            {
                Py.DECREF(s1);
                return 0;
            }
            var callable = Py.NewRef(ctx.Callable!);
            var r = Calls.CallTwoArgs(callable, s1, s2);
            Py.DECREF(callable);
            Py.DECREF(s1);
            Py.DECREF(s2);
            if (r == null) return 0;
            int result = 0;
            if (r is PyLong l)
            {
                var big = l.ToBigInteger();
                result = big.Sign;
            }
            else
            {
                var index = Abstract.Index(r);
                if (index == null) Errors.Clear();
                else
                {
                    result = ((PyLong)index).ToBigInteger().Sign;
                    Py.DECREF(index);
                }
            }
            Py.DECREF(r);
            return result;
        }
        catch (Exception)
        {
            return 0;
        }
    }

    /// <summary>authorizer_callback: callable(action, arg1, arg2, dbname, source) → SQLITE_OK, SQLITE_DENY or SQLITE_IGNORE.</summary>
    [UnmanagedCallersOnly]
    internal static int Authorizer(nint handle, int action, byte* arg1, byte* arg2, byte* dbname, byte* source)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var ctx = CallbackContext.From(handle);
            var args = PyTuple.FromStolen([PyLong.FromLong(action), StrOrNone(arg1), StrOrNone(arg2), StrOrNone(dbname), StrOrNone(source)]);
            // The hook may be replaced (and its context freed) while it runs.
            var callable = Py.NewRef(ctx.Callable!);
            var r = Calls.CallTuple(callable, args);
            Py.DECREF(callable);
            Py.DECREF(args);
            int rc;
            if (r == null)
            {
                ctx.PrintOrClearTraceback();
                return 1; // SQLITE_DENY
            }
            if (r is PyLong l)
            {
                if (l.TryGetLong(out long v) && v >= int.MinValue && v <= int.MaxValue) rc = (int)v;
                else
                {
                    Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C int");
                    ctx.PrintOrClearTraceback();
                    rc = 1;
                }
            }
            else rc = 1;
            Py.DECREF(r);
            return rc;
        }
        catch (Exception)
        {
            return 1;
        }
    }

    static PyObject StrOrNone(byte* s) => s == null ? Py.None : PyUnicode.FromString(Utf8(s)!);

    /// <summary>progress_callback: a true result (or an exception) interrupts the statement.</summary>
    [UnmanagedCallersOnly]
    internal static int Progress(nint handle)
    {
        using var gil = SqliteGil.Ensure();
        try
        {
            var ctx = CallbackContext.From(handle);
            var callable = Py.NewRef(ctx.Callable!);
            var r = Calls.CallNoArgs(callable);
            Py.DECREF(callable);
            if (r == null)
            {
                ctx.PrintOrClearTraceback();
                return -1;
            }
            int rc = Abstract.IsTrue(r);
            Py.DECREF(r);
            if (rc < 0) ctx.PrintOrClearTraceback();
            return rc;
        }
        catch (Exception)
        {
            return -1;
        }
    }

    /// <summary>trace_callback: callable(sql) for each statement run, with its parameters expanded.</summary>
    [UnmanagedCallersOnly]
    internal static int Trace(uint type, nint handle, nint stmt, nint sql)
    {
        if (type != SQLITE_TRACE_STMT) return 0;
        using var gil = SqliteGil.Ensure();
        try
        {
            var ctx = CallbackContext.From(handle);
            PyObject? statement;
            byte* expanded = sqlite3_expanded_sql(stmt);
            if (expanded == null)
            {
                Errors.SetString(ctx.State.DataError, "Expanded SQL string exceeds the maximum string length");
                ctx.PrintOrClearTraceback();
                statement = PyUnicode.FromString(Utf8((byte*)sql) ?? "");
            }
            else
            {
                statement = PyUnicode.FromString(Utf8(expanded) ?? "");
                sqlite3_free(expanded);
            }
            var callable = Py.NewRef(ctx.Callable!);
            var r = Calls.CallOneArg(callable, statement);
            Py.DECREF(callable);
            Py.DECREF(statement);
            Py.XDECREF(r);
            if (Errors.Occurred()) ctx.PrintOrClearTraceback();
        }
        catch (Exception)
        {
        }
        return 0;
    }

    internal static delegate* unmanaged<nint, void> DestroyPtr => &Destroy;
    internal static delegate* unmanaged<nint, int, nint*, void> FuncPtr => &Func;
    internal static delegate* unmanaged<nint, int, nint*, void> StepPtr => &Step;
    internal static delegate* unmanaged<nint, void> FinalPtr => &Final;
    internal static delegate* unmanaged<nint, void> ValuePtr => &Value;
    internal static delegate* unmanaged<nint, int, nint*, void> InversePtr => &Inverse;
    internal static delegate* unmanaged<nint, int, byte*, int, byte*, int> CollationPtr => &Collation;
    internal static delegate* unmanaged<nint, int, byte*, byte*, byte*, byte*, int> AuthorizerPtr => &Authorizer;
    internal static delegate* unmanaged<nint, int> ProgressPtr => &Progress;
    internal static delegate* unmanaged<uint, nint, nint, nint, int> TracePtr => &Trace;
}
