using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// The `_sqlite3` module (Modules/_sqlite/module.c) over SQLite itself (the e_sqlite3 build that
/// SQLitePCLRaw.bundle_e_sqlite3 ships): connect(), the adapter and converter registries, the
/// DB-API exception hierarchy and SQLite's constants. Lib/sqlite3 runs on top unchanged.
/// </summary>
[PyModule("_sqlite3")]
public static unsafe partial class Sqlite3Module
{
    [PyConstant] const int PARSE_DECLTYPES = 1;
    [PyConstant] const int PARSE_COLNAMES = 2;
    [PyConstant] internal const int LEGACY_TRANSACTION_CONTROL = -1;
    [PyConstant("sqlite_version")] static PyObject SqliteVersion => PyUnicode.FromString(Utf8(sqlite3_libversion())!);
    [PyConstant("Connection")] static PyObject ConnectionType => Py.NewRef(Connection.Type);
    [PyConstant("Cursor")] static PyObject CursorType => Py.NewRef(Cursor.Type);
    [PyConstant("Row")] static PyObject RowType => Py.NewRef(Row.Type);
    [PyConstant("Blob")] static PyObject BlobType => Py.NewRef(Blob.Type);
    [PyConstant("PrepareProtocol")] static PyObject PrepareProtocolType => Py.NewRef(PrepareProtocol.Type);

    /// <summary>The result codes CPython names (module.c's error_codes): constants, and sqlite_errorname.</summary>
    static readonly (string Name, int Value)[] ErrorCodes =
    [
        ("SQLITE_ABORT", 4), ("SQLITE_AUTH", 23), ("SQLITE_BUSY", 5), ("SQLITE_CANTOPEN", 14), ("SQLITE_CONSTRAINT", 19),
        ("SQLITE_CORRUPT", 11), ("SQLITE_DONE", 101), ("SQLITE_EMPTY", 16), ("SQLITE_ERROR", 1), ("SQLITE_FORMAT", 24),
        ("SQLITE_FULL", 13), ("SQLITE_INTERNAL", 2), ("SQLITE_INTERRUPT", 9), ("SQLITE_IOERR", 10), ("SQLITE_LOCKED", 6),
        ("SQLITE_MISMATCH", 20), ("SQLITE_MISUSE", 21), ("SQLITE_NOLFS", 22), ("SQLITE_NOMEM", 7), ("SQLITE_NOTADB", 26),
        ("SQLITE_NOTFOUND", 12), ("SQLITE_OK", 0), ("SQLITE_PERM", 3), ("SQLITE_PROTOCOL", 15), ("SQLITE_RANGE", 25),
        ("SQLITE_READONLY", 8), ("SQLITE_ROW", 100), ("SQLITE_SCHEMA", 17), ("SQLITE_TOOBIG", 18), ("SQLITE_NOTICE", 27),
        ("SQLITE_WARNING", 28),
        ("SQLITE_ABORT_ROLLBACK", 516), ("SQLITE_BUSY_RECOVERY", 261), ("SQLITE_CANTOPEN_FULLPATH", 782),
        ("SQLITE_CANTOPEN_ISDIR", 526), ("SQLITE_CANTOPEN_NOTEMPDIR", 270), ("SQLITE_CORRUPT_VTAB", 267),
        ("SQLITE_IOERR_ACCESS", 3338), ("SQLITE_IOERR_BLOCKED", 2826), ("SQLITE_IOERR_CHECKRESERVEDLOCK", 3594),
        ("SQLITE_IOERR_CLOSE", 4106), ("SQLITE_IOERR_DELETE", 2570), ("SQLITE_IOERR_DELETE_NOENT", 5898),
        ("SQLITE_IOERR_DIR_CLOSE", 4362), ("SQLITE_IOERR_DIR_FSYNC", 1290), ("SQLITE_IOERR_FSTAT", 1802),
        ("SQLITE_IOERR_FSYNC", 1034), ("SQLITE_IOERR_LOCK", 3850), ("SQLITE_IOERR_NOMEM", 3082),
        ("SQLITE_IOERR_RDLOCK", 2314), ("SQLITE_IOERR_READ", 266), ("SQLITE_IOERR_SEEK", 5642),
        ("SQLITE_IOERR_SHMLOCK", 5130), ("SQLITE_IOERR_SHMMAP", 5386), ("SQLITE_IOERR_SHMOPEN", 4618),
        ("SQLITE_IOERR_SHMSIZE", 4874), ("SQLITE_IOERR_SHORT_READ", 522), ("SQLITE_IOERR_TRUNCATE", 1546),
        ("SQLITE_IOERR_UNLOCK", 2058), ("SQLITE_IOERR_WRITE", 778), ("SQLITE_LOCKED_SHAREDCACHE", 262),
        ("SQLITE_READONLY_CANTLOCK", 520), ("SQLITE_READONLY_RECOVERY", 264),
        ("SQLITE_CONSTRAINT_CHECK", 275), ("SQLITE_CONSTRAINT_COMMITHOOK", 531), ("SQLITE_CONSTRAINT_FOREIGNKEY", 787),
        ("SQLITE_CONSTRAINT_FUNCTION", 1043), ("SQLITE_CONSTRAINT_NOTNULL", 1299), ("SQLITE_CONSTRAINT_PRIMARYKEY", 1555),
        ("SQLITE_CONSTRAINT_TRIGGER", 1811), ("SQLITE_CONSTRAINT_UNIQUE", 2067), ("SQLITE_CONSTRAINT_VTAB", 2323),
        ("SQLITE_READONLY_ROLLBACK", 776), ("SQLITE_IOERR_MMAP", 6154), ("SQLITE_NOTICE_RECOVER_ROLLBACK", 539),
        ("SQLITE_NOTICE_RECOVER_WAL", 283), ("SQLITE_BUSY_SNAPSHOT", 517), ("SQLITE_IOERR_GETTEMPPATH", 6410),
        ("SQLITE_WARNING_AUTOINDEX", 284), ("SQLITE_CANTOPEN_CONVPATH", 1038), ("SQLITE_IOERR_CONVPATH", 6666),
        ("SQLITE_CONSTRAINT_ROWID", 2579), ("SQLITE_READONLY_DBMOVED", 1032), ("SQLITE_AUTH_USER", 279),
        ("SQLITE_IOERR_VNODE", 6922), ("SQLITE_IOERR_AUTH", 7178), ("SQLITE_OK_LOAD_PERMANENTLY", 256),
        ("SQLITE_IOERR_BEGIN_ATOMIC", 7434), ("SQLITE_IOERR_COMMIT_ATOMIC", 7690), ("SQLITE_IOERR_ROLLBACK_ATOMIC", 7946),
        ("SQLITE_ERROR_MISSING_COLLSEQ", 257), ("SQLITE_ERROR_RETRY", 513), ("SQLITE_READONLY_CANTINIT", 1288),
        ("SQLITE_READONLY_DIRECTORY", 1544), ("SQLITE_CORRUPT_SEQUENCE", 523), ("SQLITE_LOCKED_VTAB", 518),
        ("SQLITE_CANTOPEN_DIRTYWAL", 1294), ("SQLITE_ERROR_SNAPSHOT", 769), ("SQLITE_CANTOPEN_SYMLINK", 1550),
        ("SQLITE_CONSTRAINT_PINNED", 2835), ("SQLITE_OK_SYMLINK", 512), ("SQLITE_BUSY_TIMEOUT", 773),
        ("SQLITE_CORRUPT_INDEX", 779), ("SQLITE_IOERR_DATA", 8202), ("SQLITE_IOERR_CORRUPTFS", 8458),
    ];

