using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>
/// `collections.deque` (Modules/_collectionsmodule.c). CPython links blocks of 64 slots; here
/// the items live in one ring buffer whose capacity is a power of two, which gives the same
/// O(1) appends and pops at both ends. <see cref="State"/> is CPython's `state` counter: every
/// mutation bumps it, and iterators, count(), index() and comparisons that see it change
/// raise "deque mutated during iteration".
/// </summary>
[PyType("collections.deque", BaseType = true, Doc = "A list-like sequence optimized for data accesses near its endpoints.")]
public partial class PyDeque : PyObject, IWeakReferenceable
{
    const int MinCapacity = 8;

    PyObject?[] _ring = new PyObject?[MinCapacity];
    int _head;                  // ring index of the leftmost item
    int _count;
    /// <summary>The maximum length, or -1 when unbounded.</summary>
    internal long MaxLen = -1;
    /// <summary>Bumped on every mutation (CPython's deque->state).</summary>
    internal ulong State;

    public PyWeakReference? WeakRefList { get; set; }

    public PyDeque(PyType type) : base(type) { }

    public int Count => _count;

    /// <summary>The item at logical position <paramref name="i"/> (0 is the leftmost); borrowed.</summary>
    internal PyObject At(long i) => _ring[(_head + (int)i) & (_ring.Length - 1)]!;

    ref PyObject? Slot(long i) => ref _ring[(_head + (int)i) & (_ring.Length - 1)];

    void Grow()
    {
        if (_count < _ring.Length) return;
        var bigger = new PyObject?[_ring.Length * 2];
        for (int i = 0; i < _count; i++) bigger[i] = At(i);
        _ring = bigger;
        _head = 0;
    }

    /// <summary>Give memory back once the deque has shrunk to a quarter of its capacity.</summary>
    void MaybeShrink()
    {
        if (_ring.Length <= 64 || _count > _ring.Length / 4) return;
        var smaller = new PyObject?[_ring.Length / 2];
        for (int i = 0; i < _count; i++) smaller[i] = At(i);
        _ring = smaller;
        _head = 0;
    }

    /// <summary>deque_append_lock_held: append, taking over the reference; trims the left end past maxlen.</summary>
    internal void AppendSteal(PyObject item)
    {
        Grow();
        _ring[(_head + _count) & (_ring.Length - 1)] = item;
        _count++;
        if (MaxLen >= 0 && _count > MaxLen) Py.DECREF(PopLeftUnchecked());
        else State++;
    }

    /// <summary>deque_appendleft_lock_held: appendleft, taking over the reference; trims the right end past maxlen.</summary>
    internal void AppendLeftSteal(PyObject item)
    {
        Grow();
        _head = (_head - 1) & (_ring.Length - 1);
        _ring[_head] = item;
        _count++;
        if (MaxLen >= 0 && _count > MaxLen) Py.DECREF(PopRightUnchecked());
        else State++;
    }

    PyObject PopRightUnchecked()
    {
        ref var slot = ref Slot(_count - 1);
        var item = slot!;
        slot = null;
        _count--;
        State++;
        MaybeShrink();
        return item;
    }

    PyObject PopLeftUnchecked()
    {
        var item = _ring[_head]!;
        _ring[_head] = null;
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        State++;
        MaybeShrink();
        return item;
    }

    /// <summary>_deque_rotate: rotate n steps to the right (left when negative).</summary>
    internal void Rotate(long n)
    {
        long len = _count, half = len >> 1;
        if (len <= 1) return;
        if (n > half || n < -half)
        {
            n %= len;
            if (n > half) n -= len;
            else if (n < -half) n += len;
        }
        State++;
        int mask = _ring.Length - 1;
        if (_count == _ring.Length)
        {
            _head = (int)((_head - n) & mask);
            return;
        }
        for (; n > 0; n--)
        {
            // Move the rightmost item to the left end.
            int from = (_head + _count - 1) & mask;
            _head = (_head - 1) & mask;
            _ring[_head] = _ring[from];
            _ring[from] = null;
        }
        for (; n < 0; n++)
        {
            int to = (_head + _count) & mask;
            _ring[to] = _ring[_head];
            _ring[_head] = null;
            _head = (_head + 1) & mask;
        }
    }

