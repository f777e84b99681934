using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Csv;

/// <summary>
/// `_csv.reader` (ReaderObj): an iterator of rows, each parsed from one or more lines of its
/// input iterator by Modules/_csv.c's state machine, one code point at a time.
/// </summary>
[PyType("_csv.reader", BaseType = true, Doc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n")]
public sealed partial class CsvReader : PyObject
{
    enum ParserState
    {
        StartRecord, StartField, EscapedChar, InField, InQuotedField,
        EscapeInQuotedField, QuoteInQuotedField, EatCrNl, AfterEscapedCrNl,
    }

    /// <summary>The end of a line, fed to the state machine after each line's characters (CPython's EOL).</summary>
    const int Eol = -2;

    PyObject? _inputIter;
    CsvDialect? _dialect;
    PyList? _fields;
    ParserState _state;
    int[] _field = [];
    int _fieldLen;
    /// <summary>No quotes around the current field (then QUOTE_NONNUMERIC/STRINGS make it a float, NOTNULL/STRINGS an empty one None).</summary>
    bool _unquotedField;
    long _lineNum;

    CsvReader(PyType type) : base(type) { }

    /// <summary>
    /// Py_TPFLAGS_DISALLOW_INSTANTIATION: only reader() makes one. A refusing tp_new rather than
    /// none, so that a subclass does not take object's and make an instance without the state.
    /// </summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Errors.SetString(PyExc.TypeError, $"cannot create '{type.tp_name}' instances");

    /// <summary>The dialect and line_num members (read-only), installed with the module.</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("line_num") != null) return;
        d.SetItemString("dialect", new PyMemberDescr(Type, "dialect", o => Py.NewRef((PyObject?)((CsvReader)o)._dialect ?? Py.None), null));
        d.SetItemString("line_num", new PyMemberDescr(Type, "line_num", o => PyLong.FromLong(((CsvReader)o)._lineNum), null));
    }

    /// <summary>csv_reader: reader(iterable, dialect=..., **fmtparams).</summary>
    internal static PyObject? Create(CsvState state, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (!ArgParse.CheckPositional("reader", nargs, 1, 2)) return null;
        var self = new CsvReader(Type);
        self.ParseReset();
        self._inputIter = Abstract.GetIter(args[0].AsBorrowed);
        if (self._inputIter == null) { Py.DECREF(self); return null; }
        self._dialect = CsvModule.CallDialect(args[1..], kwnames);
        if (self._dialect == null) { Py.DECREF(self); return null; }
        return self;
    }

    void ParseReset()
    {
        var old = _fields;
        _fields = PyList.New();
        Py.XDECREF(old);
        _fieldLen = 0;
        _state = ParserState.StartRecord;
        _unquotedField = false;
    }

    /// <summary>parse_save_field: the field so far becomes the row's next item.</summary>
    int SaveField()
    {
        var quoting = _dialect!.Quoting;
        PyObject? field;
        if (_unquotedField && _fieldLen == 0 && (quoting == QuoteStyle.NotNull || quoting == QuoteStyle.Strings))
            field = Py.None;
        else
        {
            field = PyUnicode.FromCodePoints(_field.AsSpan(0, _fieldLen));
            if (_unquotedField && _fieldLen != 0 && (quoting == QuoteStyle.NonNumeric || quoting == QuoteStyle.Strings))
            {
                var number = PyFloat.FromObject(field);
                Py.DECREF(field);
                if (number == null) return -1;
                field = number;
            }
            _fieldLen = 0;
        }
        _fields!.AppendSteal(field);
        return 0;
    }

    int AddChar(CsvState state, int c)
    {
        long limit = state.FieldLimit;
        if (_fieldLen >= limit)
        {
            Errors.SetString(state.Error, $"field larger than field limit ({limit})");
            return -1;
        }
        if (_fieldLen == _field.Length)
        {
            if (_field.Length >= Array.MaxLength / 2)
            {
                Errors.NoMemory();
                return -1;
            }
            Array.Resize(ref _field, _field.Length == 0 ? 4096 : 2 * _field.Length);
        }
        _field[_fieldLen++] = c;
        return 0;
    }

    /// <summary>parse_process_char: one step of the state machine; -1 with an exception set.</summary>
    int ProcessChar(CsvState state, int c)
    {
        var dialect = _dialect!;
        switch (_state)
        {
            case ParserState.StartRecord:
                if (c == Eol) break;   // an empty line: the row is []
                if (c == '\n' || c == '\r')
                {
                    _state = ParserState.EatCrNl;
                    break;
                }
                _state = ParserState.StartField;
                goto case ParserState.StartField;

            case ParserState.StartField:
                _unquotedField = true;
                if (c == '\n' || c == '\r' || c == Eol)
                {
                    if (SaveField() < 0) return -1;
                    _state = c == Eol ? ParserState.StartRecord : ParserState.EatCrNl;
                }
                else if (c == dialect.QuoteChar && dialect.Quoting != QuoteStyle.None)
                {
                    _unquotedField = false;
                    _state = ParserState.InQuotedField;
                }
                else if (c == dialect.EscapeChar)
                    _state = ParserState.EscapedChar;
                else if (c == ' ' && dialect.SkipInitialSpace)
                {
                    // Spaces at the start of a field are dropped.
                }
                else if (c == dialect.Delimiter)
                {
                    if (SaveField() < 0) return -1;
                }
                else
                {
                    if (AddChar(state, c) < 0) return -1;
                    _state = ParserState.InField;
                }
                break;

            case ParserState.EscapedChar:
                if (c == '\n' || c == '\r')
                {
                    if (AddChar(state, c) < 0) return -1;
                    _state = ParserState.AfterEscapedCrNl;
                    break;
                }
                if (c == Eol) c = '\n';
                if (AddChar(state, c) < 0) return -1;
                _state = ParserState.InField;
                break;

            case ParserState.AfterEscapedCrNl:
                if (c == Eol) break;
                goto case ParserState.InField;

            case ParserState.InField:
                if (c == '\n' || c == '\r' || c == Eol)
                {
                    if (SaveField() < 0) return -1;
                    _state = c == Eol ? ParserState.StartRecord : ParserState.EatCrNl;
                }
                else if (c == dialect.EscapeChar)
                    _state = ParserState.EscapedChar;
                else if (c == dialect.Delimiter)
                {
                    if (SaveField() < 0) return -1;
                    _state = ParserState.StartField;
                }
                else if (AddChar(state, c) < 0) return -1;
                break;

            case ParserState.InQuotedField:
                if (c == Eol)
                {
                    // The line break is part of the field, which goes on in the next line.
                }
                else if (c == dialect.EscapeChar)
                    _state = ParserState.EscapeInQuotedField;
                else if (c == dialect.QuoteChar && dialect.Quoting != QuoteStyle.None)
                    _state = dialect.DoubleQuote ? ParserState.QuoteInQuotedField : ParserState.InField;
                else if (AddChar(state, c) < 0) return -1;
                break;

            case ParserState.EscapeInQuotedField:
                if (c == Eol) c = '\n';
                if (AddChar(state, c) < 0) return -1;
                _state = ParserState.InQuotedField;
                break;

            case ParserState.QuoteInQuotedField:
                // A quote in a quoted field: doubled, it stands for one quote.
                if (dialect.Quoting != QuoteStyle.None && c == dialect.QuoteChar)
                {
                    if (AddChar(state, c) < 0) return -1;
                    _state = ParserState.InQuotedField;
                }
                else if (c == dialect.Delimiter)
                {
                    if (SaveField() < 0) return -1;
                    _state = ParserState.StartField;
                }
                else if (c == '\n' || c == '\r' || c == Eol)
                {
                    if (SaveField() < 0) return -1;
                    _state = c == Eol ? ParserState.StartRecord : ParserState.EatCrNl;
                }
                else if (!dialect.Strict)
                {
                    if (AddChar(state, c) < 0) return -1;
                    _state = ParserState.InField;
                }
                else
                {
                    Errors.SetString(state.Error, $"'{CsvDialect.CharText(dialect.Delimiter)}' expected after '{CsvDialect.CharText(dialect.QuoteChar)}'");
                    return -1;
                }
                break;

            case ParserState.EatCrNl:
                if (c == '\n' || c == '\r')
                {
                }
                else if (c == Eol)
                    _state = ParserState.StartRecord;
                else
                {
                    Errors.SetString(state.Error, "new-line character seen in unquoted field - do you need to open the file with newline=''?");
                    return -1;
                }
                break;
        }
        return 0;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    /// <summary>Reader_iternext: read lines until the state machine ends a record.</summary>
    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject o)
    {
        var self = (CsvReader)o;
        var state = CsvState.Get();
        self.ParseReset();
        do
        {
            var lineobj = Abstract.IterNext(self._inputIter!);
            if (lineobj == null)
            {
                // The end of the input, or an error.
                if (!Errors.Occurred() && (self._fieldLen != 0 || self._state == ParserState.InQuotedField))
                {
                    if (self._dialect!.Strict)
                        Errors.SetString(state.Error, "unexpected end of data");
                    else if (self._fields == null)
                        AdvancedError(state);
                    else if (self.SaveField() >= 0)
                        break;
                }
                return null;
            }
            if (self._fields == null)
            {
                Py.DECREF(lineobj);
                return AdvancedError(state);
            }
            if (lineobj is not PyUnicode line)
            {
                Errors.SetString(state.Error,
                    $"iterator should return strings, not {lineobj.ob_type.tp_name} (the file should be opened in text mode)");
                Py.DECREF(lineobj);
                return null;
            }
            self._lineNum++;
            int n = line.Length;
            for (int i = 0; i < n; i++)
            {
                if (self.ProcessChar(state, line[i]) < 0)
                {
                    Py.DECREF(lineobj);
                    return null;
                }
            }
            Py.DECREF(lineobj);
            if (self.ProcessChar(state, Eol) < 0) return null;
        } while (self._state != ParserState.StartRecord);
        var fields = self._fields;
        self._fields = null;
        return fields;
    }

    /// <summary>gh-145105: the input iterator called this reader's __next__, which returned the row being built.</summary>
    static PyObject? AdvancedError(CsvState state) => Errors.SetString(state.Error, "iterator has already advanced the reader");

    protected internal override void ReleaseReferences()
    {
        var d = _dialect;
        _dialect = null;
        Py.XDECREF(d);
        Py.CLEAR(ref _inputIter);
        var f = _fields;
        _fields = null;
        Py.XDECREF(f);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_dialect != null) visit(_dialect);
        if (_inputIter != null) visit(_inputIter);
        if (_fields != null) visit(_fields);
    }

    protected internal override void Clear() => ReleaseReferences();
}
