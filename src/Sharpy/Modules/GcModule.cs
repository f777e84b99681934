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
        => PyTuple.FromStolen([PyLong.FromLong(Gc.Threshold), PyLong.FromLong(10), PyLong.FromLong(0)]);

    [PyMethod("get_count")]
    static PyObject? GetCount()
        => PyTuple.FromStolen([PyLong.FromLong(Gc.TrackedCount), PyLong.FromLong(0), PyLong.FromLong(0)]);
}