    /// <summary>The authorizer's action codes and return values, and the run-time limit categories.</summary>
    static readonly (string Name, int Value)[] IntConstants =
    [
        ("SQLITE_DENY", 1), ("SQLITE_IGNORE", 2), ("SQLITE_CREATE_INDEX", 1), ("SQLITE_CREATE_TABLE", 2),
        ("SQLITE_CREATE_TEMP_INDEX", 3), ("SQLITE_CREATE_TEMP_TABLE", 4), ("SQLITE_CREATE_TEMP_TRIGGER", 5),
        ("SQLITE_CREATE_TEMP_VIEW", 6), ("SQLITE_CREATE_TRIGGER", 7), ("SQLITE_CREATE_VIEW", 8), ("SQLITE_DELETE", 9),
        ("SQLITE_DROP_INDEX", 10), ("SQLITE_DROP_TABLE", 11), ("SQLITE_DROP_TEMP_INDEX", 12), ("SQLITE_DROP_TEMP_TABLE", 13),
        ("SQLITE_DROP_TEMP_TRIGGER", 14), ("SQLITE_DROP_TEMP_VIEW", 15), ("SQLITE_DROP_TRIGGER", 16), ("SQLITE_DROP_VIEW", 17),
        ("SQLITE_INSERT", 18), ("SQLITE_PRAGMA", 19), ("SQLITE_READ", 20), ("SQLITE_SELECT", 21), ("SQLITE_TRANSACTION", 22),
        ("SQLITE_UPDATE", 23), ("SQLITE_ATTACH", 24), ("SQLITE_DETACH", 25), ("SQLITE_ALTER_TABLE", 26), ("SQLITE_REINDEX", 27),
        ("SQLITE_ANALYZE", 28), ("SQLITE_CREATE_VTABLE", 29), ("SQLITE_DROP_VTABLE", 30), ("SQLITE_FUNCTION", 31),
        ("SQLITE_SAVEPOINT", 32), ("SQLITE_RECURSIVE", 33),
        ("SQLITE_LIMIT_LENGTH", 0), ("SQLITE_LIMIT_SQL_LENGTH", 1), ("SQLITE_LIMIT_COLUMN", 2), ("SQLITE_LIMIT_EXPR_DEPTH", 3),
        ("SQLITE_LIMIT_COMPOUND_SELECT", 4), ("SQLITE_LIMIT_VDBE_OP", 5), ("SQLITE_LIMIT_FUNCTION_ARG", 6),
        ("SQLITE_LIMIT_ATTACHED", 7), ("SQLITE_LIMIT_LIKE_PATTERN_LENGTH", 8), ("SQLITE_LIMIT_VARIABLE_NUMBER", 9),
        ("SQLITE_LIMIT_TRIGGER_DEPTH", 10), ("SQLITE_LIMIT_WORKER_THREADS", 11),
    ];

