using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `gc` module (Modules/gcmodule.c): the cycle collector's controls.</summary>
[PyModule("gc")]
public static partial class GcModule
{
    /// <summary>CPython's generations: 0 (young), 1, 2 (old); Sharpy's collector has one, so each collects all.</summary>
    const int NumGenerations = 3;

    [PyMethod("collect")]
    static PyObject? Collect([Keyword] int generation = NumGenerations - 1)
    {
        if (generation < 0 || generation >= NumGenerations)
            return Errors.SetString(PyExc.ValueError, "invalid generation");
        return PyLong.FromLong(Gc.Collect());
    }

    [PyMethod("enable")]
    static void Enable() => Gc.Enabled = true;

    [PyMethod("disable")]
    static void Disable() => Gc.Enabled = false;

    [PyMethod("isenabled")]
    static bool IsEnabled() => Gc.Enabled;

    [PyMethod("is_tracked")]
    static bool IsTracked(PyObject obj) => Gc.IsTracked(obj);

    [PyMethod("get_threshold")]
    static PyObject? GetThreshold()
        => PyTuple.FromStolen([PyLong.FromLong(Gc.Threshold), PyLong.FromLong(Gc.Threshold1), PyLong.FromLong(0)]);

    /// <summary>gc_set_threshold: threshold0, then threshold1; 3.14 ignores threshold2.</summary>
    [PyMethod("set_threshold", Doc = "set_threshold(threshold0, [threshold1, [threshold2]])\nSet the collection thresholds (the collection frequency).\n\nSetting 'threshold0' to zero disables collection.\n")]
    static PyObject? SetThreshold([VarArgs] PyTuple args)
    {
        if (args.Count < 1 || args.Count > 3) return Errors.SetString(PyExc.TypeError, "gc.set_threshold requires 1 to 3 arguments");
        var values = new int[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            if (args.Items[i] is not PyLong) return Errors.SetString(PyExc.TypeError, $"'{args.Items[i].ob_type.tp_name}' object cannot be interpreted as an integer");
            long v = Abstract.AsSsize(args.Items[i], PyExc.OverflowError);
            if (v == -1 && Errors.Occurred()) return null;
            if (v > int.MaxValue || v < int.MinValue) return Errors.SetString(PyExc.OverflowError, $"signed integer is {(v < 0 ? "less than minimum" : "greater than maximum")}");
            values[i] = (int)v;
        }
        Gc.Threshold = values[0];
        if (values.Length > 1) Gc.Threshold1 = values[1];
        return Py.None;
    }

    [PyMethod("get_count")]
    static PyObject? GetCount()
        => PyTuple.FromStolen([PyLong.FromLong(Gc.TrackedCount), PyLong.FromLong(0), PyLong.FromLong(0)]);
}
