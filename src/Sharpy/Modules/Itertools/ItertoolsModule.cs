using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>
/// The `itertools` module (Modules/itertoolsmodule.c): the iterator types, each in the file of
/// its family (Infinite.cs, Filtering.cs, Chaining.cs, GroupBy.cs, Tee.cs, Combinatoric.cs),
/// and tee(). 3.14 no longer pickles them: no __reduce__, __setstate__ or __copy__ except on _tee.
/// </summary>
[PyModule("itertools")]
public static partial class ItertoolsModule
{
    [PyConstant("count")] static PyObject Count => Py.NewRef(CountObject.Type);
    [PyConstant("cycle")] static PyObject Cycle => Py.NewRef(CycleObject.Type);
    [PyConstant("repeat")] static PyObject Repeat => Py.NewRef(RepeatObject.Type);
    [PyConstant("accumulate")] static PyObject Accumulate => Py.NewRef(AccumulateObject.Type);
    [PyConstant("batched")] static PyObject Batched => Py.NewRef(BatchedObject.Type);
    [PyConstant("chain")] static PyObject Chain => Py.NewRef(ChainObject.Type);
    [PyConstant("compress")] static PyObject Compress => Py.NewRef(CompressObject.Type);
    [PyConstant("dropwhile")] static PyObject DropWhile => Py.NewRef(DropWhileObject.Type);
    [PyConstant("takewhile")] static PyObject TakeWhile => Py.NewRef(TakeWhileObject.Type);
    [PyConstant("filterfalse")] static PyObject FilterFalse => Py.NewRef(FilterFalseObject.Type);
    [PyConstant("groupby")] static PyObject GroupBy => Py.NewRef(GroupByObject.Type);
    [PyConstant("_grouper")] static PyObject Grouper => Py.NewRef(GrouperObject.Type);
    [PyConstant("islice")] static PyObject ISlice => Py.NewRef(ISliceObject.Type);
    [PyConstant("pairwise")] static PyObject Pairwise => Py.NewRef(PairwiseObject.Type);
    [PyConstant("starmap")] static PyObject StarMap => Py.NewRef(StarMapObject.Type);
    [PyConstant("zip_longest")] static PyObject ZipLongest => Py.NewRef(ZipLongestObject.Type);
    [PyConstant("_tee")] static PyObject TeeType => Py.NewRef(TeeObject.Type);
    [PyConstant("_tee_dataobject")] static PyObject TeeDataType => Py.NewRef(TeeDataObject.Type);
    [PyConstant("product")] static PyObject Product => Py.NewRef(ProductObject.Type);
    [PyConstant("permutations")] static PyObject Permutations => Py.NewRef(PermutationsObject.Type);
    [PyConstant("combinations")] static PyObject Combinations => Py.NewRef(CombinationsObject.Type);
    [PyConstant("combinations_with_replacement")] static PyObject CombinationsWithReplacement => Py.NewRef(CwrObject.Type);

    /// <summary>tee(iterable, n=2, /): n independent iterators over one iterable.</summary>
    [PyMethod("tee")]
    static PyObject? Tee(PyObject iterable, long n = 2)
    {
        if (n < 0) return Errors.SetString(PyExc.ValueError, "n must be >= 0");
        if (n == 0) return Py.NewRef(PyTuple.Empty);
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        var first = TeeObject.FromIterable(it);
        Py.DECREF(it);
        if (first == null) return null;
        var items = new PyObject[n];
        items[0] = first;
        for (long i = 1; i < n; i++) items[i] = first.Copy();
        return PyTuple.FromStolen(items);
    }
}

/// <summary>Argument checks the itertools constructors share.</summary>
static class ItertoolsArgs
{
    /// <summary>
    /// The constructors that take no keywords refuse them unless a subclass defines its own
    /// __init__ (which may want them), as CPython's clinic code does with _PyArg_NoKeywords.
    /// </summary>
    public static bool NoKeywords(string name, PyType type, PyType baseType, PyTuple? kwnames)
    {
        if (!ArgParse.HasKeywords(kwnames)) return true;
        if (type != baseType && type.tp_init != baseType.tp_init) return true;
        ArgParse.NoKeywords(name);
        return false;
    }

    /// <summary>Positional-only constructor arguments: count check, then no keywords.</summary>
    public static bool Positional(string name, PyType type, PyType baseType, ReadOnlySpan<StackRef> args, PyTuple? kwnames, int min, int max)
        => NoKeywords(name, type, baseType, kwnames)
           && ArgParse.CheckPositional(name, ArgParse.NArgs(args, kwnames), min, max);

    /// <summary>A result tuple refilled in place: its old item <paramref name="i"/> is released after the new one is stored.</summary>
    public static void Replace(PyObject[] items, int i, PyObject item)
    {
        var old = items[i];
        items[i] = item;
        Py.DECREF(old);
    }

    /// <summary>
    /// The result tuple to refill for the next step: the same one when the iterator holds its
    /// only reference (the caller dropped the previous result), else a copy, as CPython does.
    /// </summary>
    public static PyTuple Reusable(ref PyTuple result)
    {
        if (result.ob_refcnt > 1)
        {
            var copy = PyTuple.FromBorrowed(result.Items);
            Py.SETREF(ref result!, copy);
        }
        else result.Recycle();
        return result;
    }
}
