using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// The builtin functions (Python/bltinmodule.c), with the signatures Argument Clinic gives
// them; the few that parse by hand in CPython too say why in their Raw reason.
public static partial class BuiltinsModule
{
    [PyMethod("print", TextSignature = "($module, /, *args, sep=' ', end='\\n', file=None, flush=False)")]
    static PyObject? Print([VarArgs] PyTuple args, [KeywordOnly] PyObject? sep = null, [KeywordOnly] PyObject? end = null,
        [KeywordOnly] PyObject? file = null, [KeywordOnly] bool flush = false)
    {
        if (sep == Py.None) sep = null;
        if (end == Py.None) end = null;
        if (sep != null && sep is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"sep must be None or a string, not {sep.ob_type.tp_name}");
        if (end != null && end is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"end must be None or a string, not {end.ob_type.tp_name}");
        if (file == null || file == Py.None)
        {
            file = Interpreter.Sys.Dict.GetItemString("stdout");
            if (file == null || file == Py.None) return Py.None;
        }
        var items = args.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0 && FileWrite(file, sep ?? PyUnicode.Intern(" ")) < 0) return null;
            var s = Abstract.Str(items[i]);
            if (s == null) return null;
            int r = FileWrite(file, s);
            Py.DECREF(s);
            if (r < 0) return null;
        }
        if (FileWrite(file, end ?? PyUnicode.Intern("\n")) < 0) return null;
        if (flush)
        {
            var r = Calls.CallMethod(file, "flush");
            if (r == null) return null;
            Py.DECREF(r);
        }
        return Py.None;
    }

    static int FileWrite(PyObject file, PyObject text)
    {
        if (file is Sharpy.Modules.Io.PyTextIOWrapper tw && text is PyUnicode u && tw.ob_type == Sharpy.Modules.Io.PyTextIOWrapper.Type)
            return tw.WriteText(u) < 0 ? -1 : 0;
        var r = Calls.CallMethod(file, "write", text);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    [PyMethod("len")]
    static long Len(PyObject obj) => Abstract.Length(obj);

    [PyMethod("repr")]
    static PyObject? Repr(PyObject obj) => Abstract.Repr(obj);

    [PyMethod("ascii")]
    static PyObject? AsciiFunction(PyObject obj) => Builtins.Ascii(obj);

    [PyMethod("id")]
    static PyObject? Id(PyObject obj) => PyLong.FromLong(Interpreter.IdOf(obj));

    [PyMethod("hash")]
    static long Hash(PyObject obj) => Abstract.Hash(obj);

    [PyMethod("abs")]
    static PyObject? Abs(PyObject x) => Abstract.Absolute(x);

    [PyMethod("callable")]
    static bool IsCallable(PyObject obj) => obj.ob_type.tp_call != null;

    [PyMethod("isinstance")]
    static PyObject? IsInstance(PyObject obj, PyObject class_or_tuple)
    {
        int r = TypeChecks.IsInstance(obj, class_or_tuple);
        return r < 0 ? null : Py.NewBool(r != 0);
    }

    [PyMethod("issubclass")]
    static PyObject? IsSubclass(PyObject cls, PyObject class_or_tuple)
    {
        int r = TypeChecks.IsSubclass(cls, class_or_tuple);
        return r < 0 ? null : Py.NewBool(r != 0);
    }

    [PyMethod("iter", TextSignature = "",
        Doc = "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nAn iterator over the object. With one argument, the object gives its own\niterator or is a sequence; with two, the callable is called until it\nreturns the sentinel.")]
    static PyObject? Iter(PyObject obj, PyObject? sentinel = null)
        => sentinel == null ? Abstract.GetIter(obj) : PyCallIter.New(obj, sentinel);

    [PyMethod("next", TextSignature = "",
        Doc = "next(iterator[, default])\n\nThe next item of the iterator. When it is exhausted, return default if it\nis given instead of raising StopIteration.")]
    static PyObject? Next(PyObject iterator, PyObject? @default = null)
    {
        if (!Abstract.IterCheck(iterator)) return Errors.SetString(PyExc.TypeError, $"'{iterator.ob_type.tp_name}' object is not an iterator");
        var r = iterator.ob_type.tp_iternext!(iterator);
        if (r != null) return r;
        if (Errors.Occurred())
        {
            if (@default != null && Errors.ExceptionMatches(PyExc.StopIteration)) Errors.Clear();
            else return null;
        }
        if (@default != null) return Py.NewRef(@default);
        Errors.SetObject(PyExc.StopIteration, null);
        return null;
    }

    /// <summary>"attribute name must be string, not 'int'"; false with the error set.</summary>
    static bool CheckAttributeName(PyObject name)
    {
        if (name is PyUnicode) return true;
        Errors.SetString(PyExc.TypeError, $"attribute name must be string, not '{name.ob_type.tp_name}'");
        return false;
    }

    [PyMethod("getattr", TextSignature = "",
        Doc = "getattr(object, name[, default]) -> value\n\nThe object's attribute of that name: getattr(x, 'y') is x.y. When the\nattribute does not exist, return default if it is given, else raise.")]
    static PyObject? GetAttr(PyObject obj, PyObject name, PyObject? @default = null)
    {
        if (!CheckAttributeName(name)) return null;
        var r = Abstract.GetAttr(obj, name);
        if (r == null && @default != null && Errors.ExceptionMatches(PyExc.AttributeError))
        {
            Errors.Clear();
            return Py.NewRef(@default);
        }
        return r;
    }

    [PyMethod("setattr")]
    static PyObject? SetAttr(PyObject obj, PyObject name, PyObject value)
    {
        if (!CheckAttributeName(name)) return null;
        return Abstract.SetAttr(obj, name, value) < 0 ? null : Py.None;
    }

    [PyMethod("delattr")]
    static PyObject? DelAttr(PyObject obj, PyObject name)
    {
        if (!CheckAttributeName(name)) return null;
        return Abstract.SetAttr(obj, name, null) < 0 ? null : Py.None;
    }

    [PyMethod("hasattr")]
    static PyObject? HasAttr(PyObject obj, PyObject name)
    {
        if (!CheckAttributeName(name)) return null;
        int r = Abstract.LookupAttr(obj, name, out var v);
        Py.XDECREF(v);
        return r < 0 ? null : Py.NewBool(r > 0);
    }

    [PyMethod("min", TextSignature = "",
        Doc = "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith one iterable, its smallest item, or default when it is empty and\ndefault is given. With two or more arguments, the smallest of them.")]
    static PyObject? Min([VarArgs] PyTuple args, [KeywordOnly] PyObject? key = null, [KeywordOnly("default")] PyObject? dflt = null)
        => MinMax(args, key, dflt, CompareOp.Lt, "min");

    [PyMethod("max", TextSignature = "",
        Doc = "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith one iterable, its largest item, or default when it is empty and\ndefault is given. With two or more arguments, the largest of them.")]
    static PyObject? Max([VarArgs] PyTuple args, [KeywordOnly] PyObject? key = null, [KeywordOnly("default")] PyObject? dflt = null)
        => MinMax(args, key, dflt, CompareOp.Gt, "max");

    static PyObject? MinMax(PyTuple args, PyObject? key, PyObject? dflt, CompareOp op, string name)
    {
        int n = args.Count;
        if (key == Py.None) key = null;
        if (n == 0) return Errors.SetString(PyExc.TypeError, $"{name} expected at least 1 argument, got 0");
        if (n > 1 && dflt != null)
            return Errors.SetString(PyExc.TypeError, $"Cannot specify a default for {name}() with multiple positional arguments");
        var it = Abstract.GetIter(n == 1 ? args.Items[0] : args);
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

    [PyMethod("sum", TextSignature = "($module, iterable, /, start=0)")]
    static PyObject? Sum(PyObject iterable, [Keyword] PyObject? start = null)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        string? refused = start switch
        {
            PyUnicode => "sum() can't sum strings [use ''.join(seq) instead]",
            PyBytes => "sum() can't sum bytes [use b''.join(seq) instead]",
            PyByteArray => "sum() can't sum bytearray [use b''.join(seq) instead]",
            _ => null,
        };
        if (refused != null)
        {
            Py.DECREF(it);
            return Errors.SetString(PyExc.TypeError, refused);
        }
        var total = SumItems(it, start == null ? PyLong.FromLong(0) : Py.NewRef(start));
        Py.DECREF(it);
        return total;
    }

    /// <summary>
    /// builtin_sum's loop, in CPython's stages: exact ints add in a long while they fit; then
    /// an exact float total adds floats and ints with Neumaier's compensated summation; then an
    /// exact complex total adds complexes, floats and ints the same way, part by part; the
    /// rest goes through `+`.
    /// </summary>
    static PyObject? SumItems(PyObject it, PyObject total)
    {
        PyObject? item = null;
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
            if (AddTo(ref total, item) < 0) return null;
        }
        if (total.ob_type == PyFloat.Type)
        {
            var sum = new CompensatedSum(((PyFloat)total).Value);
            while ((item = Abstract.IterNext(it)) != null)
            {
                if (item.ob_type == PyFloat.Type) sum.Add(((PyFloat)item).Value);
                else if (item is PyLong l)
                {
                    if (!PyLong.AsDouble(l, out double d)) return Fail(total, item);
                    sum.Add(d);
                }
                else break;
                Py.DECREF(item);
            }
            Py.DECREF(total);
            total = PyFloat.FromDouble(sum.Result);
            if (item == null) return Errors.Occurred() ? Fail(total) : total;
            if (AddTo(ref total, item) < 0) return null;
        }
        if (total.ob_type == PyComplex.Type)
        {
            var re = new CompensatedSum(((PyComplex)total).Real);
            var im = new CompensatedSum(((PyComplex)total).Imag);
            while ((item = Abstract.IterNext(it)) != null)
            {
                if (item.ob_type == PyComplex.Type)
                {
                    re.Add(((PyComplex)item).Real);
                    im.Add(((PyComplex)item).Imag);
                }
                else if (item is PyLong l)
                {
                    if (!PyLong.AsDouble(l, out double d)) return Fail(total, item);
                    re.Add(d);
                }
                else if (item is PyFloat f) re.Add(f.Value);
                else break;
                Py.DECREF(item);
            }
            Py.DECREF(total);
            total = PyComplex.FromDoubles(re.Result, im.Result);
            if (item == null) return Errors.Occurred() ? Fail(total) : total;
            if (AddTo(ref total, item) < 0) return null;
        }
        while ((item = Abstract.IterNext(it)) != null)
            if (AddTo(ref total, item) < 0) return null;
        return Errors.Occurred() ? Fail(total) : total;

        // total = total + item, consuming item (and total on error).
        static int AddTo(ref PyObject total, PyObject item)
        {
            var r = Abstract.BinaryOp(total, item, Compiler.NbOp.ADD);
            Py.DECREF(item);
            Py.DECREF(total);
            if (r == null) return -1;
            total = r;
            return 0;
        }

        static PyObject? Fail(PyObject total, PyObject? item = null)
        {
            Py.XDECREF(item);
            Py.DECREF(total);
            return null;
        }
    }

    /// <summary>
    /// bltinmodule.c's CompensatedSum: Neumaier's improvement of Kahan summation, a running
    /// sum and the rounding error it has lost so far.
    /// </summary>
    struct CompensatedSum(double start)
    {
        double _hi = start, _lo;

        public void Add(double x)
        {
            double t = _hi + x;
            if (Math.Abs(_hi) >= Math.Abs(x)) _lo += (_hi - t) + x;
            else _lo += (x - t) + _hi;
            _hi = t;
        }

        /// <summary>The sum with the lost part added back, unless that would turn an infinite sum into a NaN.</summary>
        public readonly double Result => _lo != 0 && double.IsFinite(_lo) ? _hi + _lo : _hi;
    }

    [PyMethod("sorted", Raw = "as CPython's builtin_sorted: the positional count is checked here (\"sorted expected 1 argument\"), the keywords go to list.sort as they are", TextSignature = "($module, iterable, /, *, key=None, reverse=False)")]
    static PyObject? Sorted(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = ArgParse.NArgs(args, kwnames);
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

    [PyMethod("__build_class__", Raw = "the bases and keywords go on to the metaclass as the call gave them (ClassStatement.Build)")]
    static PyObject? BuildClass(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ClassStatement.Build(args, kwnames);

    /// <summary>builtin_breakpoint: call sys.breakpointhook, whatever it is now.</summary>
    [PyMethod("breakpoint", Raw = "the arguments go on to sys.breakpointhook as the call gave them", TextSignature = "($module, /, *args, **kws)")]
    static PyObject? Breakpoint(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var hook = Interpreter.Sys.Dict.GetItemString("breakpointhook");
        if (hook == null) return Errors.SetString(PyExc.RuntimeError, "lost sys.breakpointhook");
        Py.INCREF(hook);
        var r = Calls.Call(hook, args, kwnames);
        Py.DECREF(hook);
        return r;
    }

    [PyMethod("chr")]
    static PyObject? Chr(PyObject i)
    {
        long v = Abstract.AsSsize(i, null);
        if (v == -1 && Errors.Occurred()) return null;
        if (v < 0 || v > 0x10ffff) return Errors.SetString(PyExc.ValueError, "chr() arg not in range(0x110000)");
        return PyUnicode.FromString(v >= 0xd800 && v <= 0xdfff ? ((char)v).ToString() : char.ConvertFromUtf32((int)v));
    }

    [PyMethod("ord")]
    static PyObject? Ord(PyObject character)
    {
        var o = character;
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
        if (o is PyByteArray ba)
        {
            if (ba.Count == 1) return PyLong.FromLong(ba.AsSpan()[0]);
            return Errors.SetString(PyExc.TypeError, $"ord() expected a character, but string of length {ba.Count} found");
        }
        return Errors.SetString(PyExc.TypeError, $"ord() expected string of length 1, but {o.ob_type.tp_name} found");
    }

    [PyMethod("globals")]
    static PyObject? Globals()
    {
        var f = ThreadState.Current.CurrentFrame;
        return f == null ? Py.None : Py.NewRef(f.Globals);
    }

    [PyMethod("format", TextSignature = "($module, value, format_spec='', /)")]
    static PyObject? FormatFunction(PyObject value, PyUnicode? format_spec = null) => Abstract.Format(value, format_spec);

    [PyMethod("any")]
    static PyObject? Any(PyObject iterable) => AnyAll(iterable, true);

    [PyMethod("all")]
    static PyObject? All(PyObject iterable) => AnyAll(iterable, false);

    static PyObject? AnyAll(PyObject iterable, bool stopOn)
    {
        var it = Abstract.GetIter(iterable);
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
        var bc = Abstract.MappingGetOptionalItem(f.Builtins, PyUnicode.Intern("__build_class__"));
        if (bc == null && !Errors.Occurred()) Errors.SetString(PyExc.NameError, "__build_class__ not found");
        return bc;
    }
}
