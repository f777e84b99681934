using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Generators;

/// <summary>
/// The generated argument parsing of [PyMethod] wrappers. Every expected message is what
/// CPython 3.14 prints for the builtin with the same signature (list.append, str.split,
/// math.isclose, ...; checked with tools/cpython314), with the type's name "Thing".
/// </summary>
public class ArgParseTests
{
    public ArgParseTests()
    {
        Interpreter.Initialize();
        SharpyDeclaredTypes.Init();
    }

    static PyObject Py_(object? v) => v switch
    {
        null => Py.None,
        PyObject o => o,
        long l => PyLong.FromLong(l),
        int i => PyLong.FromLong(i),
        double d => PyFloat.FromDouble(d),
        bool b => b ? PyBool.True : PyBool.False,
        string s => PyUnicode.FromString(s),
        byte[] b => PyBytes.FromBytes(b),
        System.Numerics.BigInteger bi => PyLong.FromBigInteger(bi),
        _ => throw new ArgumentException("unboxable"),
    };

    /// <summary>Call attribute <paramref name="name"/> of <paramref name="target"/> with positional args then "k=" keyword pairs.</summary>
    static PyObject? CallOn(PyObject target, string name, params object?[] argv)
    {
        var f = Abstract.GetAttr(target, name);
        Assert.NotNull(f);
        var pos = new List<PyObject>();
        var kwn = new List<PyObject>();
        var kwv = new List<PyObject>();
        for (int i = 0; i < argv.Length; i++)
        {
            if (argv[i] is string s && s.EndsWith("=") && i + 1 < argv.Length)
            {
                kwn.Add(PyUnicode.FromString(s[..^1]));
                kwv.Add(Py_(argv[++i]));
            }
            else pos.Add(Py_(argv[i]));
        }
        var refs = new StackRef[pos.Count + kwv.Count];
        for (int i = 0; i < pos.Count; i++) refs[i] = StackRef.FromBorrow(pos[i]);
        for (int i = 0; i < kwv.Count; i++) refs[pos.Count + i] = StackRef.FromBorrow(kwv[i]);
        var kwnames = kwn.Count == 0 ? null : PyTuple.FromStolen(kwn.ToArray());
        return Calls.Call(f!, refs, kwnames);
    }

    static PyObject? Call(string name, params object?[] argv) => CallOn(new TestThing(), name, argv);

    static string Error(PyObject? result)
    {
        Assert.Null(result);
        var e = Errors.GetRaisedException();
        Assert.NotNull(e);
        var msg = e!.Args.Count > 0 && e.Args.Items[0] is PyUnicode u ? u.Value : "";
        return e.ob_type.tp_name + ": " + msg;
    }

    static string Show(PyObject? result)
    {
        if (result == null) return Error(result);
        return Repr(result);
    }

    // Tuples and None by hand, so these tests do not depend on other types' reprs.
    static string Repr(PyObject o)
    {
        if (o == Py.None) return "None";
        if (o is PyTuple t && t.ob_type == PyTuple.Type)
        {
            var parts = new List<string>();
            foreach (var item in t.Items) parts.Add(Repr(item));
            return "(" + string.Join(", ", parts) + (parts.Count == 1 ? ",)" : ")");
        }
        var r = Abstract.ReprString(o);
        Assert.NotNull(r);
        return r!;
    }

