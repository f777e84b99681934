using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`property` (Objects/descrobject.c property_*).</summary>
[PyType("property", BaseType = true)]
public sealed partial class PyProperty : PyObject
{
    public PyObject? Get, Set, Del, Doc, Name;

    public PyProperty(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyProperty(type);

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var p = (PyProperty)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n > 4)
        {
            Errors.SetString(PyExc.TypeError, $"property() takes at most 4 arguments ({n} given)");
            return -1;
        }
        var slots = new PyObject?[4];
        for (int i = 0; i < n; i++) slots[i] = args[i].AsBorrowed;
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(new[] { "fget", "fset", "fdel", "doc" }, key);
            if (idx < 0)
            {
                Errors.SetString(PyExc.TypeError, $"property() got an unexpected keyword argument '{key}'");
                return -1;
            }
            slots[idx] = args[n + k].AsBorrowed;
        }
        static PyObject? NoneToNull(PyObject? o) => o == PyNone.None ? null : o;
        Py.SETREF(ref p.Get, Py.XNewRef(NoneToNull(slots[0])));
        Py.SETREF(ref p.Set, Py.XNewRef(NoneToNull(slots[1])));
        Py.SETREF(ref p.Del, Py.XNewRef(NoneToNull(slots[2])));
        var doc = NoneToNull(slots[3]);
        if (doc == null && p.Get != null)
        {
            doc = Abstract.LookupAttr(p.Get, PyUnicode.Intern("__doc__"), out var d) > 0 ? d : null;
            if (doc == PyNone.None) { Py.DECREF(doc); doc = null; }
            Py.SETREF(ref p.Doc, doc);
        }
        else Py.SETREF(ref p.Doc, Py.XNewRef(doc));
        return 0;
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var p = (PyProperty)self;
        if (obj == null || obj == PyNone.None) return Py.NewRef(self);
        if (p.Get == null)
        {
            var qual = type is PyType t ? TypeAttrs.QualName(t) : obj.ob_type.Name;
            return Errors.SetString(PyExc.AttributeError, p.Name is PyUnicode pn
                ? $"property '{pn.Value}' of '{TypeAttrs.QualName(obj.ob_type)}' object has no getter"
                : $"property of '{TypeAttrs.QualName(obj.ob_type)}' object has no getter");
        }
        return Calls.CallOneArg(p.Get, obj);
    }

    [PySlot("tp_descr_set")]
    static int DescrSet(PyObject self, PyObject obj, PyObject? value)
    {
        var p = (PyProperty)self;
        var func = value == null ? p.Del : p.Set;
        if (func == null)
        {
            var what = value == null ? "deleter" : "setter";
            Errors.SetString(PyExc.AttributeError, p.Name is PyUnicode pn
                ? $"property '{pn.Value}' of '{TypeAttrs.QualName(obj.ob_type)}' object has no {what}"
                : $"property of '{TypeAttrs.QualName(obj.ob_type)}' object has no {what}");
            return -1;
        }
        var r = value == null ? Calls.CallOneArg(func, obj) : Calls.CallTwoArgs(func, obj, value);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    PyProperty Copy(PyObject? get, PyObject? set, PyObject? del)
    {
        var np = new PyProperty(ob_type)
        {
            Get = Py.XNewRef(get), Set = Py.XNewRef(set), Del = Py.XNewRef(del),
            Doc = Py.XNewRef(Doc), Name = Py.XNewRef(Name),
        };
        return np;
    }

    [PyMethod("getter")]
    static PyObject? Getter(PyProperty self, PyObject func) => self.Copy(func, self.Set, self.Del);

    [PyMethod("setter")]
    static PyObject? Setter(PyProperty self, PyObject func) => self.Copy(self.Get, func, self.Del);

    [PyMethod("deleter")]
    static PyObject? Deleter(PyProperty self, PyObject func) => self.Copy(self.Get, self.Set, func);

    [PyMethod("__set_name__")]
    static PyObject? SetName(PyProperty self, PyObject owner, PyObject name)
    {
        Py.SETREF(ref self.Name, Py.NewRef(name));
        return Py.NewRef(PyNone.None);
    }

    [PyGetter("fget")] static PyObject? GetFget(PyProperty self) => Py.NewRef(self.Get ?? PyNone.None);
    [PyGetter("fset")] static PyObject? GetFset(PyProperty self) => Py.NewRef(self.Set ?? PyNone.None);
    [PyGetter("fdel")] static PyObject? GetFdel(PyProperty self) => Py.NewRef(self.Del ?? PyNone.None);
    [PyGetter("__doc__")] static PyObject? GetDoc(PyProperty self) => Py.NewRef(self.Doc ?? PyNone.None);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Get);
        Py.CLEAR(ref Set);
        Py.CLEAR(ref Del);
        Py.CLEAR(ref Doc);
        Py.CLEAR(ref Name);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Get != null) visit(Get);
        if (Set != null) visit(Set);
        if (Del != null) visit(Del);
        if (Doc != null) visit(Doc);
    }
}
