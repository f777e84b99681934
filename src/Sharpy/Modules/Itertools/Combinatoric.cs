using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

// The combinatoric iterators. Each keeps its result tuple and refills it in place when the
// caller has dropped the previous one (ItertoolsArgs.Reusable), as CPython does.

/// <summary>`itertools.product(*iterables, repeat=1)`: the Cartesian product, odometer order.</summary>
[PyType("itertools.product", BaseType = true)]
public sealed partial class ProductObject : PyObject
{
    PyTuple[] _pools = [];
    long[] _indices = [];
    PyTuple? _result;
    bool _stopped;

    ProductObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        long repeat = 1;
        if (nkw > 0)
        {
            if (nkw > 1)
                return Errors.SetString(PyExc.TypeError, $"product() takes at most 1 keyword argument ({nkw} given)");
            var key = (PyUnicode)kwnames!.Items[0];
            if (key.Value != "repeat")
            {
                var suggestion = Suggestions.Calculate(["repeat"], key.Value);
                return Errors.SetString(PyExc.TypeError, suggestion == null
                    ? $"product() got an unexpected keyword argument '{key.Value}'"
                    : $"product() got an unexpected keyword argument '{key.Value}'. Did you mean '{suggestion}'?");
            }
            if (!ArgParse.ToSsize(args[nargs].AsBorrowed, out repeat)) return null;
            if (repeat < 0) return Errors.SetString(PyExc.ValueError, "repeat argument cannot be negative");
        }
        if (repeat == 0) nargs = 0;
        else if (nargs > 0 && repeat > Array.MaxLength / 8 / nargs)
            return Errors.SetString(PyExc.OverflowError, "repeat argument too large");
        int npools = (int)(nargs * repeat);
        var pools = new PyTuple[npools];
        for (int i = 0; i < nargs; i++)
        {
            var pool = PyTuple.FromIterable(args[i].AsBorrowed);
            if (pool == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(pools[j]);
                return null;
            }
            pools[i] = pool;
        }
        for (int i = nargs; i < npools; i++) pools[i] = Py.NewRef(pools[i - nargs]);
        return new ProductObject(type) { _pools = pools, _indices = new long[npools] };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var p = (ProductObject)self;
        if (p._stopped) return null;
        var pools = p._pools;
        int npools = pools.Length;
        if (p._result == null)
        {
            // The first result: the first item of every pool.
            var items = new PyObject[npools];
            for (int i = 0; i < npools; i++)
            {
                if (pools[i].Count == 0)
                {
                    for (int j = 0; j < i; j++) Py.DECREF(items[j]);
                    p._stopped = true;
                    return null;
                }
                items[i] = Py.NewRef(pools[i].Items[0]);
            }
            p._result = PyTuple.FromStolen(items);
        }
        else
        {
            var result = ItertoolsArgs.Reusable(ref p._result);
            var indices = p._indices;
            // Advance the indices right to left, like an odometer.
            int i;
            for (i = npools - 1; i >= 0; i--)
            {
                var pool = pools[i];
                if (++indices[i] == pool.Count)
                {
                    indices[i] = 0;
                    ItertoolsArgs.Replace(result.Items, i, Py.NewRef(pool.Items[0]));
                }
                else
                {
                    ItertoolsArgs.Replace(result.Items, i, Py.NewRef(pool.Items[indices[i]]));
                    break;
                }
            }
            if (i < 0)
            {
                p._stopped = true;
                return null;
            }
        }
        return Py.NewRef(p._result);
    }

    protected internal override void ReleaseReferences()
    {
        var pools = _pools;
        _pools = [];
        foreach (var pool in pools) Py.DECREF(pool);
        Py.CLEAR(ref _result);
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var pool in _pools) visit(pool);
        if (_result != null) visit(_result);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>What combinations, combinations_with_replacement and permutations share: the pool, r and the result.</summary>
public abstract class PoolIterator : PyObject
{
    protected PyTuple? _pool;
    protected int _r;
    protected int[] _indices = [];
    protected PyTuple? _result;
    protected bool _stopped;

    protected PoolIterator(PyType type) : base(type) { }

    /// <summary>The pool of <paramref name="iterable"/>'s items and r; false with an exception set on error.</summary>
    protected bool Init(PyObject iterable, long r)
    {
        _pool = PyTuple.FromIterable(iterable);
        if (_pool == null) return false;
        if (r < 0)
        {
            Errors.SetString(PyExc.ValueError, "r must be non-negative");
            return false;
        }
        if (r > Array.MaxLength)
        {
            // CPython fails to allocate the indices for such an r.
            Errors.NoMemory();
            return false;
        }
        _r = (int)r;
        return true;
    }

    /// <summary>The first result: the pool items at the first r indices.</summary>
    protected PyObject FirstResult()
    {
        var items = new PyObject[_r];
        for (int i = 0; i < _r; i++) items[i] = Py.NewRef(_pool!.Items[_indices[i]]);
        _result = PyTuple.FromStolen(items);
        return Py.NewRef(_result);
    }

