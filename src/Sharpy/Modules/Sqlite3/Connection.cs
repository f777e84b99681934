using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// `sqlite3.Connection` (connection.c): an open SQLite database, its transaction control (3.12's
/// autocommit, or the legacy implicit BEGIN before DML), its statement cache and the functions,
/// collations and hooks registered on it. A connection dropped unclosed closes its database
/// (with a ResourceWarning, as CPython's finalizer). The user-function and hook methods are in
/// Connection.Functions.cs.
/// </summary>
[PyType("sqlite3.Connection", BaseType = true, Doc = "SQLite database connection object.")]
public sealed unsafe partial class Connection : PyObject, IWeakReferenceable
{
    internal nint Db;
    internal Sqlite3State State = null!;
    bool _initialized;
    internal int DetectTypes;
    /// <summary>True (1), False (0) or LEGACY_TRANSACTION_CONTROL (-1).</summary>
    internal int AutocommitMode = Sqlite3Module.LEGACY_TRANSACTION_CONTROL;
    /// <summary>The isolation level ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"), or null for None (autocommit).</summary>
    string? _isolationLevel;
    bool _checkSameThread;
    long _threadIdent;
    internal PyObject RowFactory = Py.None;
    internal PyObject TextFactory = PyUnicode.Type;
    StatementCache? _statementCache;
    /// <summary>The contexts of the hooks SQLite keeps no destructor for (trace_ctx, progress_ctx, authorizer_ctx).</summary>
    nint _traceCtx, _progressCtx, _authorizerCtx;
    /// <summary>The open blobs, closed with the connection (borrowed: a blob removes itself when it closes).</summary>
    internal readonly List<Blob> Blobs = new();

    public PyWeakReference? WeakRefList { get; set; }

    Connection(PyType type) : base(type) { }

    /// <summary>BEGIN with the isolation level, as legacy transaction control issues it.</summary>
    internal string? BeginStatement => _isolationLevel == null ? null : "BEGIN " + _isolationLevel;

    protected internal override void Traverse(Visitor visit)
    {
        visit(RowFactory);
        visit(TextFactory);
        _statementCache?.Traverse(visit);
        VisitContext(_traceCtx, visit);
        VisitContext(_progressCtx, visit);
        VisitContext(_authorizerCtx, visit);
    }

    static void VisitContext(nint ctx, Visitor visit)
    {
        if (ctx != 0 && CallbackContext.From(ctx).Callable is { } c) visit(c);
    }

