using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `builtins` module (Python/bltinmodule.c).</summary>
[PyModule("builtins")]
public static partial class BuiltinsModule
{
    [PyConstant("None")] static PyObject None => Py.None;
    [PyConstant("Ellipsis")] static PyObject Ellipsis => Py.NewRef(PyEllipsis.Instance);
    [PyConstant("NotImplemented")] static PyObject NotImplemented => Py.NotImplemented;
    [PyConstant("True")] const bool True = true;
    [PyConstant("False")] const bool False = false;
    [PyConstant] const bool __debug__ = true;

    // The builtin types.
    [PyConstant("object")] static PyObject PyBaseObjectType => Py.NewRef(PyBaseObject.Type);
    [PyConstant("type")] static PyObject PyTypeType => Py.NewRef(PyType.Type);
    [PyConstant("int")] static PyObject PyLongType => Py.NewRef(PyLong.Type);
    [PyConstant("bool")] static PyObject PyBoolType => Py.NewRef(PyBool.Type);
    [PyConstant("float")] static PyObject PyFloatType => Py.NewRef(PyFloat.Type);
    [PyConstant("complex")] static PyObject PyComplexType => Py.NewRef(PyComplex.Type);
    [PyConstant("str")] static PyObject PyUnicodeType => Py.NewRef(PyUnicode.Type);
    [PyConstant("bytes")] static PyObject PyBytesType => Py.NewRef(PyBytes.Type);
    [PyConstant("bytearray")] static PyObject PyByteArrayType => Py.NewRef(PyByteArray.Type);
    [PyConstant("memoryview")] static PyObject PyMemoryViewType => Py.NewRef(PyMemoryView.Type);
    [PyConstant("list")] static PyObject PyListType => Py.NewRef(PyList.Type);
    [PyConstant("tuple")] static PyObject PyTupleType => Py.NewRef(PyTuple.Type);
    [PyConstant("dict")] static PyObject PyDictType => Py.NewRef(PyDict.Type);
    [PyConstant("set")] static PyObject PySetType => Py.NewRef(PySet.Type);
    [PyConstant("frozenset")] static PyObject PyFrozenSetType => Py.NewRef(PyFrozenSet.Type);
    [PyConstant("slice")] static PyObject PySliceType => Py.NewRef(PySlice.Type);
    [PyConstant("staticmethod")] static PyObject PyStaticMethodType => Py.NewRef(PyStaticMethod.Type);
    [PyConstant("classmethod")] static PyObject PyClassMethodType => Py.NewRef(PyClassMethod.Type);
    [PyConstant("super")] static PyObject PySuperType => Py.NewRef(PySuper.Type);
    [PyConstant("range")] static PyObject PyRangeType => Py.NewRef(PyRange.Type);
    [PyConstant("enumerate")] static PyObject PyEnumerateType => Py.NewRef(PyEnumerate.Type);
    [PyConstant("reversed")] static PyObject PyReversedType => Py.NewRef(PyReversed.Type);
    [PyConstant("zip")] static PyObject PyZipType => Py.NewRef(PyZip.Type);
    [PyConstant("map")] static PyObject PyMapType => Py.NewRef(PyMap.Type);
    [PyConstant("filter")] static PyObject PyFilterType => Py.NewRef(PyFilter.Type);
    [PyConstant("property")] static PyObject PyPropertyType => Py.NewRef(PyProperty.Type);

    /// <summary>The exceptions: PyExc's table, which is built at start-up.</summary>
    public static void InitModule(PyModule m)
    {
        var d = m.Dict;
        d.SetItemString("BaseException", PyBaseException.Type);
        // _IncompleteInputError too: codeop catches it by its builtin name.
        foreach (var t in PyExc.All) d.SetItemString(t.tp_name, t);
        d.SetItemString("EnvironmentError", PyExc.OSError);
        d.SetItemString("IOError", PyExc.OSError);
    }
}
