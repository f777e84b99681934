using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Tests.Generators;

/// <summary>
/// A test-only builtin type whose methods mirror the signatures of CPython builtins, so
/// the generated argument parsing can be compared with CPython's messages. Each method
/// returns a tuple of what it received.
/// </summary>
[PyType("sharpy_test.Thing")]
public sealed partial class TestThing : PyObject
{
    public long Value;

    public TestThing() : base(Type) { }

    static PyObject Box(object? v) => v switch
    {
        null => Py.None,
        PyObject o => Py.NewRef(o),
        long l => PyLong.FromLong(l),
        int i => PyLong.FromLong(i),
        double d => PyFloat.FromDouble(d),
        bool b => b ? PyBool.True : PyBool.False,
        string s => PyUnicode.FromString(s),
        _ => throw new ArgumentException("unboxable"),
    };

    static PyObject? Tuple(params object?[] items)
    {
        var arr = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) arr[i] = Box(items[i]);
        return PyTuple.FromStolen(arr);
    }

    // list.clear: METH_NOARGS
    [PyMethod("clear")]
    static PyObject? Clear(TestThing self) => Tuple();

    // list.append: METH_O
    [PyMethod("append")]
    static PyObject? Append(TestThing self, PyObject obj) => Tuple(obj);

    // str.zfill: METH_O with a converter
    [PyMethod("zfill")]
    static PyObject? Zfill(PyObject self, long width) => Tuple(width);

    // str.removeprefix: METH_O with a type check
    [PyMethod("removeprefix")]
    static PyObject? RemovePrefix(PyObject self, PyUnicode prefix) => Tuple(prefix);

    // list.pop: positional-only, optional
    [PyMethod("pop")]
    static PyObject? Pop(TestThing self, long index = -1) => Tuple(index);

    // list.insert: two positional-only
    [PyMethod("insert")]
    static PyObject? Insert(TestThing self, long index, PyObject obj) => Tuple(index, obj);

    // list.index-like: required then optional
    [PyMethod("index")]
    static PyObject? Index(TestThing self, PyObject value, PyObject? start = null, PyObject? stop = null) => Tuple(value, start, stop);

    // str.replace(old, new, /, count=-1)
    [PyMethod("replace")]
    static PyObject? Replace(PyObject self, string old, string @new, [Keyword] long count = -1) => Tuple(old, @new, count);

    // str.split(sep=None, maxsplit=-1)
    [PyMethod("split")]
    static PyObject? Split(PyObject self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1) => Tuple(sep, maxsplit);

    // str.encode(encoding='utf-8', errors='strict')
    [PyMethod("encode")]
    static PyObject? Encode(PyObject self, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict") => Tuple(encoding, errors);

    // str.splitlines(keepends=False)
    [PyMethod("splitlines")]
    static PyObject? SplitLines(PyObject self, [Keyword] bool keepends = false) => Tuple(keepends);

    // str.expandtabs(tabsize=8)
    [PyMethod("expandtabs")]
    static PyObject? ExpandTabs(PyObject self, [Keyword] int tabsize = 8) => Tuple(tabsize);

    // list.sort(*, key=None, reverse=False)
    [PyMethod("sort")]
    static PyObject? Sort(TestThing self, [KeywordOnly] PyObject? key = null, [KeywordOnly] bool reverse = false) => Tuple(key, reverse);

    // math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    [PyMethod("isclose")]
    static PyObject? IsClose(PyObject self, [Keyword] double a, [Keyword] double b, [KeywordOnly] double rel_tol = 1e-09, [KeywordOnly] double abs_tol = 0.0)
        => Tuple(a, b, rel_tol, abs_tol);

    // int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod
    [PyMethod("from_bytes", Class = true)]
    static PyObject? FromBytes(PyType cls, [Keyword] PyObject bytes, [Keyword] string byteorder = "big", [KeywordOnly] bool signed = false)
        => Tuple(cls, bytes, byteorder, signed);

    // str.maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /): a staticmethod
    [PyMethod("maketrans", Static = true)]
    static PyObject? MakeTrans(PyObject x, PyObject? y = null, PyObject? z = null) => Tuple(x, y, z);

    // A required keyword-only parameter.
    [PyMethod("kwonly")]
    static PyObject? KwOnly(PyObject self, PyObject a, [KeywordOnly] PyObject key) => Tuple(a, key);

    // Nullable value types: absent is null.
    [PyMethod("maybe")]
    static PyObject? Maybe(PyObject self, [Keyword] long? n = null, [Keyword] double? x = null, [Keyword] string? s = null)
        => Tuple(n, x, s);

    // *args and keyword-only parameters (print(*args, sep=None, end=None)).
    [PyMethod("vprint")]
    static PyObject? VPrint(PyObject self, [VarArgs] PyTuple args, [KeywordOnly] PyObject? sep = null, [KeywordOnly] PyObject? end = null)
        => Tuple(args, sep, end);

    // *args and **kwargs after positional-only parameters (__build_class__(func, name, /, *bases, **kwds)).
    [PyMethod("build")]
    static PyObject? Build(PyObject self, PyObject func, PyObject name, [VarArgs] PyTuple bases, [VarKeywords] PyDict? kwds)
        => Tuple(func, name, bases, kwds);

    // *args after positional-only parameters, no keywords (min-like).
    [PyMethod("least")]
    static PyObject? Least(PyObject self, PyObject first, [VarArgs] PyTuple rest) => Tuple(first, rest);

    // Converters supplied by their types: path_t (with an fd), fildes, Py_buffer.
    [PyMethod("stat")]
    static PyObject? Stat(PyObject self, [Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path)
        => Tuple(path.Str, path.Bytes == null ? null : (long)path.Bytes.Length, (long)path.Fd);

    [PyMethod("listdir")]
    static PyObject? ListDir(PyObject self, [Keyword, ConverterFlags(PathArg.AllowFd | PathArg.Nullable)] PathArg? path = null)
        => Tuple(path is { } p ? (p.IsNone ? "None" : p.Str) : "absent");

    [PyMethod("fileno")]
    static PyObject? FileNo(PyObject self, Fildes fd) => Tuple((long)fd.Fd);

    [PyMethod("write")]
    static long Write(PyObject self, BufferArg data) => data.Length;

    // Return converters: void, bool, long (-1 with an exception is an error), double.
    [PyMethod("rvoid")]
    static void RVoid(PyObject self) { }

    [PyMethod("rbool")]
    static bool RBool(PyObject self, long v) => v > 0;

    [PyMethod("rlong")]
    static long RLong(PyObject self, long v, bool fail = false)
    {
        if (fail) Errors.SetString(PyExc.ValueError, "failed");
        return fail ? -1 : v;
    }

    [PyMethod("rdouble")]
    static double RDouble(PyObject self, double x) => x / 2;

    // A keyword whose Python name is a C# keyword.
    [PyMethod("kwname")]
    static PyObject? KwName(PyObject self, [Keyword("from")] PyObject source, [KeywordOnly("default")] PyObject? fallback = null) => Tuple(source, fallback);

    // The raw form: the call's arguments, unparsed.
    [PyMethod("raw", Raw = "the test of the raw form")]
    static PyObject? Raw(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Tuple((long)args.Length, kwnames);

    [PyGetter("value", Doc = "the value")]
    static PyObject? GetValue(TestThing self) => PyLong.FromLong(self.Value);

    [PySetter("value")]
    static int SetValue(TestThing self, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "can't delete value");
            return -1;
        }
        if (!ArgParse.ToSsize(value, out long v)) return -1;
        self.Value = v;
        return 0;
    }

    [PyGetter("readonly")]
    static PyObject? GetReadOnly(PyObject self) => PyLong.FromLong(42);
}