    protected internal override void Clear()
    {
        _statementCache?.Clear();
        Py.SETREF(ref RowFactory!, Py.None);
        Py.SETREF(ref TextFactory!, PyUnicode.Type);
        FreeCallbackContexts();
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        CloseDb();
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new Connection(type);

    static readonly ArgParse.Parser InitParser = new("Connection", 0,
        ["database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements", "uri", "autocommit"],
        1, 8, 0);

    /// <summary>pysqlite_connection_init: open the database and set the connection up.</summary>
    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (Connection)op;
        Span<PyObject?> a = new PyObject?[9];
        if (!ArgParse.UnpackKeywords(args, kwnames, InitParser, a)) return -1;
        if (ArgParse.NArgs(args, kwnames) > 1
            && Warnings.WarnEx(PyExc.DeprecationWarning,
                "Passing more than 1 positional argument to _sqlite3.Connection() is deprecated. "
                + "Parameters 'timeout', 'detect_types', 'isolation_level', 'check_same_thread', "
                + "'factory', 'cached_statements' and 'uri' will become keyword-only parameters in Python 3.15.", 1) < 0)
            return -1;
        var path = FsConvert(a[0]!);
        if (path == null) return -1;
        double timeout = 5.0;
        int detectTypes = 0, cacheSize = 128;
        bool checkSameThread = true, uri = false;
        string? level = "";
        int autocommit = Sqlite3Module.LEGACY_TRANSACTION_CONTROL;
        if (a[1] != null && !ArgParse.ToDouble(a[1]!, out timeout)) return -1;
        if (a[2] != null && !ArgParse.ToInt(a[2]!, out detectTypes)) return -1;
        if (a[3] != null && !IsolationLevelConverter(a[3]!, out level)) return -1;
        if (a[4] != null)
        {
            if (!ArgParse.ToInt(a[4]!, out int cst)) return -1;
            checkSameThread = cst != 0;
        }
        if (a[6] != null && !ArgParse.ToInt(a[6]!, out cacheSize)) return -1;
        if (a[7] != null && !ArgParse.ToBool(a[7]!, out uri)) return -1;
        if (a[8] != null && !AutocommitConverter(a[8]!, out autocommit)) return -1;

        if (self._initialized)
        {
            // __init__ called again: start over with a new database.
            self._initialized = false;
            self.Clear();
            if (self.CloseDb() < 0) return -1;
        }
        var state = Sqlite3State.Get();
        nint db;
        int rc;
        fixed (byte* p = path)
        {
            using (SqliteGil.AllowThreads())
            {
                rc = sqlite3_open_v2(p, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | (uri ? SQLITE_OPEN_URI : 0), null);
                if (rc == SQLITE_OK) sqlite3_busy_timeout(db, (int)(timeout * 1000));
            }
        }
        if (db == 0 && rc == SQLITE_NOMEM)
        {
            Errors.NoMemory();
            return -1;
        }
        if (rc != SQLITE_OK)
        {
            Sqlite3Errors.FromDb(state, db);
            sqlite3_close_v2(db);
            return -1;
        }
        self.Db = db;
        self.State = state;
        self.DetectTypes = detectTypes;
        self._isolationLevel = level;
        self.AutocommitMode = autocommit;
        self._checkSameThread = checkSameThread;
        self._threadIdent = ThreadState.Current.Ident;
        self._statementCache = new StatementCache(cacheSize);
        Py.SETREF(ref self.RowFactory!, Py.None);
        Py.SETREF(ref self.TextFactory!, PyUnicode.Type);
        self._initialized = true;
        if (autocommit == 0) self.ExecStatement("BEGIN");
        return 0;
    }

    /// <summary>PyUnicode_FSConverter: str (surrogateescape), bytes or os.PathLike, NUL-terminated.</summary>
    static byte[]? FsConvert(PyObject o)
    {
        var p = PathArg.FsPath(o);
        if (p == null) return null;
        byte[]? z = p is PyBytes b ? PosixPath.Terminate(b.Value) : PosixPath.EncodeStr(((PyUnicode)p).Value);
        Py.DECREF(p);
        if (z != null && Array.IndexOf(z, (byte)0) < z.Length - 1)
        {
            Errors.SetString(PyExc.ValueError, "embedded null byte");
            return null;
        }
        return z;
    }

