using System.Text;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Parser;

namespace Sharpy.Runtime;

/// <summary>
/// Source to code object through the real stages (tokenizer, PEG parser, AST, symtable,
/// codegen, flowgraph, assembler), with syntax errors raised as Python SyntaxErrors.
/// </summary>
public static class Pipeline
{
    /// <summary>
    /// compile(source, filename, "exec"): a code object, or null with SyntaxError (or ValueError...) set.
    /// An <paramref name="optimize"/> of -1 is the interpreter's level (-O).
    /// </summary>
    public static PyCode? Compile(byte[] source, string filename, ParseMode mode = ParseMode.Exec, ParseFlags flags = ParseFlags.None,
        int optimize = -1, bool allowTopLevelAwait = false)
    {
        var tree = ParseSource(source, filename, mode, flags, Sharpy.Parser.Parser.CurrentFeatureVersion);
        if (tree == null) return null;
        return CompileTree(tree, filename, optimize, allowTopLevelAwait);
    }

    /// <summary>The source parsed and its SyntaxWarnings emitted: the tree, or null with the parser's
    /// error (or a warning made an error) set.</summary>
    static Sharpy.Parser.Ast.Mod? ParseSource(byte[] source, string filename, ParseMode mode, ParseFlags flags, int featureVersion)
    {
        var tree = PythonParser.Parse(source, filename, mode, flags, featureVersion, out var perr, out var diagnostics);
        if (tree == null)
        {
            RaiseParseError(perr!);
            SetSyntaxErrorMetadata(source);
            return null;
        }
        return Warnings.EmitSyntaxWarnings(diagnostics) < 0 ? null : tree;
    }

    /// <summary>compile(source, filename, mode, PyCF_ONLY_AST): the tree as `ast` objects, or null with
    /// SyntaxError set. <paramref name="optimize"/> is null for the parser's tree, else the level of
    /// the preprocessed tree PyCF_OPTIMIZED_AST asks for.</summary>
    public static PyObject? Parse(byte[] source, string filename, ParseMode mode, ParseFlags flags, int featureVersion, int? optimize)
    {
        var tree = ParseSource(source, filename, mode, flags, featureVersion);
        if (tree == null) return null;
        return OptimizedTreeToObject(tree, filename, optimize);
    }

    /// <summary>The tree as `ast` objects, preprocessed first when <paramref name="optimize"/> is given.</summary>
    public static PyObject? OptimizedTreeToObject(Sharpy.Parser.Ast.Mod tree, string filename, int? optimize)
    {
        if (optimize is int level && !PythonCompiler.Preprocess(tree, filename, level, out var cerr))
        {
            Errors.SetString(PyExc.RecursionError, cerr!.Message);
            return null;
        }
        return Sharpy.Modules.Ast.AstToObject.Convert(tree, filename);
    }

    /// <summary>A parsed (or ast-built) tree to a code object, or null with SyntaxError set; with
    /// <paramref name="allowTopLevelAwait"/> (PyCF_ALLOW_TOP_LEVEL_AWAIT) the module may await.</summary>
    public static PyCode? CompileTree(Sharpy.Parser.Ast.Mod tree, string filename, int optimize = -1, bool allowTopLevelAwait = false)
    {
        if (optimize < 0) optimize = Interpreter.Config.OptimizationLevel;
        var co = PythonCompiler.Compile(tree, filename, optimize, out var cerr, out var cwarnings, allowTopLevelAwait);
        if (Warnings.EmitCompileWarnings(cwarnings) < 0) return null;
        if (co == null)
        {
            if (cerr!.Unencodable != null)
            {
                // The encoder raises the UnicodeEncodeError CPython's compiler gets.
                var doc = (PyUnicode)Constants.ToPython(cerr.Unencodable, filename);
                UnicodeCodecs.AsUtf8(doc);
                Py.DECREF(doc);
                return null;
            }
            if (cerr.ExceptionType is "SystemError" or "RecursionError")
            {
                Errors.SetString(cerr.ExceptionType == "SystemError" ? PyExc.SystemError : PyExc.RecursionError, cerr.Message);
                return null;
            }
            RaiseCompileError(cerr);
            return null;
        }
        return new PyCode(co);
    }

    /// <summary>
    /// _Py_SymtableStringObjectFlags (what `_symtable.symtable` runs): the source parsed, its
    /// future statements read and its symbol table built, with no AST preprocessing (CPython's
    /// symtable sees `__debug__` as a name); null with SyntaxError (or another error) set.
    /// </summary>
    internal static Symtable? BuildSymtable(byte[] source, string filename, ParseMode mode, ParseFlags flags)
    {
        var tree = ParseSource(source, filename, mode, flags, Sharpy.Parser.Parser.CurrentFeatureVersion);
        if (tree == null) return null;
        var future = Future.Parse(tree, filename, out var cerr);
        var st = future == null ? null : Symtable.Build(tree, filename, future);
        cerr ??= st?.Error;
        if (cerr == null) return st;
        if (cerr.ExceptionType == "RecursionError")
            Errors.SetString(PyExc.RecursionError, cerr.Message);
        else
            RaiseCompileError(cerr);
        return null;
    }

