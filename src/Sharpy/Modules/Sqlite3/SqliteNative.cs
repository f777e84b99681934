using System.Runtime.InteropServices;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// The SQLite C API (sqlite3.h) of the e_sqlite3 library that the SQLitePCLRaw.bundle_e_sqlite3
/// package ships (runtimes/RID/native/libe_sqlite3.so, found through the app's deps.json).
/// Handles are opaque pointers; text crosses as UTF-8.
/// </summary>
internal static unsafe partial class SqliteNative
{
    const string L = "e_sqlite3";

    public const int SQLITE_OK = 0, SQLITE_ERROR = 1, SQLITE_INTERNAL = 2, SQLITE_PERM = 3, SQLITE_ABORT = 4,
        SQLITE_BUSY = 5, SQLITE_LOCKED = 6, SQLITE_NOMEM = 7, SQLITE_READONLY = 8, SQLITE_INTERRUPT = 9,
        SQLITE_IOERR = 10, SQLITE_CORRUPT = 11, SQLITE_NOTFOUND = 12, SQLITE_FULL = 13, SQLITE_CANTOPEN = 14,
        SQLITE_PROTOCOL = 15, SQLITE_EMPTY = 16, SQLITE_SCHEMA = 17, SQLITE_TOOBIG = 18, SQLITE_CONSTRAINT = 19,
        SQLITE_MISMATCH = 20, SQLITE_MISUSE = 21, SQLITE_NOLFS = 22, SQLITE_AUTH = 23, SQLITE_FORMAT = 24,
        SQLITE_RANGE = 25, SQLITE_NOTADB = 26, SQLITE_NOTICE = 27, SQLITE_WARNING = 28,
        SQLITE_ROW = 100, SQLITE_DONE = 101;
    public const int SQLITE_INTEGER = 1, SQLITE_FLOAT = 2, SQLITE_TEXT = 3, SQLITE_BLOB = 4, SQLITE_NULL = 5;
    public const int SQLITE_OPEN_READONLY = 0x1, SQLITE_OPEN_READWRITE = 0x2, SQLITE_OPEN_CREATE = 0x4, SQLITE_OPEN_URI = 0x40;
    public const int SQLITE_UTF8 = 1, SQLITE_DETERMINISTIC = 0x800;
    public const int SQLITE_TRACE_STMT = 1;
    public const int SQLITE_LIMIT_LENGTH = 0, SQLITE_LIMIT_SQL_LENGTH = 1, SQLITE_LIMIT_VARIABLE_NUMBER = 9;
    public const int SQLITE_DESERIALIZE_FREEONCLOSE = 1, SQLITE_DESERIALIZE_RESIZEABLE = 2;
    /// <summary>SQLITE_TRANSIENT: SQLite copies the value before the call returns.</summary>
    public static readonly nint SQLITE_TRANSIENT = -1;

    [LibraryImport(L)] public static partial byte* sqlite3_libversion();
    [LibraryImport(L)] public static partial int sqlite3_libversion_number();
    [LibraryImport(L)] public static partial int sqlite3_threadsafe();
    [LibraryImport(L)] public static partial int sqlite3_initialize();
    [LibraryImport(L)] public static partial int sqlite3_complete(byte* sql);
    [LibraryImport(L)] public static partial void sqlite3_free(void* p);
    [LibraryImport(L)] public static partial void* sqlite3_malloc64(ulong n);

