using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The cycle collector (Python/gc.c). Every object of a type that holds references is
/// tracked. A collection copies each tracked object's reference count, subtracts the
/// references tracked objects hold to each other (found with Traverse), and treats what
/// still has references as reachable from outside; everything reachable from those is
/// alive. The rest is garbage: weak references to it are cleared (callbacks run for weakrefs
/// that are not garbage themselves), finalizers run once (PEP 442), objects a finalizer
/// resurrected are spared, and the remaining cycles are broken with Clear, after which
/// ordinary reference counting frees them.
/// </summary>
public static class Gc
{
    const int MinThreshold = 2000;

    static PyObject?[] s_objects = new PyObject?[1024];
    static int s_count;
    static int s_allocatedSinceCollection;
    static int s_survivors;
    static bool s_collecting;

    /// <summary>gc.enable() / gc.disable(): automatic collection on allocation.</summary>
    public static bool Enabled = true;
    /// <summary>gc.get_threshold()[0]: allocations of tracked objects between collections; 0 disables automatic collection.</summary>
    public static int Threshold = MinThreshold;
    /// <summary>gc.get_threshold()[1]: kept for gc.set_threshold, as 3.14's incremental collector keeps it.</summary>
    public static int Threshold1 = 10;

    public static int TrackedCount => s_count;

    public static bool IsTracked(PyObject o) => o.GcIndex >= 0;

    /// <summary>
    /// Set when enough tracked objects were allocated: the eval loop collects at its next
    /// safe point (RESUME, backward jumps), as CPython 3.12+ schedules the GC through the
    /// eval breaker, never in the middle of building an object.
    /// </summary>
    public static bool Scheduled;

    /// <summary>PyObject_GC_Track: called as a tracked type's instance is created.</summary>
    public static void Track(PyObject o)
    {
#if Py_DEBUG
        if (o.GcIndex >= 0) RefDebug.Fatal($"object of type '{o.ob_type.tp_name}' already tracked by the garbage collector");
#endif
        if (o.GcIndex >= 0) return;
        if (++s_allocatedSinceCollection > Math.Max(Threshold, s_survivors / 4) && Threshold > 0 && Enabled && !s_collecting)
            Scheduled = true;
        if (s_count == s_objects.Length) Array.Resize(ref s_objects, s_count * 2);
        o.GcIndex = s_count;
        s_objects[s_count++] = o;
    }

    /// <summary>PyObject_GC_UnTrack: called when the object is deallocated.</summary>
    public static void Untrack(PyObject o)
    {
        int i = o.GcIndex;
        if (i < 0) return;
        int last = --s_count;
        var moved = s_objects[last]!;
        s_objects[i] = moved;
        moved.GcIndex = i;
        s_objects[last] = null;
        o.GcIndex = -1;
        if (s_allocatedSinceCollection > 0) s_allocatedSinceCollection--;
    }

    /// <summary>Everything a tracked object references, including a heap type instance's type.</summary>
    static void TraverseAll(PyObject o, Visitor visit)
    {
        o.Traverse(visit);
        if (o.ob_type.IsHeapType && o is not PyType)
        {
            if (o.ob_type.HasManagedData) ManagedInstanceData.Traverse(o, visit);
            visit(o.ob_type);
        }
    }

    /// <summary>gc.collect(): a full collection; the number of unreachable objects collected.</summary>
    public static int Collect()
    {
        if (s_collecting) return 0;
        s_collecting = true;
        try
        {
            return CollectCore();
        }
        finally
        {
            Scheduled = false;
            s_collecting = false;
            s_allocatedSinceCollection = 0;
            s_survivors = s_count;
        }
    }

