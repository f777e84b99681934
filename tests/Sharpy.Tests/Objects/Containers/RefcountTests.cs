using System;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

/// <summary>
/// DESIGN.md invariant 3: every container owns one reference to each item and releases it
/// exactly once. Each test puts fresh (non-immortal) objects through an operation, drops
/// every container involved, and checks the items' counts are back where they started.
/// The containers made with L and T are the body's temporaries: Balanced drops them (a
/// second drop in the body would be a DECREF of a dead object, which Debug builds catch).
/// </summary>
public class RefcountTests : ContainerTestBase
{
    static readonly System.Collections.Generic.List<PyObject> s_temps = new();

    /// <summary>A list that is dropped when the test body ends (temporaries passed as arguments).</summary>
    static new PyList L(params PyObject[] items)
    {
        var l = PyList.FromBorrowed(items);
        s_temps.Add(l);
        return l;
    }

    static new PyTuple T(params PyObject[] items)
    {
        var t = PyTuple.FromBorrowed(items);
        s_temps.Add(t);
        return t;
    }

    static void Balanced(Action<PyObject, PyObject> body)
    {
        var x = S("payload-x");
        var y = S("payload-y");
        body(x, y);
        AssertNoError();
        foreach (var t in s_temps) Py.DECREF(t);
        s_temps.Clear();
        Assert.Equal(1, x.ob_refcnt);
        Assert.Equal(1, y.ob_refcnt);
    }

    static void Drop(params PyObject?[] objs)
    {
        foreach (var o in objs) Py.XDECREF(o);
    }

    [Fact]
    public void ListOperations()
    {
        Balanced((x, y) =>
        {
            var l = L(x, y, x);
            Assert.Equal(3, x.ob_refcnt);
            var popped = PyList.PopMethod(l, 0)!;
            Assert.Same(x, popped);
            Drop(popped);
            Assert.Equal(2, x.ob_refcnt);
            PyList.InsertMethod(l, 0, y);
            PyList.AppendMethod(l, x);
            Assert.Equal(0, Abstract.DelItem(l, Slice(0, 2)));
            Assert.Equal(0, Abstract.SetItem(l, Slice(0, 1), L(y, y)));
            Assert.Equal(0, Abstract.SetItem(l, Slice(null, null, 2), L(x, x)));
            Assert.Equal(0, Abstract.DelItem(l, Slice(null, null, -2)));
            Assert.Equal(0, Abstract.SetItem(l, I(0), y));
            PyList.RemoveMethod(l, y);
            var copy = PyList.CopyMethod(l);
            var cat = Abstract.BinaryOp(l, L(x, y), NbOp.ADD);
            var rep = Abstract.BinaryOp(l, I(3), NbOp.MULTIPLY);
            Drop(Abstract.BinaryOp(l, I(4), NbOp.INPLACE_MULTIPLY));
            Drop(Abstract.BinaryOp(l, T(x, y), NbOp.INPLACE_ADD));
            var slice = Sub(l, Slice(null, null, -1));
            var t = l.ToTuple();
            Drop(copy, cat, rep, slice, t);
        });
    }

    [Fact]
    public void ListSortReleasesKeysAndSurvivesErrors()
    {
        Balanced((x, y) =>
        {
            var l = L(y, x, y, x);
            var key = new PyCFunction("k", "k", (s, a, k) => PyTuple.FromBorrowed([a[0].AsBorrowed, I(1)]), null, null);
            var r = PyList.SortMethod(l, key, true);
            Assert.True(r == Py.None, ErrorText());
            var bad = L(x, I(1), y);
            Assert.Null(PyList.SortMethod(bad));
            Errors.Clear();
            Assert.Equal(3, bad.Count);
            Drop(key);
        });
    }

    [Fact]
    public void IteratorsReleaseTheirContainers()
    {
        Balanced((x, y) =>
        {
            var l = L(x, y);
            var it = Abstract.GetIter(l)!;
            Drop(Abstract.IterNext(it), Abstract.IterNext(it));
            Assert.Null(Abstract.IterNext(it));
            Assert.Equal(1, l.ob_refcnt); // the exhausted iterator let go of the list
            var rev = PyReversed.New(PyReversed.Type, l)!;
            var en = Call(PyEnumerate.Type, l)!;
            Drop(Abstract.IterNext(en), rev, en, it);
        });
    }

