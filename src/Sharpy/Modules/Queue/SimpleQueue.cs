using System;
using System.Diagnostics;
using System.Threading;
using Sharpy.Modules.Time;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules.Queue;

/// <summary>
/// `_queue.SimpleQueue`: an unbounded FIFO queue whose put never blocks. Its ring buffer is
/// changed only under the GIL; a blocking get releases the GIL and waits on the queue's
/// monitor, which put pulses when someone waits. A waiter woken for an item another thread
/// took first waits again. The main thread wakes for signals (Ctrl-C), as lock waits do.
/// </summary>
[PyType("_queue.SimpleQueue", BaseType = true, Doc = "Simple, unbounded, reentrant FIFO queue.")]
public sealed partial class SimpleQueue : PyObject, IWeakReferenceable
{
    const int InitialCapacity = 8;

    PyObject?[] _items = new PyObject?[InitialCapacity];
    int _getIdx;
    int _putIdx;
    /// <summary>Items held; read without the GIL by a waiting get (under the monitor).</summary>
    volatile int _count;
    /// <summary>Threads waiting in get (changed under the GIL).</summary>
    int _waiters;
    readonly object _monitor = new();
    public PyWeakReference? WeakRefList { get; set; }

    SimpleQueue(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        // Clinic's check for a signature without parameters, skipped by a subclass with its own __init__.
        if (type == Type || type.tp_init == Type.tp_init)
        {
            if (ArgParse.NArgs(args, kwnames) > 0) return Errors.SetString(PyExc.TypeError, "SimpleQueue() takes no positional arguments");
            if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("SimpleQueue");
        }
        return new SimpleQueue(type);
    }

    /// <summary>resize_ringbuf: the items moved to the front of an array of the new capacity.</summary>
    void Resize(int capacity)
    {
        capacity = Math.Max(InitialCapacity, capacity);
        if (capacity == _items.Length) return;
        var items = new PyObject?[capacity];
        int n = _count;
        for (int i = 0; i < n; i++) items[i] = _items[(_getIdx + i) % _items.Length];
        _items = items;
        _getIdx = 0;
        _putIdx = n;
    }

    void Put(PyObject item)
    {
        if (_count == _items.Length) Resize(_items.Length * 2);
        _items[_putIdx] = Py.NewRef(item);
        _putIdx = (_putIdx + 1) % _items.Length;
        _count++;
        if (_waiters > 0)
            lock (_monitor) Monitor.Pulse(_monitor);
    }

    /// <summary>RingBuf_Get: the oldest item (owned); the buffer shrinks by half when under a quarter full.</summary>
    PyObject Take()
    {
        if (_count < _items.Length / 4) Resize(_items.Length / 2);
        var item = _items[_getIdx]!;
        _items[_getIdx] = null;
        _getIdx = (_getIdx + 1) % _items.Length;
        _count--;
        return item;
    }

    [PyMethod("put", Doc = "Put the item on the queue.\n\nThe optional 'block' and 'timeout' arguments are ignored, as this method\nnever blocks.  They are provided for compatibility with the Queue class.")]
    static void PutMethod(SimpleQueue self, [Keyword] PyObject item, [Keyword] bool block = true, [Keyword] PyObject? timeout = null)
        => self.Put(item);

    [PyMethod("put_nowait", Doc = "Put an item into the queue without blocking.\n\nThis is exactly equivalent to `put(item)` and is only provided\nfor compatibility with the Queue class.")]
    static void PutNowait(SimpleQueue self, [Keyword] PyObject item) => self.Put(item);

    static PyObject? EmptyError()
    {
        Errors.SetObject(QueueState.Get().Empty, null);
        return null;
    }

    /// <summary>The longest uninterrupted wait of the main thread, so that Ctrl-C is seen promptly.</summary>
    const int SignalPollMs = 20;

    [PyMethod("get", TextSignature = "($self, /, block=True, timeout=None)")]
    static PyObject? Get(SimpleQueue self, [Keyword] bool block = true, [Keyword] PyObject? timeout = null)
    {
        long deadline = long.MaxValue;   // Stopwatch ticks
        if (block && timeout != null && timeout != Py.None)
        {
            if (!TimeModule.SecondsArg(timeout, out long ns, roundFloor: false)) return null;
            if (ns < 0) return Errors.SetString(PyExc.ValueError, "'timeout' must be a non-negative number");
            deadline = Stopwatch.GetTimestamp() + (long)(ns / 1e9 * Stopwatch.Frequency);
        }
        bool main = ThreadState.Current == ThreadState.Main;
        while (true)
        {
            if (self._count > 0) return self.Take();
            if (!block) return EmptyError();
            long left = deadline == long.MaxValue ? -1 : deadline - Stopwatch.GetTimestamp();
            if (deadline != long.MaxValue && left <= 0) return EmptyError();
            self._waiters++;
            using (Gil.AllowThreads())
            {
                lock (self._monitor)
                {
                    if (self._count == 0)
                    {
                        TimeSpan wait = left < 0 ? Timeout.InfiniteTimeSpan : Stopwatch.GetElapsedTime(0, left);
                        if (main && (wait == Timeout.InfiniteTimeSpan || wait.TotalMilliseconds > SignalPollMs))
                            wait = TimeSpan.FromMilliseconds(SignalPollMs);
                        if (wait > TimeSpan.FromMilliseconds(int.MaxValue - 1)) wait = TimeSpan.FromMilliseconds(int.MaxValue - 1);
                        Monitor.Wait(self._monitor, wait);
                    }
                }
            }
            self._waiters--;
            if (main && Signals.InterruptPending && Signals.HandlePending() < 0) return null;
        }
    }

    [PyMethod("get_nowait", TextSignature = "($self, /)", Raw = "clinic's defining_class form: \"get_nowait() takes no arguments\" without a count")]
    static PyObject? GetNowait(SimpleQueue self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, "get_nowait() takes no arguments");
        return Get(self, false, null);
    }

    [PyMethod("empty", Doc = "Return True if the queue is empty, False otherwise (not reliable!).")]
    static bool Empty(SimpleQueue self) => self._count == 0;

    [PyMethod("qsize", Doc = "Return the approximate size of the queue (not reliable!).")]
    static long QSize(SimpleQueue self) => self._count;

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    protected internal override void ReleaseReferences()
    {
        // RingBuf_Fini: the buffer is emptied before the items are released, as their finalizers may use the queue.
        var items = _items;
        int n = _count, idx = _getIdx;
        _items = new PyObject?[InitialCapacity];
        _getIdx = _putIdx = 0;
        _count = 0;
        for (; n > 0; n--, idx = (idx + 1) % items.Length) Py.DECREF(items[idx]!);
    }

    protected internal override void Traverse(Visitor visit)
    {
        for (int i = 0; i < _count; i++) visit(_items[(_getIdx + i) % _items.Length]!);
    }

    protected internal override void Clear() => ReleaseReferences();
}
