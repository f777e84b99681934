using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// Builtins that run code or look at namespaces (bltinmodule.c builtin_exec, builtin_eval,
// builtin_compile, builtin_locals, builtin_vars, builtin_dir, builtin___import__).
public static partial class BuiltinsModule
{
    const int PyCF_ONLY_AST = 0x400;

    [PyMethod("compile")]
    static PyObject? Compile(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        var names = new[] { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version" };
        var vals = new PyObject?[names.Length];
        for (int i = 0; i < n && i < vals.Length; i++) vals[i] = args[i].AsBorrowed;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(names, key);
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"compile() got an unexpected keyword argument '{key}'");
            vals[idx] = args[n + k].AsBorrowed;
        }
        for (int i = 0; i < 3; i++)
            if (vals[i] == null) return Errors.SetString(PyExc.TypeError, $"compile() missing required argument '{names[i]}' (pos {i + 1})");
        if (vals[2] is not PyUnicode modeStr) return Errors.SetString(PyExc.TypeError, $"compile() argument 'mode' must be str, not {vals[2]!.ob_type.tp_name}");
        if (vals[1] is not PyUnicode filename) return Errors.SetString(PyExc.TypeError, $"compile() argument 'filename' must be str, not {vals[1]!.ob_type.tp_name}");
        ParseMode? mode = modeStr.Value switch { "exec" => ParseMode.Exec, "eval" => ParseMode.Eval, "single" => ParseMode.Single, _ => null };
        if (mode == null) return Errors.SetString(PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        long flags = vals[3] == null ? 0 : Abstract.AsSsize(vals[3]!, PyExc.OverflowError);
        if ((flags & PyCF_ONLY_AST) != 0) return Errors.SetString(PyExc.NotImplementedError, "compile() to an AST object is not supported yet (the _ast module is not built)");
        if (vals[0] is PyCode) return Py.NewRef(vals[0]!);
        var bytes = SourceBytes(vals[0]!, "compile() arg 1 must be a string, bytes or AST object");
        if (bytes == null) return null;
        return Pipeline.Compile(bytes, filename.Value, mode.Value);
    }

    static byte[]? SourceBytes(PyObject source, string typeError)
    {
        if (source is PyUnicode u)
        {
            var utf8 = u.AsUtf8();
            return utf8;
        }
        if (source is PyBytes b) return b.Value;
        Errors.SetString(PyExc.TypeError, typeError);
        return null;
    }

