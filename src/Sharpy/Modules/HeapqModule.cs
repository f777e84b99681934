using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_heapq` module (Modules/_heapqmodule.c): heapq's functions on lists, with 3.14's
/// public max-heap variants. The sift loops are CPython's, so the comparisons made (and so
/// the resulting order of equal items) are the same; a comparison that resizes the list
/// raises "list changed size during iteration".
/// </summary>
[PyModule("_heapq", Doc = ModuleDoc)]
public static partial class HeapqModule
{
    const string ModuleDoc = "Heap queue algorithm (a.k.a. priority queue).\n\n"
        + "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
        + "all k, counting elements from 0.  For the sake of comparison,\n"
        + "non-existing elements are considered to be infinite.  The interesting\n"
        + "property of a heap is that a[0] is always its smallest element.\n\n"
        + "Usage:\n\n"
        + "heap = []            # creates an empty heap\n"
        + "heappush(heap, item) # pushes a new item on the heap\n"
        + "item = heappop(heap) # pops the smallest item from the heap\n"
        + "item = heap[0]       # smallest item on the heap without popping it\n"
        + "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
        + "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
        + "                               # new item; the heap size is unchanged\n\n"
        + "Our API differs from textbook heap algorithms as follows:\n\n"
        + "- We use 0-based indexing.  This makes the relationship between the\n"
        + "  index for a node and the indexes for its children slightly less\n"
        + "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
        + "- Our heappop() method returns the smallest item, not the largest.\n\n"
        + "These two make it possible to view the heap as a regular Python list\n"
        + "without surprises: heap[0] is the smallest item, and heap.sort()\n"
        + "maintains the heap invariant!\n";

    /// <summary>a &lt; b for the min-heap, b &lt; a for the max-heap: 1, 0, or -1 on error. Both are held during the call.</summary>
    static int Less(PyObject a, PyObject b, bool max)
    {
        Py.INCREF(a);
        Py.INCREF(b);
        int cmp = max ? Abstract.RichCompareBool(b, a, CompareOp.Lt) : Abstract.RichCompareBool(a, b, CompareOp.Lt);
        Py.DECREF(a);
        Py.DECREF(b);
        return cmp;
    }

    static int IndexOutOfRange()
    {
        Errors.SetString(PyExc.IndexError, "index out of range");
        return -1;
    }

    static int ChangedSize()
    {
        Errors.SetString(PyExc.RuntimeError, "list changed size during iteration");
        return -1;
    }

    /// <summary>siftdown: move the item at pos up towards startpos while it is smaller than its parent.</summary>
    static int SiftDown(PyList heap, long startpos, long pos, bool max)
    {
        int size = heap.Count;
        if (pos >= size) return IndexOutOfRange();
        while (pos > startpos)
        {
            long parentpos = (pos - 1) >> 1;
            int cmp = Less(heap.Items[pos], heap.Items[parentpos], max);
            if (cmp < 0) return -1;
            if (size != heap.Count) return ChangedSize();
            if (cmp == 0) break;
            var arr = heap.Items;
            (arr[parentpos], arr[pos]) = (arr[pos], arr[parentpos]);
            pos = parentpos;
        }
        return 0;
    }

    /// <summary>siftup: bubble the smaller child up from pos to a leaf, then sift the item there down.</summary>
    static int SiftUp(PyList heap, long pos, bool max)
    {
        int endpos = heap.Count;
        long startpos = pos;
        if (pos >= endpos) return IndexOutOfRange();
        long limit = endpos >> 1;
        while (pos < limit)
        {
            long childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                int cmp = Less(heap.Items[childpos], heap.Items[childpos + 1], max);
                if (cmp < 0) return -1;
                childpos += cmp ^ 1;
                if (endpos != heap.Count) return ChangedSize();
            }
            var arr = heap.Items;
            (arr[childpos], arr[pos]) = (arr[pos], arr[childpos]);
            pos = childpos;
        }
        return SiftDown(heap, startpos, pos, max);
    }

    static PyObject? Push(PyList heap, PyObject item, bool max)
    {
        heap.Append(item);
        if (SiftDown(heap, 0, heap.Count - 1, max) < 0) return null;
        return Py.None;
    }

    static PyObject? Pop(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n == 0)
        {
            IndexOutOfRange();
            return null;
        }
        var last = heap.Items[n - 1];
        heap.Items[n - 1] = null!;
        heap.Count = --n;
        if (n == 0) return last;
        var result = heap.Items[0];
        heap.Items[0] = last;
        if (SiftUp(heap, 0, max) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    static PyObject? Replace(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0)
        {
            IndexOutOfRange();
            return null;
        }
        var result = heap.Items[0];
        heap.Items[0] = Py.NewRef(item);
        if (SiftUp(heap, 0, max) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    static PyObject? PushPop(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) return Py.NewRef(item);
        int cmp = Less(heap.Items[0], item, max);
        if (cmp < 0) return null;
        if (cmp == 0) return Py.NewRef(item);
        if (heap.Count == 0)
        {
            IndexOutOfRange();
            return null;
        }
        var result = heap.Items[0];
        heap.Items[0] = Py.NewRef(item);
        if (SiftUp(heap, 0, max) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    /// <summary>heapify_internal: sift every node with a child, bottom-up.</summary>
    static PyObject? Heapify(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n > 2500) return CacheFriendlyHeapify(heap, max);
        for (long i = (n >> 1) - 1; i >= 0; i--)
            if (SiftUp(heap, i, max) < 0) return null;
        return Py.None;
    }

    /// <summary>
    /// cache_friendly_heapify: the same sifts as the simple loop (so the same heap), ordered so
    /// that a parent is sifted right after its two children.
    /// </summary>
    static PyObject? CacheFriendlyHeapify(PyList heap, bool max)
    {
        long m = heap.Count >> 1;
        long leftmost = KeepTopBit(m + 1) - 1;
        long mhalf = m >> 1;
        for (long i = leftmost - 1; i >= mhalf; i--)
            for (long j = i; ; j >>= 1)
            {
                if (SiftUp(heap, j, max) < 0) return null;
                if ((j & 1) == 0) break;
            }
        for (long i = m - 1; i >= leftmost; i--)
            for (long j = i; ; j >>= 1)
            {
                if (SiftUp(heap, j, max) < 0) return null;
                if ((j & 1) == 0) break;
            }
        return Py.None;
    }

    static long KeepTopBit(long n)
    {
        int i = 0;
        while (n > 1)
        {
            n >>= 1;
            i++;
        }
        return n << i;
    }

    [PyMethod("heappush", Doc = "Push item onto heap, maintaining the heap invariant.")]
    static PyObject? HeapPush(PyList heap, PyObject item) => Push(heap, item, max: false);

    [PyMethod("heappop", Doc = "Pop the smallest item off the heap, maintaining the heap invariant.")]
    static PyObject? HeapPop(PyList heap) => Pop(heap, max: false);

    [PyMethod("heapreplace", Doc = "Pop and return the current smallest value, and add the new item.\n\n"
        + "This is more efficient than heappop() followed by heappush(), and can be\n"
        + "more appropriate when using a fixed-size heap.  Note that the value\n"
        + "returned may be larger than item!  That constrains reasonable uses of\n"
        + "this routine unless written as part of a conditional replacement:\n\n"
        + "    if item > heap[0]:\n"
        + "        item = heapreplace(heap, item)")]
    static PyObject? HeapReplace(PyList heap, PyObject item) => Replace(heap, item, max: false);

    [PyMethod("heappushpop", Doc = "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
        + "The combined action runs more efficiently than heappush() followed by\n"
        + "a separate call to heappop().")]
    static PyObject? HeapPushPop(PyList heap, PyObject item) => PushPop(heap, item, max: false);

    [PyMethod("heapify", Doc = "Transform list into a heap, in-place, in O(len(heap)) time.")]
    static PyObject? HeapifyMin(PyList heap) => Heapify(heap, max: false);

    [PyMethod("heappush_max", Doc = "Push item onto max heap, maintaining the heap invariant.")]
    static PyObject? HeapPushMax(PyList heap, PyObject item) => Push(heap, item, max: true);

    [PyMethod("heappop_max", Doc = "Maxheap variant of heappop.")]
    static PyObject? HeapPopMax(PyList heap) => Pop(heap, max: true);

    [PyMethod("heapreplace_max", Doc = "Maxheap variant of heapreplace.")]
    static PyObject? HeapReplaceMax(PyList heap, PyObject item) => Replace(heap, item, max: true);

    [PyMethod("heappushpop_max", Doc = "Maxheap variant of heappushpop.\n\n"
        + "The combined action runs more efficiently than heappush_max() followed by\n"
        + "a separate call to heappop_max().")]
    static PyObject? HeapPushPopMax(PyList heap, PyObject item) => PushPop(heap, item, max: true);

    [PyMethod("heapify_max", Doc = "Maxheap variant of heapify.")]
    static PyObject? HeapifyMaxMethod(PyList heap) => Heapify(heap, max: true);
}