    /// <summary>A compiler's SyntaxError: with the location in args (_PyCompile_Error), or only as
    /// attributes (PyErr_RangedSyntaxLocationObject), the line's text read from the file if it exists.</summary>
    static void RaiseCompileError(CompileError e)
    {
        if (!e.LocationAsAttributes)
        {
            RaiseSyntaxError(e.ExceptionType, e.Message, e.Filename, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, null);
            return;
        }
        Errors.SetString(PyExc.SyntaxError, e.Message);
        if (ThreadState.Current.CurrentException is not PySyntaxError se) return;
        PyObject Int(int v) => v >= 0 ? PyLong.FromLong(v) : Py.NewRef(Py.None);
        Py.SETREF(ref se.Lineno, PyLong.FromLong(e.Lineno));
        Py.SETREF(ref se.Offset, Int(e.Offset));
        Py.SETREF(ref se.EndLineno, Int(e.EndLineno));
        Py.SETREF(ref se.EndOffset, Int(e.EndOffset));
        Py.SETREF(ref se.Filename, PyUnicode.FromString(e.Filename));
        if (e.Lineno > 0 && SourceLines.Get(e.Filename, e.Lineno) is { } line)
            Py.SETREF(ref se.Text, PyUnicode.FromString(line + "\n"));
    }

    public static PyCode? CompileString(string source, string filename, ParseMode mode = ParseMode.Exec)
        => Compile(Encoding.UTF8.GetBytes(source), filename, mode);

    /// <summary>
    /// _PyPegen_set_syntax_error_metadata: a parser SyntaxError's `_metadata` is (0, 0, source),
    /// from which traceback finds keyword typos ("Did you mean 'def'?").
    /// </summary>
    static void SetSyntaxErrorMetadata(byte[] source)
    {
        if (ThreadState.Current.CurrentException is not PySyntaxError se) return;
        var text = PyUnicode.FromString(Encoding.UTF8.GetString(source));
        Py.SETREF(ref se.Metadata, PyTuple.FromStolen([PyLong.FromLong(0), PyLong.FromLong(0), text]));
    }

    static void RaiseParseError(ParseError e)
    {
        switch (e.ExceptionType)
        {
            case "SyntaxError":
            case "IndentationError":
            case "TabError":
            case "_IncompleteInputError":
                RaiseSyntaxError(e);
                break;
            default:
                Errors.SetString(e.ExceptionType switch
                {
                    "UnicodeDecodeError" => PyExc.UnicodeDecodeError,
                    "MemoryError" => PyExc.MemoryError,
                    "RecursionError" => PyExc.RecursionError,
                    "SystemError" => PyExc.SystemError,
                    _ => PyExc.ValueError,
                }, e.Message);
                break;
        }
    }

    /// <summary>
    /// The parser's or tokenizer's SyntaxError, with the parts CPython leaves out: no location
    /// at all (null bytes: the message is the only argument), no end (a source that does
    /// not decode: a 4-item detail), no filename.
    /// </summary>
    public static void RaiseSyntaxError(ParseError e)
    {
        if (!e.LocationIsNone && !e.EndIsNone && !e.FilenameOnlyAsAttribute)
        {
            RaiseSyntaxError(e.ExceptionType, e.Message, e.Filename, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, e.Text);
            return;
        }
        PyTuple args;
        if (e.LocationIsNone)
            args = PyTuple.FromStolen([PyUnicode.FromString(e.Message)]);
        else
        {
            var text = e.Text ?? SourceLine(e.Filename, e.Lineno);
            PyObject[] items = e.EndIsNone ? new PyObject[4] : new PyObject[6];
            items[0] = e.FilenameOnlyAsAttribute ? Py.None : PyUnicode.FromString(e.Filename);
            items[1] = PyLong.FromLong(e.Lineno);
            items[2] = PyLong.FromLong(e.Offset);
            items[3] = text == null ? Py.None : PyUnicode.FromString(text);
            if (!e.EndIsNone)
            {
                items[4] = PyLong.FromLong(e.EndLineno);
                items[5] = PyLong.FromLong(e.EndOffset);
            }
            args = PyTuple.FromStolen([PyUnicode.FromString(e.Message), PyTuple.FromStolen(items)]);
        }
        Errors.SetObject(SyntaxErrorType(e.ExceptionType), args);
        Py.DECREF(args);
        if (e.FilenameOnlyAsAttribute && ThreadState.Current.CurrentException is PySyntaxError se)
            Py.SETREF(ref se.Filename, PyUnicode.FromString(e.Filename));
    }

    static PyType SyntaxErrorType(string type) => type switch
    {
        "IndentationError" => PyExc.IndentationError,
        "TabError" => PyExc.TabError,
        "_IncompleteInputError" => PyExc.IncompleteInputError,
        _ => PyExc.SyntaxError,
    };

    static string? SourceLine(string filename, int lineno) =>
        lineno > 0 && SourceLines.Get(filename, lineno) is { } l ? l + "\n" : null;

    /// <summary>A SyntaxError (or subclass) with CPython's attributes: msg, filename, lineno, offset, text, end_lineno, end_offset.</summary>
    public static void RaiseSyntaxError(string type, string msg, string filename, int lineno, int offset, int endLineno, int endOffset, string? text)
    {
        text ??= SourceLine(filename, lineno);
        PyObject Int(int v) => PyLong.FromLong(v);
        var detail = PyTuple.FromStolen([PyUnicode.FromString(filename), Int(lineno), Int(offset),
            text == null ? Py.None : PyUnicode.FromString(text), Int(endLineno), Int(endOffset)]);
        var args = PyTuple.FromStolen([PyUnicode.FromString(msg), detail]);
        Errors.SetObject(SyntaxErrorType(type), args);
        Py.DECREF(args);
    }
}
