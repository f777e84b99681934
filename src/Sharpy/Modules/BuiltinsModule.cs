using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `builtins` module (Python/bltinmodule.c).</summary>
[PyModule("builtins")]
public static partial class BuiltinsModule
{
    /// <summary>The module's types, exceptions and constants.</summary>
    public static void InitModule(PyModule m)
    {
        var d = m.Dict;
        d.SetItemStringSteal("__name__", PyUnicode.FromString("builtins"));
        d.SetItemString("None", PyNone.None);
        d.SetItemString("Ellipsis", PyEllipsis.Instance);
        d.SetItemString("NotImplemented", PyNotImplemented.Instance);
        d.SetItemString("True", PyBool.True);
        d.SetItemString("False", PyBool.False);
        d.SetItemString("__debug__", PyBool.True);
        foreach (var t in new[]
        {
            PyBaseObject.Type, PyType.Type, PyLong.Type, PyBool.Type, PyFloat.Type, PyComplex.Type, PyUnicode.Type,
            PyBytes.Type, PyByteArray.Type, PyMemoryView.Type, PyList.Type, PyTuple.Type, PyDict.Type, PySet.Type, PyFrozenSet.Type, PySlice.Type,
            PyStaticMethod.Type, PyClassMethod.Type, PySuper.Type, PyRange.Type, PyEnumerate.Type, PyReversed.Type,
            PyZip.Type, PyMap.Type, PyFilter.Type, PyProperty.Type,
        })
            d.SetItemString(t.Name, t);
        d.SetItemString("BaseException", PyBaseException.Type);
        foreach (var t in PyExc.All)
            if (!t.tp_name.StartsWith('_')) d.SetItemString(t.tp_name, t);
        d.SetItemString("EnvironmentError", PyExc.OSError);
        d.SetItemString("IOError", PyExc.OSError);
    }
}
