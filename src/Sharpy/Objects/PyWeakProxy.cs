using System;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `weakref.ProxyType` (Objects/weakrefobject.c, proxy_*): a weak reference that stands for
/// its referent. Every operation is forwarded to the referent; once it has died, they raise
/// ReferenceError. Proxies sit in the referent's weakref list with the plain references, and
/// their callbacks receive the proxy.
/// </summary>
[PyType("weakref.ProxyType", Base = typeof(PyBaseObject))]
public partial class PyWeakProxy : PyWeakReference
{
    public PyWeakProxy(PyType type, PyObject referent, PyObject? callback) : base(type, referent, callback) { }

    /// <summary>_weakref.proxy(object, callback=None): a callable proxy when the object is callable;
    /// proxies without callback are shared, as plain references are.</summary>
    public static PyObject? New(PyObject referent, PyObject? callback)
    {
        if (!referent.ob_type.SupportsWeakRefs || ManagedInstanceData.WeakRefHolder(referent, create: true) is not { } target)
            return Errors.SetString(PyExc.TypeError, $"cannot create weak reference to '{referent.ob_type.tp_name}' object");
        if (callback == Py.None) callback = null;
        var type = referent.ob_type.tp_call != null ? PyCallableWeakProxy.Type : Type;
        GetBasicRefs(target, out var basicRef, out var basicProxy);
        if (callback == null && basicProxy != null) return Py.NewRef(basicProxy);
        PyWeakProxy p = type == Type ? new PyWeakProxy(type, referent, Py.XNewRef(callback)) : new PyCallableWeakProxy(referent, Py.XNewRef(callback));
        // The shared proxy follows the shared ref; a proxy with a callback follows both.
        p.LinkAfter(target, callback == null ? basicRef : basicProxy ?? basicRef);
        return p;
    }