    [LibraryImport(L)] public static partial int sqlite3_open_v2(byte* filename, nint* db, int flags, byte* vfs);
    [LibraryImport(L)] public static partial int sqlite3_close_v2(nint db);
    [LibraryImport(L)] public static partial byte* sqlite3_errmsg(nint db);
    [LibraryImport(L)] public static partial int sqlite3_errcode(nint db);
    [LibraryImport(L)] public static partial int sqlite3_extended_errcode(nint db);
    [LibraryImport(L)] public static partial byte* sqlite3_errstr(int rc);
    [LibraryImport(L)] public static partial int sqlite3_busy_timeout(nint db, int ms);
    [LibraryImport(L)] public static partial int sqlite3_get_autocommit(nint db);
    [LibraryImport(L)] public static partial long sqlite3_changes64(nint db);
    [LibraryImport(L)] public static partial long sqlite3_total_changes64(nint db);
    [LibraryImport(L)] public static partial long sqlite3_last_insert_rowid(nint db);
    [LibraryImport(L)] public static partial void sqlite3_interrupt(nint db);
    [LibraryImport(L)] public static partial int sqlite3_limit(nint db, int id, int newVal);
    [LibraryImport(L)] public static partial int sqlite3_db_config(nint db, int op, int value, int* result);
    [LibraryImport(L)] public static partial nint sqlite3_next_stmt(nint db, nint stmt);

