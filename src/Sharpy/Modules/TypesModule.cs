using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `_types` (Modules/_typesmodule.c): the builtin types that have no builtin name, which
/// types.py re-exports; CapsuleType among them cannot be reached from Python otherwise.
/// </summary>
[PyModule("_types", Doc = "Define names for built-in types.")]
public static partial class TypesModule
{
    static int InitModule(PyModule m)
    {
        var d = m.Dict;
        d.SetItemString("AsyncGeneratorType", PyAsyncGen.Type);
        d.SetItemString("BuiltinFunctionType", PyCFunction.Type);
        d.SetItemString("BuiltinMethodType", PyCFunction.Type);
        d.SetItemString("CapsuleType", PyCapsule.Type);
        d.SetItemString("CellType", PyCell.Type);
        d.SetItemString("ClassMethodDescriptorType", PyClassMethodDescr.Type);
        d.SetItemString("CodeType", PyCode.Type);
        d.SetItemString("CoroutineType", PyCoro.Type);
        d.SetItemString("EllipsisType", PyEllipsis.Type);
        d.SetItemString("FrameType", PyFrameObject.Type);
        d.SetItemString("FunctionType", PyFunction.Type);
        d.SetItemString("GeneratorType", PyGen.Type);
        d.SetItemString("GenericAlias", PyGenericAlias.Type);
        d.SetItemString("GetSetDescriptorType", PyGetSetDescr.Type);
        d.SetItemString("LambdaType", PyFunction.Type);
        d.SetItemString("MappingProxyType", PyMappingProxy.Type);
        d.SetItemString("MemberDescriptorType", PyMemberDescr.Type);
        d.SetItemString("MethodDescriptorType", PyMethodDescr.Type);
        d.SetItemString("MethodType", PyMethod.Type);
        d.SetItemString("MethodWrapperType", PyMethodWrapper.Type);
        d.SetItemString("ModuleType", PyModule.Type);
        d.SetItemString("NoneType", PyNone.Type);
        d.SetItemString("NotImplementedType", PyNotImplemented.Type);
        d.SetItemString("SimpleNamespace", PyNamespace.Type);
        d.SetItemString("TracebackType", PyTraceBack.Type);
        d.SetItemString("UnionType", PyUnion.Type);
        d.SetItemString("WrapperDescriptorType", PyWrapperDescr.Type);
        return 0;
    }
}