    [PyMethod("exec")]
    static PyObject? Exec(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => RunCode("exec", args, kwnames, ParseMode.Exec);

    [PyMethod("eval")]
    static PyObject? Eval(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => RunCode("eval", args, kwnames, ParseMode.Eval);

    static PyObject? RunCode(string name, ReadOnlySpan<StackRef> args, PyTuple? kwnames, ParseMode mode)
    {
        int n = NArgs(args, kwnames);
        PyObject? source = n > 0 ? args[0].AsBorrowed : null, globals = n > 1 ? args[1].AsBorrowed : null, locals = n > 2 ? args[2].AsBorrowed : null;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            if (key == "globals") globals = args[n + k].AsBorrowed;
            else if (key == "locals") locals = args[n + k].AsBorrowed;
            else return Errors.SetString(PyExc.TypeError, $"{name}() got an unexpected keyword argument '{key}'");
        }
        if (source == null) return Errors.SetString(PyExc.TypeError, $"{name} expected at least 1 argument, got 0");
        if (n > 3) return Errors.SetString(PyExc.TypeError, $"{name} expected at most 3 arguments, got {n}");
        if (globals == PyNone.None) globals = null;
        if (locals == PyNone.None) locals = null;
        if (globals != null && globals is not PyDict)
            return Errors.SetString(PyExc.TypeError, name == "exec" ? $"exec() globals must be a dict, not {globals.ob_type.tp_name}" : $"globals must be a real dict; try eval(expr, {{}}, mapping)");
        var frame = ThreadState.Current.CurrentFrame;
        PyDict g;
        PyObject? l;
        if (globals == null)
        {
            if (frame == null) return Errors.SetString(PyExc.SystemError, "globals and locals cannot be NULL");
            g = frame.Globals;
            l = locals ?? (frame.Locals ?? FrameLocals.Snapshot(frame));
        }
        else
        {
            g = (PyDict)globals;
            l = locals ?? g;
        }
        if (g.GetItemString("__builtins__") == null) g.SetItemString("__builtins__", Interpreter.Builtins);
        PyCode? code;
        if (source is PyCode c) code = Py.NewRef(c);
        else
        {
            var bytes = SourceBytes(source, name == "exec" ? "exec() arg 1 must be a string, bytes or code object" : "eval() arg 1 must be a string, bytes or code object");
            if (bytes == null) return null;
            if (mode == ParseMode.Eval) bytes = StripLeadingWhitespace(bytes);
            code = Pipeline.Compile(bytes, "<string>", mode);
            if (code == null) return null;
        }
        var r = EvalLoop.EvalCode(code, g, l);
        Py.DECREF(code);
        if (locals == null && globals == null && frame?.Locals == null && l != null && l != g) Py.DECREF(l);
        if (r == null) return null;
        if (mode == ParseMode.Exec)
        {
            Py.DECREF(r);
            return Py.NewRef(PyNone.None);
        }
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
    static PyObject? Locals(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = ThreadState.Current.CurrentFrame;
        if (f == null) return Py.NewRef(PyNone.None);
        return f.Locals != null ? Py.NewRef(f.Locals) : FrameLocals.Snapshot(f);
    }

    [PyMethod("vars")]
    static PyObject? Vars(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("vars", kwnames)) return null;
        if (args.Length == 0) return Locals(module, args, kwnames);
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"vars expected at most 1 argument, got {args.Length}");
        var r = Abstract.GetAttr(args[0].AsBorrowed, "__dict__");
        if (r == null && Errors.ExceptionMatches(PyExc.AttributeError))
        {
            Errors.Clear();
            return Errors.SetString(PyExc.TypeError, "vars() argument must have __dict__ attribute");
        }
        return r;
    }