    /// <summary>Mark the iterator exhausted and report the end.</summary>
    protected PyObject? Stop()
    {
        _stopped = true;
        return null;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _pool);
        Py.CLEAR(ref _result);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_pool != null) visit(_pool);
        if (_result != null) visit(_result);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools.combinations(iterable, r)`: r-length subsequences in lexicographic order.</summary>
[PyType("itertools.combinations", BaseType = true)]
public sealed partial class CombinationsObject : PoolIterator
{

    CombinationsObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject iterable, [Keyword] long r)
    {
        var c = new CombinationsObject(type);
        if (!c.Init(iterable, r))
        {
            Py.DECREF(c);
            return null;
        }
        c._indices = new int[c._r];
        for (int i = 0; i < c._r; i++) c._indices[i] = i;
        c._stopped = c._r > c._pool!.Count;
        return c;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var c = (CombinationsObject)self;
        if (c._stopped || c._pool == null) return null;
        if (c._result == null) return c.FirstResult();
        var result = ItertoolsArgs.Reusable(ref c._result);
        var pool = c._pool.Items;
        var indices = c._indices;
        int n = pool.Length, r = c._r;
        // Find the rightmost index not at its maximum (i + n - r).
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) i--;
        if (i < 0) return c.Stop();
        indices[i]++;
        for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        for (; i < r; i++) ItertoolsArgs.Replace(result.Items, i, Py.NewRef(pool[indices[i]]));
        return Py.NewRef(result);
    }
}

/// <summary>`itertools.combinations_with_replacement(iterable, r)`.</summary>
[PyType("itertools.combinations_with_replacement", BaseType = true)]
public sealed partial class CwrObject : PoolIterator
{

    CwrObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject iterable, [Keyword] long r)
    {
        var c = new CwrObject(type);
        if (!c.Init(iterable, r))
        {
            Py.DECREF(c);
            return null;
        }
        c._indices = new int[c._r];
        c._stopped = c._pool!.Count == 0 && c._r > 0;
        return c;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var c = (CwrObject)self;
        if (c._stopped || c._pool == null) return null;
        if (c._result == null) return c.FirstResult();
        var result = ItertoolsArgs.Reusable(ref c._result);
        var pool = c._pool.Items;
        var indices = c._indices;
        int n = pool.Length, r = c._r;
        // Find the rightmost index not at its maximum (n - 1).
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) i--;
        if (i < 0) return c.Stop();
        int index = indices[i] + 1;
        var elem = pool[index];
        for (; i < r; i++)
        {
            indices[i] = index;
            ItertoolsArgs.Replace(result.Items, i, Py.NewRef(elem));
        }
        return Py.NewRef(result);
    }
}

/// <summary>`itertools.permutations(iterable, r=None)`: r-length orderings, by rotating cycles.</summary>
[PyType("itertools.permutations", BaseType = true)]
public sealed partial class PermutationsObject : PoolIterator
{
    int[] _cycles = [];

    PermutationsObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject iterable, [Keyword("r")] PyObject? rArg = null)
    {
        var pool = PyTuple.FromIterable(iterable);
        if (pool == null) return null;
        long r = pool.Count;
        if (rArg != null && rArg != Py.None)
        {
            if (rArg is not PyLong rl)
            {
                Py.DECREF(pool);
                return Errors.SetString(PyExc.TypeError, "Expected int as r");
            }
            if (!rl.TryGetLong(out r))
            {
                Py.DECREF(pool);
                return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }
        }
        var p = new PermutationsObject(type);
        // Init makes the pool again from the tuple (the same object: FromIterable of an exact tuple).
        bool ok = p.Init(pool, r);
        Py.DECREF(pool);
        if (!ok)
        {
            Py.DECREF(p);
            return null;
        }
        int n = p._pool!.Count;
        p._indices = new int[n];
        for (int i = 0; i < n; i++) p._indices[i] = i;
        p._cycles = new int[Math.Min(p._r, n)];
        for (int i = 0; i < p._cycles.Length; i++) p._cycles[i] = n - i;
        p._stopped = p._r > n;
        return p;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var p = (PermutationsObject)self;
        if (p._stopped || p._pool == null) return null;
        if (p._result == null) return p.FirstResult();
        var pool = p._pool.Items;
        int n = pool.Length, r = p._r;
        if (n == 0) return p.Stop();
        var result = ItertoolsArgs.Reusable(ref p._result);
        var indices = p._indices;
        var cycles = p._cycles;
        // Decrement the rightmost cycle, moving left on each roll-over.
        int i;
        for (i = r - 1; i >= 0; i--)
        {
            if (--cycles[i] == 0)
            {
                // indices[i:] = indices[i+1:] + indices[i:i+1]
                int first = indices[i];
                Array.Copy(indices, i + 1, indices, i, n - 1 - i);
                indices[n - 1] = first;
                cycles[i] = n - i;
            }
            else
            {
                int j = cycles[i];
                (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                for (int k = i; k < r; k++) ItertoolsArgs.Replace(result.Items, k, Py.NewRef(pool[indices[k]]));
                break;
            }
        }
        if (i < 0) return p.Stop();
        return Py.NewRef(result);
    }
}