    [Fact]
    public void TupleOperations()
    {
        Balanced((x, y) =>
        {
            var t = T(x, y);
            var cat = Abstract.BinaryOp(t, T(y), NbOp.ADD);
            var rep = Abstract.BinaryOp(t, I(2), NbOp.MULTIPLY);
            var sl = Sub(t, Slice(null, null, -1));
            var fromList = Call(PyTuple.Type, L(x, y));
            Drop(cat, rep, sl, fromList);
        });
    }

    [Fact]
    public void DictOperations()
    {
        Balanced((x, y) =>
        {
            var d = PyDict.New();
            d.SetItem(x, y);
            d.SetItem(y, x);
            d.SetItem(x, x); // replaces a value
            Assert.Equal(4, x.ob_refcnt);
            var copy = d.Copy();
            var merged = Abstract.BinaryOp(d, copy, NbOp.OR);
            var v = PyDict.PopMethod(d, y)!;
            Drop(v);
            var item = PyDict.PopItemMethod(copy)!;
            Drop(item);
            Drop(PyDict.SetDefaultMethod(d, y, y), PyDict.GetMethod(d, x));
            var keys = PyDict.KeysMethod(d)!;
            var items = PyDict.ItemsMethod(d)!;
            var itemList = ListOf(items);
            var fk = PyDict.FromKeys(PyDict.Type, L(x, y), y);
            var upd = PyDict.New();
            PyDict.UpdateMethod(upd, Args(L(T(x, y)), y), T(PyUnicode.Intern("kw")));
            Assert.Equal(0, d.DelItem(x));
            var revIt = PyDict.ReversedMethod(d)!;
            Drop(Abstract.IterNext(revIt), revIt);
            PyDict.ClearMethod(copy);
            Drop(keys, items, itemList, fk, upd, merged, copy, d);
        });
    }

    [Fact]
    public void DictResizeKeepsCounts()
    {
        Balanced((x, y) =>
        {
            var d = PyDict.New();
            for (int i = 0; i < 200; i++) d.SetItem(I(i), i % 2 == 0 ? x : y);
            for (int i = 0; i < 200; i += 3) d.DelItem(I(i));
            for (int i = 1000; i < 1100; i++) d.SetItem(I(i), x);
            Drop(d);
        });
    }

    [Fact]
    public void SetOperations()
    {
        Balanced((x, y) =>
        {
            var s = PySet.FromIterable(L(x, y, x))!;
            Assert.Equal(4, x.ob_refcnt);
            var other = PySet.FromIterable(L(y))!;
            var u = Abstract.BinaryOp(s, other, NbOp.OR)!;
            var n = Abstract.BinaryOp(s, other, NbOp.AND);
            var df = Abstract.BinaryOp(s, other, NbOp.SUBTRACT);
            var sx = Abstract.BinaryOp(s, other, NbOp.XOR);
            Drop(Abstract.BinaryOp(u, other, NbOp.INPLACE_AND));
            Drop(Abstract.BinaryOp(u, other, NbOp.INPLACE_XOR));
            var fs = Call(PyFrozenSet.Type, s);
            Assert.NotEqual(-1, Abstract.Hash(fs!));
            Assert.Equal(1, s.Discard(x));
            var popped = s.Pop();
            Drop(popped);
            var big = PySet.NewEmpty();
            for (int i = 0; i < 100; i++) big.Add(I(i));
            big.Add(x);
            big.Add(y);
            for (int i = 0; i < 100; i++) big.Discard(I(i));
            Drop(PySet.CopyMethod(big), PySet.DifferenceMethod(big, Args(L(x)), null));
            Drop(s, other, u, n, df, sx, fs, big);
        });
    }

    [Fact]
    public void NestedContainersReleaseOnDeath()
    {
        Balanced((x, y) =>
        {
            var inner = L(x);
            var d = PyDict.New();
            d.SetItem(y, inner);
            var t = T(d, inner);
            Py.DECREF(d);
            Assert.Equal(2, x.ob_refcnt); // inner's own (a temporary until the body ends) and the list's
        });
    }
}