    /// <summary>deque_clear: empty the deque first, then drop the references (their __del__ may see the deque).</summary>
    protected internal override void Clear()
    {
        if (_count == 0) return;
        var ring = _ring;
        int head = _head, n = _count;
        _ring = new PyObject?[MinCapacity];
        _head = 0;
        _count = 0;
        State++;
        for (int i = 0; i < n; i++) Py.DECREF(ring[(head + i) & (ring.Length - 1)]!);
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        for (int i = 0; i < _count; i++) visit(At(i));
    }

    /// <summary>deque_extend: append every item of <paramref name="iterable"/>. 0, or -1 on error.</summary>
    internal int Extend(PyObject iterable, bool left)
    {
        if (iterable == this)
        {
            // Extending a deque with itself: iterate over a snapshot.
            var copy = PyList.New();
            if (copy.Extend(this) < 0)
            {
                Py.DECREF(copy);
                return -1;
            }
            int r = Extend(copy, left);
            Py.DECREF(copy);
            return r;
        }
        var it = Abstract.GetIter(iterable);
        if (it == null) return -1;
        var next = it.ob_type.tp_iternext!;
        while (true)
        {
            var item = next(it);
            if (item == null) break;
            if (MaxLen == 0)
            {
                // consume_iterator: nothing can be kept.
                Py.DECREF(item);
                continue;
            }
            if (left) AppendLeftSteal(item);
            else AppendSteal(item);
        }
        Py.DECREF(it);
        if (Errors.Occurred())
        {
            if (!Errors.ExceptionMatches(PyExc.StopIteration)) return -1;
            Errors.Clear();
        }
        return 0;
    }

    /// <summary>deque_del_item: remove the item at <paramref name="i"/> (0 &lt;= i &lt; len) by rotating it to the left end.</summary>
    void DelItem(long i)
    {
        Rotate(-i);
        var item = PopLeftUnchecked();
        Rotate(i);
        Py.DECREF(item);
    }

    // ---- construction ----

    static readonly ArgParse.Parser s_initParser = new("deque", 0, ["iterable", "maxlen"], 0, 2, 0);

    [PySlot("tp_new")]
    static PyObject? DequeNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyDeque(type);

    [PySlot("tp_init")]
    static int DequeInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var d = (PyDeque)self;
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_initParser, buf)) return -1;
        PyObject? iterable = buf[0], maxlenObj = buf[1];
        long maxlen = -1;
        if (maxlenObj != null && maxlenObj != Py.None)
        {
            if (!ToMaxLen(maxlenObj, out maxlen)) return -1;
            if (maxlen < 0)
            {
                Errors.SetString(PyExc.ValueError, "maxlen must be non-negative");
                return -1;
            }
        }
        d.MaxLen = maxlen;
        if (d._count > 0) d.Clear();
        if (iterable != null) return d.Extend(iterable, left: false);
        return 0;
    }

    /// <summary>PyLong_AsSsize_t on maxlen: only ints (no __index__), "an integer is required".</summary>
    static bool ToMaxLen(PyObject o, out long value)
    {
        value = 0;
        if (o is not PyLong)
        {
            Errors.SetString(PyExc.TypeError, "an integer is required");
            return false;
        }
        return ArgParse.ToSsize(o, out value);
    }

    /// <summary>deque_copy: an exact deque is copied directly; a subclass is called as type(d)(d[, maxlen]).</summary>
    internal static PyObject? Copy(PyDeque d)
    {
        if (d.ob_type == Type)
        {
            var r = new PyDeque(Type) { MaxLen = d.MaxLen };
            for (int i = 0; i < d._count; i++) r.AppendSteal(Py.NewRef(d.At(i)));
            return r;
        }
        PyObject? result;
        if (d.MaxLen < 0) result = Calls.CallOneArg(d.ob_type, d);
        else
        {
            var maxlen = PyLong.FromLong(d.MaxLen);
            result = Calls.CallTwoArgs(d.ob_type, d, maxlen);
            Py.DECREF(maxlen);
        }
        if (result != null && !Abstract.TypeCheck(result, Type))
        {
            Errors.SetString(PyExc.TypeError, $"{d.ob_type.tp_name}() must return a deque, not {result.ob_type.tp_name}");
            Py.DECREF(result);
            return null;
        }
        return result;
    }
}