    [LibraryImport(L)] public static partial int sqlite3_prepare_v2(nint db, byte* sql, int nbytes, nint* stmt, byte** tail);
    [LibraryImport(L)] public static partial int sqlite3_step(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_reset(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_finalize(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_clear_bindings(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_stmt_readonly(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_stmt_busy(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_bind_parameter_count(nint stmt);
    [LibraryImport(L)] public static partial byte* sqlite3_bind_parameter_name(nint stmt, int i);
    [LibraryImport(L)] public static partial int sqlite3_bind_null(nint stmt, int i);
    [LibraryImport(L)] public static partial int sqlite3_bind_int64(nint stmt, int i, long v);
    [LibraryImport(L)] public static partial int sqlite3_bind_double(nint stmt, int i, double v);
    [LibraryImport(L)] public static partial int sqlite3_bind_text(nint stmt, int i, byte* text, int n, nint destructor);
    [LibraryImport(L)] public static partial int sqlite3_bind_blob(nint stmt, int i, void* data, int n, nint destructor);
    [LibraryImport(L)] public static partial int sqlite3_column_count(nint stmt);
    [LibraryImport(L)] public static partial int sqlite3_data_count(nint stmt);
    [LibraryImport(L)] public static partial byte* sqlite3_column_name(nint stmt, int i);
    [LibraryImport(L)] public static partial byte* sqlite3_column_decltype(nint stmt, int i);
    [LibraryImport(L)] public static partial int sqlite3_column_type(nint stmt, int i);
    [LibraryImport(L)] public static partial long sqlite3_column_int64(nint stmt, int i);
    [LibraryImport(L)] public static partial double sqlite3_column_double(nint stmt, int i);
    [LibraryImport(L)] public static partial byte* sqlite3_column_text(nint stmt, int i);
    [LibraryImport(L)] public static partial void* sqlite3_column_blob(nint stmt, int i);
    [LibraryImport(L)] public static partial int sqlite3_column_bytes(nint stmt, int i);
    [LibraryImport(L)] public static partial byte* sqlite3_expanded_sql(nint stmt);
    [LibraryImport(L)] public static partial byte* sqlite3_sql(nint stmt);

    [LibraryImport(L)] public static partial int sqlite3_create_function_v2(nint db, byte* name, int nargs, int flags, nint app,
        delegate* unmanaged<nint, int, nint*, void> func, delegate* unmanaged<nint, int, nint*, void> step,
        delegate* unmanaged<nint, void> final, delegate* unmanaged<nint, void> destroy);
    [LibraryImport(L)] public static partial int sqlite3_create_window_function(nint db, byte* name, int nargs, int flags, nint app,
        delegate* unmanaged<nint, int, nint*, void> step, delegate* unmanaged<nint, void> final,
        delegate* unmanaged<nint, void> value, delegate* unmanaged<nint, int, nint*, void> inverse,
        delegate* unmanaged<nint, void> destroy);
    [LibraryImport(L)] public static partial int sqlite3_create_collation_v2(nint db, byte* name, int textRep, nint arg,
        delegate* unmanaged<nint, int, byte*, int, byte*, int> compare, delegate* unmanaged<nint, void> destroy);
    [LibraryImport(L)] public static partial nint sqlite3_user_data(nint ctx);
    [LibraryImport(L)] public static partial nint sqlite3_context_db_handle(nint ctx);
    [LibraryImport(L)] public static partial void* sqlite3_aggregate_context(nint ctx, int nbytes);
    [LibraryImport(L)] public static partial void sqlite3_result_null(nint ctx);
    [LibraryImport(L)] public static partial void sqlite3_result_int64(nint ctx, long v);
    [LibraryImport(L)] public static partial void sqlite3_result_double(nint ctx, double v);
    [LibraryImport(L)] public static partial void sqlite3_result_text(nint ctx, byte* text, int n, nint destructor);
    [LibraryImport(L)] public static partial void sqlite3_result_blob(nint ctx, void* data, int n, nint destructor);
    [LibraryImport(L)] public static partial void sqlite3_result_error(nint ctx, byte* msg, int n);
    [LibraryImport(L)] public static partial void sqlite3_result_error_nomem(nint ctx);
    [LibraryImport(L)] public static partial void sqlite3_result_error_toobig(nint ctx);
    [LibraryImport(L)] public static partial int sqlite3_value_type(nint value);
    [LibraryImport(L)] public static partial long sqlite3_value_int64(nint value);
    [LibraryImport(L)] public static partial double sqlite3_value_double(nint value);
    [LibraryImport(L)] public static partial byte* sqlite3_value_text(nint value);
    [LibraryImport(L)] public static partial void* sqlite3_value_blob(nint value);
    [LibraryImport(L)] public static partial int sqlite3_value_bytes(nint value);

    [LibraryImport(L)] public static partial int sqlite3_set_authorizer(nint db,
        delegate* unmanaged<nint, int, byte*, byte*, byte*, byte*, int> cb, nint arg);
    [LibraryImport(L)] public static partial void sqlite3_progress_handler(nint db, int n, delegate* unmanaged<nint, int> cb, nint arg);
    [LibraryImport(L)] public static partial int sqlite3_trace_v2(nint db, uint mask, delegate* unmanaged<uint, nint, nint, nint, int> cb, nint arg);

    [LibraryImport(L)] public static partial nint sqlite3_backup_init(nint dest, byte* destName, nint source, byte* sourceName);
    [LibraryImport(L)] public static partial int sqlite3_backup_step(nint backup, int pages);
    [LibraryImport(L)] public static partial int sqlite3_backup_finish(nint backup);
    [LibraryImport(L)] public static partial int sqlite3_backup_remaining(nint backup);
    [LibraryImport(L)] public static partial int sqlite3_backup_pagecount(nint backup);
    [LibraryImport(L)] public static partial int sqlite3_sleep(int ms);

    [LibraryImport(L)] public static partial int sqlite3_blob_open(nint db, byte* dbName, byte* table, byte* column, long row, int flags, nint* blob);
    [LibraryImport(L)] public static partial int sqlite3_blob_close(nint blob);
    [LibraryImport(L)] public static partial int sqlite3_blob_bytes(nint blob);
    [LibraryImport(L)] public static partial int sqlite3_blob_read(nint blob, void* buf, int n, int offset);
    [LibraryImport(L)] public static partial int sqlite3_blob_write(nint blob, void* buf, int n, int offset);

    [LibraryImport(L)] public static partial byte* sqlite3_serialize(nint db, byte* schema, long* size, uint flags);
    [LibraryImport(L)] public static partial int sqlite3_deserialize(nint db, byte* schema, byte* data, long size, long bufSize, uint flags);

    /// <summary>A NUL-terminated UTF-8 string from SQLite as a .NET string (null for a null pointer).</summary>
    public static string? Utf8(byte* s) => s == null ? null : Marshal.PtrToStringUTF8((nint)s);
}
