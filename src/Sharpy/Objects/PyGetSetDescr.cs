using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>A getset's getter: a new reference, or null with an exception set.</summary>
public delegate PyObject? GetterFunc(PyObject self);

/// <summary>A getset's setter: value null deletes; 0, or -1 with an exception set.</summary>
public delegate int SetterFunc(PyObject self, PyObject? value);

/// <summary>
/// `getset_descriptor` (Objects/descrobject.c): a computed attribute of a builtin type's
/// instances, declared with [PyGetter] / [PySetter].
/// </summary>
[PyType("getset_descriptor")]
public sealed partial class PyGetSetDescr : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly GetterFunc? Getter;
    public readonly SetterFunc? Setter;
    public readonly string? Doc;

    public PyGetSetDescr(PyType owner, string name, GetterFunc? getter, SetterFunc? setter, string? doc) : base(Type)
    {
        Owner = owner;
        Name = name;
        Getter = getter;
        Setter = setter;
        Doc = doc;
        SetImmortal();
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
        var d = (PyGetSetDescr)descr;
        if (obj == null) return Py.NewRef(descr);
        if (!d.CheckSelf(obj)) return null;
        if (d.Getter == null)
            return Errors.SetString(PyExc.AttributeError, $"attribute '{d.Name}' of '{d.Owner.tp_name}' objects is not readable");
        return d.Getter(obj);
    }

    [PySlot("tp_descr_set")]
    static int DescrSet(PyObject descr, PyObject obj, PyObject? value)
    {
        var d = (PyGetSetDescr)descr;
        if (!d.CheckSelf(obj)) return -1;
        if (d.Setter == null)
        {
            Errors.SetString(PyExc.AttributeError, $"attribute '{d.Name}' of '{d.Owner.tp_name}' objects is not writable");
            return -1;
        }
        return d.Setter(obj, value);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyGetSetDescr)o;
        return PyUnicode.FromString($"<attribute '{d.Name}' of '{d.Owner.tp_name}' objects>");
    }

    [PyGetter("__name__")]
    static PyObject? GetName(PyGetSetDescr self) => PyUnicode.FromString(self.Name);

    [PyGetter("__qualname__")]
    static PyObject? GetQualName(PyGetSetDescr self) => PyUnicode.FromString(self.Owner.Name + "." + self.Name);

    [PyGetter("__objclass__")]
    static PyObject? GetObjClass(PyGetSetDescr self) => Py.NewRef(self.Owner);

    [PyGetter("__doc__")]
    static PyObject? GetDoc(PyGetSetDescr self) => self.Doc == null ? Py.None : PyUnicode.FromString(self.Doc);
}
