using System;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Generators;

/// <summary>[PyModule] classes: CreateModule, the module table, and module functions' messages.</summary>
public class ModuleTests
{
    public ModuleTests() => Interpreter.Initialize();

    static PyObject? Call(PyObject f, params PyObject[] args) => Calls.CallArgs(f, args);

    static string Error(PyObject? result)
    {
        Assert.Null(result);
        var e = Errors.GetRaisedException();
        Assert.NotNull(e);
        var msg = e!.Args.Count > 0 && e.Args.Items[0] is PyUnicode u ? u.Value : "";
        return e.ob_type.tp_name + ": " + msg;
    }

    [Fact]
    public void CreateModuleAddsFunctionsThenRunsInitModule()
    {
        var m = SharpyDeclaredModules.CreateDeclared("_sharpy_testmod");
        Assert.NotNull(m);
        Assert.Null(SharpyDeclaredModules.CreateDeclared("nonexistent"));
        Assert.False(Errors.Occurred());
        Assert.Equal("_sharpy_testmod", ((PyUnicode)m!.Dict.GetItemString("__name__")!).Value);
        Assert.Equal("A module for the generator's tests.", ((PyUnicode)m.Dict.GetItemString("__doc__")!).Value);
        Assert.Equal(42L, ((PyLong)m.Dict.GetItemString("ANSWER")!).Value);
        Assert.Equal(2L, ((PyLong)m.Dict.GetItemString("ENOENT")!).Value);
        Assert.Equal(long.MaxValue, ((PyLong)m.Dict.GetItemString("MAXSIZE")!).Value);
        Assert.Equal(Math.PI, ((PyFloat)m.Dict.GetItemString("pi")!).Value);
        Assert.Equal("/", ((PyUnicode)m.Dict.GetItemString("sep")!).Value);
        Assert.Same(PyBool.True, m.Dict.GetItemString("flag"));
        Assert.Same(TestThing.Type, m.Dict.GetItemString("Thing"));
        Assert.Single(SharpyDeclaredModules.Table);

        var sqrt = (PyCFunction)m.Dict.GetItemString("sqrt")!;
        Assert.Equal("<built-in function sqrt>", ((PyUnicode)Abstract.Repr(sqrt)!).Value);
        Assert.Equal("sqrt($module, x, /)\n--\n\nReturn the square root of x.", sqrt.Doc);
        Assert.Equal("Return the square root of x.", ((PyUnicode)Abstract.GetAttr(sqrt, "__doc__")!).Value);
        Assert.Equal("($module, x, /)", ((PyUnicode)Abstract.GetAttr(sqrt, "__text_signature__")!).Value);
        Assert.Equal("($module, /, a, b, *, rel_tol=1e-09)", ((PyUnicode)Abstract.GetAttr(m.Dict.GetItemString("isclose")!, "__text_signature__")!).Value);
        Assert.Same(Py.None, Abstract.GetAttr(m.Dict.GetItemString("count")!, "__text_signature__"));
        Assert.Same(m, sqrt.Self);
        Assert.Equal(3.0, ((PyFloat)Call(sqrt, PyLong.FromLong(9))!).Value);
        Assert.Equal("TypeError: _sharpy_testmod.sqrt() takes exactly one argument (0 given)", Error(Call(sqrt)));
        Assert.Equal("TypeError: must be real number, not str", Error(Call(sqrt, PyUnicode.FromString("a"))));
        var kw = Calls.Call(sqrt, new[] { StackRef.FromBorrow(PyLong.FromLong(1)) }, PyTuple.Pack(PyUnicode.FromString("x")));
        Assert.Equal("TypeError: _sharpy_testmod.sqrt() takes no keyword arguments", Error(kw));

        Assert.Same(m, Call(m.Dict.GetItemString("whoami")!));
        var isclose = m.Dict.GetItemString("isclose")!;
        Assert.Same(PyBool.True, Call(isclose, PyLong.FromLong(1), PyFloat.FromDouble(1.0)));
        Assert.Equal("TypeError: isclose() missing required argument 'b' (pos 2)", Error(Call(isclose, PyLong.FromLong(1))));
        Assert.Equal(2L, ((PyLong)Call(m.Dict.GetItemString("count")!, PyLong.FromLong(1), PyLong.FromLong(2))!).Value);
    }

    [Fact]
    public void RuntimeTableListsTheDeclaredModulesSorted()
    {
        var names = Array.ConvertAll(Sharpy.Modules.BuiltinModules.Table, e => e.Name);
        Assert.Contains("builtins", names);
        Assert.Contains("sys", names);
        var sorted = (string[])names.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        Assert.Equal(sorted, names);
        Assert.Null(Sharpy.Modules.BuiltinModules.Create("no_such_module"));
        Assert.NotNull(Sharpy.Modules.BuiltinModules.Create("gc"));
    }
}
