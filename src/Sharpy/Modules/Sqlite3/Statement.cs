using System;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// `sqlite3.Statement` (statement.c): one prepared statement. Made by calling a Connection with
/// the SQL (the statement cache does), not exposed by the module. A statement whose SQL is
/// empty or only comments has no sqlite3_stmt and runs as a no-op.
/// </summary>
[PyType("sqlite3.Statement")]
public sealed unsafe partial class Statement : PyObject
{
    internal nint St;
    /// <summary>INSERT, UPDATE, DELETE or REPLACE: counted in rowcount, and begins a transaction in legacy mode.</summary>
    internal bool IsDml;

    Statement() : base(Type) { }

    protected internal override void ReleaseReferences()
    {
        if (St == 0) return;
        using (SqliteGil.AllowThreads()) sqlite3_finalize(St);
        St = 0;
    }

    /// <summary>The str as UTF-8 with a terminating NUL, or null with UnicodeEncodeError.</summary>
    internal static byte[]? NulTerminatedUtf8(PyUnicode s)
    {
        var b = UnicodeCodecs.AsUtf8(s);
        if (b == null) return null;
        Array.Resize(ref b, b.Length + 1);
        return b;
    }

    /// <summary>pysqlite_statement_create: prepare exactly one statement of <paramref name="sql"/>.</summary>
    internal static Statement? Create(Connection con, PyUnicode sql)
    {
        var state = con.State;
        var text = NulTerminatedUtf8(sql);
        if (text == null) return null;
        int size = text.Length - 1;
        int maxLength = sqlite3_limit(con.Db, SQLITE_LIMIT_SQL_LENGTH, -1);
        if (size > maxLength)
        {
            Errors.SetString(state.DataError, "query string is too large");
            return null;
        }
        if (Array.IndexOf(text, (byte)0) < size)
        {
            Errors.SetString(state.ProgrammingError, "the query contains a null character");
            return null;
        }
        nint st;
        int rc;
        fixed (byte* p = text)
        {
            byte* tail;
            using (SqliteGil.AllowThreads()) rc = sqlite3_prepare_v2(con.Db, p, size + 1, &st, &tail);
            if (rc != SQLITE_OK)
            {
                Sqlite3Errors.FromDb(state, con.Db);
                return null;
            }
            if (LStrip(tail) != null)
            {
                sqlite3_finalize(st);
                Errors.SetString(state.ProgrammingError, "You can only execute one statement at a time.");
                return null;
            }
            var self = new Statement { St = st };
            byte* start = LStrip(p);
            if (start != null)
                self.IsDml = StartsWith(start, "insert") || StartsWith(start, "update")
                    || StartsWith(start, "delete") || StartsWith(start, "replace");
            return self;
        }
    }

    static bool StartsWith(byte* s, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            byte c = s[i];
            if (c == 0 || (c | 0x20) != word[i]) return false;
        }
        return true;
    }

    /// <summary>lstrip_sql: the first byte that is not whitespace or inside a comment, or null at the end.</summary>
    internal static byte* LStrip(byte* sql)
    {
        for (byte* pos = sql; *pos != 0; pos++)
        {
            switch (*pos)
            {
                case (byte)' ': case (byte)'\t': case (byte)'\f': case (byte)'\n': case (byte)'\r':
                    break;
                case (byte)'-':
                    if (pos[1] != '-') return pos;
                    pos += 2;
                    while (*pos != 0 && *pos != '\n') pos++;
                    if (*pos == 0) return null;
                    break;
                case (byte)'/':
                    if (pos[1] != '*') return pos;
                    pos += 2;
                    while (*pos != 0 && (*pos != '*' || pos[1] != '/')) pos++;
                    if (*pos == 0) return null;
                    pos++;
                    break;
                default:
                    return pos;
            }
        }
        return null;
    }

    /// <summary>stmt_reset: reset a statement that has run, releasing its locks.</summary>
    internal void Reset()
    {
        if (St == 0) return;
        using (SqliteGil.AllowThreads()) sqlite3_reset(St);
    }
}
