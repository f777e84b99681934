using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>A builtin type's object field, by reference: what a PyMemberDef's offset names.</summary>
public delegate ref PyObject? MemberField(PyObject self);

/// <summary>A builtin type's Py_ssize_t field, by reference (a Py_T_PYSSIZET member).</summary>
public delegate ref long SsizeMemberField(PyObject self);

/// <summary>
/// `member_descriptor` (Objects/descrobject.c): an object field stored in the instance itself
/// (CPython's T_OBJECT_EX members). Either a `__slots__` entry of a class statement (an index
/// into the instance's slot values) or a field of a builtin type's C# class, given as a
/// <see cref="MemberField"/> (e.g. `self => ref ((PyFoo)self).Bar`).
/// An unset field reads as AttributeError, unless <see cref="NoneWhenUnset"/> (T_OBJECT).
/// </summary>
[PyType("member_descriptor")]
public sealed partial class PyMemberDescr : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly string? Doc;
    public readonly bool ReadOnly;
    public readonly bool NoneWhenUnset;
    /// <summary>A `__slots__` member: index into <see cref="PyInstance.Slots"/>; -1 for a builtin field.</summary>
    public readonly int SlotIndex;
    readonly MemberField? _field;
    readonly SsizeMemberField? _ssize;
    readonly System.Func<PyObject, PyObject?>? _read;

    /// <summary>A member of a builtin type: immortal, as the type is.</summary>
    public PyMemberDescr(PyType owner, string name, MemberField field, string? doc = null, bool readOnly = false, bool noneWhenUnset = false)
        : this(owner, name, doc, readOnly)
    {
        _field = field;
        NoneWhenUnset = noneWhenUnset;
    }

    /// <summary>A Py_T_PYSSIZET member of a builtin type: an int, which cannot be deleted.</summary>
    public PyMemberDescr(PyType owner, string name, SsizeMemberField field, string? doc = null, bool readOnly = false)
        : this(owner, name, doc, readOnly) => _ssize = field;

    /// <summary>
    /// A read-only member of a builtin type whose field is not an object (Py_T_DOUBLE, ...):
    /// <paramref name="read"/> boxes the field as a new reference.
    /// </summary>
    public PyMemberDescr(PyType owner, string name, System.Func<PyObject, PyObject?> read, string? doc)
        : this(owner, name, doc, readOnly: true) => _read = read;

    /// <summary>What every member of a builtin type has; the field accessor is the caller's.</summary>
    PyMemberDescr(PyType owner, string name, string? doc, bool readOnly) : base(Type)
    {
        Owner = owner;
        Name = name;
        Doc = doc;
        ReadOnly = readOnly;
        SlotIndex = -1;
        SetImmortal();
    }

    /// <summary>A `__slots__` member of a class statement's type; holds a reference to the type.</summary>
    public PyMemberDescr(PyType owner, string name, int slotIndex) : base(Type)
    {
        Owner = Py.NewRef(owner);
        Name = name;
        SlotIndex = slotIndex;
    }

    /// <summary>The field of <paramref name="obj"/> this member names (obj already checked against Owner).</summary>
    ref PyObject? Field(PyObject obj)
    {
        if (_field != null) return ref _field(obj);
        if (obj is PyInstance i) return ref i.Slots![SlotIndex];
        return ref ManagedInstanceData.SlotsOf(obj)[SlotIndex];
    }

    bool CheckSelf(PyObject obj)
    {
        if (Abstract.TypeCheck(obj, Owner)) return true;
        Errors.SetString(PyExc.TypeError, $"descriptor '{Name}' for '{Owner.tp_name}' objects doesn't apply to a '{obj.ob_type.tp_name}' object");
        return false;
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject descr, PyObject? obj, PyObject? type)
    {
        var d = (PyMemberDescr)descr;
        if (obj == null) return Py.NewRef(descr);
        if (!d.CheckSelf(obj)) return null;
        if (d._read != null) return d._read(obj);
        if (d._ssize != null) return PyLong.FromLong(d._ssize(obj));
        var v = d.Field(obj);
        if (v != null) return Py.NewRef(v);
        if (d.NoneWhenUnset) return Py.None;
        // PyMember_GetOne's message names the type fully (%T).
        Errors.SetString(PyExc.AttributeError, $"'{TypeAttrs.FullyQualifiedName(obj.ob_type)}' object has no attribute '{d.Name}'");
        AttributeErrors.SetNameAndObj(PyUnicode.Intern(d.Name), obj);
        return null;
    }

    [PySlot("tp_descr_set")]
    static int DescrSet(PyObject descr, PyObject obj, PyObject? value)
    {
        var d = (PyMemberDescr)descr;
        if (!d.CheckSelf(obj)) return -1;
        if (d.ReadOnly)
        {
            Errors.SetString(PyExc.AttributeError, "readonly attribute");
            return -1;
        }
        if (d._ssize != null) return SetSsize(ref d._ssize(obj), value);
        ref var field = ref d.Field(obj);
        if (value == null && field == null && !d.NoneWhenUnset)
        {
            // PyMember_SetOne: deleting an unset T_OBJECT_EX member names just the attribute.
            Errors.SetString(PyExc.AttributeError, d.Name);
            return -1;
        }
        var old = field;
        field = Py.XNewRef(value);
        Py.XDECREF(old);
        return 0;
    }

    /// <summary>PyMember_SetOne for Py_T_PYSSIZET: an exact int that fits.</summary>
    static int SetSsize(ref long field, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "can't delete numeric/char attribute"); return -1; }
        if (value is not PyLong l) { Errors.SetString(PyExc.TypeError, "an integer is required"); return -1; }
        if (!l.TryGetLong(out long v))
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        field = v;
        return 0;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyMemberDescr)o;
        return PyUnicode.FromString($"<member '{d.Name}' of '{d.Owner.tp_name}' objects>");
    }

    [PyGetter("__name__")]
    static PyObject? GetName(PyMemberDescr self) => PyUnicode.FromString(self.Name);

    [PyGetter("__qualname__")]
    static PyObject? GetQualName(PyMemberDescr self) => PyUnicode.FromString(TypeAttrs.QualName(self.Owner) + "." + self.Name);

    [PyGetter("__objclass__")]
    static PyObject? GetObjClass(PyMemberDescr self) => Py.NewRef(self.Owner);

    [PyGetter("__doc__")]
    static PyObject? GetDoc(PyMemberDescr self) => self.Doc == null ? Py.None : PyUnicode.FromString(self.Doc);

    protected internal override void Traverse(Visitor visit)
    {
        if (SlotIndex >= 0) visit(Owner);
    }

    protected internal override void ReleaseReferences()
    {
        if (SlotIndex >= 0) Py.DECREF(Owner);
    }
}
