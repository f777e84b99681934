using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The run-time half of argument parsing for declared builtins (Python/getargs.c and the
/// converters Argument Clinic emits). The source generator writes, per [PyMethod], a small
/// wrapper in the vectorcall convention that calls these helpers, so every bad call gets
/// CPython 3.14's message. Every helper reports a Python error the usual way: it sets the
/// exception and returns false (or null).
///
/// Names in messages: <c>qualName</c> is what CPython's _PyObject_FunctionStr gives
/// ("list.append", "math.sqrt", "len"), used by the no-argument / one-argument / no-keyword
/// checks; <c>fname</c> is the bare name ("append") that clinic passes to getargs.
/// </summary>
public static partial class ArgParse
{
    // ---- argument buffers (no allocation: a struct of object references on the C# stack) ----

    [InlineArray(4)]
    public struct Buffer4 { PyObject? _e; }

    [InlineArray(8)]
    public struct Buffer8 { PyObject? _e; }

    [InlineArray(16)]
    public struct Buffer16 { PyObject? _e; }

    /// <summary>The number of positional arguments in a vectorcall.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NArgs(ReadOnlySpan<StackRef> args, PyTuple? kwnames) => args.Length - (kwnames?.Count ?? 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasKeywords(PyTuple? kwnames) => kwnames != null && kwnames.Count != 0;

    // ---- METH_NOARGS / METH_O / positional-only METH_FASTCALL checks ----

    /// <summary>"list.pop() takes no keyword arguments"; returns null.</summary>
    public static PyObject? NoKeywords(string qualName)
        => Errors.SetString(PyExc.TypeError, qualName + "() takes no keyword arguments");

    /// <summary>"list.clear() takes no arguments (1 given)"; returns null.</summary>
    public static PyObject? NoArguments(string qualName, int nargs)
        => Errors.SetString(PyExc.TypeError, $"{qualName}() takes no arguments ({nargs} given)");

    /// <summary>"list.append() takes exactly one argument (0 given)"; returns null.</summary>
    public static PyObject? ExactlyOne(string qualName, int nargs)
        => Errors.SetString(PyExc.TypeError, $"{qualName}() takes exactly one argument ({nargs} given)");

    /// <summary>
    /// _PyArg_CheckPositional: "pop expected at most 1 argument, got 2",
    /// "insert expected 2 arguments, got 1", "index expected at least 1 argument, got 0".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CheckPositional(string fname, int nargs, int min, int max)
    {
        if (nargs >= min && nargs <= max) return true;
        PositionalCountError(fname, nargs, min, max);
        return false;
    }

    static void PositionalCountError(string fname, int nargs, int min, int max)
    {
        if (nargs < min)
            Errors.SetString(PyExc.TypeError, $"{fname} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {nargs}");
        else
            Errors.SetString(PyExc.TypeError, $"{fname} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {nargs}");
    }

    // ---- keyword parsing (_PyArg_UnpackKeywords) ----

    /// <summary>
    /// The static description of a signature with keyword parameters: its bare name, how
    /// many leading parameters are positional-only, the names of the others (positional-or-
    /// keyword, then keyword-only), and the counts getargs works from.
    /// </summary>
    public sealed class Parser
    {
        public readonly string FName;
        public readonly int PosOnly;
        /// <summary>Names of parameters PosOnly.. (those that may be given by keyword).</summary>
        public readonly string[] KwNames;
        /// <summary>Required positional parameters (they come first).</summary>
        public readonly int MinPos;
        /// <summary>Parameters that may be given by position.</summary>
        public readonly int MaxPos;
        /// <summary>Required keyword-only parameters.</summary>
        public readonly int MinKw;
        /// <summary>Extra positional arguments go to a *args tuple.</summary>
        public readonly bool VarArgs;
        /// <summary>Unknown keyword arguments go to a **kwargs dict.</summary>
        public readonly bool VarKeywords;
        public int MaxArgs => PosOnly + KwNames.Length;

        public Parser(string fname, int posOnly, string[] kwNames, int minPos, int maxPos, int minKw, bool varArgs = false, bool varKeywords = false)
        {
            FName = fname;
            PosOnly = posOnly;
            KwNames = kwNames;
            MinPos = minPos;
            MaxPos = maxPos;
            MinKw = minKw;
            VarArgs = varArgs;
            VarKeywords = varKeywords;
        }
    }

    /// <summary>
    /// Spread a call's arguments over the signature's parameters: buf[i] is the (borrowed)
    /// argument for parameter i, or null when it was not given. Checks the counts, missing
    /// required arguments, duplicates and unknown keywords with CPython's messages.
    /// </summary>
    public static bool UnpackKeywords(ReadOnlySpan<StackRef> args, PyTuple? kwnames, Parser p, Span<PyObject?> buf)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        int maxargs = p.MaxArgs;
        if (nkw == 0 && p.MinKw == 0 && p.MinPos <= nargs && nargs <= p.MaxPos)
        {
            for (int i = 0; i < nargs; i++) buf[i] = args[i].AsBorrowed;
            for (int i = nargs; i < maxargs; i++) buf[i] = null;
            return true;
        }
        string f = p.FName;
        if (nargs + nkw > maxargs)
        {
            Errors.SetString(PyExc.TypeError,
                $"{f}() takes at most {maxargs} {(nargs == 0 ? "keyword " : "")}argument{(maxargs == 1 ? "" : "s")} ({nargs + nkw} given)");
            return false;
        }
        if (nargs > p.MaxPos)
        {
            if (p.MaxPos == 0)
                Errors.SetString(PyExc.TypeError, $"{f}() takes no positional arguments");
            else
                Errors.SetString(PyExc.TypeError,
                    $"{f}() takes {(p.MinPos < p.MaxPos ? "at most" : "exactly")} {p.MaxPos} positional argument{(p.MaxPos == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        int minPosOnly = Math.Min(p.PosOnly, p.MinPos);
        if (nargs < minPosOnly)
        {
            Errors.SetString(PyExc.TypeError,
                $"{f}() takes {(minPosOnly < p.MaxPos ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        if (nkw != 0 && !CheckKeywordNames(kwnames!)) return false;

        for (int i = 0; i < nargs; i++) buf[i] = args[i].AsBorrowed;
        for (int i = nargs; i < maxargs; i++) buf[i] = null;

        int reqLimit = p.MinKw != 0 ? p.MaxPos + p.MinKw : p.MinPos;
        int remaining = nkw;
        for (int i = Math.Max(nargs, p.PosOnly); i < maxargs; i++)
        {
            PyObject? arg;
            if (remaining != 0)
                arg = FindKeyword(args, nargs, kwnames!, p.KwNames[i - p.PosOnly]);
            else if (i >= reqLimit)
                break;
            else
                arg = null;
            buf[i] = arg;
            if (arg != null)
                remaining--;
            else if (i < p.MinPos || (p.MaxPos <= i && i < reqLimit))
            {
                Errors.SetString(PyExc.TypeError, $"{f}() missing required argument '{p.KwNames[i - p.PosOnly]}' (pos {i + 1})");
                return false;
            }
        }
        if (remaining != 0)
        {
            // Either a parameter was given both ways, or a keyword matches no parameter.
            for (int i = p.PosOnly; i < nargs; i++)
            {
                string name = p.KwNames[i - p.PosOnly];
                if (FindKeyword(args, nargs, kwnames!, name) != null)
                {
                    Errors.SetString(PyExc.TypeError, $"argument for {f}() given by name ('{name}') and position ({i + 1})");
                    return false;
                }
            }
            UnexpectedKeyword(kwnames!, p.KwNames, f);
            return false;
        }
        return true;
    }

    /// <summary>
    /// UnpackKeywords for a signature with *args and/or **kwargs: positional arguments past
    /// the named parameters go to <paramref name="varargs"/> (a new tuple), keywords that
    /// name no parameter go to <paramref name="varkw"/> (a new dict, or null when there are
    /// none). Both are owned by the caller; on failure both are released and reset.
    /// </summary>
    public static bool UnpackVar(ReadOnlySpan<StackRef> args, PyTuple? kwnames, Parser p, Span<PyObject?> buf, out PyTuple varargs, out PyDict? varkw)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        int maxargs = p.MaxArgs;
        string f = p.FName;
        varargs = PyTuple.Empty;
        varkw = null;
        if (!p.VarArgs && nargs > p.MaxPos)
        {
            if (p.MaxPos == 0)
                Errors.SetString(PyExc.TypeError, $"{f}() takes no positional arguments");
            else
                Errors.SetString(PyExc.TypeError,
                    $"{f}() takes {(p.MinPos < p.MaxPos ? "at most" : "exactly")} {p.MaxPos} positional argument{(p.MaxPos == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        int npos = Math.Min(nargs, p.MaxPos);
        for (int i = 0; i < npos; i++) buf[i] = args[i].AsBorrowed;
        for (int i = npos; i < maxargs; i++) buf[i] = null;
        if (nargs > npos) varargs = VarArgsTuple(args[..nargs], npos);
        if (nkw != 0)
        {
            // A non-str name only reaches here for a KeywordDict function (CPython hands it the
            // dict): it names no parameter, so it goes to **kwargs.
            if (!p.VarKeywords && !CheckKeywordNames(kwnames!)) return FailVar(ref varargs, ref varkw);
            var items = kwnames!.Items;
            for (int j = 0; j < items.Length; j++)
            {
                var key = (items[j] as PyUnicode)?.Value;
                int idx = key == null ? -1 : Array.IndexOf(p.KwNames, key);
                if (idx >= 0)
                {
                    int slot = p.PosOnly + idx;
                    if (slot < npos)
                    {
                        Errors.SetString(PyExc.TypeError, $"argument for {f}() given by name ('{key}') and position ({slot + 1})");
                        return FailVar(ref varargs, ref varkw);
                    }
                    buf[slot] = args[nargs + j].AsBorrowed;
                }
                else if (p.VarKeywords)
                {
                    varkw ??= PyDict.New();
                    if (varkw.SetItem(items[j], args[nargs + j].AsBorrowed) < 0) return FailVar(ref varargs, ref varkw);
                }
                else
                {
                    UnexpectedKeyword(kwnames, p.KwNames, f);
                    return FailVar(ref varargs, ref varkw);
                }
            }
        }
        int minPosOnly = Math.Min(p.PosOnly, p.MinPos);
        if (nargs < minPosOnly)
        {
            Errors.SetString(PyExc.TypeError,
                $"{f}() takes {(minPosOnly < p.MaxPos || p.VarArgs ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({nargs} given)");
            return FailVar(ref varargs, ref varkw);
        }
        for (int i = p.PosOnly; i < maxargs; i++)
        {
            if (buf[i] == null && (i < p.MinPos || (p.MaxPos <= i && i < p.MaxPos + p.MinKw)))
            {
                Errors.SetString(PyExc.TypeError, $"{f}() missing required argument '{p.KwNames[i - p.PosOnly]}' (pos {i + 1})");
                return FailVar(ref varargs, ref varkw);
            }
        }
        return true;
    }

    static bool FailVar(ref PyTuple varargs, ref PyDict? varkw)
    {
        Py.DECREF(varargs);
        Py.XDECREF(varkw);
        varargs = PyTuple.Empty;
        varkw = null;
        return false;
    }

    /// <summary>The positional arguments from <paramref name="start"/> on, as a new tuple (*args).</summary>
    public static PyTuple VarArgsTuple(ReadOnlySpan<StackRef> args, int start)
    {
        if (args.Length <= start) return PyTuple.Empty;
        var items = new PyObject[args.Length - start];
        for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(args[start + i].AsBorrowed);
        return PyTuple.FromStolen(items);
    }

    static bool CheckKeywordNames(PyTuple kwnames)
    {
        foreach (var k in kwnames.Items)
        {
            if (k is not PyUnicode)
            {
                Errors.SetString(PyExc.TypeError, "keywords must be strings");
                return false;
            }
        }
        return true;
    }

    static PyObject? FindKeyword(ReadOnlySpan<StackRef> args, int nargs, PyTuple kwnames, string name)
    {
        var items = kwnames.Items;
        for (int j = 0; j < items.Length; j++)
        {
            if (items[j] is PyUnicode u && string.Equals(u.Value, name, StringComparison.Ordinal))
                return args[nargs + j].AsBorrowed;
        }
        return null;
    }

    /// <summary>"split() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?"</summary>
    static void UnexpectedKeyword(PyTuple kwnames, string[] names, string f)
    {
        foreach (var k in kwnames.Items)
        {
            var key = ((PyUnicode)k).Value;
            if (Array.IndexOf(names, key) >= 0) continue;
            var suggestion = Suggestions.Calculate(names, key);
            if (suggestion != null)
                Errors.SetString(PyExc.TypeError, $"{f}() got an unexpected keyword argument '{key}'. Did you mean '{suggestion}'?");
            else
                Errors.SetString(PyExc.TypeError, $"{f}() got an unexpected keyword argument '{key}'");
            return;
        }
        Errors.SetString(PyExc.TypeError, $"invalid keyword argument for {f}()");
    }

    // ---- converters (clinic's converters for Py_ssize_t, int, double, bool, str, and types) ----

    /// <summary>
    /// The name clinic uses for a parameter in a "must be" message: "argument" for a
    /// METH_O function, "argument 2" for a positional-only parameter, "argument 'sep'" otherwise.
    /// </summary>
    public static PyObject? BadArgument(string fname, string displayName, string expected, PyObject arg)
        => Errors.SetString(PyExc.TypeError, $"{fname}() {displayName} must be {expected}, not {(arg == Py.None ? "None" : arg.ob_type.tp_name)}");

    /// <summary>The Py_ssize_t converter: __index__, "Python int too large to convert to C ssize_t".</summary>
    public static bool ToSsize(PyObject o, out long value)
    {
        if (o is PyLong l && !l.IsBig)
        {
            value = l.Value;
            return true;
        }
        var i = Abstract.Index(o);
        if (i == null)
        {
            value = -1;
            return false;
        }
        bool ok = i.TryGetLong(out value);
        Py.DECREF(i);
        if (!ok)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            value = -1;
        }
        return ok;
    }

    /// <summary>
    /// Clinic's <c>Py_ssize_t(accept={int, NoneType})</c> (_Py_convert_optional_to_ssize_t):
    /// None gives null; "argument should be integer or None, not 'str'".
    /// </summary>
    public static bool ToOptionalSsize(PyObject o, out long? value)
    {
        value = null;
        if (o == Py.None) return true;
        if (o is not PyLong && o.ob_type.nb_index == null)
        {
            Errors.SetString(PyExc.TypeError, $"argument should be integer or None, not '{o.ob_type.tp_name}'");
            return false;
        }
        long v = Abstract.AsSsize(o, PyExc.OverflowError);
        if (v == -1 && Errors.Occurred()) return false;
        value = v;
        return true;
    }

    /// <summary>An int or None (None gives null), as <see cref="ToOptionalSsize"/> with the C int range.</summary>
    public static bool ToOptionalInt(PyObject o, out int? value)
    {
        value = null;
        if (o == Py.None) return true;
        if (o is not PyLong && o.ob_type.nb_index == null)
        {
            Errors.SetString(PyExc.TypeError, $"argument should be integer or None, not '{o.ob_type.tp_name}'");
            return false;
        }
        if (!ToInt(o, out int v)) return false;
        value = v;
        return true;
    }

    /// <summary>The C int converter: __index__, "Python int too large to convert to C int".</summary>
    public static bool ToInt(PyObject o, out int value)
    {
        if (!ToSsizeNoOverflowMessage(o, out long v, out bool overflow))
        {
            value = -1;
            return false;
        }
        if (overflow || v < int.MinValue || v > int.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C int");
            value = -1;
            return false;
        }
        value = (int)v;
        return true;
    }

    static bool ToSsizeNoOverflowMessage(PyObject o, out long value, out bool overflow)
    {
        overflow = false;
        if (o is PyLong l && !l.IsBig)
        {
            value = l.Value;
            return true;
        }
        var i = Abstract.Index(o);
        if (i == null)
        {
            value = -1;
            return false;
        }
        overflow = !i.TryGetLong(out value);
        Py.DECREF(i);
        return true;
    }

    /// <summary>
    /// The double converter (PyFloat_AsDouble): float, __float__, then __index__;
    /// "must be real number, not str".
    /// </summary>
    public static bool ToDouble(PyObject o, out double value)
    {
        if (o is PyFloat fl)
        {
            value = fl.Value;
            return true;
        }
        var nbFloat = o.ob_type.nb_float;
        if (nbFloat != null)
        {
            var r = nbFloat(o);
            if (r == null)
            {
                value = -1;
                return false;
            }
            if (r is not PyFloat rf)
            {
                Errors.SetString(PyExc.TypeError, $"{o.ob_type.tp_name}.__float__ returned non-float (type {r.ob_type.tp_name})");
                Py.DECREF(r);
                value = -1;
                return false;
            }
            value = rf.Value;
            Py.DECREF(r);
            return true;
        }
        if (o is PyLong || o.ob_type.nb_index != null)
        {
            var i = Abstract.Index(o);
            if (i == null)
            {
                value = -1;
                return false;
            }
            bool ok = LongToDouble(i, out value);
            Py.DECREF(i);
            return ok;
        }
        Errors.SetString(PyExc.TypeError, $"must be real number, not {o.ob_type.tp_name}");
        value = -1;
        return false;
    }

    /// <summary>PyLong_AsDouble: "int too large to convert to float".</summary>
    public static bool LongToDouble(PyLong l, out double value)
    {
        if (!l.IsBig)
        {
            value = l.Value;
            return true;
        }
        value = (double)l.ToBigInteger();
        if (double.IsInfinity(value))
        {
            Errors.SetString(PyExc.OverflowError, "int too large to convert to float");
            value = -1;
            return false;
        }
        return true;
    }

    /// <summary>The bool converter: any object's truth (PyObject_IsTrue).</summary>
    public static bool ToBool(PyObject o, out bool value)
    {
        int r = Abstract.IsTrue(o);
        value = r > 0;
        return r >= 0;
    }

    /// <summary>The str converter: "encode() argument 'encoding' must be str, not int".</summary>
    public static bool ToStr(PyObject o, string fname, string displayName, out string value)
    {
        if (o is PyUnicode u)
        {
            value = u.Value;
            return true;
        }
        BadArgument(fname, displayName, "str", o);
        value = "";
        return false;
    }

    /// <summary>Clinic's <c>str(accept={str, NoneType})</c>: None gives null; "must be str or None, not int".</summary>
    public static bool ToOptionalStr(PyObject o, string fname, string displayName, out string? value)
    {
        value = null;
        if (o == Py.None) return true;
        if (o is PyUnicode u)
        {
            value = u.Value;
            return true;
        }
        BadArgument(fname, displayName, "str or None", o);
        return false;
    }

    // ---- return converters ----

    /// <summary>The Py_ssize_t / int return converter: -1 with an exception set is an error.</summary>
    public static PyObject? FromSsize(long v) => v == -1 && Errors.Occurred() ? null : PyLong.FromLong(v);

    /// <summary>The double return converter: -1.0 with an exception set is an error.</summary>
    public static PyObject? FromDouble(double v) => v == -1.0 && Errors.Occurred() ? null : PyFloat.FromDouble(v);

    /// <summary>A new reference to the bool <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject FromBool(bool b) => b ? PyBool.True : PyBool.False;
}
