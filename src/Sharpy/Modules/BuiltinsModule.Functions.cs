using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// The builtin functions (Python/bltinmodule.c). Those whose argument rules are irregular
// take their arguments unparsed and check them with CPython's messages.
public static partial class BuiltinsModule
{
    static int NArgs(ReadOnlySpan<StackRef> args, PyTuple? kwnames) => args.Length - (kwnames?.Count ?? 0);

    static bool NoKeywords(string name, PyTuple? kwnames)
    {
        if (kwnames == null || kwnames.Count == 0) return true;
        Errors.SetString(PyExc.TypeError, $"{name}() takes no keyword arguments");
        return false;
    }

    static bool ExactlyOne(string name, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords(name, kwnames)) return false;
        if (args.Length == 1) return true;
        Errors.SetString(PyExc.TypeError, $"{name}() takes exactly one argument ({args.Length} given)");
        return false;
    }

    [PyMethod("print")]
    static PyObject? Print(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var name = ((PyUnicode)kwnames!.Items[k]).Value;
            var v = args[n + k].AsBorrowed;
            switch (name)
            {
                case "sep": sep = v; break;
                case "end": end = v; break;
                case "file": file = v; break;
                case "flush": flush = v; break;
                default: return Errors.SetString(PyExc.TypeError, $"print() got an unexpected keyword argument '{name}'");
            }
        }
        if (sep == PyNone.None) sep = null;
        if (end == PyNone.None) end = null;
        if (sep != null && sep is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"sep must be None or a string, not {sep.ob_type.tp_name}");
        if (end != null && end is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"end must be None or a string, not {end.ob_type.tp_name}");
        if (file == null || file == PyNone.None)
        {
            file = Interpreter.Sys.Dict.GetItemString("stdout");
            if (file == null || file == PyNone.None) return Py.NewRef(PyNone.None);
        }
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && FileWrite(file, sep ?? PyUnicode.Intern(" ")) < 0) return null;
            var s = Abstract.Str(args[i].AsBorrowed);
            if (s == null) return null;
            int r = FileWrite(file, s);
            Py.DECREF(s);
            if (r < 0) return null;
        }
        if (FileWrite(file, end ?? PyUnicode.Intern("\n")) < 0) return null;
        if (flush != null)
        {
            int t = Abstract.IsTrue(flush);
            if (t < 0) return null;
            if (t > 0)
            {
                var r = Calls.CallMethod(file, "flush");
                if (r == null) return null;
                Py.DECREF(r);
            }
        }
        return Py.NewRef(PyNone.None);
    }

    static int FileWrite(PyObject file, PyObject text)
    {
        if (file is Sharpy.Modules.TextStream ts) return ts.Write(((PyUnicode)text).Value);
        var r = Calls.CallMethod(file, "write", text);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>exit() and quit(), which CPython's site module adds: raise SystemExit(code).</summary>
    [PyMethod("exit")]
    static PyObject? Exit(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"exit() takes from 1 to 2 positional arguments but {args.Length + 1} were given");
        Errors.SetObject(PyExc.SystemExit, args.Length == 1 ? args[0].AsBorrowed : null);
        return null;
    }

    [PyMethod("quit")]
    static PyObject? Quit(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => Exit(module, args, kwnames);

    [PyMethod("len")]
    static PyObject? Len(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ExactlyOne("len", args, kwnames)) return null;
        long n = Abstract.Length(args[0].AsBorrowed);
        return n < 0 ? null : PyLong.FromLong(n);
    }

    [PyMethod("repr")]
    static PyObject? Repr(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ExactlyOne("repr", args, kwnames) ? Abstract.Repr(args[0].AsBorrowed) : null;

    [PyMethod("ascii")]
    static PyObject? AsciiFunction(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ExactlyOne("ascii", args, kwnames) ? Builtins.Ascii(args[0].AsBorrowed) : null;

    [PyMethod("id")]
    static PyObject? Id(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ExactlyOne("id", args, kwnames) ? PyLong.FromLong(Interpreter.IdOf(args[0].AsBorrowed)) : null;

    [PyMethod("hash")]
    static PyObject? Hash(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ExactlyOne("hash", args, kwnames)) return null;
        long h = Abstract.Hash(args[0].AsBorrowed);
        return h == -1 && Errors.Occurred() ? null : PyLong.FromLong(h);
    }

    [PyMethod("abs")]
    static PyObject? Abs(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ExactlyOne("abs", args, kwnames) ? Abstract.Absolute(args[0].AsBorrowed) : null;

    [PyMethod("callable")]
    static PyObject? IsCallable(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ExactlyOne("callable", args, kwnames) ? Py.NewBool(args[0].AsBorrowed.ob_type.tp_call != null) : null;

    [PyMethod("isinstance")]
    static PyObject? IsInstance(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("isinstance", kwnames)) return null;
        if (args.Length != 2) return Errors.SetString(PyExc.TypeError, $"isinstance expected 2 arguments, got {args.Length}");
        int r = TypeChecks.IsInstance(args[0].AsBorrowed, args[1].AsBorrowed);
        return r < 0 ? null : Py.NewBool(r != 0);
    }

    [PyMethod("issubclass")]
    static PyObject? IsSubclass(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("issubclass", kwnames)) return null;
        if (args.Length != 2) return Errors.SetString(PyExc.TypeError, $"issubclass expected 2 arguments, got {args.Length}");
        int r = TypeChecks.IsSubclass(args[0].AsBorrowed, args[1].AsBorrowed);
        return r < 0 ? null : Py.NewBool(r != 0);
    }

    [PyMethod("iter")]
    static PyObject? Iter(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("iter", kwnames)) return null;
        if (args.Length == 1) return Abstract.GetIter(args[0].AsBorrowed);
        if (args.Length == 2) return PyCallIter.New(args[0].AsBorrowed, args[1].AsBorrowed);
        return Errors.SetString(PyExc.TypeError, args.Length == 0 ? "iter expected at least 1 argument, got 0" : $"iter expected at most 2 arguments, got {args.Length}");
    }

    [PyMethod("next")]
    static PyObject? Next(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("next", kwnames)) return null;
        if (args.Length < 1 || args.Length > 2)
            return Errors.SetString(PyExc.TypeError, args.Length == 0 ? "next expected at least 1 argument, got 0" : $"next expected at most 2 arguments, got {args.Length}");
        var it = args[0].AsBorrowed;
        var f = it.ob_type.tp_iternext;
        if (f == null) return Errors.SetString(PyExc.TypeError, $"'{it.ob_type.tp_name}' object is not an iterator");
        var r = f(it);
        if (r != null) return r;
        if (Errors.Occurred())
        {
            if (args.Length == 2 && Errors.ExceptionMatches(PyExc.StopIteration)) Errors.Clear();
            else return null;
        }
        if (args.Length == 2) return Py.NewRef(args[1].AsBorrowed);
        Errors.SetObject(PyExc.StopIteration, null);
        return null;
    }

    [PyMethod("getattr")]
    static PyObject? GetAttr(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("getattr", kwnames)) return null;
        if (args.Length < 2 || args.Length > 3)
            return Errors.SetString(PyExc.TypeError, args.Length < 2 ? $"getattr expected at least 2 arguments, got {args.Length}" : $"getattr expected at most 3 arguments, got {args.Length}");
        var name = args[1].AsBorrowed;
        if (name is not PyUnicode) return Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
        var r = Abstract.GetAttr(args[0].AsBorrowed, name);
        if (r == null && args.Length == 3 && Errors.ExceptionMatches(PyExc.AttributeError))
        {
            Errors.Clear();
            return Py.NewRef(args[2].AsBorrowed);
        }
        return r;
    }

    [PyMethod("setattr")]
    static PyObject? SetAttr(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("setattr", kwnames)) return null;
        if (args.Length != 3) return Errors.SetString(PyExc.TypeError, $"setattr expected 3 arguments, got {args.Length}");
        var name = args[1].AsBorrowed;
        if (name is not PyUnicode) return Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
        return Abstract.SetAttr(args[0].AsBorrowed, name, args[2].AsBorrowed) < 0 ? null : Py.NewRef(PyNone.None);
    }

    [PyMethod("delattr")]
    static PyObject? DelAttr(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("delattr", kwnames)) return null;
        if (args.Length != 2) return Errors.SetString(PyExc.TypeError, $"delattr expected 2 arguments, got {args.Length}");
        var name = args[1].AsBorrowed;
        if (name is not PyUnicode) return Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
        return Abstract.SetAttr(args[0].AsBorrowed, name, null) < 0 ? null : Py.NewRef(PyNone.None);
    }

    [PyMethod("hasattr")]
    static PyObject? HasAttr(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("hasattr", kwnames)) return null;
        if (args.Length != 2) return Errors.SetString(PyExc.TypeError, $"hasattr expected 2 arguments, got {args.Length}");
        var name = args[1].AsBorrowed;
        if (name is not PyUnicode) return Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
        int r = Abstract.LookupAttr(args[0].AsBorrowed, name, out var v);
        Py.XDECREF(v);
        return r < 0 ? null : Py.NewBool(r > 0);
    }

    [PyMethod("min")]
    static PyObject? Min(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => MinMax(args, kwnames, CompareOp.Lt, "min");

    [PyMethod("max")]
    static PyObject? Max(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => MinMax(args, kwnames, CompareOp.Gt, "max");

    static PyObject? MinMax(ReadOnlySpan<StackRef> args, PyTuple? kwnames, CompareOp op, string name)
    {
        int n = NArgs(args, kwnames);
        PyObject? key = null, dflt = null;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var kw = ((PyUnicode)kwnames!.Items[k]).Value;
            if (kw == "key") key = args[n + k].AsBorrowed;
            else if (kw == "default") dflt = args[n + k].AsBorrowed;
            else return Errors.SetString(PyExc.TypeError, $"{name}() got an unexpected keyword argument '{kw}'");
        }
        if (key == PyNone.None) key = null;
        if (n == 0) return Errors.SetString(PyExc.TypeError, $"{name} expected at least 1 argument, got 0");
        if (n > 1 && dflt != null)
            return Errors.SetString(PyExc.TypeError, $"Cannot specify a default for {name}() with multiple positional arguments");
        PyObject? it;
        if (n == 1) it = Abstract.GetIter(args[0].AsBorrowed);
        else
        {
            var items = new PyObject[n];
            for (int i = 0; i < n; i++) items[i] = args[i].AsBorrowed;
            var t = PyTuple.FromBorrowed(items);
            it = Abstract.GetIter(t);
            Py.DECREF(t);
        }
        if (it == null) return null;
        PyObject? best = null, bestKey = null;
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            var k = key == null ? Py.NewRef(item) : Calls.CallOneArg(key, item);
            if (k == null) { Py.DECREF(item); goto fail; }
            if (best == null) { best = item; bestKey = k; continue; }
            int c = Abstract.RichCompareBool(k, bestKey!, op);
            if (c < 0) { Py.DECREF(item); Py.DECREF(k); goto fail; }
            if (c > 0)
            {
                Py.DECREF(best); Py.DECREF(bestKey!);
                best = item; bestKey = k;
            }
            else { Py.DECREF(item); Py.DECREF(k); }
        }
        Py.DECREF(it);
        if (Errors.Occurred()) { Py.XDECREF(best); Py.XDECREF(bestKey); return null; }
        Py.XDECREF(bestKey);
        if (best != null) return best;
        if (dflt != null) return Py.NewRef(dflt);
        return Errors.SetString(PyExc.ValueError, $"{name}() iterable argument is empty");
    fail:
        Py.DECREF(it);
        Py.XDECREF(best);
        Py.XDECREF(bestKey);
        return null;
    }

    [PyMethod("sum")]
    static PyObject? Sum(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        PyObject start = PyLong.FromLong(0);
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var kw = ((PyUnicode)kwnames!.Items[k]).Value;
            if (kw != "start") return Errors.SetString(PyExc.TypeError, $"sum() got an unexpected keyword argument '{kw}'");
            start = args[n + k].AsBorrowed;
        }
        if (n == 0) return Errors.SetString(PyExc.TypeError, "sum() takes at least 1 positional argument (0 given)");
        if (n > 2) return Errors.SetString(PyExc.TypeError, $"sum() takes at most 2 arguments ({n} given)");
        if (n == 2) start = args[1].AsBorrowed;
        if (start is PyUnicode) return Errors.SetString(PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (start is PyBytes) return Errors.SetString(PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        var it = Abstract.GetIter(args[0].AsBorrowed);
        if (it == null) return null;
        var total = SumItems(it, Py.NewRef(start));
        Py.DECREF(it);
        return total;
    }

    /// <summary>
    /// builtin_sum's loop: exact ints add in a long while they fit, exact floats (and ints
    /// after them) with Neumaier's compensated summation, anything else through `+`.
    /// </summary>
    static PyObject? SumItems(PyObject it, PyObject total)
    {
        PyObject? item = null;
        while (true)
        {
            if (total.ob_type == PyLong.Type && ((PyLong)total).TryGetLong(out long acc))
            {
                while ((item = Abstract.IterNext(it)) != null)
                {
                    if ((item.ob_type == PyLong.Type || item.ob_type == PyBool.Type) && ((PyLong)item).TryGetLong(out long v)
                        && !(((acc ^ (acc + v)) & (v ^ (acc + v))) < 0))
                    {
                        acc += v;
                        Py.DECREF(item);
                        continue;
                    }
                    break;
                }
                Py.DECREF(total);
                total = PyLong.FromLong(acc);
                if (item == null) return Errors.Occurred() ? Fail(total) : total;
            }
            else if (total.ob_type == PyFloat.Type)
            {
                double f = ((PyFloat)total).Value, c = 0.0;
                while ((item = Abstract.IterNext(it)) != null)
                {
                    double x;
                    if (item.ob_type == PyFloat.Type) x = ((PyFloat)item).Value;
                    else if ((item.ob_type == PyLong.Type || item.ob_type == PyBool.Type) && ((PyLong)item).TryGetLong(out long lv)) x = lv;
                    else break;
                    double t = f + x;
                    if (Math.Abs(f) >= Math.Abs(x)) c += (f - t) + x;
                    else c += (x - t) + f;
                    f = t;
                    Py.DECREF(item);
                }
                // Adding the compensation must not turn an infinite sum into a NaN.
                if (c != 0 && double.IsFinite(c)) f += c;
                Py.DECREF(total);
                total = PyFloat.FromDouble(f);
                if (item == null) return Errors.Occurred() ? Fail(total) : total;
            }
            else
            {
                item = Abstract.IterNext(it);
                if (item == null) return Errors.Occurred() ? Fail(total) : total;
            }
            var r = Abstract.BinaryOp(total, item, Compiler.NbOp.ADD);
            Py.DECREF(item);
            Py.DECREF(total);
            if (r == null) return null;
            total = r;
        }

        static PyObject? Fail(PyObject total)
        {
            Py.DECREF(total);
            return null;
        }
    }

    [PyMethod("sorted")]
    static PyObject? Sorted(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = NArgs(args, kwnames);
        if (n != 1) return Errors.SetString(PyExc.TypeError, $"sorted expected 1 argument, got {n}");
        // PySequence_List: list_extend sizes the list from the length hint first.
        var list = PyList.New();
        if (list.Extend(args[0].AsBorrowed) < 0) { Py.DECREF(list); return null; }
        var sort = Abstract.GetAttr(list, "sort");
        if (sort == null) { Py.DECREF(list); return null; }
        var r = Calls.Call(sort, args[1..], kwnames);
        Py.DECREF(sort);
        if (r == null) { Py.DECREF(list); return null; }
        Py.DECREF(r);
        return list;
    }

    [PyMethod("__build_class__")]
    static PyObject? BuildClass(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ClassStatement.Build(args, kwnames);

    [PyMethod("chr")]
    static PyObject? Chr(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ExactlyOne("chr", args, kwnames)) return null;
        long v = Abstract.AsSsize(args[0].AsBorrowed, PyExc.OverflowError);
        if (v == -1 && Errors.Occurred()) return null;
        if (v < 0 || v > 0x10ffff) return Errors.SetString(PyExc.ValueError, "chr() arg not in range(0x110000)");
        return PyUnicode.FromString(v >= 0xd800 && v <= 0xdfff ? ((char)v).ToString() : char.ConvertFromUtf32((int)v));
    }

    [PyMethod("ord")]
    static PyObject? Ord(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ExactlyOne("ord", args, kwnames)) return null;
        var o = args[0].AsBorrowed;
        if (o is PyUnicode u)
        {
            var s = u.Value;
            if (s.Length == 1) return PyLong.FromLong(s[0]);
            if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1])) return PyLong.FromLong(char.ConvertToUtf32(s[0], s[1]));
            int cps = s.Length;
            for (int i = 0; i < s.Length - 1; i++) if (char.IsSurrogatePair(s[i], s[i + 1])) { cps--; i++; }
            return Errors.SetString(PyExc.TypeError, $"ord() expected a character, but string of length {cps} found");
        }
        if (o is PyBytes b)
        {
            if (b.Value.Length == 1) return PyLong.FromLong(b.Value[0]);
            return Errors.SetString(PyExc.TypeError, $"ord() expected a character, but string of length {b.Value.Length} found");
        }
        return Errors.SetString(PyExc.TypeError, $"ord() expected string of length 1, but {o.ob_type.tp_name} found");
    }

    [PyMethod("globals")]
    static PyObject? Globals(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var f = ThreadState.Current.CurrentFrame;
        return f == null ? Py.NewRef(PyNone.None) : Py.NewRef(f.Globals);
    }

    [PyMethod("format")]
    static PyObject? FormatFunction(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!NoKeywords("format", kwnames)) return null;
        if (args.Length < 1 || args.Length > 2)
            return Errors.SetString(PyExc.TypeError, args.Length == 0 ? "format expected at least 1 argument, got 0" : $"format expected at most 2 arguments, got {args.Length}");
        var spec = args.Length == 2 ? args[1].AsBorrowed : null;
        if (spec != null && spec is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"format() argument 2 must be str, not {spec.ob_type.tp_name}");
        return Abstract.Format(args[0].AsBorrowed, spec);
    }

    [PyMethod("any")]
    static PyObject? Any(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => AnyAll(args, kwnames, "any", true);

    [PyMethod("all")]
    static PyObject? All(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => AnyAll(args, kwnames, "all", false);

    static PyObject? AnyAll(ReadOnlySpan<StackRef> args, PyTuple? kwnames, string name, bool stopOn)
    {
        if (!ExactlyOne(name, args, kwnames)) return null;
        var it = Abstract.GetIter(args[0].AsBorrowed);
        if (it == null) return null;
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            int t = Abstract.IsTrue(item);
            Py.DECREF(item);
            if (t < 0) { Py.DECREF(it); return null; }
            if ((t > 0) == stopOn) { Py.DECREF(it); return Py.NewBool(stopOn); }
        }
        Py.DECREF(it);
        if (Errors.Occurred()) return null;
        return Py.NewBool(!stopOn);
    }
}

/// <summary>Builtins the eval loop needs directly.</summary>
public static class Builtins
{
    /// <summary>ascii(): repr with non-ASCII characters escaped.</summary>
    public static PyObject? Ascii(PyObject o)
    {
        var r = Abstract.Repr(o);
        if (r == null) return null;
        var s = ((PyUnicode)r).Value;
        bool allAscii = true;
        foreach (var c in s) if (c > 127) { allAscii = false; break; }
        if (allAscii) return r;
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp < 128) sb.Append((char)cp);
            else if (cp < 256) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        Py.DECREF(r);
        return PyUnicode.FromString(sb.ToString());
    }

    /// <summary>LOAD_BUILD_CLASS: builtins.__build_class__ of the frame.</summary>
    public static PyObject? BuildClassFunction(Frame f)
    {
        var bc = f.Builtins.GetItemString("__build_class__");
        if (bc == null) return Errors.SetString(PyExc.NameError, "__build_class__ not found");
        return Py.NewRef(bc);
    }
}