    /// <summary>The sqlite3_db_config() options that setconfig()/getconfig() accept.</summary>
    internal static readonly (string Name, int Value)[] DbConfigs =
    [
        ("SQLITE_DBCONFIG_DEFENSIVE", 1010), ("SQLITE_DBCONFIG_DQS_DDL", 1014), ("SQLITE_DBCONFIG_DQS_DML", 1013),
        ("SQLITE_DBCONFIG_ENABLE_FKEY", 1002), ("SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER", 1004),
        ("SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION", 1005), ("SQLITE_DBCONFIG_ENABLE_QPSG", 1007),
        ("SQLITE_DBCONFIG_ENABLE_TRIGGER", 1003), ("SQLITE_DBCONFIG_ENABLE_VIEW", 1015),
        ("SQLITE_DBCONFIG_LEGACY_ALTER_TABLE", 1012), ("SQLITE_DBCONFIG_LEGACY_FILE_FORMAT", 1016),
        ("SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE", 1006), ("SQLITE_DBCONFIG_RESET_DATABASE", 1009),
        ("SQLITE_DBCONFIG_TRIGGER_EQP", 1008), ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", 1017),
        ("SQLITE_DBCONFIG_WRITABLE_SCHEMA", 1011),
    ];

    /// <summary>pysqlite_error_name: the constant's name for a result code, or null.</summary>
    internal static string? ErrorName(int code)
    {
        foreach (var (name, value) in ErrorCodes)
            if (value == code) return name;
        return null;
    }

    static int InitModule(PyModule m)
    {
        if (sqlite3_libversion_number() < 3007015)
        {
            Errors.SetString(PyExc.ImportError, "_sqlite3: SQLite 3.7.15 or higher required");
            return -1;
        }
        int rc = sqlite3_initialize();
        if (rc != SQLITE_OK)
        {
            Errors.SetString(PyExc.ImportError, Utf8(sqlite3_errstr(rc)) ?? "sqlite3_initialize failed");
            return -1;
        }
        var state = new Sqlite3State();
        if ((state.Error = AddException(m, "Error", PyExc.Exception)!) == null
            || (state.Warning = AddException(m, "Warning", PyExc.Exception)!) == null
            || (state.InterfaceError = AddException(m, "InterfaceError", state.Error)!) == null
            || (state.DatabaseError = AddException(m, "DatabaseError", state.Error)!) == null
            || (state.InternalError = AddException(m, "InternalError", state.DatabaseError)!) == null
            || (state.OperationalError = AddException(m, "OperationalError", state.DatabaseError)!) == null
            || (state.ProgrammingError = AddException(m, "ProgrammingError", state.DatabaseError)!) == null
            || (state.IntegrityError = AddException(m, "IntegrityError", state.DatabaseError)!) == null
            || (state.DataError = AddException(m, "DataError", state.DatabaseError)!) == null
            || (state.NotSupportedError = AddException(m, "NotSupportedError", state.DatabaseError)!) == null)
            return -1;
        foreach (var (name, value) in ErrorCodes)
            if (m.Add(name, PyLong.FromLong(value)) < 0) return -1;
        foreach (var (name, value) in IntConstants)
            if (m.Add(name, PyLong.FromLong(value)) < 0) return -1;
        foreach (var (name, value) in DbConfigs)
            if (m.Add(name, PyLong.FromLong(value)) < 0) return -1;
        // get_threadsafety: SQLite's threading mode as DB-API's level.
        int threadsafety = sqlite3_threadsafe() switch { 0 => 0, 1 => 3, 2 => 1, _ => -1 };
        if (threadsafety < 0)
        {
            Errors.SetString(state.InterfaceError, "Unable to interpret SQLite threadsafety mode.");
            return -1;
        }
        if (m.Add("threadsafety", PyLong.FromLong(threadsafety)) < 0
            || m.Add("adapters", Py.NewRef(state.Adapters)) < 0
            || m.Add("converters", Py.NewRef(state.Converters)) < 0)
            return -1;
        ModuleState<Sqlite3State>.Set(Interpreter.Current, state);
        return 0;
    }

