using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`super` (Objects/typeobject.c super_*): attribute lookup starting after a class in an MRO.</summary>
[PyType("super", BaseType = true)]
public sealed partial class PySuper : PyObject
{
    public PyType? ThisType;
    public PyObject? Obj;
    public PyType? ObjType;

    public PySuper(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? SuperNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PySuper(type);

    [PySlot("tp_init")]
    static int SuperInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var su = (PySuper)self;
        if (kwnames != null && kwnames.Count > 0)
        {
            Errors.SetString(PyExc.TypeError, "super() takes no keyword arguments");
            return -1;
        }
        PyType? type;
        PyObject? obj = null;
        if (args.Length == 0)
        {
            if (!ZeroArgs(out type, out obj)) return -1;
        }
        else
        {
            if (args[0].AsBorrowed is not PyType t)
            {
                Errors.SetString(PyExc.TypeError, $"super() argument 1 must be a type, not {args[0].AsBorrowed.ob_type.tp_name}");
                return -1;
            }
            type = t;
            if (args.Length > 1 && args[1].AsBorrowed != PyNone.None) obj = args[1].AsBorrowed;
        }
        PyType? objType = null;
        if (obj != null)
        {
            objType = CheckObj(type!, obj);
            if (objType == null) return -1;
        }
        Py.SETREF(ref su.ThisType, Py.NewRef(type!));
        Py.SETREF(ref su.Obj, Py.XNewRef(obj));
        Py.SETREF(ref su.ObjType, Py.XNewRef(objType));
        return 0;
    }

    /// <summary>super(): the __class__ cell of the calling method and its first argument.</summary>
    static bool ZeroArgs(out PyType? type, out PyObject? obj)
    {
        type = null;
        obj = null;
        var f = ThreadState.Current.CurrentFrame;
        if (f == null || f.Code.Co.ArgCount == 0 && (f.Code.Flags & PyCode.CO_VARARGS) == 0)
        {
            Errors.SetString(PyExc.RuntimeError, f == null ? "super(): no current frame" : "super(): no arguments");
            return false;
        }
        var first = f.Slots[f.Base];
        if (first.IsNull)
        {
            Errors.SetString(PyExc.RuntimeError, "super(): arg[0] deleted");
            return false;
        }
        obj = first.AsBorrowed;
        if (obj is PyCell c0 && (f.Code.Co.LocalsPlusKinds[0] & Compiler.CodeObject.CO_FAST_CELL) != 0) obj = c0.Ref;
        var names = f.Code.LocalsPlusNames;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i].Value != "__class__" || (f.Code.Co.LocalsPlusKinds[i] & Compiler.CodeObject.CO_FAST_FREE) == 0) continue;
            var cell = f.Slots[f.Base + i].AsBorrowed as PyCell;
            if (cell?.Ref is not PyType t)
            {
                Errors.SetString(PyExc.RuntimeError, "super(): empty __class__ cell");
                return false;
            }
            type = t;
            return obj != null;
        }
        Errors.SetString(PyExc.RuntimeError, "super(): __class__ cell not found");
        return false;
    }

    static PyType? CheckObj(PyType type, PyObject obj)
    {
        if (obj is PyType ot && Abstract.IsSubtype(ot, type)) return ot;
        if (Abstract.IsSubtype(obj.ob_type, type)) return obj.ob_type;
        Errors.SetString(PyExc.TypeError,
            $"super(type, obj): obj ({(obj is PyType ot2 ? "type " + ot2.tp_name : "instance of " + obj.ob_type.tp_name)}) is not an instance or subtype of type ({type.tp_name}).");
        return null;
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject self, PyObject name)
    {
        var su = (PySuper)self;
        var start = su.ObjType;
        if (start != null && ((PyUnicode)name).Value != "__class__")
        {
            var mro = start.tp_mro.Items;
            int i = 0;
            while (i < mro.Length && mro[i] != su.ThisType) i++;
            for (i++; i < mro.Length; i++)
            {
                var res = ((PyType)mro[i]).tp_dict.GetItemString((PyUnicode)name);
                if (res == null) continue;
                var get = res.ob_type.tp_descr_get;
                if (get == null) return Py.NewRef(res);
                return get(res, su.Obj == start ? null : su.Obj, start);
            }
        }
        return GenericAttr.GetAttr(self, name);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var su = (PySuper)self;
        var tn = su.ThisType?.Name ?? "NULL";
        if (su.ObjType != null) return PyUnicode.FromString($"<super: <class '{tn}'>, <{su.ObjType.Name} object>>");
        return PyUnicode.FromString($"<super: <class '{tn}'>, NULL>");
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref ThisType);
        Py.CLEAR(ref Obj);
        Py.CLEAR(ref ObjType);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (ThisType != null) visit(ThisType);
        if (Obj != null) visit(Obj);
        if (ObjType != null) visit(ObjType);
    }
}