    [PyMethod("dir")]
    static PyObject? Dir(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("dir", kwnames)) return null;
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"dir expected at most 1 argument, got {args.Length}");
        List<string> names;
        if (args.Length == 0)
        {
            var scope = Locals(module, args, kwnames);
            if (scope == null) return null;
            names = new List<string>();
            if (scope is PyDict d) AddNames(d, names);
            Py.DECREF(scope);
        }
        else
        {
            var o = args[0].AsBorrowed;
            var custom = TypeLookup.Lookup(o.ob_type, "__dir__");
            if (custom != null && custom is PyFunction)
            {
                var r = SlotDefs.CallDunder(o, "__dir__");
                if (r == null) return null;
                var l = Sorted(null, [StackRef.FromBorrow(r)], null);
                Py.DECREF(r);
                return l;
            }
            names = AttributeNames(o);
        }
        names.Sort(string.CompareOrdinal);
        var list = PyList.New(names.Count);
        foreach (var n in names) list.AppendSteal(PyUnicode.FromString(n));
        return list;
    }

    static void AddNames(PyDict d, List<string> into)
    {
        int pos = 0;
        while (d.Next(ref pos, out var k, out _))
            if (k is PyUnicode u) into.Add(u.Value);
    }

    /// <summary>object.__dir__ / type.__dir__ / module.__dir__: the names reachable as attributes.</summary>
    internal static List<string> AttributeNames(PyObject o)
    {
        var set = new HashSet<string>();
        var l = new List<string>();
        if (o is PyModule m) AddNames(m.Dict, l);
        else if (o is PyType t)
        {
            foreach (var b in t.tp_mro.Items) AddNames(((PyType)b).tp_dict, l);
        }
        else
        {
            if (GenericAttr.InstanceDict(o) is { } d) AddNames(d, l);
            foreach (var b in o.ob_type.tp_mro.Items) AddNames(((PyType)b).tp_dict, l);
        }
        foreach (var n in l) set.Add(n);
        return new List<string>(set);
    }

    [PyMethod("__import__")]
    static PyObject? ImportFunction(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        var names = new[] { "name", "globals", "locals", "fromlist", "level" };
        var vals = new PyObject?[5];
        for (int i = 0; i < n && i < 5; i++) vals[i] = args[i].AsBorrowed;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(names, key);
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"__import__() got an unexpected keyword argument '{key}'");
            vals[idx] = args[n + k].AsBorrowed;
        }
        if (vals[0] is not PyUnicode name)
            return Errors.SetString(PyExc.TypeError, vals[0] == null ? "__import__() missing required argument 'name' (pos 1)" : $"__import__() argument 'name' must be str, not {vals[0]!.ob_type.tp_name}");
        var globals = vals[1] as PyDict ?? PyDict.New();
        int level = vals[4] == null ? 0 : (int)Abstract.AsSsize(vals[4]!, PyExc.OverflowError);
        var r = Import.ImportModuleLevel(name.Value, globals, vals[3] ?? PyTuple.Empty, level);
        if (vals[1] is not PyDict) Py.DECREF(globals);
        return r;
    }

    [PyMethod("input")]
    static PyObject? Input(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("input", kwnames)) return null;
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"input expected at most 1 argument, got {args.Length}");
        var stdout = Interpreter.Sys.Dict.GetItemString("stdout");
        if (args.Length == 1 && stdout != null)
        {
            var prompt = Abstract.Str(args[0].AsBorrowed);
            if (prompt == null) return null;
            var w = Calls.CallMethod(stdout, "write", prompt);
            Py.DECREF(prompt);
            if (w == null) return null;
            Py.DECREF(w);
        }
        if (stdout != null)
        {
            var fl = Calls.CallMethod(stdout, "flush");
            if (fl == null) return null;
            Py.DECREF(fl);
        }
        var stdin = Interpreter.Sys.Dict.GetItemString("stdin");
        if (stdin == null || stdin == PyNone.None) return Errors.SetString(PyExc.RuntimeError, "input(): lost sys.stdin");
        var line = Calls.CallMethod(stdin, "readline");
        if (line == null) return null;
        if (line is not PyUnicode)
        {
            Py.DECREF(line);
            return Errors.SetString(PyExc.TypeError, "object.readline() returned non-string");
        }
        var text = ((PyUnicode)line).Value;
        Py.DECREF(line);
        if (text.Length == 0) return Errors.SetString(PyExc.EOFError, "EOF when reading a line");
        if (text.EndsWith('\n')) text = text[..^1];
        return PyUnicode.FromString(text);
    }
}

/// <summary>locals() of a function frame: a new dict of its bound local variables (PEP 667).</summary>
internal static class FrameLocals
{
    public static PyDict Snapshot(Frame f)
    {
        var d = PyDict.New();
        var code = f.Code;
        for (int i = 0; i < code.NLocalsPlus; i++)
        {
            var slot = f.Slots[f.Base + i];
            if (slot.IsNull) continue;
            var v = slot.AsBorrowed;
            var kind = code.Co.LocalsPlusKinds[i];
            if ((kind & (Compiler.CodeObject.CO_FAST_CELL | Compiler.CodeObject.CO_FAST_FREE)) != 0)
            {
                if (v is not PyCell c || c.Ref == null) continue;
                v = c.Ref;
            }
            if ((kind & Compiler.CodeObject.CO_FAST_HIDDEN) != 0) continue;
            d.SetItem(code.LocalsPlusNames[i], v);
        }
        return d;
    }
}
