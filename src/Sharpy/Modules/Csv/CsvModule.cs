using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Csv;

/// <summary>
/// The `_csv` module (Modules/_csv.c): the reader, the writer, the Dialect type and the dialect
/// registry under Lib/csv.py.
/// </summary>
[PyModule("_csv", Doc = "CSV parsing and writing.\n")]
public static partial class CsvModule
{
    [PyConstant] const int QUOTE_MINIMAL = (int)QuoteStyle.Minimal;
    [PyConstant] const int QUOTE_ALL = (int)QuoteStyle.All;
    [PyConstant] const int QUOTE_NONNUMERIC = (int)QuoteStyle.NonNumeric;
    [PyConstant] const int QUOTE_NONE = (int)QuoteStyle.None;
    [PyConstant] const int QUOTE_STRINGS = (int)QuoteStyle.Strings;
    [PyConstant] const int QUOTE_NOTNULL = (int)QuoteStyle.NotNull;

    [PyConstant("Dialect")] static PyObject DialectType => Py.NewRef(CsvDialect.Type);
    [PyConstant("Reader")] static PyObject ReaderType => Py.NewRef(CsvReader.Type);
    [PyConstant("Writer")] static PyObject WriterType => Py.NewRef(CsvWriter.Type);

    static int InitModule(PyModule m)
    {
        CsvDialect.InstallMembers();
        CsvReader.InstallMembers();
        CsvWriter.InstallMembers();
        // Heap types made from specs, in CPython, so their dicts name their module.
        foreach (var t in new[] { CsvDialect.Type, CsvReader.Type, CsvWriter.Type })
            t.tp_dict.SetItemString("__module__", PyUnicode.Intern("_csv"));
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString("_csv"));
        var error = (PyType?)Calls.CallTuple(PyType.Type, PyTuple.FromStolen([PyUnicode.FromString("Error"), PyTuple.FromBorrowed([PyExc.Exception]), dict]));
        if (error == null) return -1;
        var dialects = PyDict.New();
        ModuleState<CsvState>.Set(Interpreter.Current, new CsvState(error, dialects));
        if (m.Add("_dialects", Py.NewRef(dialects)) < 0) return -1;
        return m.Add("Error", Py.NewRef(error));
    }

    /// <summary>_call_dialect: Dialect(dialect, **fmtparams) from a call's optional dialect argument and its keywords.</summary>
    internal static CsvDialect? CallDialect(ReadOnlySpan<StackRef> dialectAndKeywords, PyTuple? kwnames)
        => (CsvDialect?)Calls.Call(CsvDialect.Type, dialectAndKeywords, kwnames);

    [PyMethod("reader", TextSignature = "($module, iterable, /, dialect='excel', **fmtparams)",
        Raw = "METH_VARARGS|METH_KEYWORDS with PyArg_UnpackTuple: every keyword, even 'dialect', goes to Dialect()",
        Doc = "Return a reader object that will process lines from the given iterable.\n\n"
            + "The \"iterable\" argument can be any object that returns a line\n"
            + "of input for each iteration, such as a file object or a list.  The\n"
            + "optional \"dialect\" argument defines a CSV dialect.  The function\n"
            + "also accepts optional keyword arguments which override settings\n"
            + "provided by the dialect.\n\n"
            + "The returned object is an iterator.  Each iteration returns a row\n"
            + "of the CSV file (which can span multiple input lines).\n")]
    static PyObject? Reader(ReadOnlySpan<StackRef> args, PyTuple? kwnames) => CsvReader.Create(CsvState.Get(), args, kwnames);

    [PyMethod("writer", TextSignature = "($module, fileobj, /, dialect='excel', **fmtparams)",
        Raw = "METH_VARARGS|METH_KEYWORDS with PyArg_UnpackTuple: every keyword, even 'dialect', goes to Dialect()",
        Doc = "Return a writer object that will write user data on the given file object.\n\n"
            + "The \"fileobj\" argument can be any object that supports the file API.\n"
            + "The optional \"dialect\" argument defines a CSV dialect.  The function\n"
            + "also accepts optional keyword arguments which override settings\n"
            + "provided by the dialect.\n")]
    static PyObject? Writer(ReadOnlySpan<StackRef> args, PyTuple? kwnames) => CsvWriter.Create(CsvState.Get(), args, kwnames);

    [PyMethod("register_dialect", TextSignature = "($module, name, /, dialect='excel', **fmtparams)",
        Raw = "METH_VARARGS|METH_KEYWORDS with PyArg_UnpackTuple: every keyword, even 'dialect', goes to Dialect()",
        Doc = "Create a mapping from a string name to a CVS dialect.\n\n"
            + "The optional \"dialect\" argument specifies the base dialect instance\n"
            + "or the name of the registered dialect.  The function also accepts\n"
            + "optional keyword arguments which override settings provided by the\n"
            + "dialect.\n")]
    static PyObject? RegisterDialect(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (!ArgParse.CheckPositional("register_dialect", nargs, 1, 2)) return null;
        var name = args[0].AsBorrowed;
        if (name is not PyUnicode) return Errors.SetString(PyExc.TypeError, "dialect name must be a string");
        var dialect = CallDialect(args[1..], kwnames);
        if (dialect == null) return null;
        int r = CsvState.Get().Dialects.SetItem(name, dialect);
        Py.DECREF(dialect);
        return r < 0 ? null : Py.None;
    }

    [PyMethod("unregister_dialect", Doc = "Delete the name/dialect mapping associated with a string name.")]
    static PyObject? UnregisterDialect([Keyword] PyObject name)
    {
        var state = CsvState.Get();
        var old = state.Dialects.Pop(name, raiseMissing: false);
        if (old != null)
        {
            Py.DECREF(old);
            return Py.None;
        }
        if (Errors.Occurred()) return null;
        return Errors.SetString(state.Error, "unknown dialect");
    }

    [PyMethod("get_dialect", Doc = "Return the dialect instance associated with name.")]
    static PyObject? GetDialect([Keyword] PyObject name) => CsvState.Get().GetDialect(name);

    [PyMethod("list_dialects", Doc = "Return a list of all known dialect names.")]
    static PyObject? ListDialects()
    {
        var dialects = CsvState.Get().Dialects;
        var names = PyList.New(dialects.Count);
        int pos = 0;
        while (dialects.Next(ref pos, out var key, out _)) names.Append(key);
        return names;
    }

    [PyMethod("field_size_limit", TextSignature = "($module, /, new_limit=<unrepresentable>)",
        Doc = "Sets an upper limit on parsed fields.\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned")]
    static PyObject? FieldSizeLimit([Keyword] PyObject? new_limit = null)
    {
        var state = CsvState.Get();
        long old = state.FieldLimit;
        if (new_limit != null)
        {
            if (new_limit.ob_type != PyLong.Type) return Errors.SetString(PyExc.TypeError, "limit must be an integer");
            if (!ArgParse.ToSsize(new_limit, out long limit)) return null;
            state.FieldLimit = limit;
        }
        return PyLong.FromLong(old);
    }
}