    /// <summary>UNWRAP: the referent of a proxy (borrowed), the object itself otherwise; null with ReferenceError when it died.</summary>
    internal static PyObject? Unwrap(PyObject o)
    {
        if (o is not PyWeakProxy p) return o;
        if (p.Referent != null) return p.Referent;
        Errors.SetString(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        return null;
    }

    /// <summary>The referent, held for the duration of an operation (a new reference), or null with ReferenceError.</summary>
    static PyObject? Hold(PyObject o)
    {
        var r = Unwrap(o);
        return r == null ? null : Py.NewRef(r);
    }

    static PyObject? Binary(PyObject v, PyObject w, int nbop)
    {
        var a = Hold(v);
        if (a == null) return null;
        var b = Hold(w);
        if (b == null) { Py.DECREF(a); return null; }
        var r = Abstract.BinaryOp(a, b, nbop);
        Py.DECREF(a);
        Py.DECREF(b);
        return r;
    }

    static PyObject? Unary(PyObject o, Func<PyObject, PyObject?> f)
    {
        var a = Hold(o);
        if (a == null) return null;
        var r = f(a);
        Py.DECREF(a);
        return r;
    }

    [PySlot("nb_add")] static PyObject? Add(PyObject v, PyObject w) => Binary(v, w, NbOp.ADD);
    [PySlot("nb_inplace_add")] static PyObject? InplaceAdd(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_ADD);
    [PySlot("nb_subtract")] static PyObject? Subtract(PyObject v, PyObject w) => Binary(v, w, NbOp.SUBTRACT);
    [PySlot("nb_inplace_subtract")] static PyObject? InplaceSubtract(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_SUBTRACT);
    [PySlot("nb_multiply")] static PyObject? Multiply(PyObject v, PyObject w) => Binary(v, w, NbOp.MULTIPLY);
    [PySlot("nb_inplace_multiply")] static PyObject? InplaceMultiply(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_MULTIPLY);
    [PySlot("nb_remainder")] static PyObject? Remainder(PyObject v, PyObject w) => Binary(v, w, NbOp.REMAINDER);
    [PySlot("nb_inplace_remainder")] static PyObject? InplaceRemainder(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_REMAINDER);
    [PySlot("nb_lshift")] static PyObject? Lshift(PyObject v, PyObject w) => Binary(v, w, NbOp.LSHIFT);
    [PySlot("nb_inplace_lshift")] static PyObject? InplaceLshift(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_LSHIFT);
    [PySlot("nb_rshift")] static PyObject? Rshift(PyObject v, PyObject w) => Binary(v, w, NbOp.RSHIFT);
    [PySlot("nb_inplace_rshift")] static PyObject? InplaceRshift(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_RSHIFT);
    [PySlot("nb_and")] static PyObject? And(PyObject v, PyObject w) => Binary(v, w, NbOp.AND);
    [PySlot("nb_inplace_and")] static PyObject? InplaceAnd(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_AND);
    [PySlot("nb_xor")] static PyObject? Xor(PyObject v, PyObject w) => Binary(v, w, NbOp.XOR);
    [PySlot("nb_inplace_xor")] static PyObject? InplaceXor(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_XOR);
    [PySlot("nb_or")] static PyObject? Or(PyObject v, PyObject w) => Binary(v, w, NbOp.OR);
    [PySlot("nb_inplace_or")] static PyObject? InplaceOr(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_OR);
    [PySlot("nb_floor_divide")] static PyObject? FloorDivide(PyObject v, PyObject w) => Binary(v, w, NbOp.FLOOR_DIVIDE);
    [PySlot("nb_inplace_floor_divide")] static PyObject? InplaceFloorDivide(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_FLOOR_DIVIDE);
    [PySlot("nb_true_divide")] static PyObject? TrueDivide(PyObject v, PyObject w) => Binary(v, w, NbOp.TRUE_DIVIDE);
    [PySlot("nb_inplace_true_divide")] static PyObject? InplaceTrueDivide(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_TRUE_DIVIDE);
    [PySlot("nb_matrix_multiply")] static PyObject? MatrixMultiply(PyObject v, PyObject w) => Binary(v, w, NbOp.MATRIX_MULTIPLY);
    [PySlot("nb_inplace_matrix_multiply")] static PyObject? InplaceMatrixMultiply(PyObject v, PyObject w) => Binary(v, w, NbOp.INPLACE_MATRIX_MULTIPLY);

    [PySlot("nb_power")]
    static PyObject? Power(PyObject v, PyObject w, PyObject z)
    {
        var a = Hold(v);
        if (a == null) return null;
        var b = Hold(w);
        if (b == null) { Py.DECREF(a); return null; }
        var r = Abstract.Power(a, b, z);
        Py.DECREF(a);
        Py.DECREF(b);
        return r;
    }

    [PySlot("nb_inplace_power")]
    static PyObject? InplacePower(PyObject v, PyObject w, PyObject z) => Binary(v, w, NbOp.INPLACE_POWER);

    [PySlot("nb_divmod")]
    static PyObject? Divmod(PyObject v, PyObject w)
    {
        var a = Hold(v);
        if (a == null) return null;
        var b = Hold(w);
        if (b == null) { Py.DECREF(a); return null; }
        var divmod = Interpreter.Builtins.Dict.GetItemString("divmod")!;
        var r = Calls.CallTwoArgs(divmod, a, b);
        Py.DECREF(a);
        Py.DECREF(b);
        return r;
    }

    [PySlot("nb_negative")] static PyObject? Negative(PyObject o) => Unary(o, Abstract.Negative);
    [PySlot("nb_positive")] static PyObject? Positive(PyObject o) => Unary(o, Abstract.Positive);
    [PySlot("nb_absolute")] static PyObject? Absolute(PyObject o) => Unary(o, Abstract.Absolute);
    [PySlot("nb_invert")] static PyObject? Invert(PyObject o) => Unary(o, Abstract.Invert);
    [PySlot("nb_int")] static PyObject? Int(PyObject o) => Unary(o, a => Calls.CallOneArg(PyLong.Type, a));
    [PySlot("nb_float")] static PyObject? Float(PyObject o) => Unary(o, a => Calls.CallOneArg(PyFloat.Type, a));
    [PySlot("nb_index")] static PyObject? Index(PyObject o) => Unary(o, Abstract.Index);
    [PySlot("tp_str")] static PyObject? Str(PyObject o) => Unary(o, Abstract.Str);
    [PySlot("tp_iter")] static PyObject? Iter(PyObject o) => Unary(o, Abstract.GetIter);

    [PySlot("nb_bool")]
    static int Bool(PyObject o)
    {
        var a = Hold(o);
        if (a == null) return -1;
        int r = Abstract.IsTrue(a);
        Py.DECREF(a);
        return r;
    }

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject o)
    {
        var a = Hold(o);
        if (a == null) return null;
        PyObject? r;
        if (!Abstract.IterCheck(a))
            r = Errors.SetString(PyExc.TypeError, $"Weakref proxy referenced a non-iterator '{a.ob_type.tp_name}' object");
        else
            r = a.ob_type.tp_iternext!(a);
        Py.DECREF(a);
        return r;
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject o, PyObject name) => Unary(o, a => Abstract.GetAttr(a, name));

