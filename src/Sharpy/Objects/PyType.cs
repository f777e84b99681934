using System;
using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// A type object (Objects/typeobject.c). Slots are delegate fields named as CPython's
/// (tp_repr, nb_add, ...), generated from the slot list in tools/gen_slots.py
/// (PyType.SlotFields.g.cs). A builtin type's slots are filled by the code the source
/// generator emits from its declaration; a class statement's type gets slots that call
/// its Python methods (see <see cref="SlotDefs"/>).
/// </summary>
[PyType("type", BaseType = true, Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type")]
public sealed partial class PyType : PyObject, IWeakReferenceable
{
    public string tp_name;
    /// <summary>tp_weaklist: classes and builtin types can be weakly referenced (WeakSet of classes in abc, functools).</summary>
    public PyWeakReference? WeakRefList { get; set; }
    public PyType? tp_base;
    public PyTuple tp_bases = null!;
    /// <summary>The MRO; a new one invalidates the type's cached lookups.</summary>
    public PyTuple tp_mro
    {
        get => _mro;
        set
        {
            _mro = value;
            Modified();
        }
    }
    PyTuple _mro = null!;
    /// <summary>The type's namespace; its changes invalidate the type's cached lookups.</summary>
    public PyDict tp_dict
    {
        get => _dict;
        set
        {
            _dict = value;
            value.OwnerType = this;
            Modified();
        }
    }
    PyDict _dict = null!;
    public TypeFlags tp_flags;
    /// <summary>The C# class instances of this type are made of (the "solid base").</summary>
    public Type InstanceClass;
    public string? tp_doc;
    /// <summary>__qualname__ of a heap type (ht_qualname).</summary>
    public string? HeapQualName;
    /// <summary>__name__ of a heap type made from a spec, whose tp_name keeps the module ("zoneinfo.ZoneInfo"): ht_name.</summary>
    public string? HeapName;

    /// <summary>A heap type's instances carry a __dict__ (tp_dictoffset != 0).</summary>
    public bool HasInstanceDict;
    /// <summary>ht_cached_keys: the attribute names indexing the inline values of instances (<see cref="PyInstance"/>), made on the first store.</summary>
    public SharedKeys? CachedKeys;
    /// <summary>Instances can be weakly referenced (tp_weaklistoffset != 0).</summary>
    public bool SupportsWeakRefs;
    /// <summary>How many `__slots__` members instances hold, this type's and its bases' (ht_slots, summed).</summary>
    public int SlotCount;
    /// <summary>Instances keep their __dict__, weakrefs or slot values in <see cref="ManagedInstanceData"/>.</summary>
    public bool HasManagedData;

    public PyType(PyType metatype, string name, Type instanceClass) : base(metatype)
    {
        tp_name = name;
        InstanceClass = instanceClass;
    }

    public bool IsHeapType => (tp_flags & TypeFlags.HeapType) != 0;
    public bool IsImmutable => (tp_flags & TypeFlags.ImmutableType) != 0;

    /// <summary>The name without the module (`__name__`).</summary>
    public string Name
    {
        get
        {
            if (IsHeapType) return HeapName ?? tp_name;
            int dot = tp_name.LastIndexOf('.');
            return dot < 0 ? tp_name : tp_name[(dot + 1)..];
        }
    }

    public override string ToString() => $"<class '{tp_name}'>";
}

[Flags]
public enum TypeFlags
{
    None = 0,
    /// <summary>Py_TPFLAGS_INLINE_VALUES: a class's instances keep their attributes inline (a managed dict, no items).</summary>
    InlineValues = 1 << 2,
    /// <summary>Py_TPFLAGS_MANAGED_WEAKREF: a class adds the weakref list its builtin base lacks (before the object).</summary>
    ManagedWeakref = 1 << 3,
    /// <summary>Py_TPFLAGS_MANAGED_DICT: a class adds the `__dict__` its builtin base lacks (tp_dictoffset -1).</summary>
    ManagedDict = 1 << 4,
    /// <summary>Py_TPFLAGS_DISALLOW_INSTANTIATION: a builtin type that cannot be called to make instances.</summary>
    DisallowInstantiation = 1 << 7,
    /// <summary>Py_TPFLAGS_IMMUTABLETYPE: the type's attributes cannot be set or deleted (builtin types, unless they opt out).</summary>
    ImmutableType = 1 << 8,
    HeapType = 1 << 9,
    BaseType = 1 << 10,
    /// <summary>Py_TPFLAGS_HAVE_VECTORCALL: calling an instance takes the vectorcall protocol (functions, methods, type).</summary>
    HaveVectorcall = 1 << 11,
    Ready = 1 << 12,
    HaveGC = 1 << 14,
    /// <summary>Py_TPFLAGS_METHOD_DESCRIPTOR: instances are unbound methods that a method call may call with self first.</summary>
    MethodDescriptor = 1 << 17,
    /// <summary>Py_TPFLAGS_IS_ABSTRACT: set by a true `__abstractmethods__`; object.__new__ refuses the class.</summary>
    IsAbstract = 1 << 20,
    /// <summary>Py_TPFLAGS_SEQUENCE / MAPPING: what match's sequence and mapping patterns accept.</summary>
    Sequence = 1 << 5,
    Mapping = 1 << 6,
    /// <summary>_Py_TPFLAGS_MATCH_SELF: a single positional class sub-pattern matches the subject.</summary>
    MatchSelf = 1 << 22,
    /// <summary>Py_TPFLAGS_ITEMS_AT_END: variable-size items after the instance's fields (type objects).</summary>
    ItemsAtEnd = 1 << 23,
    /// <summary>Py_TPFLAGS_LONG_SUBCLASS ... Py_TPFLAGS_TYPE_SUBCLASS: the builtin type an instance's type derives from (inherited).</summary>
    LongSubclass = 1 << 24,
    ListSubclass = 1 << 25,
    TupleSubclass = 1 << 26,
    BytesSubclass = 1 << 27,
    UnicodeSubclass = 1 << 28,
    DictSubclass = 1 << 29,
    BaseExcSubclass = 1 << 30,
    TypeSubclass = 1 << 31,
}

public sealed partial class PyType
{
    /// <summary>tp_subclasses: weakly held, so a dead subclass disappears.</summary>
    readonly System.Collections.Generic.List<System.WeakReference<PyType>> _subclasses = new();

    public void AddSubclass(PyType sub) => _subclasses.Add(new System.WeakReference<PyType>(sub));

    public System.Collections.Generic.List<PyType> Subclasses()
    {
        var l = new System.Collections.Generic.List<PyType>();
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var t) && t.ob_refcnt > 0) l.Add(t);
        return l;
    }

    /// <summary>type.mro() (mro_implementation): the C3 linearization, as a list.</summary>
    [PyMethod("mro", Doc = "Return a type's method resolution order.")]
    static PyObject? MroMethod(PyType self)
    {
        var mro = TypeReady.ComputeMro(self);
        if (mro == null) return null;
        var list = PyList.New();
        foreach (var t in mro.Items) list.Append(t);
        Py.DECREF(mro);
        return list;
    }

    /// <summary>type.__subclasses__(): the immediate subclasses still alive, oldest first.</summary>
    [PyMethod("__subclasses__")]
    static PyObject? SubclassesMethod(PyType self)
    {
        var list = PyList.New();
        foreach (var t in self.Subclasses()) list.Append(t);
        return list;
    }
}

public sealed partial class PyType
{
    /// <summary>type.__prepare__: the namespace for a class statement, an empty dict whatever the arguments.</summary>
    [PyMethod("__prepare__", Class = true, TextSignature = "($cls, name, bases, /, **kwds)",
        Doc = "Create the namespace for the class statement", Raw = "type_prepare ignores its arguments, whatever they are")]
    static PyObject? Prepare(PyType cls, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyDict.New();
}

public sealed partial class PyType
{
    /// <summary>type.__instancecheck__: isinstance's default (a proxy's __class__ counts).</summary>
    [PyMethod("__instancecheck__", Doc = "Check if an object is an instance.")]
    static PyObject? InstanceCheck(PyType self, PyObject instance)
    {
        int r = TypeChecks.RealIsInstance(instance, self);
        return r < 0 ? null : Py.NewBool(r > 0);
    }

    /// <summary>type.__subclasscheck__: issubclass's default.</summary>
    [PyMethod("__subclasscheck__", Doc = "Check if a class is a subclass.")]
    static PyObject? SubclassCheck(PyType self, PyObject subclass)
    {
        int r = TypeChecks.RealIsSubclass(subclass, self);
        return r < 0 ? null : Py.NewBool(r > 0);
    }
}
