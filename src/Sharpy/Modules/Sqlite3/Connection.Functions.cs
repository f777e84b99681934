using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>The Connection methods that register Python callables with SQLite: functions, aggregates, collations and hooks.</summary>
public sealed unsafe partial class Connection
{
    /// <summary>check_num_params: -1 (any) up to SQLite's limit on function arguments.</summary>
    bool CheckNumParams(int n, string name)
    {
        int limit = sqlite3_limit(Db, 6 /* SQLITE_LIMIT_FUNCTION_ARG */, -1);
        if (n < -1 || n > limit)
        {
            Errors.SetString(State.ProgrammingError, $"'{name}' must be between -1 and {limit}, not {n}");
            return false;
        }
        return true;
    }

    static byte[] CString(string s) => Encoding.UTF8.GetBytes(s + "\0");

    [PyMethod("create_function", TextSignature = "($self, /, name, narg, func, *, deterministic=False)",
        Doc = "Creates a new function.")]
    static PyObject? CreateFunction(Connection self, [Keyword] string name, [Keyword] int narg, [Keyword] PyObject func,
        [KeywordOnly] bool deterministic = false)
    {
        if (!self.Usable()) return null;
        if (!self.CheckNumParams(narg, "narg")) return null;
        int flags = SQLITE_UTF8 | (deterministic ? SQLITE_DETERMINISTIC : 0);
        nint ctx = CallbackContext.Create(func, self.State);
        int rc;
        fixed (byte* n = CString(name))
            rc = sqlite3_create_function_v2(self.Db, n, narg, flags, ctx, Callbacks.FuncPtr, null, null, Callbacks.DestroyPtr);
        if (rc != SQLITE_OK)
            return Errors.SetString(self.State.OperationalError, "Error creating function");
        return Py.None;
    }

    [PyMethod("create_aggregate", TextSignature = "($self, /, name, n_arg, aggregate_class)", Doc = "Creates a new aggregate.")]
    static PyObject? CreateAggregate(Connection self, [Keyword] string name, [Keyword] int n_arg, [Keyword] PyObject aggregate_class)
    {
        if (!self.Usable()) return null;
        if (!self.CheckNumParams(n_arg, "n_arg")) return null;
        nint ctx = CallbackContext.Create(aggregate_class, self.State);
        int rc;
        fixed (byte* n = CString(name))
            rc = sqlite3_create_function_v2(self.Db, n, n_arg, SQLITE_UTF8, ctx, null, Callbacks.StepPtr, Callbacks.FinalPtr, Callbacks.DestroyPtr);
        if (rc != SQLITE_OK)
            return Errors.SetString(self.State.OperationalError, "Error creating aggregate");
        return Py.None;
    }

    [PyMethod("create_window_function", Doc = "Creates or redefines an aggregate window function. Non-standard.\n\n  name\n    The name of the SQL aggregate window function to be created or\n    redefined.\n  num_params\n    The number of arguments the step and inverse methods takes.\n  aggregate_class\n    A class with step(), finalize(), value(), and inverse() methods.\n    Set to None to clear the window function.")]
    static PyObject? CreateWindowFunction(Connection self, string name, int num_params, PyObject aggregate_class)
    {
        if (!self.Usable()) return null;
        if (!self.CheckNumParams(num_params, "num_params")) return null;
        int rc;
        fixed (byte* n = CString(name))
        {
            if (aggregate_class == Py.None)
                rc = sqlite3_create_window_function(self.Db, n, num_params, SQLITE_UTF8, 0, null, null, null, null, null);
            else
            {
                nint ctx = CallbackContext.Create(aggregate_class, self.State);
                rc = sqlite3_create_window_function(self.Db, n, num_params, SQLITE_UTF8, ctx,
                    Callbacks.StepPtr, Callbacks.FinalPtr, Callbacks.ValuePtr, Callbacks.InversePtr, Callbacks.DestroyPtr);
            }
        }
        // SQLite does not set the connection's error here.
        if (rc != SQLITE_OK) return Errors.SetString(self.State.ProgrammingError, Utf8(sqlite3_errstr(rc)) ?? "");
        return Py.None;
    }

    [PyMethod("create_collation", Doc = "Creates a collation function.")]
    static PyObject? CreateCollation(Connection self, string name, PyObject? callable)
    {
        if (!self.Usable()) return null;
        bool clear = callable == Py.None;
        if (!clear && callable!.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "parameter must be callable");
        nint ctx = clear ? 0 : CallbackContext.Create(callable!, self.State);
        int rc;
        fixed (byte* n = CString(name))
            rc = sqlite3_create_collation_v2(self.Db, n, SQLITE_UTF8, ctx,
                clear ? null : Callbacks.CollationPtr, clear ? null : Callbacks.DestroyPtr);
        if (rc != SQLITE_OK)
        {
            // Unlike the other functions, a failed sqlite3_create_collation_v2() does not call the destructor.
            CallbackContext.Free(ctx);
            return Sqlite3Errors.FromDb(self.State, self.Db);
        }
        return Py.None;
    }

    [PyMethod("set_authorizer", TextSignature = "($self, /, authorizer_callback)", Doc = "Set authorizer callback.")]
    static PyObject? SetAuthorizer(Connection self, [Keyword] PyObject authorizer_callback)
    {
        if (!self.Usable()) return null;
        int rc;
        if (authorizer_callback == Py.None)
        {
            rc = sqlite3_set_authorizer(self.Db, null, 0);
            SetContext(ref self._authorizerCtx, 0);
        }
        else
        {
            nint ctx = CallbackContext.Create(authorizer_callback, self.State);
            rc = sqlite3_set_authorizer(self.Db, Callbacks.AuthorizerPtr, ctx);
            SetContext(ref self._authorizerCtx, ctx);
        }
        if (rc != SQLITE_OK)
        {
            SetContext(ref self._authorizerCtx, 0);
            return Errors.SetString(self.State.OperationalError, "Error setting authorizer callback");
        }
        return Py.None;
    }

    [PyMethod("set_progress_handler", TextSignature = "($self, /, progress_handler, n)", Doc = "Set progress handler callback.")]
    static PyObject? SetProgressHandler(Connection self, [Keyword] PyObject progress_handler, [Keyword] int n)
    {
        if (!self.Usable()) return null;
        if (progress_handler == Py.None)
        {
            sqlite3_progress_handler(self.Db, 0, null, 0);
            SetContext(ref self._progressCtx, 0);
        }
        else
        {
            nint ctx = CallbackContext.Create(progress_handler, self.State);
            sqlite3_progress_handler(self.Db, n, Callbacks.ProgressPtr, ctx);
            SetContext(ref self._progressCtx, ctx);
        }
        return Py.None;
    }

    [PyMethod("set_trace_callback", TextSignature = "($self, /, trace_callback)", Doc = "Set a trace callback called for each SQL statement (passed as unicode).")]
    static PyObject? SetTraceCallback(Connection self, [Keyword] PyObject trace_callback)
    {
        if (!self.Usable()) return null;
        if (trace_callback == Py.None)
        {
            sqlite3_trace_v2(self.Db, SQLITE_TRACE_STMT, null, 0);
            SetContext(ref self._traceCtx, 0);
        }
        else
        {
            nint ctx = CallbackContext.Create(trace_callback, self.State);
            sqlite3_trace_v2(self.Db, SQLITE_TRACE_STMT, Callbacks.TracePtr, ctx);
            SetContext(ref self._traceCtx, ctx);
        }
        return Py.None;
    }
}