    [PySlot("tp_setattro")]
    static int SetAttr(PyObject o, PyObject name, PyObject? value)
    {
        var a = Hold(o);
        if (a == null) return -1;
        int r = Abstract.SetAttr(a, name, value);
        Py.DECREF(a);
        return r;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        var a = Hold(v);
        if (a == null) return null;
        var b = Hold(w);
        if (b == null) { Py.DECREF(a); return null; }
        var r = Abstract.RichCompare(a, b, op);
        Py.DECREF(a);
        Py.DECREF(b);
        return r;
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o) => SlotDefs.HashNotImplemented(o);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var p = (PyWeakProxy)o;
        if (p.Referent == null) return PyUnicode.FromString($"<weakproxy at 0x{Interpreter.IdOf(p):x}; dead>");
        return PyUnicode.FromString($"<weakproxy at 0x{Interpreter.IdOf(p):x}; to '{p.Referent.ob_type.tp_name}' at 0x{Interpreter.IdOf(p.Referent):x}>");
    }

    [PySlot("mp_length")]
    static long Length(PyObject o)
    {
        var a = Hold(o);
        if (a == null) return -1;
        long r = Abstract.Length(a);
        Py.DECREF(a);
        return r;
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key) => Unary(o, a => Abstract.GetItem(a, key));

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var a = Hold(o);
        if (a == null) return -1;
        int r = value == null ? Abstract.DelItem(a, key) : Abstract.SetItem(a, key, value);
        Py.DECREF(a);
        return r;
    }

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject item)
    {
        var a = Hold(o);
        if (a == null) return -1;
        int r = Abstract.Contains(a, item);
        Py.DECREF(a);
        return r;
    }

    [PyMethod("__bytes__")]
    static PyObject? Bytes(PyWeakProxy self) => Unary(self, a => Calls.CallOneArg(PyBytes.Type, a));

    [PyMethod("__reversed__")]
    static PyObject? Reversed(PyWeakProxy self) => Unary(self, a => Calls.CallOneArg(PyReversed.Type, a));
}

/// <summary>`weakref.CallableProxyType`: the proxy of a callable object, which can be called.
/// (Its Python base is ProxyType, for the forwarding slots; CPython's has none.)</summary>
[PyType("weakref.CallableProxyType")]
public sealed partial class PyCallableWeakProxy : PyWeakProxy
{
    public PyCallableWeakProxy(PyObject referent, PyObject? callback) : base(Type, referent, callback) { }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var a = Unwrap(self);
        if (a == null) return null;
        Py.INCREF(a);
        var r = Calls.Call(a, args, kwnames);
        Py.DECREF(a);
        return r;
    }
}