    /// <summary>ADD_EXCEPTION: sqlite3.NAME deriving from <paramref name="base"/>, added to the module.</summary>
    static PyType? AddException(PyModule m, string name, PyType @base)
    {
        var exc = Errors.NewException("sqlite3", name, @base);
        if (exc == null || m.Add(name, Py.NewRef(exc)) < 0) return null;
        return exc;
    }

    /// <summary>
    /// module_connect: call the factory (Connection by default) with the arguments as given;
    /// more than one positional argument is deprecated (3.13).
    /// </summary>
    [PyMethod("connect", Raw = "connect() passes its arguments through to the factory, which it finds among them",
        TextSignature = "($module, /, database, timeout=5.0, detect_types=0,\n        isolation_level='', check_same_thread=True,\n        factory=ConnectionType, cached_statements=128, uri=False, *,\n        autocommit=sqlite3.LEGACY_TRANSACTION_CONTROL)",
        Doc = "Open a connection to the SQLite database file 'database'.\n\nYou can use \":memory:\" to open a database connection to a database that\nresides in RAM instead of on disk.")]
    static PyObject? Connect(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        const int FactoryPos = 5;
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs > 1 && nargs <= 8
            && Warnings.WarnEx(PyExc.DeprecationWarning,
                "Passing more than 1 positional argument to sqlite3.connect() is deprecated. "
                + "Parameters 'timeout', 'detect_types', 'isolation_level', 'check_same_thread', "
                + "'factory', 'cached_statements' and 'uri' will become keyword-only parameters in Python 3.15.", 1) < 0)
            return null;
        PyObject factory = Connection.Type;
        if (nargs > FactoryPos) factory = args[FactoryPos].AsBorrowed;
        else if (kwnames != null)
        {
            for (int i = 0; i < kwnames.Count; i++)
                if (kwnames.Items[i] is PyUnicode { Value: "factory" }) factory = args[nargs + i].AsBorrowed;
        }
        return Calls.Call(factory, args, kwnames);
    }

    [PyMethod("complete_statement", Doc = "Checks if a string contains a complete SQL statement.")]
    static PyObject? CompleteStatement([Keyword] PyUnicode statement)
    {
        var sql = Statement.NulTerminatedUtf8(statement);
        if (sql == null) return null;
        fixed (byte* p = sql) return PyBool.From(sqlite3_complete(p) != 0);
    }

    [PyMethod("register_adapter", Doc = "Register a function to adapt Python objects to SQLite values.")]
    static PyObject? RegisterAdapter(PyType type, PyObject adapter)
    {
        var state = Sqlite3State.Get();
        // Adapting a base type costs a registry lookup for every parameter from then on.
        if (type == PyLong.Type || type == PyFloat.Type || type == PyUnicode.Type || type == PyByteArray.Type)
            state.BaseTypeAdapted = true;
        return Microprotocols.Add(state, type, PrepareProtocol.Type, adapter) < 0 ? null : Py.None;
    }

    [PyMethod("register_converter", Doc = "Register a function to convert SQLite values to Python objects.")]
    static PyObject? RegisterConverter(PyUnicode typename, PyObject converter)
    {
        var name = Calls.CallMethod(typename, "upper");
        if (name == null) return null;
        int rc = Sqlite3State.Get().Converters.SetItem(name, converter);
        Py.DECREF(name);
        return rc < 0 ? null : Py.None;
    }

    [PyMethod("enable_callback_tracebacks", Doc = "Enable or disable callback functions throwing errors to stderr.")]
    static PyObject? EnableCallbackTracebacks(int enable)
    {
        Sqlite3State.Get().EnableCallbackTracebacks = enable != 0;
        return Py.None;
    }

    [PyMethod("adapt", TextSignature = "($module, obj, proto=PrepareProtocolType, alt=<unrepresentable>, /)",
        Doc = "Adapt given object to given protocol.")]
    static PyObject? Adapt(PyObject obj, PyObject? proto = null, PyObject? alt = null)
        => Microprotocols.Adapt(Sqlite3State.Get(), obj, proto ?? PrepareProtocol.Type, alt);
}