    /// <summary>isolation_level_converter: None, or one of "", "DEFERRED", "IMMEDIATE", "EXCLUSIVE" in any case.</summary>
    static bool IsolationLevelConverter(PyObject o, out string? level)
    {
        level = null;
        if (o == Py.None) return true;
        if (o is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, "isolation_level must be str or None");
            return false;
        }
        if (s.Value.Contains('\0'))
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return false;
        }
        foreach (var candidate in (string[])["", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"])
        {
            if (string.Equals(s.Value, candidate, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        Errors.SetString(PyExc.ValueError, "isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'");
        return false;
    }

    /// <summary>autocommit_converter: True, False or LEGACY_TRANSACTION_CONTROL exactly.</summary>
    static bool AutocommitConverter(PyObject? o, out int mode)
    {
        mode = Sqlite3Module.LEGACY_TRANSACTION_CONTROL;
        if (o == PyBool.True) { mode = 1; return true; }
        if (o == PyBool.False) { mode = 0; return true; }
        if (o is PyLong l && o is not PyBool && l.TryGetLong(out long v) && v == Sqlite3Module.LEGACY_TRANSACTION_CONTROL) return true;
        Errors.SetString(PyExc.ValueError, "autocommit must be True, False, or sqlite3.LEGACY_TRANSACTION_CONTROL");
        return false;
    }

    /// <summary>pysqlite_check_thread: with check_same_thread, only the creating thread may use the connection.</summary>
    internal bool CheckThread()
    {
        if (!_checkSameThread) return true;
        long current = ThreadState.Current.Ident;
        if (current == _threadIdent) return true;
        Errors.SetString(State?.ProgrammingError ?? Sqlite3State.Get().ProgrammingError,
            "SQLite objects created in a thread can only be used in that same thread. "
            + $"The object was created in thread id {_threadIdent} and this is thread id {current}.");
        return false;
    }

    /// <summary>pysqlite_check_connection: initialised and not closed.</summary>
    internal bool CheckConnection()
    {
        if (!_initialized)
        {
            Errors.SetString(Sqlite3State.Get().ProgrammingError, "Base Connection.__init__ not called.");
            return false;
        }
        if (Db == 0)
        {
            Errors.SetString(State.ProgrammingError, "Cannot operate on a closed database.");
            return false;
        }
        return true;
    }

    bool Usable() => CheckThread() && CheckConnection();

    /// <summary>connection_exec_stmt: run one fixed statement (BEGIN, COMMIT, ROLLBACK); 0, or -1 with an error.</summary>
    internal int ExecStatement(string sql)
    {
        var text = Encoding.UTF8.GetBytes(sql + "\0");
        int rc;
        fixed (byte* p = text)
        {
            using (SqliteGil.AllowThreads())
            {
                nint stmt;
                rc = sqlite3_prepare_v2(Db, p, text.Length, &stmt, null);
                if (rc == SQLITE_OK)
                {
                    sqlite3_step(stmt);
                    rc = sqlite3_finalize(stmt);
                }
            }
        }
        if (rc != SQLITE_OK)
        {
            Sqlite3Errors.FromDb(State, Db);
            return -1;
        }
        return 0;
    }

    /// <summary>The statement for <paramref name="sql"/> from the cache, prepared if not there (a new reference).</summary>
    internal Statement? GetStatement(PyUnicode sql)
    {
        if (_statementCache == null) return Statement.Create(this, sql);
        return _statementCache.Get(this, sql);
    }

    /// <summary>connection_close: roll back an autocommit=False transaction, drop the hooks, close the database.</summary>
    int CloseDb()
    {
        if (Db == 0) return 0;
        int result = 0;
        if (AutocommitMode == 0 && sqlite3_get_autocommit(Db) == 0 && ExecStatement("ROLLBACK") < 0) result = -1;
        FreeCallbackContexts();
        _statementCache?.Clear();
        nint db = Db;
        Db = 0;
        using (SqliteGil.AllowThreads()) sqlite3_close_v2(db);
        return result;
    }

    /// <summary>free_callback_contexts: unset the trace, progress and authorizer hooks and drop their callables.</summary>
    void FreeCallbackContexts()
    {
        if (Db != 0)
        {
            if (_traceCtx != 0) sqlite3_trace_v2(Db, 0, null, 0);
            if (_progressCtx != 0) sqlite3_progress_handler(Db, 0, null, 0);
            if (_authorizerCtx != 0) sqlite3_set_authorizer(Db, null, 0);
        }
        SetContext(ref _traceCtx, 0);
        SetContext(ref _progressCtx, 0);
        SetContext(ref _authorizerCtx, 0);
    }

    static void SetContext(ref nint slot, nint ctx)
    {
        nint old = slot;
        slot = ctx;
        CallbackContext.Free(old);
    }

    /// <summary>connection_finalize: an unclosed connection warns (ResourceWarning) and closes.</summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject op)
    {
        var self = (Connection)op;
        var exc = Errors.GetRaisedException();
        if (self.Db != 0)
        {
            var repr = Abstract.ReprString(self);
            if (repr == null || Warnings.WarnWithSource(PyExc.ResourceWarning, "unclosed database in " + repr, 1, self) < 0)
                Interpreter.WriteUnraisable("while finalizing database connection", self);
        }
        foreach (var blob in self.Blobs.ToArray()) blob.CloseBlob();
        if (self.CloseDb() < 0) Interpreter.WriteUnraisable("while closing database", self);
        Errors.SetRaisedException(exc);
    }

    [PyMethod("cursor", Doc = "Return a cursor for the connection.")]
    static PyObject? CursorMethod(Connection self, [Keyword] PyObject? factory = null)
    {
        if (!self.Usable()) return null;
        var cursor = Calls.CallOneArg(factory ?? Cursor.Type, self);
        if (cursor == null) return null;
        if (cursor is not Cursor c)
        {
            Errors.SetString(PyExc.TypeError, $"factory must return a cursor, not {cursor.ob_type.tp_name}");
            Py.DECREF(cursor);
            return null;
        }
        if (self.RowFactory != Py.None) Py.SETREF(ref c.RowFactory!, Py.NewRef(self.RowFactory));
        return cursor;
    }

    [PyMethod("close", Doc = "Close the database connection.\n\nAny pending transaction is not committed implicitly.")]
    static PyObject? Close(Connection self)
    {
        if (!self.CheckThread()) return null;
        if (!self._initialized) return Errors.SetString(Sqlite3State.Get().ProgrammingError, "Base Connection.__init__ not called.");
        foreach (var blob in self.Blobs.ToArray()) blob.CloseBlob();
        return self.CloseDb() < 0 ? null : Py.None;
    }

    [PyMethod("commit", Doc = "Commit any pending transaction to the database.\n\nIf there is no open transaction, this method is a no-op.")]
    static PyObject? Commit(Connection self)
    {
        if (!self.Usable()) return null;
        if (self.AutocommitMode == Sqlite3Module.LEGACY_TRANSACTION_CONTROL)
        {
            if (sqlite3_get_autocommit(self.Db) == 0 && self.ExecStatement("COMMIT") < 0) return null;
        }
        else if (self.AutocommitMode == 0)
        {
            if (self.ExecStatement("COMMIT") < 0 || self.ExecStatement("BEGIN") < 0) return null;
        }
        return Py.None;
    }

    [PyMethod("rollback", Doc = "Roll back to the start of any pending transaction.\n\nIf there is no open transaction, this method is a no-op.")]
    static PyObject? Rollback(Connection self)
    {
        if (!self.Usable()) return null;
        if (self.AutocommitMode == Sqlite3Module.LEGACY_TRANSACTION_CONTROL)
        {
            if (sqlite3_get_autocommit(self.Db) == 0 && self.ExecStatement("ROLLBACK") < 0) return null;
        }
        else if (self.AutocommitMode == 0)
        {
            if (self.ExecStatement("ROLLBACK") < 0 || self.ExecStatement("BEGIN") < 0) return null;
        }
        return Py.None;
    }

    [PyMethod("execute", Doc = "Executes an SQL statement.")]
    static PyObject? Execute(Connection self, PyUnicode sql, PyObject? parameters = null)
    {
        var cursor = CursorMethod(self) as Cursor;
        if (cursor == null) return null;
        var result = cursor.QueryExecute(false, sql, parameters);
        if (result == null)
        {
            Py.DECREF(cursor);
            return null;
        }
        Py.DECREF(result);
        return cursor;
    }

    [PyMethod("executemany", Doc = "Repeatedly executes an SQL statement.")]
    static PyObject? ExecuteMany(Connection self, PyUnicode sql, PyObject parameters)
    {
        var cursor = CursorMethod(self) as Cursor;
        if (cursor == null) return null;
        var result = cursor.QueryExecute(true, sql, parameters);
        if (result == null)
        {
            Py.DECREF(cursor);
            return null;
        }
        Py.DECREF(result);
        return cursor;
    }

    [PyMethod("executescript", Doc = "Executes multiple SQL statements at once.")]
    static PyObject? ExecuteScript(Connection self, PyObject sql_script)
    {
        var cursor = CursorMethod(self);
        if (cursor == null) return null;
        var result = Calls.CallMethod(cursor, "executescript", sql_script);
        if (result == null)
        {
            Py.DECREF(cursor);
            return null;
        }
        Py.DECREF(result);
        return cursor;
    }

    /// <summary>pysqlite_connection_call: a prepared statement for the SQL (what the statement cache calls).</summary>
    [PySlot("tp_call")]
    static PyObject? Call(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (Connection)op;
        if (!self.CheckConnection()) return null;
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("sqlite3.Connection");
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs != 1) return Errors.SetString(PyExc.TypeError, $"function takes exactly 1 argument ({nargs} given)");
        var sql = args[0].AsBorrowed;
        if (sql is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"argument 1 must be str, not {sql.ob_type.tp_name}");
        return Statement.Create(self, s);
    }

    /// <summary>inspect.signature(connection) reads it: calling a connection takes the SQL.</summary>
    [PyGetter("__text_signature__")]
    static PyObject? GetTextSignature(Connection self) => PyUnicode.FromString("(sql, /)");

    [PyMethod("interrupt", Doc = "Abort any pending database operation.")]
    static PyObject? Interrupt(Connection self)
    {
        if (!self.CheckConnection()) return null;
        sqlite3_interrupt(self.Db);
        return Py.None;
    }

    [PyMethod("iterdump", TextSignature = "($self, /, *, filter=None)",
        Doc = "Returns iterator to the dump of the database in an SQL text format.\n\n  filter\n    An optional LIKE pattern for database objects to dump")]
    static PyObject? IterDump(Connection self, [KeywordOnly] PyObject? filter = null)
    {
        if (!self.CheckConnection()) return null;
        var module = Import.ImportModule("sqlite3.dump");
        if (module == null) return null;
        var iterdump = Abstract.GetAttr(module, "_iterdump");
        Py.DECREF(module);
        if (iterdump == null)
        {
            if (!Errors.Occurred()) Errors.SetString(self.State.OperationalError, "Failed to obtain _iterdump() reference");
            return null;
        }
        var kwnames = PyTuple.FromStolen([PyUnicode.FromString("filter")]);
        Span<StackRef> a = [StackRef.FromBorrow(self), StackRef.FromBorrow(filter ?? Py.None)];
        var r = Calls.Call(iterdump, a, kwnames);
        Py.DECREF(kwnames);
        Py.DECREF(iterdump);
        return r;
    }

    [PyMethod("__enter__", Doc = "Called when the connection is used as a context manager.\n\nReturns itself as a convenience to the caller.")]
    static PyObject? Enter(Connection self)
    {
        if (!self.CheckConnection()) return null;
        return Py.NewRef(self);
    }

    [PyMethod("__exit__", Doc = "Called when the connection is used as a context manager.\n\nIf there was any exception, a rollback takes place; otherwise we commit.")]
    static PyObject? Exit(Connection self, PyObject type, PyObject value, PyObject traceback)
    {
        bool commit = type == Py.None && value == Py.None && traceback == Py.None;
        var result = commit ? Commit(self) : Rollback(self);
        if (result == null)
        {
            if (commit)
            {
                // The commit failed: roll back to unlock the database, keeping the commit's error.
                var exc = Errors.GetRaisedException();
                var r = Rollback(self);
                if (r == null)
                {
                    var cur = Errors.GetRaisedException()!;
                    if (exc != null) Py.SETREF(ref cur.Context, exc);
                    Errors.SetRaisedException(cur);
                }
                else Errors.SetRaisedException(exc);
            }
            return null;
        }
        return Py.NewRef(PyBool.False);
    }

    [PyMethod("setlimit", Doc = "Set connection run-time limits.\n\n  category\n    The limit category to be set.\n  limit\n    The new limit. If the new limit is a negative number, the limit is\n    unchanged.\n\nAttempts to increase a limit above its hard upper bound are silently truncated\nto the hard upper bound. Regardless of whether or not the limit was changed,\nthe prior value of the limit is returned.")]
    static PyObject? SetLimit(Connection self, int category, int limit)
    {
        if (!self.Usable()) return null;
        int old = sqlite3_limit(self.Db, category, limit);
        if (old < 0) return Errors.SetString(self.State.ProgrammingError, "'category' is out of bounds");
        return PyLong.FromLong(old);
    }

    [PyMethod("getlimit", Doc = "Get connection run-time limits.\n\n  category\n    The limit category to be queried.")]
    static PyObject? GetLimit(Connection self, int category) => SetLimit(self, category, -1);

    static bool KnownConfig(int op)
    {
        foreach (var (_, value) in Sqlite3Module.DbConfigs)
            if (value == op) return true;
        return false;
    }

    [PyMethod("setconfig", TextSignature = "($self, op, enable=True, /)", Doc = "Set a boolean connection configuration option.\n\n  op\n    The configuration verb; one of the sqlite3.SQLITE_DBCONFIG codes.")]
    static PyObject? SetConfig(Connection self, int op, bool enable = true)
    {
        if (!self.Usable()) return null;
        if (!KnownConfig(op)) return Errors.SetString(PyExc.ValueError, $"unknown config 'op': {op}");
        int actual;
        int rc = sqlite3_db_config(self.Db, op, enable ? 1 : 0, &actual);
        if (rc != SQLITE_OK) return Sqlite3Errors.FromDb(self.State, self.Db);
        return PyBool.From(actual != 0);
    }

    [PyMethod("getconfig", Doc = "Query a boolean connection configuration option.\n\n  op\n    The configuration verb; one of the sqlite3.SQLITE_DBCONFIG codes.")]
    static PyObject? GetConfig(Connection self, int op)
    {
        if (!self.Usable()) return null;
        if (!KnownConfig(op)) return Errors.SetString(PyExc.ValueError, $"unknown config 'op': {op}");
        int current;
        int rc = sqlite3_db_config(self.Db, op, -1, &current);
        if (rc != SQLITE_OK) return Sqlite3Errors.FromDb(self.State, self.Db);
        return PyBool.From(current != 0);
    }

    [PyMethod("serialize", TextSignature = "($self, /, *, name='main')", Doc = "Serialize a database into a byte string.\n\n  name\n    Which database to serialize.\n\nFor an ordinary on-disk database file, the serialization is just a copy of the\ndisk file. For an in-memory database or a \"temp\" database, the serialization is\nthe same sequence of bytes which would be written to disk if that database\nwere backed up to disk.")]
    static PyObject? Serialize(Connection self, [KeywordOnly] PyObject? name = null)
    {
        var schema = name == null ? "main\0"u8.ToArray() : CString(name, "serialize", "'name'");
        if (schema == null) return null;
        if (!self.Usable()) return null;
        long size;
        byte* data;
        bool copied = false;
        fixed (byte* s = schema)
        {
            using (SqliteGil.AllowThreads())
            {
                data = sqlite3_serialize(self.Db, s, &size, 1); // SQLITE_SERIALIZE_NOCOPY
                if (data == null)
                {
                    copied = true;
                    data = sqlite3_serialize(self.Db, s, &size, 0);
                }
            }
        }
        if (data == null) return Errors.SetString(self.State.OperationalError, $"unable to serialize '{Encoding.UTF8.GetString(schema, 0, schema.Length - 1)}'");
        var res = PyBytes.FromSpan(new ReadOnlySpan<byte>(data, (int)size));
        if (copied) sqlite3_free(data);
        return res;
    }

    [PyMethod("deserialize", TextSignature = "($self, data, /, *, name='main')", Doc = "Load a serialized database.\n\n  data\n    The serialized database content.\n  name\n    Which database to reopen with the deserialization.\n\nThe deserialize interface causes the database connection to disconnect from the\ntarget database, and then reopen it as an in-memory database based on the given\nserialized data.\n\nThe deserialize interface will fail with SQLITE_BUSY if the database is\ncurrently in a read transaction or is involved in a backup operation.")]
    static PyObject? Deserialize(Connection self, BufferArg data, [KeywordOnly] PyObject? name = null)
    {
        var schema = name == null ? "main\0"u8.ToArray() : CString(name, "deserialize", "'name'");
        if (schema == null) return null;
        if (!self.Usable()) return null;
        var span = data.Span;
        var buf = (byte*)sqlite3_malloc64((ulong)Math.Max(span.Length, 1));
        if (buf == null) return Errors.NoMemory();
        span.CopyTo(new Span<byte>(buf, span.Length));
        int rc;
        fixed (byte* s = schema)
        {
            using (SqliteGil.AllowThreads())
                rc = sqlite3_deserialize(self.Db, s, buf, span.Length, span.Length, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
        }
        if (rc != SQLITE_OK) return Sqlite3Errors.FromDb(self.State, self.Db);
        return Py.None;
    }

    [PyMethod("backup", TextSignature = "($self, /, target, *, pages=-1, progress=None, name='main',\n       sleep=0.25)", Doc = "Makes a backup of the database.")]
    static PyObject? Backup(Connection self, [Keyword] PyObject target, [KeywordOnly] int pages = -1, [KeywordOnly] PyObject? progress = null,
        [KeywordOnly] PyObject? name = null, [KeywordOnly] double sleep = 0.25)
    {
        if (target is not Connection dest)
            return Errors.SetString(PyExc.TypeError, $"backup() argument 'target' must be sqlite3.Connection, not {target.ob_type.tp_name}");
        if (!self.CheckConnection() || !dest.CheckConnection()) return null;
        if (dest == self) return Errors.SetString(PyExc.ValueError, "target cannot be the same connection instance");
        if (progress == Py.None) progress = null;
        if (progress != null && progress.ob_type.tp_call == null)
            return Errors.SetString(PyExc.TypeError, "progress argument must be a callable");
        if (pages == 0) pages = -1;
        if (sleep < 0) return Errors.SetString(PyExc.ValueError, "sleep must be greater-than or equal to zero");
        double ms = sleep * 1000.0;
        if (ms > int.MaxValue) return Errors.SetString(PyExc.OverflowError, "sleep is too large");
        int sleepMs = (int)ms;
        var sourceName = name == null ? "main\0"u8.ToArray() : CString(name, "backup", "'name'");
        if (sourceName == null) return null;
        var main = "main\0"u8;
        nint handle;
        fixed (byte* src = sourceName)
        fixed (byte* dst = main)
        {
            using (SqliteGil.AllowThreads()) handle = sqlite3_backup_init(dest.Db, dst, self.Db, src);
        }
        if (handle == 0) return Sqlite3Errors.FromDb(self.State, dest.Db);
        int rc;
        do
        {
            using (SqliteGil.AllowThreads()) rc = sqlite3_backup_step(handle, pages);
            if (progress != null)
            {
                var args = PyTuple.FromStolen([PyLong.FromLong(rc), PyLong.FromLong(sqlite3_backup_remaining(handle)),
                    PyLong.FromLong(sqlite3_backup_pagecount(handle))]);
                var r = Calls.CallTuple(progress, args);
                Py.DECREF(args);
                if (r == null)
                {
                    using (SqliteGil.AllowThreads()) sqlite3_backup_finish(handle);
                    return null;
                }
                Py.DECREF(r);
            }
            // No progress possible now: wait before trying again.
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                using (SqliteGil.AllowThreads()) sqlite3_sleep(sleepMs);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        using (SqliteGil.AllowThreads()) rc = sqlite3_backup_finish(handle);
        if (rc != SQLITE_OK) return Sqlite3Errors.FromDb(self.State, dest.Db);
        return Py.None;
    }

    [PyMethod("blobopen", TextSignature = "($self, table, column, row, /, *, readonly=False, name='main')",
        Doc = "Open and return a BLOB object.\n\n  table\n    Table name.\n  column\n    Column name.\n  row\n    Row index.\n  readonly\n    Open the BLOB without write permissions.\n  name\n    Database name.")]
    static PyObject? BlobOpen(Connection self, PyObject table, PyObject column, PyObject row, [KeywordOnly] bool @readonly = false,
        [KeywordOnly] PyObject? name = null)
    {
        var t = CString(table, "blobopen", "1");
        if (t == null) return null;
        var c = CString(column, "blobopen", "2");
        if (c == null) return null;
        var n = name == null ? "main\0"u8.ToArray() : CString(name, "blobopen", "'name'");
        if (n == null) return null;
        if (row is not PyLong rowLong)
        {
            var index = Abstract.Index(row);
            if (index == null) return null;
            rowLong = index;
        }
        else Py.INCREF(rowLong);
        bool fits = Cursor.LongAsInt64(rowLong, out long rowid);
        Py.DECREF(rowLong);
        if (!fits) return null;
        if (!self.Usable()) return null;
        int rc;
        nint blob;
        fixed (byte* tp = t)
        fixed (byte* cp = c)
        fixed (byte* np = n)
        {
            using (SqliteGil.AllowThreads()) rc = sqlite3_blob_open(self.Db, np, tp, cp, rowid, @readonly ? 0 : 1, &blob);
        }
        if (rc == SQLITE_MISUSE) return Errors.SetString(self.State.InterfaceError, Utf8(sqlite3_errstr(rc)) ?? "");
        if (rc != SQLITE_OK) return Sqlite3Errors.FromDb(self.State, self.Db);
        return new Blob(self, blob);
    }

    [PyGetter("isolation_level")]
    static PyObject? GetIsolationLevel(Connection self)
    {
        if (!self.CheckConnection()) return null;
        return self._isolationLevel == null ? Py.None : PyUnicode.FromString(self._isolationLevel);
    }

    [PySetter("isolation_level")]
    static int SetIsolationLevel(Connection self, PyObject? value)
    {
        if (!self.CheckConnection()) return -1;
        if (value == null) return CannotDelete();
        if (value == Py.None)
        {
            self._isolationLevel = null;
            // COMMIT, to return to autocommit mode.
            var r = Commit(self);
            if (r == null) return -1;
            return 0;
        }
        if (!IsolationLevelConverter(value, out var level)) return -1;
        self._isolationLevel = level;
        return 0;
    }

    [PyGetter("autocommit")]
    static PyObject? GetAutocommit(Connection self)
    {
        if (!self.Usable()) return null;
        return self.AutocommitMode switch
        {
            1 => Py.NewRef(PyBool.True),
            0 => Py.NewRef(PyBool.False),
            _ => PyLong.FromLong(Sqlite3Module.LEGACY_TRANSACTION_CONTROL),
        };
    }

    [PySetter("autocommit")]
    static int SetAutocommit(Connection self, PyObject? value)
    {
        if (!self.Usable()) return -1;
        if (!AutocommitConverter(value, out int mode)) return -1;
        self.AutocommitMode = mode;
        // Entering autocommit ends an open transaction; leaving it opens one.
        if (mode == 1 && sqlite3_get_autocommit(self.Db) == 0) return self.ExecStatement("COMMIT");
        if (mode == 0 && sqlite3_get_autocommit(self.Db) != 0) return self.ExecStatement("BEGIN");
        return 0;
    }

    [PyGetter("in_transaction")]
    static PyObject? GetInTransaction(Connection self)
    {
        if (!self.CheckConnection()) return null;
        return PyBool.From(sqlite3_get_autocommit(self.Db) == 0);
    }

    [PyGetter("total_changes")]
    static PyObject? GetTotalChanges(Connection self)
    {
        if (!self.CheckConnection()) return null;
        return PyLong.FromLong(sqlite3_total_changes64(self.Db));
    }

    [PyGetter("row_factory")]
    static PyObject? GetRowFactory(Connection self) => Py.NewRef(self.RowFactory);

    [PySetter("row_factory")]
    static int SetRowFactory(Connection self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        Py.SETREF(ref self.RowFactory!, Py.NewRef(value ?? Py.None));
        return 0;
    }

    [PyGetter("text_factory")]
    static PyObject? GetTextFactory(Connection self) => Py.NewRef(self.TextFactory);

    [PySetter("text_factory")]
    static int SetTextFactory(Connection self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        Py.SETREF(ref self.TextFactory!, Py.NewRef(value ?? Py.None));
        return 0;
    }

    static int CannotDelete()
    {
        Errors.SetString(PyExc.AttributeError, "cannot delete attribute");
        return -1;
    }

    [PyGetter("Warning")] static PyObject? GetWarning(Connection self) => Py.NewRef(Sqlite3State.Get().Warning);
    [PyGetter("Error")] static PyObject? GetError(Connection self) => Py.NewRef(Sqlite3State.Get().Error);
    [PyGetter("InterfaceError")] static PyObject? GetInterfaceError(Connection self) => Py.NewRef(Sqlite3State.Get().InterfaceError);
    [PyGetter("DatabaseError")] static PyObject? GetDatabaseError(Connection self) => Py.NewRef(Sqlite3State.Get().DatabaseError);
    [PyGetter("DataError")] static PyObject? GetDataError(Connection self) => Py.NewRef(Sqlite3State.Get().DataError);
    [PyGetter("OperationalError")] static PyObject? GetOperationalError(Connection self) => Py.NewRef(Sqlite3State.Get().OperationalError);
    [PyGetter("IntegrityError")] static PyObject? GetIntegrityError(Connection self) => Py.NewRef(Sqlite3State.Get().IntegrityError);
    [PyGetter("InternalError")] static PyObject? GetInternalError(Connection self) => Py.NewRef(Sqlite3State.Get().InternalError);
    [PyGetter("ProgrammingError")] static PyObject? GetProgrammingError(Connection self) => Py.NewRef(Sqlite3State.Get().ProgrammingError);
    [PyGetter("NotSupportedError")] static PyObject? GetNotSupportedError(Connection self) => Py.NewRef(Sqlite3State.Get().NotSupportedError);
}