    [Theory]
    // METH_NOARGS (list.clear)
    [InlineData("()", "clear")]
    [InlineData("TypeError: Thing.clear() takes no arguments (1 given)", "clear", 1L)]
    [InlineData("TypeError: Thing.clear() takes no keyword arguments", "clear", "x=", 1L)]
    [InlineData("TypeError: Thing.clear() takes no keyword arguments", "clear", 1L, "x=", 1L)]
    // METH_O (list.append, str.zfill, str.removeprefix)
    [InlineData("(1,)", "append", 1L)]
    [InlineData("TypeError: Thing.append() takes exactly one argument (0 given)", "append")]
    [InlineData("TypeError: Thing.append() takes exactly one argument (2 given)", "append", 1L, 2L)]
    [InlineData("TypeError: Thing.append() takes no keyword arguments", "append", "x=", 1L)]
    [InlineData("TypeError: Thing.append() takes no keyword arguments", "append", 1L, "x=", 1L)]
    [InlineData("TypeError: Thing.zfill() takes exactly one argument (0 given)", "zfill")]
    [InlineData("TypeError: 'str' object cannot be interpreted as an integer", "zfill", "a")]
    [InlineData("TypeError: 'float' object cannot be interpreted as an integer", "zfill", 1.5)]
    [InlineData("(1,)", "zfill", true)]
    [InlineData("TypeError: removeprefix() argument must be str, not int", "removeprefix", 1L)]
    [InlineData("TypeError: removeprefix() argument must be str, not None", "removeprefix", null)]
    // positional-only METH_FASTCALL (list.pop, list.insert, list.index)
    [InlineData("(-1,)", "pop")]
    [InlineData("(3,)", "pop", 3L)]
    [InlineData("TypeError: pop expected at most 1 argument, got 2", "pop", 1L, 2L)]
    [InlineData("TypeError: Thing.pop() takes no keyword arguments", "pop", "x=", 1L)]
    [InlineData("TypeError: Thing.pop() takes no keyword arguments", "pop", 1L, 2L, "x=", 1L)]
    [InlineData("TypeError: 'str' object cannot be interpreted as an integer", "pop", "a")]
    [InlineData("TypeError: insert expected 2 arguments, got 1", "insert", 1L)]
    [InlineData("TypeError: insert expected 2 arguments, got 3", "insert", 1L, 2L, 3L)]
    [InlineData("(1, 2)", "insert", 1L, 2L)]
    [InlineData("TypeError: index expected at least 1 argument, got 0", "index")]
    [InlineData("TypeError: index expected at most 3 arguments, got 4", "index", 1L, 2L, 3L, 4L)]
    [InlineData("(1, None, None)", "index", 1L)]
    [InlineData("(1, 2, None)", "index", 1L, 2L)]
    // str.replace(old, new, /, count=-1)
    [InlineData("('a', 'b', -1)", "replace", "a", "b")]
    [InlineData("('a', 'b', 2)", "replace", "a", "b", "count=", 2L)]
    [InlineData("TypeError: replace() takes at least 2 positional arguments (0 given)", "replace", "old=", "a", "new=", "b")]
    [InlineData("TypeError: replace() takes at least 2 positional arguments (1 given)", "replace", "a", "new=", "b")]
    [InlineData("TypeError: replace() takes at least 2 positional arguments (0 given)", "replace")]
    [InlineData("TypeError: replace() takes at most 3 arguments (4 given)", "replace", "a", "b", "count=", 1L, "x=", 2L)]
    [InlineData("TypeError: replace() takes at most 3 arguments (4 given)", "replace", "a", "b", 1L, 2L)]
    [InlineData("TypeError: replace() got an unexpected keyword argument 'old'", "replace", "a", "b", "old=", 1L)]
    [InlineData("TypeError: replace() argument 1 must be str, not int", "replace", 1L, "a")]
    [InlineData("TypeError: replace() argument 2 must be str, not None", "replace", "a", null)]
    [InlineData("TypeError: 'str' object cannot be interpreted as an integer", "replace", "a", "b", "c")]
    // str.split(sep=None, maxsplit=-1)
    [InlineData("(None, -1)", "split")]
    [InlineData("('x', 3)", "split", "x", "maxsplit=", 3L)]
    [InlineData("TypeError: split() takes at most 2 keyword arguments (3 given)", "split", "sep=", 1L, "maxsplit=", 2L, "x=", 3L)]
    [InlineData("TypeError: split() takes at most 2 arguments (3 given)", "split", 1L, 2L, 3L)]
    [InlineData("TypeError: split() got an unexpected keyword argument 'bad'", "split", "bad=", 1L)]
    [InlineData("TypeError: split() got an unexpected keyword argument 'bad'", "split", 1L, "bad=", 1L)]
    [InlineData("TypeError: split() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?", "split", "sepp=", 1L)]
    [InlineData("TypeError: argument for split() given by name ('sep') and position (1)", "split", "a", "sep=", "b")]
    [InlineData("TypeError: 'str' object cannot be interpreted as an integer", "split", "maxsplit=", "a")]
    [InlineData("TypeError: 'str' object cannot be interpreted as an integer", "split", null, "a")]
    // str.encode(encoding='utf-8', errors='strict')
    [InlineData("('utf-8', 'strict')", "encode")]
    [InlineData("('ascii', 'ignore')", "encode", "errors=", "ignore", "encoding=", "ascii")]
    [InlineData("TypeError: encode() argument 'encoding' must be str, not int", "encode", 1L)]
    [InlineData("TypeError: encode() argument 'encoding' must be str, not int", "encode", "encoding=", 1L)]
    [InlineData("TypeError: encode() argument 'encoding' must be str, not None", "encode", "encoding=", null)]
    [InlineData("TypeError: encode() takes at most 2 arguments (3 given)", "encode", "utf-8", "strict", 3L)]
    [InlineData("TypeError: encode() takes at most 2 keyword arguments (3 given)", "encode", "errors=", "x", "encoding=", "y", "bad=", 1L)]
    // str.splitlines(keepends=False), str.expandtabs(tabsize=8)
    [InlineData("(True,)", "splitlines", "keepends=", "x")]
    [InlineData("(False,)", "splitlines", "")]
    [InlineData("TypeError: splitlines() takes at most 1 argument (2 given)", "splitlines", 1L, 2L)]
    [InlineData("TypeError: splitlines() takes at most 1 argument (2 given)", "splitlines", 1L, "keepends=", 1L)]
    [InlineData("TypeError: splitlines() got an unexpected keyword argument 'x'", "splitlines", "x=", 1L)]
    [InlineData("TypeError: splitlines() got an unexpected keyword argument 'Keepends'. Did you mean 'keepends'?", "splitlines", "Keepends=", 1L)]
    [InlineData("TypeError: splitlines() got an unexpected keyword argument 'keepend'. Did you mean 'keepends'?", "splitlines", "keepend=", 1L)]
    [InlineData("(8,)", "expandtabs")]
    [InlineData("TypeError: 'str' object cannot be interpreted as an integer", "expandtabs", "tabsize=", "a")]
    // list.sort(*, key=None, reverse=False)
    [InlineData("(None, False)", "sort")]
    [InlineData("(None, True)", "sort", "reverse=", 1L)]
    [InlineData("TypeError: sort() takes no positional arguments", "sort", 1L)]
    [InlineData("TypeError: sort() takes at most 2 keyword arguments (3 given)", "sort", "key=", null, "reverse=", false, "bad=", 1L)]
    [InlineData("TypeError: sort() got an unexpected keyword argument 'bad'", "sort", "bad=", 1L)]
    // math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    [InlineData("(1.0, 2.0, 1e-09, 0.0)", "isclose", 1L, 2L)]
    [InlineData("(1.0, 2.0, 0.5, 0.0)", "isclose", "b=", 2.0, "a=", 1.0, "rel_tol=", 0.5)]
    [InlineData("TypeError: isclose() missing required argument 'b' (pos 2)", "isclose", 1L)]
    [InlineData("TypeError: isclose() missing required argument 'a' (pos 1)", "isclose")]
    [InlineData("TypeError: isclose() missing required argument 'b' (pos 2)", "isclose", "a=", 1L)]
    [InlineData("TypeError: isclose() takes exactly 2 positional arguments (3 given)", "isclose", 1L, 2L, 3L)]
    [InlineData("TypeError: isclose() takes exactly 2 positional arguments (3 given)", "isclose", 1L, 2L, 3L, "rel_tol=", 1L)]
    [InlineData("TypeError: isclose() takes at most 4 arguments (5 given)", "isclose", 1L, 2L, "abs_tol=", 1L, "rel_tol=", 1L, "x=", 1L)]
    [InlineData("TypeError: isclose() got an unexpected keyword argument 'bad'", "isclose", 1L, 2L, "bad=", 1L)]
    [InlineData("TypeError: isclose() got an unexpected keyword argument 'Rel_tol'. Did you mean 'rel_tol'?", "isclose", 1L, 2L, "Rel_tol=", 1L)]
    [InlineData("TypeError: must be real number, not str", "isclose", 1L, 2L, "rel_tol=", "a")]
    [InlineData("TypeError: must be real number, not NoneType", "isclose", null, 2L)]
    // the raw form
    [InlineData("(3, ('k',))", "raw", 1L, 2L, "k=", 3L)]
    [InlineData("(0, None)", "raw")]
    // a required keyword-only parameter; nullable value types
    [InlineData("(1, 2)", "kwonly", 1L, "key=", 2L)]
    [InlineData("TypeError: kwonly() missing required argument 'key' (pos 2)", "kwonly", 1L)]
    [InlineData("TypeError: kwonly() takes exactly 1 positional argument (2 given)", "kwonly", 1L, 2L)]
    [InlineData("(None, None, None)", "maybe")]
    [InlineData("(5, 2.5, 's')", "maybe", 5L, 2.5, "s")]
    [InlineData("(None, None, None)", "maybe", null, null, null)]
    [InlineData("TypeError: argument should be integer or None, not 'str'", "maybe", "a")]
    [InlineData("TypeError: maybe() argument 's' must be str or None, not int", "maybe", "s=", 1L)]
    // *args, **kwargs
    [InlineData("((), None, None)", "vprint")]
    [InlineData("((1, 2), None, '.')", "vprint", 1L, 2L, "end=", ".")]
    [InlineData("TypeError: vprint() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?", "vprint", 1L, "sepp=", 1L)]
    [InlineData("(1, 2, (3, 4), None)", "build", 1L, 2L, 3L, 4L)]
    [InlineData("(1, 2, (), {'metaclass': 3})", "build", 1L, 2L, "metaclass=", 3L)]
    [InlineData("TypeError: build() takes at least 2 positional arguments (1 given)", "build", 1L)]
    [InlineData("(1, ())", "least", 1L)]
    [InlineData("(1, (2, 3))", "least", 1L, 2L, 3L)]
    [InlineData("TypeError: least expected at least 1 argument, got 0", "least", "")]
    [InlineData("TypeError: Thing.least() takes no keyword arguments", "least", 1L, "key=", 2L)]
    // converters: path_t, fildes, Py_buffer
    [InlineData("('a', None, -1)", "stat", "a")]
    [InlineData("(None, None, 3)", "stat", "path=", 3L)]
    [InlineData("TypeError: stat: path should be string, bytes, os.PathLike or integer, not float", "stat", 1.5)]
    [InlineData("TypeError: stat: path should be string, bytes, os.PathLike or integer, not NoneType", "stat", null)]
    [InlineData("ValueError: stat: embedded null character in path", "stat", "a\0b")]
    [InlineData("OverflowError: Python int too large to convert to C int", "stat", 1L << 40)]
    [InlineData("('absent',)", "listdir", "")]
    [InlineData("('None',)", "listdir", null)]
    [InlineData("TypeError: listdir: path should be string, bytes, os.PathLike, integer or None, not float", "listdir", 1.5)]
    [InlineData("(3,)", "fileno", 3L)]
    [InlineData("ValueError: file descriptor cannot be a negative integer (-1)", "fileno", -1L)]
    [InlineData("TypeError: argument must be an int, or have a fileno() method.", "fileno", "x")]
    [InlineData("TypeError: a bytes-like object is required, not 'str'", "write", "x")]
    [InlineData("3", "write", new byte[] { 1, 2, 3 })]
    // return converters
    [InlineData("None", "rvoid", "")]
    [InlineData("True", "rbool", 1L)]
    [InlineData("-1", "rlong", -1L)]
    [InlineData("ValueError: failed", "rlong", 5L, true)]
    [InlineData("1.5", "rdouble", 3L)]
    [InlineData("(1, 2)", "kwname", "from=", 1L, "default=", 2L)]
    [InlineData("TypeError: kwname() missing required argument 'from' (pos 1)", "kwname", "default=", 2L)]
    public void MethodCalls(string expected, string method, params object?[] args)
    {
        // An empty string argument stands for no arguments at all.
        args ??= new object?[] { null };
        if (args.Length == 1 && args[0] is "") args = Array.Empty<object?>();
        Assert.Equal(expected, Show(Call(method, args)));
    }

