using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// weakref.ref's slots (Objects/weakrefobject.c).
public partial class PyWeakReference
{
    [PySlot("tp_new")]
    static PyObject? WeakrefNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseInitArgs("__new__", args, kwnames, out var referent, out var callback)) return null;
        return New(type, referent, callback);
    }

    /// <summary>PyWeakref_NewRef: a weak reference to referent (callback null for none); TypeError if it cannot have one.</summary>
    public static PyObject? NewRef(PyObject referent, PyObject? callback) => New(Type, referent, callback);

    static PyObject? New(PyType type, PyObject referent, PyObject? callback)
    {
        if (!referent.ob_type.SupportsWeakRefs || ManagedInstanceData.WeakRefHolder(referent, create: true) is not { } target)
            return Errors.SetString(PyExc.TypeError, $"cannot create weak reference to '{referent.ob_type.tp_name}' object");
        GetBasicRefs(target, out var basicRef, out var basicProxy);
        bool basic = callback == null && type == Type;
        // A plain ref without callback is shared, as in CPython.
        if (basic && basicRef != null) return Py.NewRef(basicRef);
        var r = new PyWeakReference(type, referent, Py.XNewRef(callback));
        // The shared ref heads the list; others follow it and the shared proxy.
        r.LinkAfter(target, basic ? null : basicProxy ?? basicRef);
        return r;
    }

    /// <summary>parse_weakref_init_args: (object[, callback]) positionally; a None callback is none.</summary>
    static bool ParseInitArgs(string funcname, ReadOnlySpan<StackRef> args, PyTuple? kwnames, out PyObject referent, out PyObject? callback)
    {
        referent = null!;
        callback = null;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n < 1 || n > 2)
        {
            Errors.SetString(PyExc.TypeError, n < 1 ? $"{funcname} expected at least 1 argument, got {n}" : $"{funcname} expected at most 2 arguments, got {n}");
            return false;
        }
        referent = args[0].AsBorrowed;
        if (n == 2 && args[1].AsBorrowed != Py.None) callback = args[1].AsBorrowed;
        return true;
    }

    /// <summary>weakref___init__: no keywords, and the arguments __new__ takes.</summary>
    [PySlot("tp_init")]
    static int WeakrefInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
        {
            Errors.SetString(PyExc.TypeError, "ref() takes no keyword arguments");
            return -1;
        }
        return ParseInitArgs("__init__", args, kwnames, out _, out _) ? 0 : -1;
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0)
            return Errors.SetString(PyExc.TypeError, $"weakref() takes exactly 0 arguments ({args.Length} given)");
        var r = ((PyWeakReference)self).Referent;
        return Py.NewRef(r ?? Py.None);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var w = (PyWeakReference)self;
        var id = Interpreter.IdOf(w);
        if (w.Referent == null) return PyUnicode.FromString($"<weakref at 0x{id:x}; dead>");
        return PyUnicode.FromString($"<weakref at 0x{id:x}; to '{TypeAttrs.QualName(w.Referent.ob_type)}' at 0x{Interpreter.IdOf(w.Referent):x}>");
    }

    [PySlot("tp_hash")]
    static long WeakrefHash(PyObject self)
    {
        var w = (PyWeakReference)self;
        if (w.Hash != -1) return w.Hash;
        if (w.Referent == null)
        {
            Errors.SetString(PyExc.TypeError, "weak object has gone away");
            return -1;
        }
        w.Hash = Abstract.Hash(w.Referent);
        return w.Hash;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne || other is not PyWeakReference ow) return Py.NotImplemented;
        var a = ((PyWeakReference)self).Referent;
        var b = ow.Referent;
        if (a == null || b == null)
        {
            bool same = self == other;
            return Py.NewBool(op == CompareOp.Eq ? same : !same);
        }
        return Abstract.RichCompare(a, b, op);
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject self, PyObject name)
    {
        if (((PyUnicode)name).Value == "__callback__") return Py.NewRef(((PyWeakReference)self).Callback ?? Py.None);
        return GenericAttr.GetAttr(self, name);
    }
}
