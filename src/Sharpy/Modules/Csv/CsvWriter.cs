using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Csv;

/// <summary>
/// `_csv.writer` (WriterObj): joins a row's fields into one line, quoting and escaping them as
/// its dialect says, and passes the line to its file's write().
/// </summary>
[PyType("_csv.writer", BaseType = true, Doc = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n")]
public sealed partial class CsvWriter : PyObject
{
    PyObject? _write;
    CsvDialect? _dialect;
    PyType? _error;
    /// <summary>The record being joined (code points).</summary>
    int[] _rec = [];
    int _recLen;
    int _numFields;

    CsvWriter(PyType type) : base(type) { }

    /// <summary>
    /// Py_TPFLAGS_DISALLOW_INSTANTIATION: only writer() makes one. A refusing tp_new rather than
    /// none, so that a subclass does not take object's and make an instance without the state.
    /// </summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Errors.SetString(PyExc.TypeError, $"cannot create '{type.tp_name}' instances");

    /// <summary>The dialect member (read-only), installed with the module.</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("dialect") != null) return;
        d.SetItemString("dialect", new PyMemberDescr(Type, "dialect", o => Py.NewRef((PyObject?)((CsvWriter)o)._dialect ?? Py.None), null));
    }

    /// <summary>csv_writer: writer(fileobj, dialect=..., **fmtparams).</summary>
    internal static PyObject? Create(CsvState state, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (!ArgParse.CheckPositional("writer", nargs, 1, 2)) return null;
        var self = new CsvWriter(Type) { _error = (PyType)Py.NewRef(state.Error) };
        if (Abstract.LookupAttr(args[0].AsBorrowed, PyUnicode.Intern("write"), out self._write) < 0)
        {
            Py.DECREF(self);
            return null;
        }
        if (self._write == null || self._write.ob_type.tp_call == null)
        {
            Errors.SetString(PyExc.TypeError, "argument 1 must have a \"write\" method");
            Py.DECREF(self);
            return null;
        }
        self._dialect = CsvModule.CallDialect(args[1..], kwnames);
        if (self._dialect == null)
        {
            Py.DECREF(self);
            return null;
        }
        return self;
    }

    /// <summary>
    /// join_append_data: the record's length once the field is added. With
    /// <paramref name="copy"/> false it only measures, deciding whether the field needs quotes
    /// (and failing when a character needs an escape there is none for); with it true it
    /// writes into the record, which has room.
    /// </summary>
    long AppendData(PyUnicode? field, ref bool quoted, bool copy)
    {
        var dialect = _dialect!;
        long recLen = _recLen;
        void Add(int c, ref long len)
        {
            if (copy) _rec[len] = c;
            len++;
        }
        if (_numFields > 0) Add(dialect.Delimiter, ref recLen);
        if (copy && quoted) Add(dialect.QuoteChar, ref recLen);
        int n = field?.Length ?? 0;
        for (int i = 0; i < n; i++)
        {
            int c = field![i];
            bool wantEscape = false;
            if (c == dialect.Delimiter || c == dialect.EscapeChar || c == dialect.QuoteChar
                || c == '\n' || c == '\r' || dialect.InLineTerminator(c))
            {
                if (dialect.Quoting == QuoteStyle.None)
                    wantEscape = true;
                else
                {
                    if (c == dialect.QuoteChar)
                    {
                        if (dialect.DoubleQuote) Add(dialect.QuoteChar, ref recLen);
                        else wantEscape = true;
                    }
                    else if (c == dialect.EscapeChar)
                        wantEscape = true;
                    if (!wantEscape) quoted = true;
                }
                if (wantEscape)
                {
                    if (dialect.EscapeChar == CsvDialect.NotSet)
                    {
                        Errors.SetString(_error!, "need to escape, but no escapechar set");
                        return -1;
                    }
                    Add(dialect.EscapeChar, ref recLen);
                }
            }
            Add(c, ref recLen);
        }
        if (quoted)
        {
            if (copy) Add(dialect.QuoteChar, ref recLen);
            else recLen += 2;
        }
        return recLen;
    }

    bool CheckRecSize(long recLen)
    {
        if (recLen <= _rec.Length) return true;
        if (recLen > UnicodeWriter.MaxLength)
        {
            Errors.NoMemory();
            return false;
        }
        // Grown in steps of 32768 code points, as MEM_INCR.
        const int MemIncr = 32768;
        Array.Resize(ref _rec, (int)Math.Min((recLen / MemIncr + 1) * MemIncr, Array.MaxLength));
        return true;
    }

    /// <summary>join_append: add a field (null for None) to the record; false with an exception set.</summary>
    bool Append(PyUnicode? field, bool quoted)
    {
        var dialect = _dialect!;
        int fieldLen = field?.Length ?? 0;
        if (fieldLen == 0 && dialect.Delimiter == ' ' && dialect.SkipInitialSpace)
        {
            if (dialect.Quoting == QuoteStyle.None
                || (field == null && (dialect.Quoting == QuoteStyle.Strings || dialect.Quoting == QuoteStyle.NotNull)))
            {
                Errors.SetString(_error!, "empty field must be quoted if delimiter is a space and skipinitialspace is true");
                return false;
            }
            quoted = true;
        }
        long recLen = AppendData(field, ref quoted, copy: false);
        if (recLen < 0 || !CheckRecSize(recLen)) return false;
        _recLen = (int)AppendData(field, ref quoted, copy: true);
        _numFields++;
        return true;
    }

    bool AppendLineTerminator()
    {
        var t = _dialect!.LineTerminator!;
        if (!CheckRecSize((long)_recLen + t.Length)) return false;
        for (int i = 0; i < t.Length; i++) _rec[_recLen + i] = t[i];
        _recLen += t.Length;
        return true;
    }

    /// <summary>PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted.</summary>
    static bool IsNumber(PyObject o)
    {
        var t = o.ob_type;
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o is PyComplex;
    }

    [PyMethod("writerow", Doc = "Construct and write a CSV record from an iterable of fields.\n\nNon-string elements will be converted to string.")]
    static PyObject? WriteRow(CsvWriter self, PyObject row)
    {
        var dialect = self._dialect!;
        var iter = Abstract.GetIter(row);
        if (iter == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(self._error!, $"iterable expected, not {row.ob_type.tp_name}");
            }
            return null;
        }
        self._recLen = 0;
        self._numFields = 0;
        bool nullField = false;
        PyObject? field;
        while ((field = Abstract.IterNext(iter)) != null)
        {
            bool quoted = dialect.Quoting switch
            {
                QuoteStyle.NonNumeric => !IsNumber(field),
                QuoteStyle.All => true,
                QuoteStyle.Strings => field is PyUnicode,
                QuoteStyle.NotNull => field != Py.None,
                _ => false,
            };
            nullField = field == Py.None;
            bool ok;
            if (field is PyUnicode s)
                ok = self.Append(s, quoted);
            else if (nullField)
                ok = self.Append(null, quoted);
            else
            {
                var str = Abstract.Str(field);
                if (str == null)
                {
                    Py.DECREF(field);
                    Py.DECREF(iter);
                    return null;
                }
                ok = self.Append((PyUnicode)str, quoted);
                Py.DECREF(str);
            }
            Py.DECREF(field);
            if (!ok)
            {
                Py.DECREF(iter);
                return null;
            }
        }
        Py.DECREF(iter);
        if (Errors.Occurred()) return null;

        if (self._numFields > 0 && self._recLen == 0)
        {
            // A record of one empty field would read back as an empty row: it is quoted.
            if (dialect.Quoting == QuoteStyle.None
                || (nullField && (dialect.Quoting == QuoteStyle.Strings || dialect.Quoting == QuoteStyle.NotNull)))
                return Errors.SetString(self._error!, "single empty field record must be quoted");
            self._numFields--;
            if (!self.Append(null, true)) return null;
        }
        if (!self.AppendLineTerminator()) return null;
        var line = PyUnicode.FromCodePoints(self._rec.AsSpan(0, self._recLen));
        var result = Calls.CallOneArg(self._write!, line);
        Py.DECREF(line);
        return result;
    }

    [PyMethod("writerows", Doc = "Construct and write a series of iterables to a csv file.\n\nNon-string elements will be converted to string.")]
    static PyObject? WriteRows(CsvWriter self, PyObject rows)
    {
        var rowIter = Abstract.GetIter(rows);
        if (rowIter == null) return null;
        PyObject? row;
        while ((row = Abstract.IterNext(rowIter)) != null)
        {
            var result = WriteRow(self, row);
            Py.DECREF(row);
            if (result == null)
            {
                Py.DECREF(rowIter);
                return null;
            }
            Py.DECREF(result);
        }
        Py.DECREF(rowIter);
        if (Errors.Occurred()) return null;
        return Py.None;
    }

    protected internal override void ReleaseReferences()
    {
        var d = _dialect;
        _dialect = null;
        Py.XDECREF(d);
        Py.CLEAR(ref _write);
        var e = _error;
        _error = null;
        Py.XDECREF(e);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_dialect != null) visit(_dialect);
        if (_write != null) visit(_write);
        if (_error != null) visit(_error);
    }

    protected internal override void Clear() => ReleaseReferences();
}
