using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_typing` module (Modules/_typingmodule.c): the C-level typing primitives that typing.py
/// imports (the types live in Objects/, as CPython's typevarobject.c and unionobject.c).
/// </summary>
[PyModule("_typing", Doc = "Primitives and accelerators for the typing module.\n")]
public static partial class TypingModule
{
    [PyMethod("_idfunc")]
    static PyObject? IdFunc(PyObject x) => Py.NewRef(x);

    [PyConstant("TypeVar")] static PyObject TypeVar => Py.NewRef(PyTypeVar.Type);
    [PyConstant("ParamSpec")] static PyObject ParamSpec => Py.NewRef(PyParamSpec.Type);
    [PyConstant("ParamSpecArgs")] static PyObject ParamSpecArgs => Py.NewRef(PyParamSpecArgs.Type);
    [PyConstant("ParamSpecKwargs")] static PyObject ParamSpecKwargs => Py.NewRef(PyParamSpecKwargs.Type);
    [PyConstant("TypeVarTuple")] static PyObject TypeVarTuple => Py.NewRef(PyTypeVarTuple.Type);
    [PyConstant("TypeAliasType")] static PyObject TypeAliasType => Py.NewRef(PyTypeAlias.Type);
    [PyConstant("Generic")] static PyObject Generic => Py.NewRef(PyGeneric.Type);
    [PyConstant("Union")] static PyObject Union => Py.NewRef(PyUnion.Type);
    [PyConstant("NoDefault")] static PyObject NoDefault => PyNoDefault.Instance;
}
