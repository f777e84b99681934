using Sharpy.Runtime;

namespace Sharpy.Objects;

// The class-call part of CPython's _spec_cache (Python/specialize.c, specialize_class_call and
// get_init_for_simple_managed_python_class): what CALL_ALLOC_AND_ENTER_INIT needs to make an
// instance of a plain class and run its Python __init__ in the eval loop, without type_call.
public sealed partial class PyType
{
    /// <summary>The __init__ found for <see cref="InitSpecVersion"/> (null: not eligible), borrowed: the type's MRO holds it while the tag stands.</summary>
    PyFunction? _initSpec;
    uint _initSpecVersion;

    /// <summary>
    /// The Python function a call of this class may enter in the eval loop after allocating the
    /// instance as object.__new__ does; null when the call must go through type_call: a
    /// __new__ or a metaclass __call__ of its own, an __init__ that is not a plain Python
    /// function (or is a generator), an abstract class.
    /// </summary>
    internal PyFunction? InitForInlineCall()
    {
        if ((tp_flags & (TypeFlags.HeapType | TypeFlags.IsAbstract)) != TypeFlags.HeapType) return null;
        // (A metaclass without __call__ inherits type's tp_call delegate itself: a reference
        // compare, not the delegates' Equals, on every class call.)
        if (ob_type != Type && !ReferenceEquals(ob_type.tp_call, Type.tp_call)) return null;
        uint tag = VersionTag;
        if (tag != 0 && tag == _initSpecVersion) return _initSpec;
        if (!AssignVersionTag()) return null;
        PyFunction? init = null;
        if (tp_new == PyBaseObject.Type.tp_new && tp_alloc != null && SlotDefs.IsSlotTpInit(tp_init)
            && TypeLookup.Lookup(this, "__init__") is PyFunction f
            && (f.Code.Flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0)
            init = f;
        _initSpec = init;
        _initSpecVersion = VersionTag;
        return init;
    }
}
