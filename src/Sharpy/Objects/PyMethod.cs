using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>A bound method (Objects/classobject.c `method`): a function and its self.</summary>
[PyType("method", Doc = "Create a bound instance method object.")]
public sealed partial class PyMethod : PyObject, IWeakReferenceable
{
    public PyObject Func;
    public PyObject Self;
    public PyWeakReference? WeakRefList { get; set; }

    /// <summary>Takes new references to func and self.</summary>
    public PyMethod(PyObject func, PyObject self) : base(Type)
    {
        Func = Py.NewRef(func);
        Self = Py.NewRef(self);
    }

    /// <summary>method_new: types.MethodType(function, instance).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, PyObject func, PyObject self)
    {
        if (func.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "first argument must be callable");
        if (self == Py.None) return Errors.SetString(PyExc.TypeError, "instance must not be None");
        return new PyMethod(func, self);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var m = (PyMethod)callable;
        var all = new StackRef[args.Length + 1];
        all[0] = StackRef.FromBorrow(m.Self);
        args.CopyTo(all.AsSpan(1));
        return Calls.Call(m.Func, all, kwnames);
    }


    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        // method_repr: the function's __qualname__, else its __name__, else "?".
        var m = (PyMethod)o;
        string name = "?";
        foreach (var attr in new[] { "__qualname__", "__name__" })
        {
            if (Abstract.LookupAttr(m.Func, PyUnicode.Intern(attr), out var n) < 0) return null;
            if (n == null) continue;
            bool isStr = n is PyUnicode;
            if (isStr) name = ((PyUnicode)n).Value;
            Py.DECREF(n);
            if (isStr) break;
        }
        var selfRepr = Abstract.ReprString(m.Self);
        if (selfRepr == null) return null;
        return PyUnicode.FromString($"<bound method {name} of {selfRepr}>");
    }

    /// <summary>method_descr_get: a bound method stays bound to its object (gh-113157).</summary>
    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type) => Py.NewRef(self);

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject o, PyObject name)
    {
        var r = GenericAttr.GetAttr(o, name, suppress: true);
        if (r != null || Errors.Occurred()) return r;
        return Abstract.GetAttr(((PyMethod)o).Func, name);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Func);
        Py.DECREF(Self);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Func);
        visit(Self);
    }
}

// Bound method attributes (Objects/classobject.c method_getset, method_memberlist).
public sealed partial class PyMethod
{
    [PyGetter("__self__")] static PyObject? GetSelf(PyMethod m) => Py.NewRef(m.Self);
    [PyGetter("__func__")] static PyObject? GetFunc(PyMethod m) => Py.NewRef(m.Func);
    /// <summary>method_get_doc: the function's (the type's own __doc__ would shadow it).</summary>
    [PyGetter("__doc__")] static PyObject? GetDoc(PyMethod m) => Abstract.GetAttr(m.Func, PyUnicode.Intern("__doc__"));

    /// <summary>method_reduce: pickled as getattr(self, func.__name__).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyMethod m)
    {
        var name = Abstract.GetAttr(m.Func, "__name__");
        if (name == null) return null;
        var getattr = IterReduce.GetBuiltin("getattr");
        if (getattr == null)
        {
            Py.DECREF(name);
            return null;
        }
        return PyTuple.FromStolen([getattr, PyTuple.FromStolen([Py.NewRef(m.Self), name])]);
    }

    /// <summary>Bound methods are equal when their functions are equal and their selves identical.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne || a is not PyMethod ma || b is not PyMethod mb) return Py.NotImplemented;
        int eq = Abstract.RichCompareBool(ma.Func, mb.Func, CompareOp.Eq);
        if (eq < 0) return null;
        bool same = eq > 0 && ma.Self == mb.Self;
        return Py.NewBool(op == CompareOp.Eq ? same : !same);
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var m = (PyMethod)o;
        long x = Interpreter.HashPointer(m.Self);
        long y = Abstract.Hash(m.Func);
        if (y == -1) return -1;
        x ^= y;
        return x == -1 ? -2 : x;
    }
}
