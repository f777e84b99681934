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
    public const int NumGenerations = 3;

    // Tracked objects live in one array, one contiguous run per generation, oldest first:
    // the permanent generation (gc.freeze) [0, s_permanentEnd), generation 2 up to s_oldEnd,
    // generation 1 up to s_youngStart, generation 0 (new objects) up to s_count. Untracking
    // fills the hole from the end of each younger run in turn, so the runs stay contiguous.
    static PyObject?[] s_objects = new PyObject?[1024];
    static int s_count, s_youngStart, s_oldEnd, s_permanentEnd;
    static bool s_collecting;
    // CollectCore's scratch: each object's references from outside, whether it is reachable, the marking's stack.
    static long[] s_refs = new long[1024];
    static bool[] s_reachable = new bool[1024];
    static readonly Stack<int> s_markStack = new();
    static readonly List<PyTuple> s_tupleScratch = new();
    /// <summary>A collection is running (gcstate->collecting; faulthandler reports it).</summary>
    public static bool Collecting => s_collecting;

    /// <summary>gc.enable() / gc.disable(): automatic collection on allocation.</summary>
    public static bool Enabled = true;
    /// <summary>gc.get_threshold(): generation 0's size that starts a collection, and how many collections of generation 0 start one of generation 1.</summary>
    public static int Threshold0 = 2000, Threshold1 = 10;
    /// <summary>Collections of generation 0 since the last of generation 1, and of generation 1 since the last full one (gc.get_count()[1:]).</summary>
    public static int Count1, Count2;
    // The heuristic that keeps full collections linear in the heap's size (gc.c's
    // long_lived_total/long_lived_pending): a full collection only once the objects that
    // reached generation 2 since the last one are a quarter of those it left.
    static int s_longLivedTotal, s_longLivedPending;

    /// <summary>gc.set_debug(): the DEBUG_* flags.</summary>
    public static int Debug;
    public const int DebugStats = 1, DebugCollectable = 2, DebugUncollectable = 4, DebugSaveAll = 32;

    /// <summary>gc.get_stats(): per generation, the collections, the objects collected and the uncollectable ones.</summary>
    public static readonly (long Collections, long Collected, long Uncollectable)[] Stats = new (long, long, long)[NumGenerations];

    static PyList? s_garbage, s_callbacks;
    /// <summary>gc.garbage: what DEBUG_SAVEALL kept instead of freeing.</summary>
    public static PyList Garbage => s_garbage ??= PyList.New();
    /// <summary>gc.callbacks: called with ("start" | "stop", info) around each collection.</summary>
    public static PyList Callbacks => s_callbacks ??= PyList.New();

    public static int TrackedCount => s_count;
    /// <summary>The size of generation <paramref name="generation"/>.</summary>
    public static int GenerationSize(int generation) => GenerationEnd(generation) - GenerationStart(generation);
    /// <summary>gc.get_freeze_count().</summary>
    public static int FrozenCount => s_permanentEnd;

    static int GenerationStart(int generation) => generation switch { 0 => s_youngStart, 1 => s_oldEnd, _ => s_permanentEnd };
    static int GenerationEnd(int generation) => generation switch { 0 => s_count, 1 => s_youngStart, _ => s_oldEnd };

    public static bool IsTracked(PyObject o) => o.GcIndex >= 0;

    /// <summary>
    /// Set when generation 0 outgrew its threshold: the eval loop collects at its next safe
    /// point (RESUME, backward jumps), as CPython 3.12+ schedules the GC through the eval
    /// breaker, never in the middle of building an object.
    /// </summary>
    public static bool Scheduled;

    /// <summary>PyObject_GC_Track: called as a tracked type's instance is created; it joins generation 0.</summary>
    public static void Track(PyObject o)
    {
#if Py_DEBUG
        if (o.GcIndex >= 0) RefDebug.Fatal($"object of type '{o.ob_type.tp_name}' already tracked by the garbage collector");
#endif
        if (o.GcIndex >= 0) return;
        if (s_count == s_objects.Length) Array.Resize(ref s_objects, s_count * 2);
        o.GcIndex = s_count;
        s_objects[s_count++] = o;
        if (s_count - s_youngStart > Threshold0 && Threshold0 > 0 && Enabled && !s_collecting) Scheduled = true;
    }

    /// <summary>PyObject_GC_UnTrack: called when the object is deallocated.</summary>
    public static void Untrack(PyObject o)
    {
        int hole = o.GcIndex;
        if (hole < 0) return;
        if (hole < s_permanentEnd) hole = FillFrom(--s_permanentEnd, hole);
        if (hole < s_oldEnd) hole = FillFrom(--s_oldEnd, hole);
        if (hole < s_youngStart) hole = FillFrom(--s_youngStart, hole);
        FillFrom(--s_count, hole);
        s_objects[s_count] = null;
        o.GcIndex = -1;
    }

    /// <summary>Moves the object at <paramref name="from"/> into the hole at <paramref name="hole"/>; the hole is then at <paramref name="from"/>.</summary>
    static int FillFrom(int from, int hole)
    {
        if (from != hole)
        {
            var moved = s_objects[from]!;
            s_objects[hole] = moved;
            moved.GcIndex = hole;
        }
        return from;
    }

    /// <summary>Everything a tracked object references, including a heap type instance's type.</summary>
    internal static void TraverseAll(PyObject o, Visitor visit)
    {
        o.Traverse(visit);
        if (o.ob_type.IsHeapType && o is not PyType)
        {
            if (o.ob_type.HasManagedData) ManagedInstanceData.Traverse(o, visit);
            visit(o.ob_type);
        }
    }

    /// <summary>The objects of generation <paramref name="generation"/>, or of all three for null (gc.get_objects).</summary>
    public static List<PyObject> Objects(int? generation)
    {
        int start = generation is int g ? GenerationStart(g) : s_permanentEnd;
        int end = generation is int h ? GenerationEnd(h) : s_count;
        var list = new List<PyObject>(end - start);
        for (int i = start; i < end; i++) list.Add(s_objects[i]!);
        return list;
    }

    /// <summary>gc.freeze(): every tracked object moves to the permanent generation, which collections ignore.</summary>
    public static void Freeze() => s_permanentEnd = s_oldEnd = s_youngStart = s_count;

    /// <summary>gc.unfreeze(): the permanent generation joins generation 2.</summary>
    public static void Unfreeze() => s_permanentEnd = 0;

    /// <summary>The collection the eval loop runs when generation 0 outgrew its threshold (gc_collect_generations).</summary>
    public static void CollectScheduled()
    {
        Scheduled = false;
        if (!Enabled || s_collecting) return;
        int generation = 0;
        if (Count2 > 0 && s_longLivedPending > s_longLivedTotal / 4) generation = 2;
        else if (Count1 >= Threshold1) generation = 1;
        Collect(generation);
    }

    /// <summary>gc.collect(generation): collect that generation and the younger ones; the number of unreachable objects found.</summary>
    public static int Collect(int generation = NumGenerations - 1)
    {
        if (s_collecting) return 0;
        s_collecting = true;
        try
        {
            InvokeCallbacks("start", generation, 0, 0);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if ((Debug & DebugStats) != 0)
                Sharpy.Modules.SysModule.WriteStderr($"gc: collecting generation {generation}...\n" +
                    $"gc: objects in each generation: {GenerationSize(0)} {GenerationSize(1)} {GenerationSize(2)}\n" +
                    $"gc: objects in permanent generation: {s_permanentEnd}\n");
            int collected = CollectCore(GenerationStart(generation));
            Promote(generation);
            Stats[generation].Collections++;
            Stats[generation].Collected += collected;
            if ((Debug & DebugStats) != 0)
                Sharpy.Modules.SysModule.WriteStderr(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "gc: done, {0} unreachable, 0 uncollectable, {1:F4}s elapsed\n", collected,
                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds));
            InvokeCallbacks("stop", generation, collected, 0);
            return collected;
        }
        finally
        {
            Scheduled = false;
            s_collecting = false;
        }
    }

    /// <summary>What survived a collection of <paramref name="generation"/> moves to the next older generation.</summary>
    static void Promote(int generation)
    {
        switch (generation)
        {
            case 0:
                s_youngStart = s_count;
                Count1++;
                break;
            case 1:
                s_longLivedPending += s_count - s_oldEnd;
                s_oldEnd = s_youngStart = s_count;
                Count1 = 0;
                Count2++;
                break;
            default:
                s_oldEnd = s_youngStart = s_count;
                s_longLivedTotal = s_count - s_permanentEnd;
                s_longLivedPending = 0;
                Count1 = Count2 = 0;
                break;
        }
    }

    /// <summary>invoke_gc_callback: each of gc.callbacks with (phase, {generation, collected, uncollectable}); failures are unraisable.</summary>
    static void InvokeCallbacks(string phase, int generation, int collected, int uncollectable)
    {
        if (s_callbacks == null || s_callbacks.Count == 0) return;
        var saved = Errors.GetRaisedException();
        var info = PyDict.New();
        info.SetItemStringSteal("generation", PyLong.FromLong(generation));
        info.SetItemStringSteal("collected", PyLong.FromLong(collected));
        info.SetItemStringSteal("uncollectable", PyLong.FromLong(uncollectable));
        var phaseStr = PyUnicode.FromString(phase);
        // The list may change while a callback runs: index it afresh each time, as gc.c does.
        for (int i = 0; i < s_callbacks.Count; i++)
        {
            var cb = Py.NewRef(s_callbacks.Items[i]);
            var r = Calls.CallTwoArgs(cb, phaseStr, info);
            if (r == null) Interpreter.WriteUnraisable("while calling GC callback", cb);
            else Py.DECREF(r);
            Py.DECREF(cb);
        }
        Py.DECREF(phaseStr);
        Py.DECREF(info);
        Errors.SetRaisedException(saved);
    }

    /// <summary>
    /// Collects the tracked objects from index <paramref name="start"/> on (a generation and
    /// the younger ones): references from outside that range, older generations included,
    /// keep objects alive. The number of unreachable objects found, resurrected ones aside.
    /// </summary>
    static int CollectCore(int start)
    {
        int n = s_count - start;
        // Until the garbage is known no Python code runs and nothing is tracked or untracked:
        // the tracked objects stay where they are in s_objects. The scratch arrays are kept from
        // one collection to the next (a full collection's would be large objects every time).
        var objs = s_objects;
        if (s_refs.Length < n)
        {
            s_refs = new long[Math.Max(n, s_refs.Length * 2)];
            s_reachable = new bool[s_refs.Length];
        }
        var refs = s_refs;
        var reachable = s_reachable;
        for (int i = 0; i < n; i++) refs[i] = objs[start + i]!.ob_refcnt;
        Array.Clear(reachable, 0, n);

        // update_refs / subtract_refs
        void Subtract(PyObject r)
        {
            int j = (r?.GcIndex ?? -1) - start;
            if (j >= 0 && j < n && ReferenceEquals(objs[start + j], r)) refs[j]--;
        }
        Visitor subtract = Subtract;
        for (int i = 0; i < n; i++) TraverseAll(objs[start + i]!, subtract);

        // move_unreachable: what has references from outside, and all it reaches, is alive.
        var stack = s_markStack;
        Visitor markFrom = r =>
        {
            int j = (r?.GcIndex ?? -1) - start;
            if (j >= 0 && j < n && ReferenceEquals(objs[start + j], r) && !reachable[j])
            {
                reachable[j] = true;
                stack.Push(j);
            }
        };
        for (int i = 0; i < n; i++)
        {
#if Py_DEBUG
            if (refs[i] < 0) RefDebug.Fatal($"a '{objs[start + i]!.ob_type.tp_name}' has a reference count lower than the references tracked objects hold");
#endif
            if (refs[i] <= 0 || reachable[i]) continue;
            reachable[i] = true;
            stack.Push(i);
            while (stack.Count > 0) TraverseAll(objs[start + stack.Pop()]!, markFrom);
        }
        var garbage = new List<PyObject>();
        for (int i = 0; i < n; i++) if (!reachable[i]) garbage.Add(objs[start + i]!);
        UntrackTuples(start, n, reachable);
        if (garbage.Count == 0) return 0;

        // Hold the garbage while Python code (callbacks, finalizers) runs.
        foreach (var o in garbage) Py.INCREF(o);
        if ((Debug & DebugCollectable) != 0)
            foreach (var o in garbage)
                Sharpy.Modules.SysModule.WriteStderr($"gc: collectable <{o.ob_type.tp_name} 0x{Interpreter.IdOf(o):x}>\n");
        bool ranCode = HandleWeakRefs(garbage);
        ranCode |= FinalizeGarbage(garbage);
        // Only code that ran can have resurrected anything.
        var still = ranCode ? StillUnreachable(garbage) : garbage;
        // delete_garbage: break the cycles (reference counting then frees the objects), or
        // under DEBUG_SAVEALL keep them in gc.garbage.
        foreach (var o in still)
        {
            if ((Debug & DebugSaveAll) != 0) Garbage.Append(o);
            else if (o.ob_refcnt > 1)
            {
                if (o.ob_type.HasManagedData) ManagedInstanceData.Clear(o);
                o.Clear();
            }
        }
        foreach (var o in garbage) Py.DECREF(o);
        // Like CPython, resurrected objects are not counted as collected.
        return still.Count;
    }

    /// <summary>
    /// untrack_tuples: each reachable exact tuple of the collected range that holds nothing
    /// that may be tracked (_PyTuple_MaybeUntrack) stops being tracked, so later collections
    /// do not traverse it. In the generation's order, as gc.c walks its list, so a tuple that
    /// holds only tuples untracked before it in this pass goes too.
    /// </summary>
    static void UntrackTuples(int start, int n, bool[] reachable)
    {
        // Untracking moves objects within s_objects: pick the tuples first.
        var tuples = s_tupleScratch;
        for (int i = 0; i < n; i++)
            if (reachable[i] && s_objects[start + i] is PyTuple t && t.ob_type == PyTuple.Type) tuples.Add(t);
        foreach (var t in tuples)
        {
            bool untrack = true;
            foreach (var item in t.Items)
            {
                if (item == null || MayBeTracked(item)) { untrack = false; break; }
            }
            if (untrack) Untrack(t);
        }
        tuples.Clear();
    }

    /// <summary>_PyObject_GC_MAY_BE_TRACKED: a container type's instance, unless it is an exact tuple or a type that is not tracked.</summary>
    static bool MayBeTracked(PyObject o)
    {
        var t = o.ob_type;
        if ((t.tp_flags & TypeFlags.HaveGC) == 0) return false;
        if (t == PyTuple.Type || o is PyType) return o.GcIndex >= 0;
        return true;
    }

    /// <summary>
    /// handle_weakrefs: clear weak references to garbage; call the callbacks of those that are
    /// not garbage (a callback is then reachable too, so it never sees a cleared object).
    /// True when a callback ran.
    /// </summary>
    static bool HandleWeakRefs(List<PyObject> garbage)
    {
        var callbacks = new List<(PyWeakReference, PyObject)>();
        HashSet<PyObject>? inGarbage = null;
        foreach (var o in garbage)
        {
            // A weakref that is garbage is cleared as well (bpo-38006): its referent may live
            // outside the garbage (an older generation, or a reference some Traverse misses)
            // and die while the cycles are broken; its callback, possibly cleared by then,
            // must not run.
            if (o is PyWeakReference garbageRef) garbageRef.ClearRef();
            if (ManagedInstanceData.WeakRefHolder(o, create: false) is not { } w) continue;
            while (w.WeakRefList is { } wr)
            {
                wr.ClearRef();
                if (wr.Callback != null
                    && !(inGarbage ??= new HashSet<PyObject>(garbage, ReferenceEqualityComparer.Instance)).Contains(wr))
                {
                    var cb = wr.Callback;
                    wr.Callback = null;
                    Py.INCREF(wr);
                    callbacks.Add((wr, cb));
                }
            }
        }
        PyWeakReference.CallCallbacks(callbacks);
        return callbacks.Count != 0;
    }

    /// <summary>finalize_garbage: run each finalizer once (PEP 442); true when one ran.</summary>
    static bool FinalizeGarbage(List<PyObject> garbage)
    {
        bool ran = false;
        foreach (var o in garbage)
        {
            var fin = o.ob_type.tp_finalize;
            if (fin == null || o.Finalized) continue;
            o.Finalized = true;
            ran = true;
            var saved = Errors.GetRaisedException();
            fin(o);
            Errors.SetRaisedException(saved);
        }
        return ran;
    }

    /// <summary>handle_resurrected_objects: what a finalizer made reachable again is not garbage.</summary>
    static List<PyObject> StillUnreachable(List<PyObject> garbage)
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