    static int CollectCore()
    {
        int n = s_count;
        var objs = new PyObject[n];
        Array.Copy(s_objects, objs, n);
        var refs = new long[n];
        for (int i = 0; i < n; i++) refs[i] = objs[i].ob_refcnt;

        // update_refs / subtract_refs
        void Subtract(PyObject r)
        {
            int j = r?.GcIndex ?? -1;
            if (j >= 0 && j < n && ReferenceEquals(objs[j], r)) refs[j]--;
        }
        Visitor subtract = Subtract;
        for (int i = 0; i < n; i++) TraverseAll(objs[i], subtract);

        // move_unreachable: what has references from outside, and all it reaches, is alive.
        var reachable = new bool[n];
        var stack = new Stack<int>();
        Visitor markFrom = r =>
        {
            int j = r?.GcIndex ?? -1;
            if (j >= 0 && j < n && ReferenceEquals(objs[j], r) && !reachable[j])
            {
                reachable[j] = true;
                stack.Push(j);
            }
        };
        for (int i = 0; i < n; i++)
        {
#if Py_DEBUG
            if (refs[i] < 0) RefDebug.Fatal($"a '{objs[i].ob_type.tp_name}' has a reference count lower than the references tracked objects hold");
#endif
            if (refs[i] <= 0 || reachable[i]) continue;
            reachable[i] = true;
            stack.Push(i);
            while (stack.Count > 0) TraverseAll(objs[stack.Pop()], markFrom);
        }
        var garbage = new List<PyObject>();
        for (int i = 0; i < n; i++) if (!reachable[i]) garbage.Add(objs[i]);
        if (garbage.Count == 0) return 0;

        // Hold the garbage while Python code (callbacks, finalizers) runs.
        foreach (var o in garbage) Py.INCREF(o);
        var inGarbage = new HashSet<PyObject>(garbage, ReferenceEqualityComparer.Instance);
        HandleWeakRefs(garbage, inGarbage);
        FinalizeGarbage(garbage);
        var still = StillUnreachable(garbage, inGarbage);
        // delete_garbage: break the cycles; reference counting frees the objects.
        foreach (var o in still)
        {
            if (o.ob_refcnt > 1)
            {
                if (o.ob_type.HasManagedData) ManagedInstanceData.Clear(o);
                o.Clear();
            }
        }
        foreach (var o in garbage) Py.DECREF(o);
        // Like CPython, resurrected objects are not counted as collected.
        return still.Count;
    }

    /// <summary>handle_weakrefs: clear weak references to garbage; call the callbacks of those that are not garbage.</summary>
    static void HandleWeakRefs(List<PyObject> garbage, HashSet<PyObject> inGarbage)
    {
        var callbacks = new List<(PyWeakReference, PyObject)>();
        foreach (var o in garbage)
        {
            if (ManagedInstanceData.WeakRefHolder(o, create: false) is not { } w) continue;
            while (w.WeakRefList is { } wr)
            {
                w.WeakRefList = wr.Next;
                if (wr.Next != null) wr.Next.Prev = null;
                wr.Next = wr.Prev = null;
                wr.Referent = null;
                if (wr.Callback != null && !inGarbage.Contains(wr))
                {
                    var cb = wr.Callback;
                    wr.Callback = null;
                    Py.INCREF(wr);
                    callbacks.Add((wr, cb));
                }
            }
        }
        PyWeakReference.CallCallbacks(callbacks);
    }

    /// <summary>finalize_garbage: run each finalizer once (PEP 442).</summary>
    static void FinalizeGarbage(List<PyObject> garbage)
    {
        foreach (var o in garbage)
        {
            var fin = o.ob_type.tp_finalize;
            if (fin == null || (o.ob_flags & PyObject.FlagFinalized) != 0) continue;
            o.ob_flags |= PyObject.FlagFinalized;
            var saved = Errors.GetRaisedException();
            fin(o);
            Errors.SetRaisedException(saved);
        }
    }

    /// <summary>handle_resurrected_objects: what a finalizer made reachable again is not garbage.</summary>
    static List<PyObject> StillUnreachable(List<PyObject> garbage, HashSet<PyObject> inGarbage)
    {
        var index = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < garbage.Count; i++) index[garbage[i]] = i;
        var refs = new long[garbage.Count];
        for (int i = 0; i < garbage.Count; i++) refs[i] = garbage[i].ob_refcnt - 1; // minus our hold
        Visitor subtract = r =>
        {
            if (r != null && index.TryGetValue(r, out int j)) refs[j]--;
        };
        foreach (var o in garbage) TraverseAll(o, subtract);
        var alive = new bool[garbage.Count];
        var stack = new Stack<int>();
        Visitor mark = r =>
        {
            if (r != null && index.TryGetValue(r, out int j) && !alive[j])
            {
                alive[j] = true;
                stack.Push(j);
            }
        };
        for (int i = 0; i < garbage.Count; i++)
        {
            if (refs[i] <= 0 || alive[i]) continue;
            alive[i] = true;
            stack.Push(i);
            while (stack.Count > 0) TraverseAll(garbage[stack.Pop()], mark);
        }
        var still = new List<PyObject>();
        for (int i = 0; i < garbage.Count; i++) if (!alive[i]) still.Add(garbage[i]);
        return still;
    }
}
