using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `gc` module (Modules/gcmodule.c): the cycle collector's controls (the collector is Runtime/Gc.cs).</summary>
[PyModule("gc")]
public static partial class GcModule
{
    [PyConstant("DEBUG_STATS")] const int DebugStats = Gc.DebugStats;
    [PyConstant("DEBUG_COLLECTABLE")] const int DebugCollectable = Gc.DebugCollectable;
    [PyConstant("DEBUG_UNCOLLECTABLE")] const int DebugUncollectable = Gc.DebugUncollectable;
    [PyConstant("DEBUG_SAVEALL")] const int DebugSaveAll = Gc.DebugSaveAll;
    [PyConstant("DEBUG_LEAK")] const int DebugLeak = Gc.DebugCollectable | Gc.DebugUncollectable | Gc.DebugSaveAll;
    [PyConstant("garbage")] static PyObject Garbage => Py.NewRef(Gc.Garbage);
    [PyConstant("callbacks")] static PyObject Callbacks => Py.NewRef(Gc.Callbacks);

    [PyMethod("collect", Doc = "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.")]
    static PyObject? Collect([Keyword] int generation = Gc.NumGenerations - 1)
    {
        if (generation < 0 || generation >= Gc.NumGenerations)
            return Errors.SetString(PyExc.ValueError, "invalid generation");
        return PyLong.FromLong(Gc.Collect(generation));
    }

    [PyMethod("enable", Doc = "Enable automatic garbage collection.")]
    static void Enable() => Gc.Enabled = true;

    [PyMethod("disable", Doc = "Disable automatic garbage collection.")]
    static void Disable() => Gc.Enabled = false;

    [PyMethod("isenabled", Doc = "Returns true if automatic garbage collection is enabled.")]
    static bool IsEnabled() => Gc.Enabled;

    [PyMethod("set_debug", Doc = "Set the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.")]
    static void SetDebug(int flags) => Gc.Debug = flags;

    [PyMethod("get_debug", Doc = "Get the garbage collection debugging flags.")]
    static long GetDebug() => Gc.Debug;

    [PyMethod("set_threshold", Raw = "gcmodule.c parses it with PyArg_ParseTuple(\"i|ii\") and its own count message", TextSignature = "",
        Doc = "set_threshold(threshold0, [threshold1, [threshold2]])\nSet the collection thresholds (the collection frequency).\n\nSetting 'threshold0' to zero disables collection.\n")]
    static PyObject? SetThreshold(System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
            return Errors.SetString(PyExc.TypeError, "set_threshold() takes no keyword arguments");
        if (args.Length < 1 || args.Length > 3)
            return Errors.SetString(PyExc.TypeError, "gc.set_threshold requires 1 to 3 arguments");
        var values = new int[args.Length];
        for (int i = 0; i < args.Length; i++)
            if (!ArgParse.ToInt(args[i].Obj!, out values[i])) return null;
        Gc.Threshold0 = values[0];
        if (values.Length > 1) Gc.Threshold1 = values[1];
        // The third threshold is accepted and ignored, as in 3.14 (generation 2 has none).
        return Py.None;
    }

    [PyMethod("get_threshold", Doc = "Return the current collection thresholds.")]
    static PyObject? GetThreshold()
        => PyTuple.FromStolen([PyLong.FromLong(Gc.Threshold0), PyLong.FromLong(Gc.Threshold1), PyLong.FromLong(0)]);

    [PyMethod("get_count", Doc = "Return a three-tuple of the current collection counts.")]
    static PyObject? GetCount()
        => PyTuple.FromStolen([PyLong.FromLong(Gc.GenerationSize(0)), PyLong.FromLong(Gc.Count1), PyLong.FromLong(Gc.Count2)]);

    [PyMethod("get_stats", Doc = "Return a list of dictionaries containing per-generation statistics.")]
    static PyObject? GetStats()
    {
        var result = PyList.New();
        foreach (var (collections, collected, uncollectable) in Gc.Stats)
        {
            var d = PyDict.New();
            d.SetItemStringSteal("collections", PyLong.FromLong(collections));
            d.SetItemStringSteal("collected", PyLong.FromLong(collected));
            d.SetItemStringSteal("uncollectable", PyLong.FromLong(uncollectable));
            result.AppendSteal(d);
        }
        return result;
    }

    [PyMethod("get_objects", Doc = "Return a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.")]
    static PyObject? GetObjects([Keyword] long? generation = null)
    {
        // -1 is the C default that stands for None.
        if (generation == -1) generation = null;
        if (generation >= Gc.NumGenerations)
            return Errors.SetString(PyExc.ValueError, $"generation parameter must be less than the number of available generations ({Gc.NumGenerations})");
        if (generation < 0)
            return Errors.SetString(PyExc.ValueError, "generation parameter cannot be negative");
        var objects = Gc.Objects((int?)generation);
        var result = PyList.New();
        foreach (var o in objects) result.Append(o);
        return result;
    }

    [PyMethod("get_referrers", Doc = "Return the list of objects that directly refer to any of 'objs'.")]
    static PyObject? GetReferrers([VarArgs] PyTuple objs)
    {
        var wanted = new HashSet<PyObject>(objs.Items[..objs.Count], ReferenceEqualityComparer.Instance);
        var referrers = new List<PyObject>();
        bool refers = false;
        Visitor check = r => { if (r != null && wanted.Contains(r)) refers = true; };
        foreach (var o in Gc.Objects(null))
        {
            if (ReferenceEquals(o, objs)) continue;
            refers = false;
            Gc.TraverseAll(o, check);
            if (refers) referrers.Add(o);
        }
        var result = PyList.New();
        foreach (var o in referrers) result.Append(o);
        return result;
    }

    [PyMethod("get_referents", Doc = "Return the list of objects that are directly referred to by 'objs'.")]
    static PyObject? GetReferents([VarArgs] PyTuple objs)
    {
        var referents = new List<PyObject>();
        for (int i = 0; i < objs.Count; i++)
        {
            var o = objs.Items[i];
            if ((o.ob_type.tp_flags & TypeFlags.HaveGC) == 0) continue;
            Gc.TraverseAll(o, r => { if (r != null) referents.Add(r); });
        }
        var result = PyList.New();
        foreach (var r in referents) result.Append(r);
        return result;
    }

    [PyMethod("is_tracked", Doc = "Returns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.")]
    static bool IsTracked(PyObject obj) => Gc.IsTracked(obj);

    [PyMethod("is_finalized", Doc = "Returns true if the object has been already finalized by the GC.")]
    static bool IsFinalized(PyObject obj)
        => (obj.ob_type.tp_flags & TypeFlags.HaveGC) != 0 && obj.Finalized;

    [PyMethod("freeze", Doc = "Freeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.")]
    static void Freeze() => Gc.Freeze();

    [PyMethod("unfreeze", Doc = "Unfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.")]
    static void Unfreeze() => Gc.Unfreeze();

    [PyMethod("get_freeze_count", Doc = "Return the number of objects in the permanent generation.")]
    static long GetFreezeCount() => Gc.FrozenCount;
}
