using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>util.c: SQLite result codes as the DB-API exceptions, with sqlite_errorcode and sqlite_errorname.</summary>
internal static unsafe class Sqlite3Errors
{
    /// <summary>get_exception_class: null for SQLITE_OK (nothing to raise); SQLITE_NOMEM raises MemoryError itself.</summary>
    static PyType? ExceptionClass(Sqlite3State state, int code)
    {
        switch (code & 0xff)
        {
            case SQLITE_OK:
                Errors.Clear();
                return null;
            case SQLITE_INTERNAL:
            case SQLITE_NOTFOUND:
                return state.InternalError;
            case SQLITE_NOMEM:
                Errors.NoMemory();
                return null;
            case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY: case SQLITE_LOCKED:
            case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR: case SQLITE_FULL: case SQLITE_CANTOPEN:
            case SQLITE_PROTOCOL: case SQLITE_EMPTY: case SQLITE_SCHEMA:
                return state.OperationalError;
            case SQLITE_CORRUPT:
                return state.DatabaseError;
            case SQLITE_TOOBIG:
                return state.DataError;
            case SQLITE_CONSTRAINT:
            case SQLITE_MISMATCH:
                return state.IntegrityError;
            case SQLITE_MISUSE:
            case SQLITE_RANGE:
                return state.InterfaceError;
            default:
                return state.DatabaseError;
        }
    }

    /// <summary>raise_exception: type(message) with the extended code and its name attached.</summary>
    static void Raise(PyType type, int code, string message)
    {
        var msg = PyUnicode.FromString(message);
        var exc = Calls.CallOneArg(type, msg);
        Py.DECREF(msg);
        if (exc == null) return;
        int rc = SetAttrSteal(exc, "sqlite_errorcode", PyLong.FromLong(code));
        if (rc == 0) rc = SetAttrSteal(exc, "sqlite_errorname", PyUnicode.FromString(Sqlite3Module.ErrorName(code) ?? "SQLITE_UNKNOWN"));
        if (rc == 0) Errors.SetObject(type, exc);
        Py.DECREF(exc);
    }

    static int SetAttrSteal(PyObject o, string name, PyObject value)
    {
        var n = PyUnicode.FromString(name);
        int rc = Abstract.SetAttr(o, n, value);
        Py.DECREF(n);
        Py.DECREF(value);
        return rc;
    }

    /// <summary>set_error_from_db (_pysqlite_seterror): raise for the connection's last error; returns null.</summary>
    public static PyObject? FromDb(Sqlite3State state, nint db)
    {
        int code = sqlite3_errcode(db);
        var type = ExceptionClass(state, code);
        if (type == null) return null;
        Raise(type, sqlite3_extended_errcode(db), Utf8(sqlite3_errmsg(db)) ?? "");
        return null;
    }

    /// <summary>set_error_from_code: raise for a result code with SQLite's text for it; returns null.</summary>
    public static PyObject? FromCode(Sqlite3State state, int code)
    {
        var type = ExceptionClass(state, code);
        if (type == null) return null;
        Raise(type, code, Utf8(sqlite3_errstr(code)) ?? "");
        return null;
    }
}
