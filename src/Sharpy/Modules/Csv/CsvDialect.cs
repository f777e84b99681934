using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Csv;

/// <summary>The quoting styles (QuoteStyle), the values of the module's QUOTE_* constants.</summary>
internal enum QuoteStyle
{
    Minimal, All, NonNumeric, None, Strings, NotNull,
}

/// <summary>
/// `_csv.Dialect` (DialectObj): the validated parsing and writing options a reader or writer
/// works with. Made from a registered name, any object with the attributes, and keyword
/// overrides; characters are code points, <see cref="NotSet"/> when None.
/// </summary>
[PyType("_csv.Dialect", BaseType = true, Doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n")]
public sealed partial class CsvDialect : PyObject
{
    /// <summary>An unset escapechar or quotechar (CPython's NOT_SET): matches no character.</summary>
    internal const int NotSet = -1;

    internal bool DoubleQuote;
    internal bool SkipInitialSpace;
    internal bool Strict;
    internal QuoteStyle Quoting;
    internal int Delimiter;
    internal int QuoteChar;
    internal int EscapeChar;
    internal PyUnicode? LineTerminator;

    CsvDialect(PyType type) : base(type) { }

    /// <summary>dialect_kws: the parameters of Dialect(), in order.</summary>
    static readonly string[] s_kwNames =
        ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

    /// <summary>The boolean options as read-only members (Py_T_BOOL), installed with the module.</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("strict") != null) return;
        void Member(string name, Func<CsvDialect, bool> get)
            => d.SetItemString(name, new PyMemberDescr(Type, name, o => Py.NewBool(get((CsvDialect)o)), null));
        Member("skipinitialspace", o => o.SkipInitialSpace);
        Member("doublequote", o => o.DoubleQuote);
        Member("strict", o => o.Strict);
    }

    /// <summary>
    /// dialect_new: PyArg_ParseTupleAndKeywords("|OOOOOOOOO") without a function name, so its
    /// messages say "function"; then the named dialect's or object's attributes fill what the
    /// keywords leave out, and the result is validated.
    /// </summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var p = new PyObject?[s_kwNames.Length];
        if (!ParseArgs(args, kwnames, p)) return null;
        var dialect = p[0];
        if (dialect != null)
        {
            if (dialect is PyUnicode)
            {
                dialect = CsvState.Get().GetDialect(dialect);
                if (dialect == null) return null;
            }
            else Py.INCREF(dialect);
            // A Dialect without overrides is used as it is.
            bool overrides = false;
            for (int i = 1; i < p.Length; i++) overrides |= p[i] != null;
            if (!overrides && dialect is CsvDialect) return dialect;
        }
        for (int i = 1; i < p.Length; i++) Py.XINCREF(p[i]);
        if (dialect != null)
        {
            for (int i = 1; i < p.Length; i++)
            {
                if (p[i] != null) continue;
                p[i] = Abstract.GetAttr(dialect, s_kwNames[i]);
                if (p[i] == null) Errors.Clear();
            }
        }
        var self = new CsvDialect(type);
        bool ok = self.Init(p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
        Py.XDECREF(dialect);
        for (int i = 1; i < p.Length; i++) Py.XDECREF(p[i]);
        if (ok) return self;
        Py.DECREF(self);
        return null;
    }

    /// <summary>Spread the arguments over <see cref="s_kwNames"/> with vgetargskeywords' messages.</summary>
    static bool ParseArgs(ReadOnlySpan<StackRef> args, PyTuple? kwnames, PyObject?[] p)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        int len = s_kwNames.Length;
        if (nargs + nkw > len)
        {
            Errors.SetString(PyExc.TypeError, $"function takes at most {len} {(nargs == 0 ? "keyword " : "")}arguments ({nargs + nkw} given)");
            return false;
        }
        for (int i = 0; i < nargs; i++) p[i] = args[i].AsBorrowed;
        int used = 0;
        for (int i = 0; i < len && used < nkw; i++)
        {
            int k = KeywordIndex(kwnames!, s_kwNames[i]);
            if (k < 0) continue;
            used++;
            if (i < nargs)
            {
                Errors.SetString(PyExc.TypeError, $"argument for function given by name ('{s_kwNames[i]}') and position ({i + 1})");
                return false;
            }
            p[i] = args[nargs + k].AsBorrowed;
        }
        if (used < nkw)
        {
            foreach (var name in kwnames!.Items)
            {
                if (Array.IndexOf(s_kwNames, ((PyUnicode)name).Value) >= 0) continue;
                Errors.SetString(PyExc.TypeError, $"this function got an unexpected keyword argument '{((PyUnicode)name).Value}'");
                return false;
            }
        }
        return true;
    }

    static int KeywordIndex(PyTuple kwnames, string name)
    {
        for (int k = 0; k < kwnames.Count; k++)
            if (((PyUnicode)kwnames.Items[k]).Value == name) return k;
        return -1;
    }

    /// <summary>Convert and validate the options (null: not given, use the default); false with an exception set.</summary>
    bool Init(PyObject? delimiter, PyObject? doublequote, PyObject? escapechar, PyObject? lineterminator,
              PyObject? quotechar, PyObject? quoting, PyObject? skipinitialspace, PyObject? strict)
    {
        if (!SetChar("delimiter", out Delimiter, delimiter, ',')
            || !SetBool(out DoubleQuote, doublequote, true)
            || !SetCharOrNone("escapechar", out EscapeChar, escapechar, NotSet)
            || !SetStr("lineterminator", out LineTerminator, lineterminator, "\r\n")
            || !SetCharOrNone("quotechar", out QuoteChar, quotechar, '"')
            || !SetInt("quoting", out int q, quoting, (int)QuoteStyle.Minimal)
            || !SetBool(out SkipInitialSpace, skipinitialspace, false)
            || !SetBool(out Strict, strict, false))
            return false;
        if (q < (int)QuoteStyle.Minimal || q > (int)QuoteStyle.NotNull)
        {
            Errors.SetString(PyExc.TypeError, "bad \"quoting\" value");
            return false;
        }
        Quoting = (QuoteStyle)q;
        if (quotechar == Py.None && quoting == null) Quoting = QuoteStyle.None;
        if (Quoting != QuoteStyle.None && QuoteChar == NotSet)
        {
            Errors.SetString(PyExc.TypeError, "quotechar must be set if quoting enabled");
            return false;
        }
        return CheckChar("delimiter", Delimiter, allowSpace: true)
            && CheckChar("escapechar", EscapeChar, !SkipInitialSpace)
            && CheckChar("quotechar", QuoteChar, !SkipInitialSpace)
            && CheckChars("delimiter", "escapechar", Delimiter, EscapeChar)
            && CheckChars("delimiter", "quotechar", Delimiter, QuoteChar)
            && CheckChars("escapechar", "quotechar", EscapeChar, QuoteChar);
    }

    static bool SetBool(out bool target, PyObject? src, bool dflt)
    {
        target = dflt;
        if (src == null) return true;
        int b = Abstract.IsTrue(src);
        if (b < 0) return false;
        target = b != 0;
        return true;
    }

    static bool SetInt(string name, out int target, PyObject? src, int dflt)
    {
        target = dflt;
        if (src == null) return true;
        if (src.ob_type != PyLong.Type)
        {
            Errors.SetString(PyExc.TypeError, $"\"{name}\" must be an integer, not {src.ob_type.tp_name}");
            return false;
        }
        return ArgParse.ToInt(src, out target);
    }

    static bool SetChar(string name, out int target, PyObject? src, int dflt)
    {
        target = dflt;
        if (src == null) return true;
        if (src is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"\"{name}\" must be a unicode character, not {src.ob_type.tp_name}");
            return false;
        }
        if (s.Length != 1)
        {
            Errors.SetString(PyExc.TypeError, $"\"{name}\" must be a unicode character, not a string of length {s.Length}");
            return false;
        }
        target = s[0];
        return true;
    }

    static bool SetCharOrNone(string name, out int target, PyObject? src, int dflt)
    {
        target = dflt;
        if (src == null) return true;
        target = NotSet;
        if (src == Py.None) return true;
        if (src is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"\"{name}\" must be a unicode character or None, not {src.ob_type.tp_name}");
            return false;
        }
        if (s.Length != 1)
        {
            Errors.SetString(PyExc.TypeError, $"\"{name}\" must be a unicode character or None, not a string of length {s.Length}");
            return false;
        }
        target = s[0];
        return true;
    }

    static bool SetStr(string name, out PyUnicode? target, PyObject? src, string dflt)
    {
        target = null;
        if (src == null)
        {
            target = PyUnicode.FromString(dflt);
            return true;
        }
        if (src is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"\"{name}\" must be a string, not {src.ob_type.tp_name}");
            return false;
        }
        target = (PyUnicode)Py.NewRef(s);
        return true;
    }

    /// <summary>The character is in the line terminator (PyUnicode_FindChar).</summary>
    internal bool InLineTerminator(int c)
    {
        var t = LineTerminator!;
        for (int i = 0; i < t.Length; i++)
            if (t[i] == c) return true;
        return false;
    }

    /// <summary>dialect_check_char: no newline (nor space, unless allowed) and no character of the line terminator.</summary>
    bool CheckChar(string name, int c, bool allowSpace)
    {
        if (c == '\r' || c == '\n' || (c == ' ' && !allowSpace))
        {
            Errors.SetString(PyExc.ValueError, $"bad {name} value");
            return false;
        }
        if (InLineTerminator(c))
        {
            Errors.SetString(PyExc.ValueError, $"bad {name} or lineterminator value");
            return false;
        }
        return true;
    }

    static bool CheckChars(string name1, string name2, int c1, int c2)
    {
        if (c1 == c2 && c1 != NotSet)
        {
            Errors.SetString(PyExc.ValueError, $"bad {name1} or {name2} value");
            return false;
        }
        return true;
    }

    static PyObject CharOrNone(int c) => c == NotSet ? Py.None : PyUnicode.FromCodePoint(c);

    /// <summary>A code point as text, for messages ('%c').</summary>
    internal static string CharText(int c) => PyUnicode.FromCodePoint(c).Value;

    [PyGetter("delimiter")] static PyObject? GetDelimiter(CsvDialect self) => CharOrNone(self.Delimiter);
    [PyGetter("escapechar")] static PyObject? GetEscapeChar(CsvDialect self) => CharOrNone(self.EscapeChar);
    [PyGetter("lineterminator")] static PyObject? GetLineTerminator(CsvDialect self) => Py.XNewRef(self.LineTerminator);
    [PyGetter("quotechar")] static PyObject? GetQuoteChar(CsvDialect self) => CharOrNone(self.QuoteChar);
    [PyGetter("quoting")] static PyObject? GetQuoting(CsvDialect self) => PyLong.FromLong((long)self.Quoting);

    /// <summary>Dialect_reduce: a Dialect cannot be pickled (protocols 0 and 1 would take object's way).</summary>
    [PyMethod("__reduce__", Doc = "raises an exception to avoid pickling")]
    static PyObject? Reduce(CsvDialect self, [VarArgs] PyTuple args)
        => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.Name}' instances");

    [PyMethod("__reduce_ex__", Doc = "raises an exception to avoid pickling")]
    static PyObject? ReduceEx(CsvDialect self, [VarArgs] PyTuple args)
        => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.Name}' instances");

    protected internal override void ReleaseReferences()
    {
        var t = LineTerminator;
        LineTerminator = null;
        Py.XDECREF(t);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (LineTerminator != null) visit(LineTerminator);
    }

    protected internal override void Clear() => ReleaseReferences();
}
