using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// weakref.ref's slots (Objects/weakrefobject.c).
public partial class PyWeakReference
{
    [PySlot("tp_new")]
    static PyObject? WeakrefNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n < 1 || n > 2)
            return Errors.SetString(PyExc.TypeError, n < 1 ? $"__new__ expected at least 1 argument, got {n}" : $"__new__ expected at most 2 arguments, got {n}");
        var referent = args[0].AsBorrowed;
        var callback = n == 2 && args[1].AsBorrowed != PyNone.None ? args[1].AsBorrowed : null;
        if (!referent.ob_type.SupportsWeakRefs || ManagedInstanceData.WeakRefHolder(referent, create: true) is not { } target)
            return Errors.SetString(PyExc.TypeError, $"cannot create weak reference to '{referent.ob_type.tp_name}' object");
        // A plain ref without callback is shared, as in CPython.
        if (callback == null && type == Type)
        {
            for (var wr = target.WeakRefList; wr != null; wr = wr.Next)
                if (wr.Callback == null && wr.ob_type == Type) return Py.NewRef(wr);
        }
        var r = new PyWeakReference(type, referent, Py.XNewRef(callback));
        r.Link(target);
        return r;
    }

    [PySlot("tp_init")]
    static int WeakrefInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0)
            return Errors.SetString(PyExc.TypeError, $"weakref() takes exactly 0 arguments ({args.Length} given)");
        var r = ((PyWeakReference)self).Referent;
        return Py.NewRef(r ?? PyNone.None);
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
        if (op != CompareOp.Eq && op != CompareOp.Ne || other is not PyWeakReference ow) return PyNotImplemented.Instance;
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
        if (((PyUnicode)name).Value == "__callback__") return Py.NewRef(((PyWeakReference)self).Callback ?? PyNone.None);
        return GenericAttr.GetAttr(self, name);
    }
}
