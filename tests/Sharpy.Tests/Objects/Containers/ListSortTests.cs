using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

/// <summary>A test object whose __lt__ records every comparison, as `class K: def __lt__` would.</summary>
public sealed class Logged : PyObject
{
    public static readonly PyType LoggedType = MakeType();
    public static readonly List<(long, long)> Log = new();
    public readonly long V;

    public Logged(long v) : base(LoggedType) { V = v; }

    static PyType MakeType()
    {
        var t = TypeReady.NewStaticType("K", typeof(Logged), PyBaseObject.Type, false, null);
        t.tp_dict = PyDict.New();
        t.tp_richcompare = (a, b, op) =>
        {
            if (op != CompareOp.Lt || a is not Logged x || b is not Logged y) return Py.NotImplemented;
            Log.Add((x.V, y.V));
            return Py.NewBool(x.V < y.V);
        };
        TypeReady.Ready(t);
        return t;
    }
}

// Expected orders and comparison sequences come from /work/shared/tools/cpython314.
public class ListSortTests : ContainerTestBase
{
    static readonly long[] s_vals =
    {
        41, 19, 50, 83, 6, 9, 68, 12, 46, 74, 7, 64, 27, 4, 11, 55, 53, 8, 30, 11, 70, 54, 7, 72, 15, 28, 80, 80, 74, 7, 73, 74, 50, 6, 28, 5, 71, 17, 37, 53, 18, 69, 15, 73, 39, 71, 87, 23, 13, 74, 73, 81, 24, 47, 12, 70, 91, 8, 72, 7, 79, 26, 63, 87, 68, 54, 99, 40, 59, 74, 58, 46, 38, 31, 23, 89, 99, 31, 10, 73, 38, 67, 63, 43, 93, 57, 36, 77, 9, 15, 65, 53, 21, 96, 43, 19, 62, 53, 5, 85, 9, 97, 71, 73, 40, 43, 88, 44, 76, 63, 74, 58, 8, 11, 34, 60, 89, 85, 8, 7, 93, 89, 39, 82, 73, 87, 57, 36, 91, 49, 85, 44, 2, 59, 45, 21, 78, 14, 63, 7, 27, 98, 36, 16, 94, 31, 50, 50, 63, 10, 21, 57, 51, 70, 35, 17, 55, 70, 35, 90, 53, 45, 87, 48, 29, 19, 10, 22, 19, 29, 84, 29, 1, 62, 75, 23, 33, 36, 0, 18, 53, 68, 47, 78, 72, 40, 16, 88, 65, 79, 83, 86, 94, 6, 58, 99, 87, 71, 50, 50, 51, 50, 13, 61, 81, 51, 7, 24, 8, 26, 56, 20, 14, 43, 76, 6, 13, 0, 72, 19, 68, 12, 46, 78, 3, 9, 26, 78, 48, 19, 81, 32, 44, 77, 46, 60, 15, 14, 62, 59, 61, 61, 39, 10, 18, 13, 95, 43, 94, 33, 61, 88, 20, 66, 2, 26, 67, 46, 18, 88, 69, 3, 97, 67, 38, 82, 11, 89, 33, 66, 46, 21, 45, 98, 28, 68, 69, 99, 64, 42, 81, 28, 78, 97, 24, 30, 51, 94, 29, 25, 66, 63, 45, 93, 3, 3, 35, 60, 33, 24,
    };

    static PyList LoggedList(IEnumerable<long> vs)
    {
        var l = PyList.New();
        foreach (var v in vs) l.AppendSteal(new Logged(v));
        return l;
    }

    static PyObject KeyFunc(Func<PyObject, PyObject?> f) =>
        new PyCFunction("key", "key", (self, args, kw) => f(args[0].AsBorrowed), null, null);

    [Fact]
    public void SortsIntsAndReverses()
    {
        var a = Ints(5, 2, 8, 1, 9, 3);
        Assert.Same(Py.None, PyList.SortMethod(a));
        Assert.Equal("[1, 2, 3, 5, 8, 9]", Repr(a));
        PyList.SortMethod(a, reverse: true);
        Assert.Equal("[9, 8, 5, 3, 2, 1]", Repr(a));
    }

