using System.Collections.Generic;
using System.Numerics;
using Sharpy.Compiler;
using Sharpy.Parser.Ast;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Turns the compiler's constants (the AST constant convention) into Python objects: new
/// references, owned by the code object's co_consts (released with it, as in CPython; only
/// interned strings, small ints and the singletons are immortal).
/// </summary>
public static class Constants
{
    /// <summary>
    /// The constant cache of one compilation (compile.c's c_const_cache): equal constants
    /// (by _PyCode_ConstantKey) of all the code objects of one module are one object, and so
    /// are equal co_names / co_localsplusnames tuples. marshal's back-references depend on it.
    /// </summary>
    public sealed class Cache
    {
        internal readonly Dictionary<object, PyObject> Map = new(ConstEquality.Instance);
    }

    /// <summary>A constant as a new reference; with a cache, equal constants of one compilation share one object.</summary>
    public static PyObject ToPython(object? c, string filename, Cache? cache = null)
    {
        switch (c)
        {
            case null: return Py.None;
            case bool b: return b ? PyBool.True : PyBool.False;
            case EllipsisValue: return PyEllipsis.Instance;
            case CodeObject code: return new PyCode(code, cache ?? new Cache());
            // The flow graph makes these after the constants are merged: each is its own.
            case FrozenSetConstant fs: return PyFrozenSet.FromItems(TupleOf(fs.Items, filename, cache));
        }
        if (cache != null && cache.Map.TryGetValue(c, out var known)) return Py.NewRef(known);
        PyObject v = c switch
        {
            long l => PyLong.FromLong(l),
            int i => PyLong.FromLong(i),
            BigInteger bi => PyLong.FromBigInteger(bi),
            double d => PyFloat.FromDouble(d),
            Complex z => PyComplex.FromComplex(z),
            string s => StringConstant(s),
            SurrogateStr ss => PyUnicode.FromCodePoints(ss.CodePoints),
            byte[] bytes => PyBytes.FromBytes(bytes),
            object?[] items => TupleOf(items, filename, cache),
            SliceConstant sl => SliceOf(sl, filename, cache),
            _ => throw new System.InvalidOperationException("unknown constant " + c.GetType()),
        };
        if (cache != null) cache.Map[c] = v;
        return v;
    }

    /// <summary>
    /// A str constant: interned when it looks like an identifier (codeobject.c intern_constants,
    /// should_intern_string) or is one of CPython's immortal one-character latin-1 strings;
    /// otherwise an ordinary str.
    /// </summary>
    static PyObject StringConstant(string s)
    {
        if ((s.Length == 1 && s[0] < 256) || AllNameChars(s)) return PyUnicode.Intern(s);
        return PyUnicode.FromString(s);
    }

    /// <summary>all_name_chars: only ASCII letters, digits and '_'.</summary>
    public static bool AllNameChars(string s)
    {
        foreach (char ch in s)
            if (!(ch < 128 && (char.IsAsciiLetterOrDigit(ch) || ch == '_'))) return false;
        return true;
    }

    /// <summary>A tuple of interned names (co_names, co_localsplusnames), shared through the cache (if any) like a constant.</summary>
    public static PyTuple NamesTuple(string[] names, Cache? cache)
    {
        if (names.Length == 0) return PyTuple.Empty;
        object?[] key = names;
        if (cache != null && cache.Map.TryGetValue(key, out var known)) return (PyTuple)Py.NewRef(known);
        var a = new PyObject[names.Length];
        for (int i = 0; i < a.Length; i++) a[i] = PyUnicode.Intern(names[i]);
        var tuple = PyTuple.FromStolen(a);
        if (cache != null) cache.Map[key] = tuple;
        return tuple;
    }

    /// <summary>
    /// co_consts: a tuple shared, like the constants in it, with every equal one of the
    /// compilation. A str constant equal to the code's qualified name (a class body's
    /// __qualname__) is the compiler's qualname object, which _PyCode_New interns.
    /// </summary>
    public static PyTuple ConstsTuple(CodeObject co, Cache cache)
    {
        if (cache.Map.TryGetValue(co.Consts, out var known) && known is PyTuple t) return Py.NewRef(t);
        var a = new PyObject[co.Consts.Length];
        for (int i = 0; i < a.Length; i++)
        {
            if (co.Consts[i] is string s && s == co.QualName)
            {
                var interned = PyUnicode.Intern(s);
                cache.Map[s] = interned;
                a[i] = interned;
            }
            else a[i] = ToPython(co.Consts[i], co.Filename, cache);
        }
        var tuple = PyTuple.FromStolen(a);
        cache.Map[co.Consts] = tuple;
        return tuple;
    }

    /// <summary>co_linetable / co_exceptiontable: a bytes of its own, shared with equal tables of the compilation (b'' for none).</summary>
    public static PyBytes TableBytes(byte[] table, Cache cache)
    {
        if (table.Length == 0) return PyBytes.EmptyBytes;
        if (cache.Map.TryGetValue(table, out var known) && known is PyBytes b) return Py.NewRef(b);
        var bytes = new PyBytes(PyBytes.Type, table);
        cache.Map[table] = bytes;
        return bytes;
    }

    static PySlice SliceOf(SliceConstant sl, string filename, Cache? cache)
    {
        PyObject start = ToPython(sl.Start, filename, cache), stop = ToPython(sl.Stop, filename, cache), step = ToPython(sl.Step, filename, cache);
        var slice = PySlice.New(start, stop, step);
        Py.DECREF(start);
        Py.DECREF(stop);
        Py.DECREF(step);
        return slice;
    }

    internal static PyTuple TupleOf(object?[] items, string filename, Cache? cache)
    {
        var a = new PyObject[items.Length];
        for (int i = 0; i < a.Length; i++) a[i] = ToPython(items[i], filename, cache);
        return PyTuple.FromStolen(a);
    }
}
