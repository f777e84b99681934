using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Strings;

/// <summary>Helpers for str/bytes tests. Expected values come from the reference CPython 3.14.</summary>
public abstract class StrTestBase
{
    protected StrTestBase()
    {
        Interpreter.Initialize();
        ExceptionShim.Install();
        Errors.Clear();
    }

    protected static PyUnicode S(string s) => PyUnicode.FromString(s);
    protected static PyUnicode CP(params int[] cps) => PyUnicode.FromCodePoints(cps);
    protected static PyBytes B(params byte[] b) => PyBytes.FromBytes(b);
    protected static PyBytes BA(string latin1) => PyBytes.FromBytes(System.Text.Encoding.Latin1.GetBytes(latin1));
    protected static PyLong I(long v) => PyLong.FromLong(v);

    /// <summary>The str value of a result that must be a str.</summary>
    protected static string Str(PyObject? o)
    {
        Assert.True(o != null, Errors.Occurred() ? "exception: " + ErrorText() : "null without exception");
        return Assert.IsAssignableFrom<PyUnicode>(o).Value;
    }

    protected static string Repr(PyObject? o)
    {
        Assert.True(o != null, Errors.Occurred() ? "exception: " + ErrorText() : "null without exception");
        var r = Abstract.Repr(o!);
        Assert.True(r != null, "repr failed: " + ErrorText());
        return ((PyUnicode)r!).Value;
    }

    /// <summary>repr of a str, through str's own tp_repr.</summary>
    protected static string StrRepr(PyUnicode u) => ((PyUnicode)PyUnicode.Type.tp_repr!(u)!).Value;

    protected static string[] StrList(PyObject? o)
    {
        Assert.True(o != null, "exception: " + ErrorText());
        var l = Assert.IsType<PyList>(o);
        var r = new List<string>();
        for (int i = 0; i < l.Count; i++) r.Add(((PyUnicode)l.Items[i]).Value);
        return r.ToArray();
    }

    protected static string[] TupleStrs(PyObject? o)
    {
        Assert.True(o != null, "exception: " + ErrorText());
        var t = Assert.IsType<PyTuple>(o);
        var r = new List<string>();
        foreach (var x in t.Items) r.Add(((PyUnicode)x).Value);
        return r.ToArray();
    }

    protected static long Long(PyObject? o)
    {
        Assert.True(o != null, "exception: " + ErrorText());
        return Assert.IsAssignableFrom<PyLong>(o).Value;
    }

    protected static bool Bool(PyObject? o)
    {
        Assert.True(o != null, "exception: " + ErrorText());
        return o == PyBool.True;
    }

    protected static string ErrorText()
    {
        var e = Errors.OccurredException();
        if (e == null) return "(none)";
        var parts = new List<string>();
        foreach (var a in e.Args.Items) parts.Add(a is PyUnicode u ? u.Value : a.ToString() ?? "");
        return e.ob_type.tp_name + ": " + string.Join(", ", parts);
    }

    /// <summary>Assert that the call failed with <paramref name="type"/> and message; clears the error.</summary>
    protected static void AssertRaises(PyType type, string message, object? result)
    {
        Assert.True(result == null || (result is long l && l == -1) || (result is int i && i == -1), "expected an exception");
        var e = Errors.OccurredException();
        Assert.NotNull(e);
        Assert.Same(type, e!.ob_type);
        Assert.Equal(message, ((PyUnicode)e.Args.Items[0]).Value);
        Errors.Clear();
    }

    /// <summary>The raised exception's args (cleared afterwards).</summary>
    protected static PyObject[] RaisedArgs(PyType type)
    {
        var e = Errors.OccurredException();
        Assert.NotNull(e);
        Assert.Same(type, e!.ob_type);
        var a = (PyObject[])e.Args.Items.Clone();
        foreach (var x in a) Py.INCREF(x);
        Errors.Clear();
        return a;
    }
}

/// <summary>
/// Until BaseException gets its own tp_new (owned by another part), exception types inherit
/// object.__new__, which rejects arguments by raising, which recurses. These tests give the
/// exception types a minimal constructor that stores args, only when they still lack one.
/// </summary>
static class ExceptionShim
{
    static volatile bool s_done;
    static readonly object s_lock = new();

    public static void Install()
    {
        if (s_done) return;
        lock (s_lock)
        {
            if (!s_done) Patch();
            s_done = true;
        }
    }

    static void Patch()
    {
        var objNew = PyBaseObject.Type.tp_new;
        var types = new List<PyType> { PyExc.BaseException };
        types.AddRange(PyExc.All);
        foreach (var t in types)
        {
            if (t.tp_new != objNew) continue;
            t.tp_new = static (type, args, kw) =>
            {
                var items = new PyObject[args.Length];
                for (int i = 0; i < args.Length; i++) items[i] = args[i].AsBorrowed;
                return new PyBaseException(type, PyTuple.FromBorrowed(items));
            };
            t.tp_init = static (self, args, kw) => 0;
        }
    }
}
