using System;
using System.Collections.Generic;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// `sqlite3.Cursor` (cursor.c): runs statements on its connection and steps through their
/// rows. A query's first row is stepped by execute(); each fetch converts the current row and
/// steps to the next, so the statement is reset as soon as its last row has been fetched.
/// </summary>
[PyType("sqlite3.Cursor", BaseType = true, Doc = "SQLite database cursor class.")]
public sealed unsafe partial class Cursor : PyObject, IWeakReferenceable
{
    internal Connection? Connection;
    PyObject _description = Py.None;
    /// <summary>The converter of each column (None for none) when the connection detects types.</summary>
    List<PyObject>? _rowCastMap;
    internal uint ArraySize = 1;
    PyObject _lastrowid = Py.None;
    long _rowcount = -1;
    internal PyObject RowFactory = Py.None;
    Statement? _statement;
    bool _closed, _locked, _initialized;

    public PyWeakReference? WeakRefList { get; set; }

    Cursor(PyType type) : base(type) { }

    protected internal override void Traverse(Visitor visit)
    {
        if (Connection != null) visit(Connection);
        visit(_description);
        if (_rowCastMap != null) foreach (var c in _rowCastMap) visit(c);
        visit(_lastrowid);
        visit(RowFactory);
        if (_statement != null) visit(_statement);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Connection);
        Py.SETREF(ref _description!, Py.None);
        ClearRowCastMap();
        Py.SETREF(ref _lastrowid!, Py.None);
        Py.SETREF(ref RowFactory!, Py.None);
        if (_statement != null)
        {
            _statement.Reset();
            Py.CLEAR(ref _statement);
        }
    }

    protected internal override void ReleaseReferences() => Clear();

    void ClearRowCastMap()
    {
        if (_rowCastMap == null) return;
        foreach (var c in _rowCastMap) Py.DECREF(c);
        _rowCastMap = null;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new Cursor(type);

    [PySlot("tp_init")]
    static int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (Cursor)op;
        if (!self.CheckLocked()) return -1;
        if (op.ob_type == Type && ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords("Cursor");
            return -1;
        }
        int nargs = ArgParse.NArgs(args, kwnames);
        if (!ArgParse.CheckPositional("Cursor", nargs, 1, 1)) return -1;
        var con = args[0].AsBorrowed;
        if (con is not Connection connection)
        {
            Errors.SetString(PyExc.TypeError, $"Cursor() argument 1 must be sqlite3.Connection, not {con.ob_type.tp_name}");
            return -1;
        }
        Py.INCREF(connection);
        Py.SETREF(ref self.Connection, connection);
        Py.SETREF(ref self._description!, Py.None);
        Py.SETREF(ref self._lastrowid!, Py.None);
        Py.SETREF(ref self.RowFactory!, Py.None);
        self.ArraySize = 1;
        self._rowcount = -1;
        self._initialized = true;
        return 0;
    }

    Sqlite3State State => Sqlite3State.Get();

    /// <summary>check_cursor_locked: a converter or row factory may not re-enter the cursor it is called for.</summary>
    bool CheckLocked()
    {
        if (!_locked) return true;
        Errors.SetString(State.ProgrammingError, "Recursive use of cursors not allowed.");
        return false;
    }

    /// <summary>_PyLong_UInt32_Converter: a non-negative int that fits 32 bits.</summary>
    static bool ToUInt32(PyObject o, string overflowMessage, out uint value)
    {
        value = 0;
        if (o is PyFloat || o.ob_type.nb_index == null)
        {
            Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object cannot be interpreted as an integer");
            return false;
        }
        var index = Abstract.Index(o);
        if (index == null) return false;
        var v = index.ToBigInteger();
        Py.DECREF(index);
        if (v.Sign < 0)
        {
            Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }
        if (v > uint.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, overflowMessage);
            return false;
        }
        value = (uint)v;
        return true;
    }

    /// <summary>check_cursor: initialised, open, not in use, and its connection usable from this thread.</summary>
    bool Check()
    {
        if (!_initialized)
        {
            Errors.SetString(State.ProgrammingError, "Base Cursor.__init__ not called.");
            return false;
        }
        if (_closed)
        {
            Errors.SetString(State.ProgrammingError, "Cannot operate on a closed cursor.");
            return false;
        }
        if (_locked)
        {
            Errors.SetString(State.ProgrammingError, "Recursive use of cursors not allowed.");
            return false;
        }
        return Connection!.CheckThread() && Connection.CheckConnection();
    }

    /// <summary>_pysqlite_long_as_int64: OverflowError past 64 bits, with SQLite's wording.</summary>
    internal static bool LongAsInt64(PyLong l, out long value)
    {
        if (l.TryGetLong(out value)) return true;
        Errors.SetString(PyExc.OverflowError, "Python int too large to convert to SQLite INTEGER");
        return false;
    }

    /// <summary>need_adapt: only a registered base-type adapter makes int, float, str and bytearray go through adapt().</summary>
    static bool NeedAdapt(Sqlite3State state, PyObject o)
    {
        if (state.BaseTypeAdapted) return true;
        var t = o.ob_type;
        return !(t == PyLong.Type || t == PyFloat.Type || t == PyUnicode.Type || t == PyByteArray.Type);
    }

    /// <summary>bind_param: SQLITE_OK, SQLite's error code, or -1 with a Python exception set.</summary>
    static int BindParam(Sqlite3State state, Statement stmt, int pos, PyObject p)
    {
        nint st = stmt.St;
        if (p == Py.None) return sqlite3_bind_null(st, pos);
        if (p is PyLong l)
        {
            if (!LongAsInt64(l, out long v)) return -1;
            return sqlite3_bind_int64(st, pos, v);
        }
        if (p is PyFloat f) return sqlite3_bind_double(st, pos, f.Value);
        if (p is PyUnicode s)
        {
            var b = UnicodeCodecs.AsUtf8(s);
            if (b == null) return -1;
            fixed (byte* ptr = b) return sqlite3_bind_text(st, pos, ptr == null ? (byte*)1 : ptr, b.Length, SQLITE_TRANSIENT);
        }
        if (PyBuffer.Check(p))
        {
            var view = PyBuffer.Get(p, PyBUF.SIMPLE);
            if (view == null) return -1;
            try
            {
                fixed (byte* ptr = view.Span) return sqlite3_bind_blob(st, pos, ptr == null ? (byte*)1 : ptr, (int)view.len, SQLITE_TRANSIENT);
            }
            finally { view.Release(); }
        }
        Errors.SetString(state.ProgrammingError, $"Error binding parameter {pos}: type '{p.ob_type.tp_name}' is not supported");
        return -1;
    }

    /// <summary>Adapt a parameter if needed and bind it; false with an exception set.</summary>
    bool AdaptAndBind(Sqlite3State state, Statement stmt, int pos, PyObject param)
    {
        PyObject adapted;
        if (NeedAdapt(state, param))
        {
            var a = Microprotocols.Adapt(state, param, PrepareProtocol.Type, param);
            if (a == null) return false;
            adapted = a;
        }
        else adapted = Py.NewRef(param);
        int rc = BindParam(state, stmt, pos, adapted);
        Py.DECREF(adapted);
        if (rc == SQLITE_OK) return true;
        if (rc > 0) Sqlite3Errors.FromDb(state, Connection!.Db);
        return false;
    }

    /// <summary>bind_parameters: a sequence for qmark placeholders, a mapping for named ones.</summary>
    bool BindParameters(Sqlite3State state, Statement stmt, PyObject parameters)
    {
        int needed = stmt.St == 0 ? 0 : sqlite3_bind_parameter_count(stmt.St);
        if (parameters.ob_type == PyTuple.Type || parameters.ob_type == PyList.Type
            || (parameters is not PyDict && Abstract.SequenceCheck(parameters)))
        {
            long count = Abstract.Length(parameters);
            if (count < 0) return false;
            if (count != needed)
            {
                Errors.SetString(state.ProgrammingError,
                    $"Incorrect number of bindings supplied. The current statement uses {needed}, and there are {count} supplied.");
                return false;
            }
            for (int i = 0; i < count; i++)
            {
                byte* name = sqlite3_bind_parameter_name(stmt.St, i + 1);
                if (name != null && name[0] != '?')
                {
                    Errors.SetString(state.ProgrammingError,
                        $"Binding {i + 1} ('{Utf8(name)}') is a named parameter, but you supplied a sequence which requires nameless (qmark) placeholders.");
                    return false;
                }
                var param = Abstract.SequenceGetItem(parameters, i);
                if (param == null) return false;
                bool ok = AdaptAndBind(state, stmt, i + 1, param);
                Py.DECREF(param);
                if (!ok) return false;
            }
            return true;
        }
        if (parameters is PyDict)
        {
            for (int i = 1; i <= needed; i++)
            {
                byte* name = sqlite3_bind_parameter_name(stmt.St, i);
                if (name == null)
                {
                    Errors.SetString(state.ProgrammingError,
                        $"Binding {i} has no name, but you supplied a dictionary (which has only names).");
                    return false;
                }
                string key = Utf8(name + 1)!;
                var k = PyUnicode.FromString(key);
                var param = Abstract.MappingGetOptionalItem(parameters, k);
                Py.DECREF(k);
                if (param == null)
                {
                    if (!Errors.Occurred() || Errors.ExceptionMatches(PyExc.LookupError))
                        Errors.SetString(state.ProgrammingError, $"You did not supply a value for binding parameter :{key}.");
                    return false;
                }
                bool ok = AdaptAndBind(state, stmt, i, param);
                Py.DECREF(param);
                if (!ok) return false;
            }
            return true;
        }
        Errors.SetString(state.ProgrammingError, "parameters are of unsupported type");
        return false;
    }

    /// <summary>_pysqlite_get_converter: converters[name.upper()], or null (maybe with an error).</summary>
    static PyObject? GetConverter(Sqlite3State state, byte* name, int length)
    {
        var key = Utf8Codec.Decode(new ReadOnlySpan<byte>(name, length), null, "strict", true, out _);
        if (key == null) return null;
        var upper = Calls.CallMethod(key, "upper");
        Py.DECREF(key);
        if (upper == null) return null;
        var conv = state.Converters.GetItemWithError(upper);
        Py.DECREF(upper);
        return conv;
    }

    /// <summary>pysqlite_build_row_cast_map: each column's converter, from its [name] (PARSE_COLNAMES) or declared type (PARSE_DECLTYPES).</summary>
    bool BuildRowCastMap(Sqlite3State state, nint st)
    {
        if (Connection!.DetectTypes == 0) return true;
        ClearRowCastMap();
        _rowCastMap = new List<PyObject>();
        int n = st == 0 ? 0 : sqlite3_column_count(st);
        for (int i = 0; i < n; i++)
        {
            PyObject? converter = null;
            if ((Connection.DetectTypes & 2) != 0)
            {
                byte* colname = sqlite3_column_name(st, i);
                if (colname == null)
                {
                    Errors.NoMemory();
                    return false;
                }
                byte* typeStart = null;
                for (byte* pos = colname; *pos != 0; pos++)
                {
                    if (*pos == '[') typeStart = pos + 1;
                    else if (*pos == ']' && typeStart != null)
                    {
                        converter = GetConverter(state, typeStart, (int)(pos - typeStart));
                        if (converter == null && Errors.Occurred()) return false;
                        break;
                    }
                }
            }
            if (converter == null && (Connection.DetectTypes & 1) != 0)
            {
                byte* decltype = sqlite3_column_decltype(st, i);
                if (decltype != null)
                {
                    for (byte* pos = decltype; ; pos++)
                    {
                        // 'INTEGER NOT NULL' is INTEGER, 'NUMBER(10)' is NUMBER.
                        if (*pos == ' ' || *pos == '(' || *pos == 0)
                        {
                            converter = GetConverter(state, decltype, (int)(pos - decltype));
                            if (converter == null && Errors.Occurred()) return false;
                            break;
                        }
                    }
                }
            }
            _rowCastMap.Add(Py.NewRef(converter ?? Py.None));
        }
        return true;
    }

    /// <summary>_pysqlite_build_column_name: with PARSE_COLNAMES, the name up to " [type]".</summary>
    PyObject BuildColumnName(byte* colname)
    {
        int len = 0;
        while (colname[len] != 0) len++;
        if ((Connection!.DetectTypes & 2) != 0)
        {
            for (int i = 0; i < len; i++)
            {
                if (colname[i] == '[')
                {
                    len = i > 0 && colname[i - 1] == ' ' ? i - 1 : i;
                    break;
                }
            }
        }
        return Utf8Codec.Decode(new ReadOnlySpan<byte>(colname, len), null, "replace", true, out _)!;
    }

    /// <summary>_pysqlite_query_execute: run the statement once per parameter set.</summary>
    internal PyObject? QueryExecute(bool multiple, PyUnicode operation, PyObject? second)
    {
        if (!Check()) return null;
        var state = State;
        var con = Connection!;
        _locked = true;
        PyObject? parametersIter = null;
        bool ok = false;
        try
        {
            if (multiple)
            {
                parametersIter = Abstract.IterCheck(second!) ? Py.NewRef(second!) : Abstract.GetIter(second!);
            }
            else
            {
                var list = PyList.FromBorrowed([second ?? PyTuple.Empty]);
                parametersIter = Abstract.GetIter(list);
                Py.DECREF(list);
            }
            if (parametersIter == null) return null;

            if (_statement != null)
            {
                _statement.Reset();
                Py.CLEAR(ref _statement);
            }
            Py.SETREF(ref _description!, Py.None);
            _rowcount = 0;

            _statement = con.GetStatement(operation);
            if (_statement == null) return null;
            nint st = _statement.St;
            if (multiple && sqlite3_stmt_readonly(st) != 0)
            {
                Errors.SetString(state.ProgrammingError, "executemany() can only execute DML statements.");
                return null;
            }
            if (st != 0 && sqlite3_stmt_busy(st) != 0)
            {
                // Another cursor is still reading the cached statement: prepare a fresh one.
                var fresh = Statement.Create(con, operation);
                if (fresh == null) return null;
                Py.SETREF(ref _statement, fresh);
                st = fresh.St;
            }
            var stmt = _statement!;
            stmt.Reset();
            _rowcount = stmt.IsDml ? 0 : -1;

            // Legacy transaction control opens a transaction before INSERT/UPDATE/DELETE/REPLACE.
            if (con.AutocommitMode == Sqlite3Module.LEGACY_TRANSACTION_CONTROL && con.BeginStatement != null
                && stmt.IsDml && sqlite3_get_autocommit(con.Db) != 0)
            {
                if (con.ExecStatement(con.BeginStatement) < 0) return null;
            }

            while (true)
            {
                var parameters = Abstract.IterNext(parametersIter);
                if (parameters == null)
                {
                    if (Errors.Occurred()) return null;
                    break;
                }
                bool bound = BindParameters(state, stmt, parameters);
                Py.DECREF(parameters);
                if (!bound) return null;

                int rc = SQLITE_DONE;
                if (st != 0)
                    using (SqliteGil.AllowThreads()) rc = sqlite3_step(st);
                if (rc != SQLITE_DONE && rc != SQLITE_ROW)
                {
                    // An exception left by a user-defined callback gives way to SQLite's error.
                    if (Errors.Occurred()) Errors.Clear();
                    Sqlite3Errors.FromDb(state, con.Db);
                    return null;
                }
                if (Errors.Occurred()) return null;
                if (!BuildRowCastMap(state, st))
                {
                    var cause = Errors.GetRaisedException();
                    Errors.SetString(state.OperationalError, "Error while building row_cast_map");
                    var exc = Errors.GetRaisedException()!;
                    Py.SETREF(ref exc.Cause, cause);
                    exc.SuppressContext = true;
                    Errors.SetRaisedException(exc);
                    return null;
                }
                int numcols = st == 0 ? 0 : sqlite3_column_count(st);
                if (_description == Py.None && numcols > 0)
                {
                    var cols = new PyObject[numcols];
                    for (int i = 0; i < numcols; i++)
                    {
                        byte* colname = sqlite3_column_name(st, i);
                        PyObject name = colname == null ? Py.None : BuildColumnName(colname);
                        cols[i] = PyTuple.FromStolen([name, Py.None, Py.None, Py.None, Py.None, Py.None, Py.None]);
                    }
                    Py.SETREF(ref _description!, PyTuple.FromStolen(cols));
                }
                if (rc == SQLITE_DONE)
                {
                    if (stmt.IsDml) _rowcount += sqlite3_changes64(con.Db);
                    stmt.Reset();
                }
            }

            if (!multiple)
                Py.SETREF(ref _lastrowid!, PyLong.FromLong(sqlite3_last_insert_rowid(con.Db)));
            ok = true;
        }
        finally
        {
            Py.XDECREF(parametersIter);
            _locked = false;
            if (!ok)
            {
                if (_statement != null)
                {
                    _statement.Reset();
                    Py.CLEAR(ref _statement);
                }
                _rowcount = -1;
            }
            else if (_statement != null && (_statement.St == 0 || sqlite3_stmt_busy(_statement.St) == 0))
            {
                Py.CLEAR(ref _statement);
            }
        }
        return Py.NewRef(this);
    }

    [PyMethod("execute", Doc = "Executes an SQL statement.")]
    static PyObject? Execute(Cursor self, PyUnicode sql, PyObject? parameters = null)
        => self.QueryExecute(false, sql, parameters);

    [PyMethod("executemany", Doc = "Repeatedly executes an SQL statement.")]
    static PyObject? ExecuteMany(Cursor self, PyUnicode sql, PyObject seq_of_parameters)
        => self.QueryExecute(true, sql, seq_of_parameters);

    [PyMethod("executescript", Doc = "Executes multiple SQL statements at once.")]
    static PyObject? ExecuteScript(Cursor self, PyObject sql_script)
    {
        if (sql_script is not PyUnicode script)
        {
            Errors.SetString(PyExc.TypeError, $"executescript() argument must be str, not {sql_script.ob_type.tp_name}");
            return null;
        }
        if (!self.Check()) return null;
        var state = self.State;
        var con = self.Connection!;
        var text = Statement.NulTerminatedUtf8(script);
        if (text == null) return null;
        if (Array.IndexOf(text, (byte)0) < text.Length - 1)
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return null;
        }
        int len = text.Length - 1;
        int maxLength = sqlite3_limit(con.Db, SQLITE_LIMIT_SQL_LENGTH, -1);
        if (len > maxLength)
        {
            Errors.SetString(state.DataError, "query string is too large");
            return null;
        }
        // Legacy transaction control commits a pending transaction first.
        if (con.AutocommitMode == Sqlite3Module.LEGACY_TRANSACTION_CONTROL && sqlite3_get_autocommit(con.Db) == 0)
        {
            if (con.ExecStatement("COMMIT") < 0) return null;
        }
        nint db = con.Db;
        fixed (byte* start = text)
        {
            byte* sql = start;
            while (true)
            {
                int rc;
                byte* tail;
                using (SqliteGil.AllowThreads())
                {
                    nint stmt;
                    rc = sqlite3_prepare_v2(db, sql, len + 1, &stmt, &tail);
                    if (rc == SQLITE_OK)
                    {
                        do rc = sqlite3_step(stmt); while (rc == SQLITE_ROW);
                        rc = sqlite3_finalize(stmt);
                    }
                }
                if (rc != SQLITE_OK) return Sqlite3Errors.FromDb(state, db);
                if (Errors.Occurred()) return null;
                if (*tail == 0) break;
                len -= (int)(tail - sql);
                sql = tail;
            }
        }
        return Py.NewRef(self);
    }

    /// <summary>_pysqlite_fetch_one_row: the current row as a tuple, converted.</summary>
    PyObject? FetchOneRow()
    {
        var con = Connection!;
        nint st = _statement!.St;
        int numcols = sqlite3_data_count(st);
        var items = new PyObject?[numcols];
        for (int i = 0; i < numcols; i++)
        {
            PyObject? converter = con.DetectTypes != 0 && _rowCastMap != null && i < _rowCastMap.Count ? _rowCastMap[i] : Py.None;
            PyObject? converted;
            if (converter != Py.None)
            {
                void* blob = sqlite3_column_blob(st, i);
                if (blob == null)
                {
                    if (sqlite3_errcode(con.Db) == SQLITE_NOMEM) { Errors.NoMemory(); converted = null; }
                    else converted = Py.None;
                }
                else
                {
                    var item = PyBytes.FromSpan(new ReadOnlySpan<byte>(blob, sqlite3_column_bytes(st, i)));
                    converted = Calls.CallOneArg(converter, item);
                    Py.DECREF(item);
                }
            }
            else
            {
                switch (sqlite3_column_type(st, i))
                {
                    case SQLITE_NULL: converted = Py.None; break;
                    case SQLITE_INTEGER: converted = PyLong.FromLong(sqlite3_column_int64(st, i)); break;
                    case SQLITE_FLOAT: converted = PyFloat.FromDouble(sqlite3_column_double(st, i)); break;
                    case SQLITE_TEXT:
                    {
                        byte* text = sqlite3_column_text(st, i);
                        if (text == null && sqlite3_errcode(con.Db) == SQLITE_NOMEM) { Errors.NoMemory(); converted = null; break; }
                        var span = new ReadOnlySpan<byte>(text, sqlite3_column_bytes(st, i));
                        var factory = con.TextFactory;
                        if (factory == PyUnicode.Type)
                        {
                            converted = Utf8Codec.Decode(span, null, "strict", true, out _);
                            if (converted == null && Errors.ExceptionMatches(PyExc.UnicodeDecodeError))
                            {
                                Errors.Clear();
                                byte* colname = sqlite3_column_name(st, i);
                                Errors.SetString(con.State.OperationalError,
                                    $"Could not decode to UTF-8 column '{Utf8(colname)}' with text '{System.Text.Encoding.UTF8.GetString(span)}'");
                            }
                        }
                        else if (factory == PyBytes.Type) converted = PyBytes.FromSpan(span);
                        else if (factory == PyByteArray.Type) converted = PyByteArray.FromSpan(span);
                        else
                        {
                            var bytes = PyBytes.FromSpan(span);
                            converted = Calls.CallOneArg(factory, bytes);
                            Py.DECREF(bytes);
                        }
                        break;
                    }
                    default:
                    {
                        void* blob = sqlite3_column_blob(st, i);
                        if (blob == null && sqlite3_errcode(con.Db) == SQLITE_NOMEM) { Errors.NoMemory(); converted = null; break; }
                        converted = PyBytes.FromSpan(new ReadOnlySpan<byte>(blob, sqlite3_column_bytes(st, i)));
                        break;
                    }
                }
            }
            if (converted == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(items[j]!);
                return null;
            }
            items[i] = converted;
        }
        return PyTuple.FromStolen(items!);
    }

    /// <summary>pysqlite_cursor_iternext: the current row (through row_factory), then step to the next.</summary>
    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject op)
    {
        var self = (Cursor)op;
        if (!self.Check()) return null;
        if (self._statement == null) return null;
        nint st = self._statement.St;
        self._locked = true;
        var row = self.FetchOneRow();
        self._locked = false;
        if (row == null) return null;
        int rc;
        using (SqliteGil.AllowThreads()) rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
        {
            if (self._statement.IsDml) self._rowcount = sqlite3_changes64(self.Connection!.Db);
            self._statement.Reset();
            Py.CLEAR(ref self._statement);
        }
        else if (rc != SQLITE_ROW)
        {
            Sqlite3Errors.FromDb(self.State, self.Connection!.Db);
            self._statement.Reset();
            Py.CLEAR(ref self._statement);
            Py.DECREF(row);
            return null;
        }
        if (self.RowFactory != Py.None)
        {
            var factory = Py.NewRef(self.RowFactory);
            var newRow = Calls.CallTwoArgs(factory, self, row);
            Py.DECREF(factory);
            Py.DECREF(row);
            return newRow;
        }
        return row;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject op) => Py.NewRef(op);

    [PyMethod("fetchone", Doc = "Fetches one row from the resultset.")]
    static PyObject? FetchOne(Cursor self)
    {
        var row = IterNext(self);
        if (row == null && !Errors.Occurred()) return Py.None;
        return row;
    }

    [PyMethod("fetchmany", TextSignature = "($self, /, size=1)", Doc = "Fetches several rows from the resultset.\n\n  size\n    The default value is set by the Cursor.arraysize attribute.")]
    static PyObject? FetchMany(Cursor self, [Keyword] PyObject? size = null)
    {
        uint maxrows = self.ArraySize;
        if (size != null && !ToUInt32(size, "Python int too large for C uint32_t", out maxrows)) return null;
        var list = PyList.New();
        for (uint counter = 0; counter < maxrows; counter++)
        {
            var row = IterNext(self);
            if (row == null) break;
            list.Append(row);
            Py.DECREF(row);
        }
        if (Errors.Occurred())
        {
            Py.DECREF(list);
            return null;
        }
        return list;
    }

    [PyMethod("fetchall", Doc = "Fetches all rows from the resultset.")]
    static PyObject? FetchAll(Cursor self)
    {
        var list = PyList.New();
        PyObject? row;
        while ((row = IterNext(self)) != null)
        {
            list.Append(row);
            Py.DECREF(row);
        }
        if (Errors.Occurred())
        {
            Py.DECREF(list);
            return null;
        }
        return list;
    }

    [PyMethod("setinputsizes", Doc = "Required by DB-API. Does nothing in sqlite3.")]
    static void SetInputSizes(Cursor self, PyObject sizes) { }

    [PyMethod("setoutputsize", Doc = "Required by DB-API. Does nothing in sqlite3.")]
    static void SetOutputSize(Cursor self, PyObject size, PyObject? column = null) { }

    [PyMethod("close", Doc = "Closes the cursor.")]
    static PyObject? Close(Cursor self)
    {
        if (!self.CheckLocked()) return null;
        if (self.Connection == null)
            return Errors.SetString(self.State.ProgrammingError, "Base Cursor.__init__ not called.");
        if (!self.Connection.CheckThread() || !self.Connection.CheckConnection()) return null;
        if (self._statement != null)
        {
            self._statement.Reset();
            Py.CLEAR(ref self._statement);
        }
        self._closed = true;
        return Py.None;
    }

    [PyGetter("connection")]
    static PyObject? GetConnection(Cursor self) => Py.NewRef((PyObject?)self.Connection ?? Py.None);

    [PyGetter("description")]
    static PyObject? GetDescription(Cursor self) => Py.NewRef(self._description);

    [PyGetter("lastrowid")]
    static PyObject? GetLastrowid(Cursor self) => Py.NewRef(self._lastrowid);

    [PyGetter("rowcount")]
    static PyObject? GetRowcount(Cursor self) => PyLong.FromLong(self._rowcount);

    [PyGetter("arraysize")]
    static PyObject? GetArraySize(Cursor self) => PyLong.FromLong(self.ArraySize);

    [PySetter("arraysize")]
    static int SetArraySize(Cursor self, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        if (!ToUInt32(value, "Python int too large to convert to C uint32_t", out uint v)) return -1;
        self.ArraySize = v;
        return 0;
    }

    [PyGetter("row_factory")]
    static PyObject? GetRowFactory(Cursor self) => Py.NewRef(self.RowFactory);

    [PySetter("row_factory")]
    static int SetRowFactory(Cursor self, PyObject? value)
    {
        Py.SETREF(ref self.RowFactory!, Py.NewRef(value ?? Py.None));
        return 0;
    }
}
