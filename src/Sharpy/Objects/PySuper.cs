using System;
using System.Runtime.CompilerServices;
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
        if (args.Length > 2)
        {
            Errors.SetString(PyExc.TypeError, $"super() expected at most 2 arguments, got {args.Length}");
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
            if (args.Length > 1 && args[1].AsBorrowed != Py.None) obj = args[1].AsBorrowed;
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

    /// <summary>
    /// supercheck: obj is a subclass of type (class-method mode: obj itself), an instance of it
    /// (its type), or a proxy whose __class__ is (that class).
    /// </summary>
    static PyType? CheckObj(PyType type, PyObject obj)
    {
        if (obj is PyType ot && Abstract.IsSubtype(ot, type)) return ot;
        if (Abstract.IsSubtype(obj.ob_type, type)) return obj.ob_type;
        if (Abstract.LookupAttr(obj, PyUnicode.Intern("__class__"), out var classAttr) < 0) return null;
        if (classAttr is PyType ct && ct != obj.ob_type && Abstract.IsSubtype(ct, type))
        {
            Py.DECREF(ct);
            return ct;
        }
        Py.XDECREF(classAttr);
        Errors.SetString(PyExc.TypeError,
            $"super(type, obj): obj ({(obj is PyType ot2 ? "type " + ot2.tp_name : "instance of " + obj.ob_type.tp_name)}) is not an instance or subtype of type ({type.tp_name}).");
        return null;
    }

    /// <summary>super_getattro (do_super_lookup): the MRO of the object's type after ThisType, binding what it finds; `__class__` is super's own.</summary>
    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject self, PyObject name)
    {
        var su = (PySuper)self;
        var start = su.ObjType;
        if (start != null && ((PyUnicode)name).Value != "__class__")
        {
            var res = LookupDescr(su.ThisType!, start, name);
            if (res != null)
            {
                var get = res.ob_type.tp_descr_get;
                if (get == null) return res;
                // Only instance-mode super passes obj (a class-method super binds to the class).
                var bound = get(res, su.Obj == start ? null : su.Obj, start);
                Py.DECREF(res);
                return bound;
            }
            if (Errors.Occurred()) return null;
        }
        return GenericAttr.GetAttr(self, name);
    }

    /// <summary>_super_lookup_descr: a new reference to name in the dicts of the MRO entries after type (the last entry is never searched for type).</summary>
    static PyObject? LookupDescr(PyType type, PyType objType, PyObject name)
    {
        var mro = objType.tp_mro;
        if (mro == null) return null;
        var items = mro.Items;
        int n = items.Length, i = 0;
        for (; i + 1 < n; i++)
            if (items[i] == type) break;
        i++;
        if (i >= n) return null;
        Py.INCREF(mro);
        try
        {
            for (; i < n; i++)
            {
                if (items[i] is not PyType t) continue;
                var res = t.tp_dict.GetItemWithError(name);
                if (res != null) return Py.NewRef(res);
                if (Errors.Occurred()) return null;
            }
            return null;
        }
        finally
        {
            Py.DECREF(mro);
        }
    }

    /// <summary>super_descr_get: an unbound super binds to obj; a bound one (or obj None) is returned as is.</summary>
    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        var su = (PySuper)self;
        if (obj == null || obj == Py.None || su.Obj != null) return Py.NewRef(self);
        if (su.ob_type != Type) return Calls.CallTwoArgs(su.ob_type, su.ThisType ?? (PyObject)Py.None, obj);
        var objType = CheckObj(su.ThisType!, obj);
        if (objType == null) return null;
        return new PySuper(Type) { ThisType = Py.NewRef(su.ThisType!), Obj = Py.NewRef(obj), ObjType = Py.NewRef(objType) };
    }

    /// <summary>super_members: the class, the object and the object's type, read-only (installed at start-up).</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        d.SetItemString("__thisclass__", new PyMemberDescr(Type, "__thisclass__", o => ref Unsafe.As<PyType?, PyObject?>(ref ((PySuper)o).ThisType),
            "the class invoking super()", readOnly: true, noneWhenUnset: true));
        d.SetItemString("__self__", new PyMemberDescr(Type, "__self__", o => ref ((PySuper)o).Obj,
            "the instance invoking super(); may be None", readOnly: true, noneWhenUnset: true));
        d.SetItemString("__self_class__", new PyMemberDescr(Type, "__self_class__", o => ref Unsafe.As<PyType?, PyObject?>(ref ((PySuper)o).ObjType),
            "the type of the instance invoking super(); may be None", readOnly: true, noneWhenUnset: true));
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var su = (PySuper)self;
        var tn = su.ThisType?.tp_name ?? "NULL";
        if (su.ObjType != null) return PyUnicode.FromString($"<super: <class '{tn}'>, <{su.ObjType.tp_name} object>>");
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
