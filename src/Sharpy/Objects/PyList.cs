using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`list` (Objects/listobject.c). Owns a reference to each of its first Count items.</summary>
[PyType("list", BaseType = true, Doc = "list(iterable=(), /)\n--\n\nThe built-in mutable sequence.\n\nWithout an argument, a new empty list; with one, a list of the items of the\niterable.")]
public partial class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;
    /// <summary>
    /// CPython's ob_alloc: the capacity list_resize's over-allocation gives (what __sizeof__
    /// reports). <see cref="Items"/> may be longer: .NET cannot grow an array in place, so a
    /// growing list's array grows by half at least, not by CPython's eighth, or appending a
    /// million items would copy the array (and, past 85 KB, allocate a large object that
    /// counts towards a full GC) a hundred times.
    /// </summary>
    internal int Allocated;

    public PyList(PyType type, int capacity = 0) : base(type)
    {
        Items = capacity == 0 ? [] : new PyObject[capacity];
        Allocated = capacity;
    }

    public static PyList New(int capacity = 0) => new(Type, capacity);

    /// <summary>A list holding new references to <paramref name="items"/>.</summary>
    public static PyList FromBorrowed(ReadOnlySpan<PyObject> items)
    {
        var l = new PyList(Type, items.Length);
        for (int i = 0; i < items.Length; i++) l.Items[i] = Py.NewRef(items[i]);
        l.Count = items.Length;
        return l;
    }

    /// <summary>Append, taking over the caller's reference.</summary>
    public void AppendSteal(PyObject item)
    {
        if (Count == Allocated) Resize(Count + 1);
        Items[Count++] = item;
    }

    /// <summary>Append a new reference (list.append).</summary>
    public void Append(PyObject item) => AppendSteal(Py.NewRef(item));

    /// <summary>Make room for <paramref name="min"/> items with CPython's over-allocation.</summary>
    public void Grow(int min)
    {
        if (min > Allocated) Resize(min);
    }

    /// <summary>
    /// list_resize: set the capacity for <paramref name="newSize"/> items with CPython's
    /// over-allocation (about 1/8 extra, rounded to a multiple of 4). Count is unchanged.
    /// </summary>
    internal void Resize(int newSize)
    {
        int allocated = Allocated;
        if (allocated >= newSize && newSize >= (allocated >> 1)) return;
        long newAllocated = ((long)newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - Count > newAllocated - newSize) newAllocated = ((long)newSize + 3) & ~3L;
        if (newSize == 0) newAllocated = 0;
        if (newAllocated > Array.MaxLength) newAllocated = Math.Max(newSize, Array.MaxLength);
        Allocated = (int)newAllocated;
        int length = Items.Length;
        if (newAllocated > length)
        {
            // Growing: by CPython's eighth when that is more than half the array, else by half.
            long grown = Math.Min(Math.Max(newAllocated, length + ((long)length >> 1)), Array.MaxLength);
            var a = new PyObject[grown];
            Array.Copy(Items, a, Count);
            Items = a;
        }
        else if (newAllocated < length >> 1 || newAllocated == 0)
        {
            // Shrinking to less than half: a smaller array, as realloc would give back the memory.
            var a = newAllocated == 0 ? [] : new PyObject[newAllocated];
            Array.Copy(Items, a, Math.Min(Count, (int)newAllocated));
            Items = a;
        }
    }

    /// <summary>The live items (borrowed; do not hold across calls that may run Python code).</summary>
    public Span<PyObject> AsSpan() => new(Items, 0, Count);

    /// <summary>A tuple of the items (PyList_AsTuple).</summary>
    public PyTuple ToTuple() => PyTuple.FromBorrowed(AsSpan());

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        for (int i = Count - 1; i >= 0; i--) visit(Items[i]);
    }

    /// <summary>list_clear: empty the list first, then drop the references (decrefs may run code that sees the list).</summary>
    protected internal override void Clear()
    {
        var items = Items;
        int n = Count;
        if (n == 0 && items.Length == 0) return;
        Items = [];
        Allocated = 0;
        Count = 0;
        while (--n >= 0) Py.DECREF(items[n]);
    }
}
