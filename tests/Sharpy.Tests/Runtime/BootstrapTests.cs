using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Runtime;

public class BootstrapTests
{
    public BootstrapTests() => Interpreter.Initialize();

    [Fact]
    public void BuiltinTypesHaveCPythonNamesBasesAndMro()
    {
        Assert.Equal("int", PyLong.Type.tp_name);
        Assert.Same(PyLong.Type, PyBool.Type.tp_base);
        Assert.Same(PyType.Type, PyLong.Type.ob_type);
        Assert.Same(PyType.Type, PyType.Type.ob_type);
        Assert.Equal(new PyObject[] { PyBool.Type, PyLong.Type, PyBaseObject.Type }, PyBool.Type.tp_mro.Items);
        Assert.True(Abstract.IsSubtype(PyExc.ZeroDivisionError, PyExc.ArithmeticError));
    }

    [Fact]
    public void DictStoresAndFindsStrKeysInInsertionOrder()
    {
        var d = PyDict.New();
        for (int i = 0; i < 100; i++) Assert.Equal(0, d.SetItem(PyUnicode.FromString("k" + i), PyLong.FromLong(i)));
        Assert.Equal(100, d.Count);
        Assert.Equal(42L, ((PyLong)d.GetItemString("k42")!).Value);
        Assert.Equal(0, d.DelItem(PyUnicode.FromString("k0")));
        int pos = 0;
        Assert.True(d.Next(ref pos, out var k, out _));
        Assert.Equal("k1", ((PyUnicode)k).Value);
    }

    [Fact]
    public void WrapperDescriptorsExistForBuiltinSlots()
    {
        Assert.IsType<PyWrapperDescr>(PyBaseObject.Type.tp_dict.GetItemString("__repr__"));
    }

    [Fact]
    public void RefcountReachingZeroReleasesContents()
    {
        var inner = PyList.New();
        var outer = PyList.New();
        outer.Append(inner);
        Assert.Equal(2, inner.ob_refcnt);
        Py.DECREF(outer);
        Assert.Equal(1, inner.ob_refcnt);
    }
}
