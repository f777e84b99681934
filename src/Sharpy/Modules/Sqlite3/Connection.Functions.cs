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

    /// <summary>
    /// Clinic's "[clinic deprecated] positional-only in 3.15": passing the first
    /// <paramref name="names"/>.Length parameters by keyword warns (DeprecationWarning).
    /// </summary>
    static bool WarnKeywordUse(ReadOnlySpan<StackRef> args, PyTuple? kwnames, string method, string[] names)
    {
        if (!ArgParse.HasKeywords(kwnames) || ArgParse.NArgs(args, kwnames) >= names.Length) return true;
        string list = names.Length == 1 ? $"'{names[0]}'"
            : string.Join(", ", Array.ConvertAll(names[..^1], n => $"'{n}'")) + $" and '{names[^1]}'";
        string msg = names.Length == 1
            ? $"Passing keyword argument {list} to _sqlite3.Connection.{method}() is deprecated. Parameter {list} will become positional-only in Python 3.15."
            : $"Passing keyword arguments {list} to _sqlite3.Connection.{method}() is deprecated. Parameters {list} will become positional-only in Python 3.15.";
        return Warnings.WarnEx(PyExc.DeprecationWarning, msg, 1) >= 0;
    }

    /// <summary>A name argument: str, as NUL-terminated UTF-8 (UnicodeEncodeError, or ValueError for an embedded NUL).</summary>
    internal static byte[]? CString(PyObject o, string fname, string argName)
    {
        if (o is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"{fname}() argument {argName} must be str, not {o.ob_type.tp_name}");
            return null;
        }
        var b = Statement.NulTerminatedUtf8(s);
        if (b != null && Array.IndexOf(b, (byte)0) < b.Length - 1)
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return null;
        }
        return b;
    }

    static readonly ArgParse.Parser CreateFunctionParser = new("create_function", 0, ["name", "narg", "func", "deterministic"], 3, 3, 0);

    [PyMethod("create_function", Raw = "keyword use of name, narg and func warns (deprecated in 3.13), which a declared signature cannot see",
        TextSignature = "($self, /, name, narg, func, *, deterministic=False)", Doc = "Creates a new function.")]
    static PyObject? CreateFunction(Connection self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgParse.UnpackKeywords(args, kwnames, CreateFunctionParser, a)) return null;
        if (!WarnKeywordUse(args, kwnames, "create_function", ["name", "narg", "func"])) return null;
        var name = CString(a[0]!, "create_function", "'name'");
        if (name == null) return null;
        if (!ArgParse.ToInt(a[1]!, out int narg)) return null;
        bool deterministic = false;
        if (a[3] != null && !ArgParse.ToBool(a[3]!, out deterministic)) return null;
        if (!self.Usable()) return null;
        if (!self.CheckNumParams(narg, "narg")) return null;
        int flags = SQLITE_UTF8 | (deterministic ? SQLITE_DETERMINISTIC : 0);
        nint ctx = CallbackContext.Create(a[2]!, self.State);
        int rc;
        fixed (byte* n = name)
            rc = sqlite3_create_function_v2(self.Db, n, narg, flags, ctx, Callbacks.FuncPtr, null, null, Callbacks.DestroyPtr);
        if (rc != SQLITE_OK)
            return Errors.SetString(self.State.OperationalError, "Error creating function");
        return Py.None;
    }

    static readonly ArgParse.Parser CreateAggregateParser = new("create_aggregate", 0, ["name", "n_arg", "aggregate_class"], 3, 3, 0);

    [PyMethod("create_aggregate", Raw = "keyword use of its parameters warns (deprecated in 3.13), which a declared signature cannot see",
        TextSignature = "($self, /, name, n_arg, aggregate_class)", Doc = "Creates a new aggregate.")]
    static PyObject? CreateAggregate(Connection self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgParse.UnpackKeywords(args, kwnames, CreateAggregateParser, a)) return null;
        if (!WarnKeywordUse(args, kwnames, "create_aggregate", ["name", "n_arg", "aggregate_class"])) return null;
        var name = CString(a[0]!, "create_aggregate", "'name'");
        if (name == null) return null;
        if (!ArgParse.ToInt(a[1]!, out int nArg)) return null;
        if (!self.Usable()) return null;
        if (!self.CheckNumParams(nArg, "n_arg")) return null;
        nint ctx = CallbackContext.Create(a[2]!, self.State);
        int rc;
        fixed (byte* n = name)
            rc = sqlite3_create_function_v2(self.Db, n, nArg, SQLITE_UTF8, ctx, null, Callbacks.StepPtr, Callbacks.FinalPtr, Callbacks.DestroyPtr);
        if (rc != SQLITE_OK)
            return Errors.SetString(self.State.OperationalError, "Error creating aggregate");
        return Py.None;
    }

    [PyMethod("create_window_function", Doc = "Creates or redefines an aggregate window function. Non-standard.\n\n  name\n    The name of the SQL aggregate window function to be created or\n    redefined.\n  num_params\n    The number of arguments the step and inverse methods takes.\n  aggregate_class\n    A class with step(), finalize(), value(), and inverse() methods.\n    Set to None to clear the window function.")]
    static PyObject? CreateWindowFunction(Connection self, PyObject name, int num_params, PyObject aggregate_class)
    {
        var cname = CString(name, "create_window_function", "1");
        if (cname == null) return null;
        if (!self.Usable()) return null;
        if (!self.CheckNumParams(num_params, "num_params")) return null;
        int rc;
        fixed (byte* n = cname)
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
    static PyObject? CreateCollation(Connection self, PyObject name, PyObject? callable)
    {
        var cname = CString(name, "create_collation", "1");
        if (cname == null) return null;
        if (!self.Usable()) return null;
        bool clear = callable == Py.None;
        if (!clear && callable!.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "parameter must be callable");
        nint ctx = clear ? 0 : CallbackContext.Create(callable!, self.State);
        int rc;
        fixed (byte* n = cname)
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

    static readonly ArgParse.Parser SetAuthorizerParser = new("set_authorizer", 0, ["authorizer_callback"], 1, 1, 0);

    [PyMethod("set_authorizer", Raw = "keyword use of authorizer_callback warns (deprecated in 3.13), which a declared signature cannot see",
        TextSignature = "($self, /, authorizer_callback)", Doc = "Set authorizer callback.")]
    static PyObject? SetAuthorizer(Connection self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgParse.UnpackKeywords(args, kwnames, SetAuthorizerParser, a)) return null;
        if (!WarnKeywordUse(args, kwnames, "set_authorizer", ["authorizer_callback"])) return null;
        var authorizer_callback = a[0]!;
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

    static readonly ArgParse.Parser SetProgressHandlerParser = new("set_progress_handler", 0, ["progress_handler", "n"], 2, 2, 0);

    [PyMethod("set_progress_handler", Raw = "keyword use of progress_handler warns (deprecated in 3.13), which a declared signature cannot see",
        TextSignature = "($self, /, progress_handler, n)", Doc = "Set progress handler callback.")]
    static PyObject? SetProgressHandler(Connection self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, SetProgressHandlerParser, a)) return null;
        if (!WarnKeywordUse(args, kwnames, "set_progress_handler", ["progress_handler"])) return null;
        var progress_handler = a[0]!;
        if (!ArgParse.ToInt(a[1]!, out int n)) return null;
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

    static readonly ArgParse.Parser SetTraceCallbackParser = new("set_trace_callback", 0, ["trace_callback"], 1, 1, 0);

    [PyMethod("set_trace_callback", Raw = "keyword use of trace_callback warns (deprecated in 3.13), which a declared signature cannot see",
        TextSignature = "($self, /, trace_callback)", Doc = "Set a trace callback called for each SQL statement (passed as unicode).")]
    static PyObject? SetTraceCallback(Connection self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgParse.UnpackKeywords(args, kwnames, SetTraceCallbackParser, a)) return null;
        if (!WarnKeywordUse(args, kwnames, "set_trace_callback", ["trace_callback"])) return null;
        var trace_callback = a[0]!;
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
