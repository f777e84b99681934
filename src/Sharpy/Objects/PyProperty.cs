using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`property` (Objects/descrobject.c property_*).</summary>
[PyType("property", BaseType = true)]
public sealed partial class PyProperty : PyObject
{
    public PyObject? Get, Set, Del, Doc, Name;
    /// <summary>getter_doc: the doc came from the getter, so a copy with a new getter takes the new getter's.</summary>
    bool _getterDoc;

    public PyProperty(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyProperty(type);

    /// <summary>property_members: fget, fset and fdel read-only, __doc__ writable; None when unset (installed at start-up).</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        d.SetItemString("fget", new PyMemberDescr(Type, "fget", o => ref ((PyProperty)o).Get, readOnly: true, noneWhenUnset: true));
        d.SetItemString("fset", new PyMemberDescr(Type, "fset", o => ref ((PyProperty)o).Set, readOnly: true, noneWhenUnset: true));
        d.SetItemString("fdel", new PyMemberDescr(Type, "fdel", o => ref ((PyProperty)o).Del, readOnly: true, noneWhenUnset: true));
        d.SetItemString("__doc__", new PyMemberDescr(Type, "__doc__", o => ref ((PyProperty)o).Doc, noneWhenUnset: true));
    }

    /// <summary>property_init_impl: without a doc the getter's __doc__ is used; a subclass keeps it in its own __doc__.</summary>
    [PySlot("tp_init")]
    static int Init(PyProperty p, [Keyword] PyObject? fget = null, [Keyword] PyObject? fset = null,
        [Keyword] PyObject? fdel = null, [Keyword("doc")] PyObject? givenDoc = null)
    {
        static PyObject? NoneToNull(PyObject? o) => o == Py.None ? null : o;
        fget = NoneToNull(fget);
        Py.SETREF(ref p.Get, Py.XNewRef(fget));
        Py.SETREF(ref p.Set, Py.XNewRef(NoneToNull(fset)));
        Py.SETREF(ref p.Del, Py.XNewRef(NoneToNull(fdel)));
        Py.SETREF(ref p.Doc, null);
        Py.SETREF(ref p.Name, null);
        p._getterDoc = false;
        PyObject? doc = null;
        if (NoneToNull(givenDoc) is { } given) doc = Py.NewRef(given);
        else if (fget != null)
        {
            if (Abstract.LookupAttr(fget, PyUnicode.Intern("__doc__"), out doc) < 0) return -1;
            if (doc == Py.None) { Py.DECREF(doc); doc = null; }
            if (doc != null) p._getterDoc = true;
        }
        if (p.ob_type == Type)
        {
            Py.SETREF(ref p.Doc, doc);
            return 0;
        }
        // A subclass's class dict has its own __doc__, which would shadow the member: the doc
        // goes in the instance's __dict__ (or a __doc__ slot) instead.
        int err = Abstract.SetAttr(p, PyUnicode.Intern("__doc__"), doc ?? Py.None);
        Py.XDECREF(doc);
        if (err < 0)
        {
            // A subclass without a __dict__ silently dropped the doc through 3.11; kept for compatibility.
            if (!p._getterDoc && Errors.ExceptionMatches(PyExc.AttributeError))
            {
                Errors.Clear();
                return 0;
            }
            return -1;
        }
        return 0;
    }

    /// <summary>property_name: the __set_name__ name, else the getter's __name__; 0 when there is none.</summary>
    int PropertyName(out PyObject? name)
    {
        if (Name != null)
        {
            name = Py.NewRef(Name);
            return 1;
        }
        if (Get == null)
        {
            name = null;
            return 0;
        }
        return Abstract.LookupAttr(Get, PyUnicode.Intern("__name__"), out name);
    }

    /// <summary>The "property 'x' of 'C' object has no getter" message (name and qualname as reprs).</summary>
    int MissingAccessor(PyObject? obj, string what)
    {
        if (PropertyName(out var name) < 0) return -1;
        string? qual = null;
        if (obj != null)
        {
            var q = PyUnicode.FromString(TypeAttrs.QualName(obj.ob_type));
            qual = Abstract.ReprString(q);
            Py.DECREF(q);
            if (qual == null) { Py.XDECREF(name); return -1; }
        }
        string? nameRepr = name == null ? null : Abstract.ReprString(name);
        Py.XDECREF(name);
        if (name != null && nameRepr == null) return -1;
        if (nameRepr != null && qual != null) Errors.SetString(PyExc.AttributeError, $"property {nameRepr} of {qual} object has no {what}");
        else if (qual != null) Errors.SetString(PyExc.AttributeError, $"property of {qual} object has no {what}");
        else Errors.SetString(PyExc.AttributeError, $"property has no {what}");
        return -1;
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var p = (PyProperty)self;
        if (obj == null || obj == Py.None) return Py.NewRef(self);
        if (p.Get == null)
        {
            p.MissingAccessor(obj, "getter");
            return null;
        }
        return Calls.CallOneArg(p.Get, obj);
    }

