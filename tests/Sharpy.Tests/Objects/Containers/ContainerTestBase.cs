using System;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

// Interpreter start-up is not thread-safe: run the assembly's tests one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Sharpy.Tests.Objects.Containers;

/// <summary>
/// Helpers for the container tests. Until the int and str branches land, int and str get
/// minimal stand-in slots (hash, comparison, repr) here, installed only where the type
/// still has object's.
/// </summary>
public abstract class ContainerTestBase
{
    static readonly object s_lock = new();
    static bool s_ready;

    protected ContainerTestBase()
    {
        lock (s_lock)
        {
            Interpreter.Initialize();
            if (s_ready) return;
            s_ready = true;
            InstallShims();
        }
    }

    static void InstallShims()
    {
        var obj = PyBaseObject.Type;
        var i = PyLong.Type;
        if (i.tp_hash == obj.tp_hash)
        {
            i.tp_hash = o => PyLongHash.Of((PyLong)o);
            PyBool.Type.tp_hash = i.tp_hash;
        }
        if (i.tp_richcompare == obj.tp_richcompare)
        {
            i.tp_richcompare = IntCompare;
            PyBool.Type.tp_richcompare = IntCompare;
        }
        if (i.tp_repr == obj.tp_repr)
        {
            i.tp_repr = o => PyUnicode.FromString(((PyLong)o).ToString());
            PyBool.Type.tp_repr = o => PyUnicode.FromString(((PyLong)o).Value != 0 ? "True" : "False");
        }
        var s = PyUnicode.Type;
        if (s.tp_repr == obj.tp_repr) s.tp_repr = o => PyUnicode.FromString("'" + ((PyUnicode)o).Value + "'");
        if (s.tp_richcompare == null || s.tp_richcompare == obj.tp_richcompare) s.tp_richcompare = StrCompare;
        if (PyNone.Type.tp_repr == obj.tp_repr) PyNone.Type.tp_repr = o => PyUnicode.FromString("None");
        // Exceptions: BaseException(*args) and str(exc), until the exceptions branch lands.
        var excTypes = new System.Collections.Generic.List<PyType> { PyBaseException.Type };
        excTypes.AddRange(PyExc.All);
        foreach (var t in excTypes)
        {
            if (t.tp_new == obj.tp_new) t.tp_new = ExcNew;
            if (t.tp_str == obj.tp_str) t.tp_str = Abstract.IsSubtype(t, PyExc.KeyError) ? KeyErrorStr : ExcStr;
        }
    }

    static PyObject? ExcNew(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var items = new PyObject[args.Length - (kwnames?.Count ?? 0)];
        for (int i = 0; i < items.Length; i++) items[i] = args[i].AsBorrowed;
        return new PyBaseException(type, PyTuple.FromBorrowed(items));
    }

    static PyObject? ExcStr(PyObject o)
    {
        var a = ((PyBaseException)o).Args;
        if (a.Count == 0) return PyUnicode.FromString("");
        if (a.Count == 1) return Abstract.Str(a.Items[0]);
        return Abstract.Repr(a);
    }

    static PyObject? KeyErrorStr(PyObject o)
    {
        var a = ((PyBaseException)o).Args;
        return a.Count == 1 ? Abstract.Repr(a.Items[0]) : ExcStr(o);
    }

    static PyObject? IntCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyLong x || b is not PyLong y) return Py.NotImplemented;
        int c = x.ToBigInteger().CompareTo(y.ToBigInteger());
        return Py.NewBool(Holds(c, op));
    }

    static PyObject? StrCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyUnicode x || b is not PyUnicode y) return Py.NotImplemented;
        return Py.NewBool(Holds(string.CompareOrdinal(x.Value, y.Value), op));
    }

    static bool Holds(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    protected static PyLong I(long v) => PyLong.FromLong(v);
    protected static PyLong Big(string v) => PyLong.FromBigInteger(BigInteger.Parse(v));
    protected static PyUnicode S(string v) => PyUnicode.FromString(v);

    /// <summary>A list of new references to the given objects.</summary>
    protected static PyList L(params PyObject[] items) => PyList.FromBorrowed(items);
    protected static PyList Ints(params long[] vs)
    {
        var l = PyList.New();
        foreach (var v in vs) l.AppendSteal(I(v));
        return l;
    }
    protected static PyTuple T(params PyObject[] items) => PyTuple.FromBorrowed(items);

    protected static string Repr(PyObject o)
    {
        var s = Abstract.ReprString(o);
        Assert.True(s != null, "repr raised " + ErrorText());
        return s!;
    }

    /// <summary>The pending exception as "Type: message", cleared.</summary>
    protected static string ErrorText()
    {
        var exc = Errors.GetRaisedException();
        if (exc == null) return "<no exception>";
        var s = Abstract.Str(exc);
        var text = exc.ob_type.tp_name + ": " + (s is PyUnicode u ? u.Value : "?");
        Py.XDECREF(s);
        Py.DECREF(exc);
        return text;
    }

    /// <summary>Assert that an operation failed with the given exception text.</summary>
    protected static void AssertRaised(string expected, object? result)
    {
        Assert.True(result == null || (result is int n && n < 0) || (result is long m && m < 0),
            "expected an error, got " + result);
        Assert.Equal(expected, ErrorText());
    }

    protected static void AssertNoError() { if (Errors.Occurred()) Assert.Fail(ErrorText()); }

    /// <summary>Call a type like Python's T(args...).</summary>
    protected static PyObject? Call(PyObject callable, params PyObject[] args) => Calls.CallArgs(callable, args);

    protected static PyObject? Call(PyObject callable, PyObject[] args, string[] kwnames, PyObject[] kwvalues)
    {
        var a = new StackRef[args.Length + kwvalues.Length];
        for (int i = 0; i < args.Length; i++) a[i] = StackRef.FromBorrow(args[i]);
        for (int i = 0; i < kwvalues.Length; i++) a[args.Length + i] = StackRef.FromBorrow(kwvalues[i]);
        var names = new PyObject[kwnames.Length];
        for (int i = 0; i < names.Length; i++) names[i] = PyUnicode.Intern(kwnames[i]);
        var kw = PyTuple.FromBorrowed(names);
        var r = Calls.Call(callable, a, kw);
        Py.DECREF(kw);
        return r;
    }

    protected static StackRef[] Args(params PyObject[] args)
    {
        var a = new StackRef[args.Length];
        for (int i = 0; i < args.Length; i++) a[i] = StackRef.FromBorrow(args[i]);
        return a;
    }

    /// <summary>Iterate to a list (like list(o)); asserts no error.</summary>
    protected static PyList ListOf(PyObject o)
    {
        var l = PyList.New();
        Assert.True(l.Extend(o) == 0, ErrorText());
        return l;
    }

    protected static PyObject Slice(long? start, long? stop, long? step = null) =>
        PySlice.New(start is long a ? I(a) : null, stop is long b ? I(b) : null, step is long c ? I(c) : null);

    protected static PyObject? Sub(PyObject o, PyObject key) => Abstract.GetItem(o, key);

    protected static long Len(PyObject o) => Abstract.Length(o);

    protected static bool Eq(PyObject a, PyObject b) => Abstract.RichCompareBool(a, b, CompareOp.Eq) == 1;
}
