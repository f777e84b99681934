using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Hosting;

/// <summary>
/// Running Python inside a .NET program. Code runs in a module namespace of its own
/// (`__main__`-like); results come back as <see cref="PyObjectHandle"/>s that hold a
/// Python reference until disposed. A Python exception surfaces here, at the boundary,
/// as a <see cref="PythonException"/> carrying CPython's formatted traceback.
/// </summary>
public sealed class PythonEngine
{
    readonly PyModule _module;

    public PythonEngine(string moduleName = "__main__")
    {
        Interpreter.Initialize();
        _module = new PyModule(moduleName);
        _module.Dict.SetItemString("__builtins__", Interpreter.Builtins);
    }

    /// <summary>Run statements (compile mode "exec") in the engine's namespace.</summary>
    public void Execute(string source, string filename = "<string>")
    {
        var r = Run(source, filename, ParseMode.Exec);
        Py.DECREF(r);
    }

    /// <summary>Evaluate one expression (compile mode "eval") and return its value.</summary>
    public PyObjectHandle Evaluate(string expression, string filename = "<string>")
        => new(Run(expression, filename, ParseMode.Eval));

    /// <summary>A global of the engine's namespace, or null if it is not set.</summary>
    public PyObjectHandle? GetGlobal(string name)
    {
        var v = _module.Dict.GetItemString(name);
        return v == null ? null : new PyObjectHandle(Py.NewRef(v));
    }

    /// <summary>Bind a global to a .NET value converted to Python (null, bool, int, long, double, string).</summary>
    public void SetGlobal(string name, object? value)
    {
        var o = PyConvert.ToPython(value);
        _module.Dict.SetItemString(name, o);
        Py.DECREF(o);
    }

    PyObject Run(string source, string filename, ParseMode mode)
    {
        var code = Pipeline.Compile(Encoding.UTF8.GetBytes(source), filename, mode);
        if (code == null) throw PythonException.FromCurrent();
        var r = EvalLoop.EvalCode(code, _module.Dict, _module.Dict);
        Py.DECREF(code);
        return r ?? throw PythonException.FromCurrent();
    }
}

/// <summary>A Python object held by .NET code: one owned reference, released by Dispose.</summary>
public sealed class PyObjectHandle : IDisposable
{
    PyObject? _object;

    internal PyObjectHandle(PyObject owned) { _object = owned; }

    public PyObject Object => _object ?? throw new ObjectDisposedException(nameof(PyObjectHandle));

    /// <summary>repr() of the object.</summary>
    public string Repr() => Abstract.ReprString(Object) ?? throw PythonException.FromCurrent();

    public override string ToString()
    {
        var s = Abstract.Str(Object) ?? throw PythonException.FromCurrent();
        var text = ((PyUnicode)s).Value;
        Py.DECREF(s);
        return text;
    }

    /// <summary>The value as a .NET long (an int that fits), else an InvalidCastException.</summary>
    public long ToInt64() => Object is PyLong l && l.TryGetLong(out var v) ? v : throw new InvalidCastException($"'{Object.ob_type.tp_name}' is not an int that fits a long");

    public void Dispose()
    {
        var o = _object;
        _object = null;
        if (o != null) Py.DECREF(o);
    }
}

/// <summary>A Python exception that reached .NET code: its type name, message and traceback text.</summary>
public sealed class PythonException : Exception
{
    public string PythonType { get; }
    public string Traceback { get; }

    PythonException(string type, string message, string traceback) : base($"{type}: {message}")
    {
        PythonType = type;
        Traceback = traceback;
    }

    internal static PythonException FromCurrent()
    {
        var exc = Errors.GetRaisedException();
        if (exc == null) return new PythonException("SystemError", "error return without exception set", "");
        var type = exc.ob_type.Name;
        var s = Abstract.Str(exc);
        string message = s is PyUnicode u ? u.Value : "<exception str() failed>";
        if (s != null) Py.DECREF(s); else Errors.Clear();
        var text = TracebackPrinter.Format(exc);
        Py.DECREF(exc);
        return new PythonException(type, message, text);
    }
}

/// <summary>Conversions of .NET values to Python objects (new references).</summary>
public static class PyConvert
{
    public static PyObject ToPython(object? value) => value switch
    {
        null => Py.None,
        bool b => Py.NewBool(b),
        int i => PyLong.FromLong(i),
        long l => PyLong.FromLong(l),
        double d => PyFloat.FromDouble(d),
        string s => PyUnicode.FromString(s),
        PyObject o => Py.NewRef(o),
        _ => throw new ArgumentException($"no Python conversion for {value.GetType()}"),
    };
}