/// <summary>A test-only builtin module.</summary>
[PyModule("_sharpy_testmod", Doc = "A module for the generator's tests.")]
public static partial class TestModule
{
    public static int InitCalls;

    [PyConstant] public const int ENOENT = 2;
    [PyConstant("MAXSIZE")] const long MaxSize = long.MaxValue;
    [PyConstant("pi")] static readonly double Pi = Math.PI;
    [PyConstant] const string sep = "/";
    [PyConstant("flag")] const bool Flag = true;
    [PyConstant("Thing")] static PyObject ThingType => Py.NewRef(TestThing.Type);

    static int InitModule(PyModule m)
    {
        InitCalls++;
        return m.Dict.SetItemString("ANSWER", PyLong.FromLong(42));
    }

    // math.sqrt-like: METH_O with a double
    [PyMethod("sqrt", Doc = "Return the square root of x.")]
    static PyObject? Sqrt(double x) => PyFloat.FromDouble(Math.Sqrt(x));

    // receives the module
    [PyMethod("whoami")]
    static PyObject? WhoAmI(PyModule module) => Py.NewRef(module);

    // math.isclose-like keywords
    [PyMethod("isclose")]
    static PyObject? IsClose([Keyword] double a, [Keyword] double b, [KeywordOnly] double rel_tol = 1e-09)
        => Math.Abs(a - b) <= rel_tol * Math.Max(Math.Abs(a), Math.Abs(b)) ? PyBool.True : PyBool.False;

    // the raw form with the module first
    [PyMethod("count", Raw = "the test of the raw form")]
    static PyObject? Count(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyLong.FromLong(args.Length);
}