    [Fact]
    public void OverflowUsesTheCTypesName()
    {
        var big = System.Numerics.BigInteger.Pow(2, 70);
        Assert.Equal("OverflowError: Python int too large to convert to C ssize_t", Show(Call("split", "maxsplit=", big)));
        Assert.Equal("OverflowError: Python int too large to convert to C int", Show(Call("expandtabs", big)));
        Assert.Equal("OverflowError: Python int too large to convert to C int", Show(Call("expandtabs", -big)));
        Assert.Equal("OverflowError: Python int too large to convert to C int", Show(Call("expandtabs", 1L << 40)));
    }

    [Fact]
    public void ClassAndStaticMethods()
    {
        var t = TestThing.Type;
        Assert.Equal("(<class 'sharpy_test.Thing'>, 1, 'big', False)", Show(CallOn(t, "from_bytes", 1L)));
        Assert.Equal("(<class 'sharpy_test.Thing'>, 1, 'little', True)", Show(CallOn(new TestThing(), "from_bytes", "bytes=", 1L, "byteorder=", "little", "signed=", 1L)));
        Assert.Equal("TypeError: from_bytes() missing required argument 'bytes' (pos 1)", Show(CallOn(t, "from_bytes")));
        Assert.Equal("TypeError: from_bytes() missing required argument 'bytes' (pos 1)", Show(CallOn(t, "from_bytes", "byteorder=", "big")));
        Assert.Equal("TypeError: from_bytes() takes at most 2 positional arguments (3 given)", Show(CallOn(t, "from_bytes", 1L, "big", true)));
        Assert.Equal("TypeError: from_bytes() takes at most 3 arguments (4 given)", Show(CallOn(t, "from_bytes", 1L, "byteorder=", "big", "signed=", true, "bad=", 1L)));
        Assert.Equal("TypeError: from_bytes() takes at most 3 keyword arguments (4 given)", Show(CallOn(t, "from_bytes", "bytes=", 1L, "byteorder=", "big", "signed=", true, "bad=", 1L)));
        Assert.Equal("TypeError: from_bytes() got an unexpected keyword argument 'bad'", Show(CallOn(t, "from_bytes", 1L, "bad=", 1L)));

        Assert.Equal("(1, None, None)", Show(CallOn(t, "maketrans", 1L)));
        Assert.Equal("(1, 2, 3)", Show(CallOn(new TestThing(), "maketrans", 1L, 2L, 3L)));
        Assert.Equal("TypeError: maketrans expected at least 1 argument, got 0", Show(CallOn(t, "maketrans")));
        Assert.Equal("TypeError: Thing.maketrans() takes no keyword arguments", Show(CallOn(t, "maketrans", "x=", 1L)));
        var sm = t.tp_dict.GetItemString("maketrans");
        Assert.IsType<PyStaticMethod>(sm);
        // METH_STATIC: the function's self is the type, as type_add_method makes it.
        Assert.StartsWith("<built-in method maketrans of type object at 0x", Show(Abstract.GetAttr(t, "maketrans")));
    }

