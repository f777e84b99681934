using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Contextvars;

/// <summary>The `_contextvars` module (Modules/_contextvarsmodule.c); the types are Python/context.c's.</summary>
[PyModule("_contextvars", Doc = "Context Variables")]
public static partial class ContextvarsModule
{
    [PyConstant("Context")] static PyObject Context => Py.NewRef(PyContext.Type);
    [PyConstant("ContextVar")] static PyObject ContextVar => Py.NewRef(PyContextVar.Type);
    [PyConstant("Token")] static PyObject Token => Py.NewRef(PyContextToken.Type);

    [PyMethod("copy_context", Doc = "")]
    static PyObject? CopyContext() => PyContext.CopyCurrent();

    public static void InitModule(PyModule m)
    {
        if (PyContextToken.Type.tp_dict.GetItemString("MISSING") == null)
            PyContextToken.Type.tp_dict.SetItemString("MISSING", TokenMissing.Instance);
    }
}
