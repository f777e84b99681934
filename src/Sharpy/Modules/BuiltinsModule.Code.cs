using System;
using System.Collections.Generic;
using Sharpy.Modules.Ast;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// Builtins that run code or look at namespaces (bltinmodule.c builtin_exec, builtin_eval,
// builtin_compile, builtin_locals, builtin_vars, builtin_dir, builtin___import__).
public static partial class BuiltinsModule
{
    const int PyCF_DONT_IMPLY_DEDENT = 0x200, PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    /// <summary>The flags compile() accepts: the CO_FUTURE_* bits (PyCF_MASK), the obsolete CO_NESTED
    /// and PyCF_COMPILE_MASK.</summary>
    const int PyCF_ACCEPTED = 0x1FE0000 | 0x10 | AstModule.PyCF_ONLY_AST | AstModule.PyCF_ALLOW_TOP_LEVEL_AWAIT
        | AstModule.PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT | AstModule.PyCF_OPTIMIZED_AST;

    [PyMethod("compile", TextSignature = "($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)")]
    static PyObject? Compile([Keyword] PyObject source, [Keyword] FsDecoded filename, [Keyword] string mode, [Keyword] int flags = 0,
        [Keyword] bool dont_inherit = false, [Keyword] int optimize = -1, [KeywordOnly] int _feature_version = -1)
    {
        string fileName = filename.Value;
        if ((flags & ~PyCF_ACCEPTED) != 0) return Errors.SetString(PyExc.ValueError, "compile(): unrecognised flags");
        if (optimize < -1 || optimize > 2) return Errors.SetString(PyExc.ValueError, "compile(): invalid optimize value");
        // -1 is the interpreter's level (-O, PYTHONOPTIMIZE: sys.flags.optimize).
        if (optimize == -1) optimize = Interpreter.Config.OptimizationLevel;
        bool onlyAst = (flags & AstModule.PyCF_ONLY_AST) != 0;
        bool optimizedAst = (flags & AstModule.PyCF_OPTIMIZED_AST) == AstModule.PyCF_OPTIMIZED_AST;
        bool topLevelAwait = (flags & AstModule.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0;
        ParseMode? parseMode = mode switch
        {
            "exec" => ParseMode.Exec, "eval" => ParseMode.Eval, "single" => ParseMode.Single, "func_type" => ParseMode.FuncType, _ => null,
        };
        if (parseMode == null)
            return Errors.SetString(PyExc.ValueError, onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        if (parseMode == ParseMode.FuncType && !onlyAst)
            return Errors.SetString(PyExc.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        if (ObjectToAst.IsAst(source))
        {
            if (onlyAst && !optimizedAst) return ObjectToAst.CheckMode(source, mode) ? Py.NewRef(source) : null;
            var tree = ObjectToAst.Convert(source, mode);
            if (tree == null || !AstValidate.Module(tree)) return null;
            if (onlyAst) return Pipeline.OptimizedTreeToObject(tree, fileName, optimize);
            return Pipeline.CompileTree(tree, fileName, optimize, topLevelAwait);
        }
        if (source is PyCode) return Py.NewRef(source);
        var bytes = SourceBytes(source, "compile() arg 1 must be a string, bytes or AST object");
        if (bytes == null) return null;
        var parseFlags = source is PyUnicode ? ParseFlags.IgnoreCookie : ParseFlags.None;
        if ((flags & AstModule.PyCF_TYPE_COMMENTS) != 0) parseFlags |= ParseFlags.TypeComments;
        if ((flags & PyCF_DONT_IMPLY_DEDENT) != 0) parseFlags |= ParseFlags.DontImplyDedent;
        if ((flags & PyCF_ALLOW_INCOMPLETE_INPUT) != 0) parseFlags |= ParseFlags.AllowIncompleteInput;
        if (onlyAst)
            return Pipeline.Parse(bytes, fileName, parseMode.Value, parseFlags,
                _feature_version >= 0 ? _feature_version : Parser.PythonParser.CurrentFeatureVersion, optimizedAst ? optimize : null);
        return Pipeline.Compile(bytes, fileName, parseMode.Value, parseFlags, optimize, topLevelAwait);
    }
    /// <summary>_Py_SourceAsString: a str's UTF-8, or the bytes of bytes, bytearray or any other buffer.</summary>
    internal static byte[]? SourceBytes(PyObject source, string typeError)
    {
        if (source is PyUnicode u) return u.AsUtf8();
        if (source is PyBytes b) return b.Value;
        // Any failure to get a simple buffer (not an exporter, not contiguous) is the TypeError.
        var view = PyBuffer.Check(source) ? PyBuffer.Get(source, PyBUF.SIMPLE) : null;
        if (view == null)
        {
            Errors.Clear();
            Errors.SetString(PyExc.TypeError, typeError);
            return null;
        }
        var r = view.Span.ToArray();
        view.Release();
        return r;
    }

    [PyMethod("exec")]
    static PyObject? Exec(PyObject source, [Keyword] PyObject? globals = null, [Keyword] PyObject? locals = null, [KeywordOnly] PyObject? closure = null)
    {
        if (closure == Py.None) closure = null;
        if (source is not PyCode code)
        {
            if (closure != null) return Errors.SetString(PyExc.TypeError, "closure can only be used when source is a code object");
        }
        else if (code.NamesOfKind(Sharpy.Compiler.CodeObject.CO_FAST_FREE).Length is var nfree && nfree == 0)
        {
            if (closure != null) return Errors.SetString(PyExc.TypeError, "cannot use a closure with this code object");
        }
        else if (!IsClosureOf(closure, nfree))
            return Errors.SetString(PyExc.TypeError, $"code object requires a closure of exactly length {nfree}");
        return RunCode("exec", source, globals, locals, ParseMode.Exec, (PyTuple?)closure);
    }

    /// <summary>exec's check of closure=: a tuple of exactly <paramref name="nfree"/> cells.</summary>
    static bool IsClosureOf(PyObject? closure, int nfree)
    {
        if (closure is not PyTuple t || t.ob_type != PyTuple.Type || t.Count != nfree) return false;
        foreach (var cell in t.Items)
            if (cell is not PyCell) return false;
        return true;
    }

    [PyMethod("eval")]
    static PyObject? Eval(PyObject source, [Keyword] PyObject? globals = null, [Keyword] PyObject? locals = null)
    {
        if (source is PyCode code && code.NamesOfKind(Sharpy.Compiler.CodeObject.CO_FAST_FREE).Length > 0)
            return Errors.SetString(PyExc.TypeError, "code object passed to eval() may not contain free variables");
        return RunCode("eval", source, globals, locals, ParseMode.Eval, null);
    }

    static PyObject? RunCode(string name, PyObject source, PyObject? globals, PyObject? locals, ParseMode mode, PyTuple? closure)
    {
        if (globals == Py.None) globals = null;
        if (locals == Py.None) locals = null;
        if (globals != null && globals is not PyDict)
            return Errors.SetString(PyExc.TypeError, name == "exec" ? $"exec() globals must be a dict, not {globals.ob_type.tp_name}" : "globals must be a dict");
        // PyMapping_Check: the type can be subscripted.
        if (locals != null && locals.ob_type.mp_subscript == null)
            return Errors.SetString(PyExc.TypeError, name == "exec" ? $"locals must be a mapping or None, not {locals.ob_type.tp_name}" : "locals must be a mapping");
        var frame = ThreadState.Current.CurrentFrame;
        PyDict g;
        PyObject? l;
        // The caller's locals, when they are a snapshot made here, are released at the end.
        PyObject? snapshot = null;
        if (globals == null)
        {
            if (frame == null) return Errors.SetString(PyExc.SystemError, "globals and locals cannot be NULL");
            g = frame.Globals;
            if (locals != null) l = locals;
            else if (frame.Locals != null && !FrameLocals.HasHiddenLocals(frame)) l = frame.Locals;
            else
            {
                l = snapshot = FrameLocals.Snapshot(frame);
                if (l == null) return null;
            }
        }
        else
        {
            g = (PyDict)globals;
            l = locals ?? g;
        }
        var r = CompileAndRun(name, source, g, l, mode, closure);
        Py.XDECREF(snapshot);
        if (r == null) return null;
        if (mode == ParseMode.Exec)
        {
            Py.DECREF(r);
            return Py.None;
        }
        return r;
    }

    static PyObject? CompileAndRun(string name, PyObject source, PyDict g, PyObject l, ParseMode mode, PyTuple? closure)
    {
        if (g.GetItemString("__builtins__") == null) g.SetItemString("__builtins__", Interpreter.CurrentBuiltins());
        PyCode? code;
        if (source is PyCode c) code = Py.NewRef(c);
        else
        {
            var bytes = SourceBytes(source, name == "exec" ? "exec() arg 1 must be a string, bytes or code object" : "eval() arg 1 must be a string, bytes or code object");
            if (bytes == null) return null;
            if (mode == ParseMode.Eval) bytes = StripLeadingWhitespace(bytes);
            code = Pipeline.Compile(bytes, "<string>", mode, source is PyUnicode ? ParseFlags.IgnoreCookie : ParseFlags.None);
            if (code == null) return null;
        }
        var r = EvalLoop.EvalCode(code, g, l, closure);
        Py.DECREF(code);
        return r;
    }

    /// <summary>eval() ignores leading spaces and tabs of its source.</summary>
    static byte[] StripLeadingWhitespace(byte[] b)
    {
        int i = 0;
        while (i < b.Length && (b[i] == ' ' || b[i] == '\t')) i++;
        return i == 0 ? b : b[i..];
    }

    [PyMethod("locals")]
    static PyObject? Locals()
    {
        var f = ThreadState.Current.CurrentFrame;
        if (f == null) return Py.None;
        return f.Locals != null && !FrameLocals.HasHiddenLocals(f) ? Py.NewRef(f.Locals) : FrameLocals.Snapshot(f);
    }

    [PyMethod("vars", TextSignature = "",
        Doc = "vars([object]) -> dictionary\n\nWithout an argument, the same as locals(); with one, the object's __dict__.")]
    static PyObject? Vars(PyObject? obj = null)
    {
        if (obj == null) return Locals();
        var r = Abstract.GetAttr(obj, "__dict__");
        if (r == null && Errors.ExceptionMatches(PyExc.AttributeError))
        {
            Errors.Clear();
            return Errors.SetString(PyExc.TypeError, "vars() argument must have __dict__ attribute");
        }
        return r;
    }

    [PyMethod("dir", TextSignature = "",
        Doc = "dir([object]) -> list of strings\n\nWithout an argument, the names in the current scope, sorted. With one, the\nsorted names of the object's attributes as its __dir__ lists them, or else:\n  a module's attributes;\n  a class's attributes and those of its bases, recursively;\n  any other object's attributes, with its class's and those of its bases.")]
    static PyObject? Dir(PyObject? arg = null)
    {
        if (arg != null) return DirObject(arg);
        // _dir_locals: the sorted keys of the locals mapping (PyMapping_Keys).
        var scope = Locals();
        if (scope == null) return null;
        if (scope.ob_type == PyDict.Type) return SortedAndRelease(scope);
        var keys = Calls.CallMethod(scope, "keys");
        if (keys == null)
        {
            Py.DECREF(scope);
            return null;
        }
        var it = Abstract.GetIter(keys);
        if (it == null && Errors.ExceptionMatches(PyExc.TypeError))
        {
            Errors.Clear();
            Errors.SetString(PyExc.TypeError, $"{scope.ob_type.tp_name}.keys() returned a non-iterable (type {keys.ob_type.tp_name})");
        }
        Py.DECREF(keys);
        Py.DECREF(scope);
        return it == null ? null : SortedAndRelease(it);

        static PyObject? SortedAndRelease(PyObject iterable)
        {
            var sorted = Sorted(null, [StackRef.FromBorrow(iterable)], null);
            Py.DECREF(iterable);
            return sorted;
        }
    }

    /// <summary>_dir_object (PyObject_Dir with an object): the object's __dir__(), as a sorted list.</summary>
    internal static PyObject? DirObject(PyObject o)
    {
        var dirfunc = Calls.LookupSpecial(o, PyUnicode.Intern("__dir__"));
        if (dirfunc == null)
            return Errors.Occurred() ? null : Errors.SetString(PyExc.TypeError, "object does not provide __dir__");
        var result = Calls.CallNoArgs(dirfunc);
        Py.DECREF(dirfunc);
        if (result == null) return null;
        var sorted = Sorted(null, [StackRef.FromBorrow(result)], null);
        Py.DECREF(result);
        return sorted;
    }

    /// <summary>The str entries of dir(o) (for "Did you mean" suggestions); empty when dir fails.</summary>
    internal static List<string> AttributeNames(PyObject o)
    {
        var l = new List<string>();
        var names = DirObject(o);
        if (names == null)
        {
            Errors.Clear();
            return l;
        }
        foreach (var n in ((PyList)names).AsSpan())
            if (n is PyUnicode u) l.Add(u.Value);
        Py.DECREF(names);
        return l;
    }

    [PyMethod("__import__", TextSignature = "($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)")]
    static PyObject? ImportFunction([Keyword] PyObject name, [Keyword] PyObject? globals = null, [Keyword] PyObject? locals = null,
        [Keyword] PyObject? fromlist = null, [Keyword] int level = 0)
    {
        if (name is not PyUnicode nameStr) return Errors.SetString(PyExc.TypeError, "module name must be a string");
        if (level > 0 && globals != null && globals != Py.None && globals is not PyDict)
            return Errors.SetString(PyExc.TypeError, "globals must be a dict");
        return Import.ImportModuleLevel(nameStr, globals as PyDict, fromlist, level);
    }

    /// <summary>
    /// builtin_input_impl without a terminal line editor: write the prompt to sys.stdout, flush
    /// it (a stream without flush is fine), read a line from sys.stdin (PyFile_GetLine). The
    /// three streams are held for the call, since the calls may replace them in sys.
    /// </summary>
    [PyMethod("input", TextSignature = "($module, prompt='', /)")]
    static PyObject? Input(PyObject? prompt = null)
    {
        var sys = Interpreter.Sys.Dict;
        var stdin = sys.GetItemString("stdin");
        if (stdin == null || stdin == Py.None) return Errors.SetString(PyExc.RuntimeError, "lost sys.stdin");
        var stdout = sys.GetItemString("stdout");
        if (stdout == null || stdout == Py.None) return Errors.SetString(PyExc.RuntimeError, "lost sys.stdout");
        var stderr = sys.GetItemString("stderr");
        if (stderr == null || stderr == Py.None) return Errors.SetString(PyExc.RuntimeError, "lost sys.stderr");
        Py.INCREF(stdin);
        Py.INCREF(stdout);
        Py.INCREF(stderr);
        var r = InputFrom(stdin, stdout, stderr, prompt);
        Py.DECREF(stdin);
        Py.DECREF(stdout);
        Py.DECREF(stderr);
        return r;
    }

    static PyObject? InputFrom(PyObject stdin, PyObject stdout, PyObject stderr, PyObject? prompt)
    {
        FlushIgnoringErrors(stderr);
        if (prompt != null)
        {
            var text = Abstract.Str(prompt);
            if (text == null) return null;
            var w = Calls.CallMethod(stdout, "write", text);
            Py.DECREF(text);
            if (w == null) return null;
            Py.DECREF(w);
        }
        FlushIgnoringErrors(stdout);
        var line = Calls.CallMethod(stdin, "readline");
        if (line == null) return null;
        if (line is not PyUnicode)
        {
            Py.DECREF(line);
            return Errors.SetString(PyExc.TypeError, "object.readline() returned non-string");
        }
        var lineText = ((PyUnicode)line).Value;
        Py.DECREF(line);
        if (lineText.Length == 0) return Errors.SetString(PyExc.EOFError, "EOF when reading a line");
        if (lineText.EndsWith('\n')) lineText = lineText[..^1];
        return PyUnicode.FromString(lineText);
    }

    static void FlushIgnoringErrors(PyObject stream)
    {
        var r = Calls.CallMethod(stream, "flush");
        if (r == null) Errors.Clear();
        else Py.DECREF(r);
    }
}

/// <summary>
/// locals() of a function frame: a new dict of what its f_locals shows (PEP 667), the bound
/// variables (an inlined comprehension's too, while it runs) and the keys written through
/// f_locals that name no variable.
/// </summary>
internal static class FrameLocals
{
    public static bool HasHiddenLocals(Frame f) => FrameLocalsProxy.HasHiddenLocals(f.Code, f.Slots.AsSpan(f.Base, f.Code.NLocalsPlus));

    public static PyDict? Snapshot(Frame f)
    {
        var d = PyDict.New();
        var code = f.Code;
        var slots = f.Slots.AsSpan(f.Base, code.NLocalsPlus);
        for (int i = 0; i < code.NLocalsPlus; i++)
            if (FrameLocalsProxy.LocalValue(code, slots, i) is { } v && d.SetItem(code.LocalsPlusNames[i], v) < 0) { Py.DECREF(d); return null; }
        if (f.FrameObject?.ExtraLocals is { } extra && d.Merge(extra, true) < 0) { Py.DECREF(d); return null; }
        return d;
    }
}