    [Fact]
    public void UnboundMethodDescriptors()
    {
        var append = Abstract.GetAttr(TestThing.Type, "append")!;
        Assert.Equal("<method 'append' of 'sharpy_test.Thing' objects>", Show(append));
        Assert.Equal("(1,)", Show(Calls.CallArgs(append, new TestThing(), PyLong.FromLong(1))));
        Assert.Equal("TypeError: Thing.append() takes exactly one argument (0 given)", Show(Calls.CallArgs(append, new TestThing())));
        Assert.Equal("TypeError: descriptor 'append' for 'sharpy_test.Thing' objects doesn't apply to a 'int' object", Show(Calls.CallArgs(append, PyLong.FromLong(1), PyLong.FromLong(2))));
    }

    [Fact]
    public void GetSetDescriptors()
    {
        var o = new TestThing();
        Assert.Equal("0", Show(Abstract.GetAttr(o, "value")));
        Assert.Equal(0, Abstract.SetAttr(o, PyUnicode.FromString("value"), PyLong.FromLong(7)));
        Assert.Equal(7L, o.Value);
        Assert.Equal("7", Show(Abstract.GetAttr(o, "value")));
        Assert.Equal(-1, Abstract.SetAttr(o, PyUnicode.FromString("value"), PyUnicode.FromString("x")));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Error(null));
        Assert.Equal(-1, Abstract.SetAttr(o, PyUnicode.FromString("value"), null));
        Assert.Equal("TypeError: can't delete value", Error(null));
        Assert.Equal("42", Show(Abstract.GetAttr(o, "readonly")));
        Assert.Equal(-1, Abstract.SetAttr(o, PyUnicode.FromString("readonly"), PyLong.FromLong(1)));
        Assert.Equal("AttributeError: attribute 'readonly' of 'sharpy_test.Thing' objects is not writable", Error(null));