    [Fact]
    public void KeySortIsStableForwardAndReversed()
    {
        var a = L(S("bb"), S("a"), S("ccc"), S("dd"), S("e"));
        var byLen = KeyFunc(o => I(((PyUnicode)o).Value.Length));
        PyList.SortMethod(a, byLen);
        Assert.Equal("['a', 'e', 'bb', 'dd', 'ccc']", Repr(a));
        PyList.SortMethod(a, byLen, true);
        Assert.Equal("['ccc', 'bb', 'dd', 'a', 'e']", Repr(a));
    }

    [Fact]
    public void ComparisonSequenceMatchesCPython()
    {
        Logged.Log.Clear();
        var l = LoggedList(s_vals);
        Assert.Same(Py.None, PyList.SortMethod(l));
        Assert.Equal(2094, Logged.Log.Count);
        long cs = 0;
        const long mod = (1L << 61) - 1;
        foreach (var (a, b) in Logged.Log) cs = (long)(((System.Numerics.BigInteger)cs * 1000003 + a * 101 + b) % mod);
        Assert.Equal(2154908911573325533L, cs);
        Assert.Equal(new (long, long)[] { (19, 41), (50, 19), (19, 50), (50, 41), (83, 50), (6, 83), (6, 50), (6, 41), (6, 19), (9, 41) },
            Logged.Log.GetRange(0, 10).ToArray());
        for (int i = 1; i < l.Count; i++) Assert.True(((Logged)l.Items[i - 1]).V <= ((Logged)l.Items[i]).V);
    }

    [Fact]
    public void DescendingRunsWithEqualItems()
    {
        Logged.Log.Clear();
        var l = LoggedList(new long[] { 5, 5, 4, 4, 4, 3, 9, 9, 1, 0, 0, 2 });
        PyList.SortMethod(l);
        var order = new List<long>();
        foreach (var o in l.AsSpan()) order.Add(((Logged)o).V);
        Assert.Equal(new long[] { 0, 0, 1, 2, 3, 4, 4, 4, 5, 5, 9, 9 }, order);
        Assert.Equal(new (long, long)[]
        {
            (5, 5), (4, 5), (5, 5), (4, 4), (4, 4), (4, 4), (4, 4), (3, 4), (9, 3), (3, 9), (9, 5), (9, 9), (1, 9), (1, 5),
            (1, 4), (1, 4), (1, 3), (0, 4), (0, 4), (0, 3), (0, 1), (0, 4), (0, 3), (0, 1), (0, 0), (2, 4), (2, 1), (2, 4), (2, 3),
        }, Logged.Log.ToArray());

        Logged.Log.Clear();
        var vs = new List<long>();
        for (long i = 100; i > 0; i--) vs.Add(i);
        for (long i = 0; i < 50; i++) vs.Add(i);
        PyList.SortMethod(LoggedList(vs), reverse: true);
        Assert.Equal(260, Logged.Log.Count);
    }

    [Fact]
    public void ErrorsAndModificationDuringSort()
    {
        var a = L(I(1), S("a"));
        AssertRaised("TypeError: '<' not supported between instances of 'str' and 'int'", PyList.SortMethod(a));
        Assert.Equal(2, a.Count);

        var b = Ints(3, 2, 1);
        var appender = KeyFunc(o => { b.Append(I(1)); return Py.NewRef(o); });
        AssertRaised("ValueError: list modified during sort", PyList.SortMethod(b, appender));
        Assert.Equal("[1, 2, 3]", Repr(b));

        b = Ints(3, 2, 1);
        var appendNone = KeyFunc(o => { b.Append(I(1)); return Py.None; });
        AssertRaised("TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'", PyList.SortMethod(b, appendNone));
        Assert.Equal("[3, 2, 1]", Repr(b));
    }

    [Fact]
    public void LargeRandomIntSortIsOrdered()
    {
        var r = new Random(5);
        var l = PyList.New();
        for (int i = 0; i < 5000; i++) l.AppendSteal(I(r.Next(-1000000, 1000000)));
        PyList.SortMethod(l);
        for (int i = 1; i < l.Count; i++) Assert.True(((PyLong)l.Items[i - 1]).Value <= ((PyLong)l.Items[i]).Value);
    }
}
