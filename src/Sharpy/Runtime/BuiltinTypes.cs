using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Start-up of the builtin types. The generated half (BuiltinTypes.g.cs) creates each
/// declared type and fills its slots and methods; this half orders the bootstrap, since
/// `type`, `object`, `str` and `dict` are needed to make any type at all.
/// </summary>
internal static partial class BuiltinTypes
{
    static bool s_done;

    public static void Init()
    {
        if (s_done) return;
        s_done = true;
        CreateDeclaredTypes();
        // `type` is its own type; every type made before `type` existed gets it now.
        foreach (var t in DeclaredTypes()) t.ob_type = PyType.Type;
        Py.None.ob_type = PyNone.Type;
        Py.NotImplemented.ob_type = PyNotImplemented.Type;
        PyEllipsis.Instance.ob_type = PyEllipsis.Type;
        PyBool.True.ob_type = PyBool.Type;
        PyBool.False.ob_type = PyBool.Type;
        PyLong.InitSmallInts();
        PyTuple.InitEmpty();
        // The exception hierarchy: types without a C# class of their own, and the Python
        // bases of the declared ones (Exception, ValueError, ... have no C# class).
        PyExc.Create();
        var all = new System.Collections.Generic.List<PyType>(DeclaredTypes());
        foreach (var t in PyExc.All) if (!all.Contains(t)) all.Add(t);
        foreach (var t in all)
        {
            t.tp_dict = PyDict.New();
            if (GcTypes.HoldsReferences(t.InstanceClass)) t.tp_flags |= TypeFlags.HaveGC;
            // tp_weaklistoffset: builtin types whose instances keep a weakref list (not object, not
            // exceptions, not weakref.ref itself: the list is there for subclasses that add __weakref__).
            t.SupportsWeakRefs = typeof(IWeakReferenceable).IsAssignableFrom(t.InstanceClass)
                && t.InstanceClass != typeof(PyInstance) && t.InstanceClass != typeof(PyBaseObject)
                && !typeof(PyBaseException).IsAssignableFrom(t.InstanceClass) && !typeof(PyWeakReference).IsAssignableFrom(t.InstanceClass);
        }
        // As in type_ready: a type's own slots and methods, their wrapper descriptors, then
        // the MRO and what it inherits from its base.
        foreach (var t in new[] { PyDict.Type, PyMappingProxy.Type, FrameLocalsProxy.Type }) t.tp_flags |= TypeFlags.Mapping;
        foreach (var t in new[] { PyList.Type, PyTuple.Type, PyRange.Type, PyMemoryView.Type, Sharpy.Modules.Collections.PyDeque.Type, Sharpy.Modules.PyArray.Type })
            t.tp_flags |= TypeFlags.Sequence;
        foreach (var t in new[] { PyBool.Type, PyByteArray.Type, PyBytes.Type, PyDict.Type, PyFloat.Type, PyFrozenSet.Type, PyLong.Type, PyList.Type, PySet.Type, PyUnicode.Type, PyTuple.Type })
            t.tp_flags |= TypeFlags.MatchSelf;
        PyLong.Type.tp_flags |= TypeFlags.LongSubclass;
        PyList.Type.tp_flags |= TypeFlags.ListSubclass;
        PyTuple.Type.tp_flags |= TypeFlags.TupleSubclass;
        PyBytes.Type.tp_flags |= TypeFlags.BytesSubclass;
        PyUnicode.Type.tp_flags |= TypeFlags.UnicodeSubclass;
        PyDict.Type.tp_flags |= TypeFlags.DictSubclass;
        PyBaseException.Type.tp_flags |= TypeFlags.BaseExcSubclass;
        PyType.Type.tp_flags |= TypeFlags.TypeSubclass | TypeFlags.ItemsAtEnd;
        foreach (var t in new[] { PyType.Type, PyFunction.Type, PyMethod.Type, PyCFunction.Type, PyMethodDescr.Type, PyWeakReference.Type,
                     PyGenericAlias.Type, Sharpy.Modules.Functools.Partial.Type })
            t.tp_flags |= TypeFlags.HaveVectorcall;
        foreach (var t in new[] { PyFunction.Type, PyMethodDescr.Type, PyWrapperDescr.Type }) t.tp_flags |= TypeFlags.MethodDescriptor;
        FillDeclaredTypes();
        PyInterpolation.InstallMembers();
        PyProperty.InstallMembers();
        PyCFunction.InstallMembers();
        PyFunction.InstallMembers();
        PyComplex.InstallMembers();
        PySuper.InstallMembers();
        foreach (var t in all) SlotDefs.AddOperators(t);
        foreach (var t in all) TypeReady.Ready(t);
        PyBaseObject.Type.tp_alloc = t => new PyInstance(t);
        TypingSupport.InitTypes();
        PyExc.Finish();
    }
}