    [PySlot("tp_descr_set")]
    static int DescrSet(PyObject self, PyObject obj, PyObject? value)
    {
        var p = (PyProperty)self;
        var func = value == null ? p.Del : p.Set;
        if (func == null) return p.MissingAccessor(obj, value == null ? "deleter" : "setter");
        var r = value == null ? Calls.CallOneArg(func, obj) : Calls.CallTwoArgs(func, obj, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>property_copy: type(self)(fget, fset, fdel, doc) with one accessor replaced, keeping the name.</summary>
    PyObject? Copy(PyObject? get, PyObject? set, PyObject? del)
    {
        if (get == null || get == Py.None) get = Get ?? Py.None;
        if (set == null || set == Py.None) set = Set ?? Py.None;
        if (del == null || del == Py.None) del = Del ?? Py.None;
        // A doc taken from the old getter is not kept: __init__ takes the new getter's.
        var doc = _getterDoc && get != Py.None ? Py.None : Doc ?? Py.None;
        var args = PyTuple.Pack(get, set, del, doc);
        var np = Calls.CallTuple(ob_type, args);
        Py.DECREF(args);
        if (np is PyProperty pp) Py.SETREF(ref pp.Name, Py.XNewRef(Name));
        return np;
    }

    [PyMethod("getter", Doc = "Descriptor to obtain a copy of the property with a different getter.")]
    static PyObject? Getter(PyProperty self, PyObject func) => self.Copy(func, null, null);

    [PyMethod("setter", Doc = "Descriptor to obtain a copy of the property with a different setter.")]
    static PyObject? Setter(PyProperty self, PyObject func) => self.Copy(null, func, null);

    [PyMethod("deleter", Doc = "Descriptor to obtain a copy of the property with a different deleter.")]
    static PyObject? Deleter(PyProperty self, PyObject func) => self.Copy(null, null, func);

    [PyMethod("__set_name__", Raw = "METH_VARARGS in CPython: its own message for a wrong argument count",
        Doc = "__set_name__($self, owner, name, /)\n--\n\nMethod to set name of a property.")]
    static PyObject? SetName(PyProperty self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
            return Errors.SetString(PyExc.TypeError, "__set_name__() takes no keyword arguments");
        if (args.Length != 2)
            return Errors.SetString(PyExc.TypeError, $"__set_name__() takes 2 positional arguments but {args.Length} were given");
        Py.SETREF(ref self.Name, Py.NewRef(args[1].AsBorrowed));
        return Py.None;
    }

    [PyGetter("__name__")]
    static PyObject? GetName(PyProperty self)
    {
        if (self.PropertyName(out var name) < 0) return null;
        if (name == null) return Errors.SetString(PyExc.AttributeError, "'property' object has no attribute '__name__'");
        return name;
    }

    [PySetter("__name__")]
    static int SetNameAttr(PyProperty self, PyObject? value)
    {
        Py.SETREF(ref self.Name, Py.XNewRef(value));
        return 0;
    }

    /// <summary>True when any accessor has a true __isabstractmethod__ (_PyObject_IsAbstract).</summary>
    [PyGetter("__isabstractmethod__")]
    static PyObject? GetIsAbstract(PyProperty self)
    {
        foreach (var f in new[] { self.Get, self.Set, self.Del })
        {
            int r = IsAbstract(f);
            if (r < 0) return null;
            if (r > 0) return Py.NewRef(PyBool.True);
        }
        return Py.NewRef(PyBool.False);
    }

    /// <summary>_PyObject_IsAbstract: obj.__isabstractmethod__ is true; 0 for a null obj or a missing attribute.</summary>
    internal static int IsAbstract(PyObject? obj)
    {
        if (obj == null) return 0;
        int r = Abstract.LookupAttr(obj, PyUnicode.Intern("__isabstractmethod__"), out var v);
        if (r <= 0) return r;
        r = Abstract.IsTrue(v!);
        Py.DECREF(v!);
        return r;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Get);
        Py.CLEAR(ref Set);
        Py.CLEAR(ref Del);
        Py.CLEAR(ref Doc);
        Py.CLEAR(ref Name);
    }

    /// <summary>property_clear: only the doc is dropped (it may refer back to the property).</summary>
    protected internal override void Clear() => Py.CLEAR(ref Doc);

    protected internal override void Traverse(Visitor visit)
    {
        if (Get != null) visit(Get);
        if (Set != null) visit(Set);
        if (Del != null) visit(Del);
        if (Doc != null) visit(Doc);
        if (Name != null) visit(Name);
    }
}