        var d = TestThing.Type.tp_dict.GetItemString("value")!;
        Assert.Equal("getset_descriptor", d.ob_type.tp_name);
        Assert.Equal("<attribute 'value' of 'sharpy_test.Thing' objects>", Show(d));
        Assert.Equal("'the value'", Show(Abstract.GetAttr(d, "__doc__")));
        Assert.Equal("'Thing.value'", Show(Abstract.GetAttr(d, "__qualname__")));
        Assert.Same(d, Abstract.GetAttr(TestThing.Type, "value"));
    }

    [Fact]
    public void ObjectMethods()
    {
        var o = new TestThing();
        Assert.Equal("<class 'sharpy_test.Thing'>", Show(Abstract.GetAttr(o, "__class__")));
        Assert.Equal("<attribute '__class__' of 'object' objects>", Show(PyBaseObject.Type.tp_dict.GetItemString("__class__")));
        Assert.Equal("TypeError: unsupported format string passed to sharpy_test.Thing.__format__", Show(CallOn(o, "__format__", "x")));
        Assert.Equal("TypeError: __format__() argument must be str, not int", Show(CallOn(o, "__format__", 2L)));
        Assert.Equal("TypeError: object.__format__() takes exactly one argument (0 given)", Show(CallOn(o, "__format__")));
        Assert.Equal("TypeError: object.__format__() takes no keyword arguments", Show(CallOn(o, "__format__", "x=", "")));
        Assert.Equal("None", Show(CallOn(PyBaseObject.Type, "__init_subclass__")));
        Assert.Equal("TypeError: object.__init_subclass__() takes no arguments (1 given)", Show(CallOn(PyBaseObject.Type, "__init_subclass__", 1L)));
        Assert.Equal("TypeError: object.__init_subclass__() takes no keyword arguments", Show(CallOn(PyBaseObject.Type, "__init_subclass__", "x=", 1L)));
    }

    [Fact]
    public void BuiltinTypesGetTheirDeclaredMethods()
    {
        // list's methods are declared in PyList.Methods.cs; only the argument handling is checked here.
        var list = PyList.New();
        Assert.Equal("None", Show(CallOn(list, "append", 1L)));
        Assert.Equal("TypeError: list.append() takes exactly one argument (0 given)", Show(CallOn(list, "append")));
        Assert.Equal("TypeError: pop expected at most 1 argument, got 2", Show(CallOn(list, "pop", 1L, 2L)));
        Assert.Equal("TypeError: list.pop() takes no keyword arguments", Show(CallOn(list, "pop", "x=", 1L)));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", Show(CallOn(list, "pop", "a")));
        Assert.Equal("TypeError: insert expected 2 arguments, got 1", Show(CallOn(list, "insert", 1L)));
        Assert.Equal("<method 'append' of 'list' objects>", Show(PyList.Type.tp_dict.GetItemString("append")));
    }

    [Fact]
    public void Suggestions()
    {
        Assert.Equal("sep", Sharpy.Runtime.Suggestions.Calculate(new[] { "sep", "maxsplit" }, "sepp"));
        Assert.Equal("keepends", Sharpy.Runtime.Suggestions.Calculate(new[] { "keepends" }, "Keepends"));
        Assert.Null(Sharpy.Runtime.Suggestions.Calculate(new[] { "count" }, "old"));
        Assert.Null(Sharpy.Runtime.Suggestions.Calculate(new[] { "rel_tol", "abs_tol" }, "x"));
    }
}
