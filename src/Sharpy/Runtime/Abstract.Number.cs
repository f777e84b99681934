using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class Abstract
{
    /// <summary>The number slot for a BINARY_OP oparg (NB_* numbering).</summary>
    static BinaryFunc? Slot(PyType t, int nbop) => nbop switch
    {
        NbOp.ADD => t.nb_add,
        NbOp.AND => t.nb_and,
        NbOp.FLOOR_DIVIDE => t.nb_floor_divide,
        NbOp.LSHIFT => t.nb_lshift,
        NbOp.MATRIX_MULTIPLY => t.nb_matrix_multiply,
        NbOp.MULTIPLY => t.nb_multiply,
        NbOp.REMAINDER => t.nb_remainder,
        NbOp.OR => t.nb_or,
        NbOp.RSHIFT => t.nb_rshift,
        NbOp.SUBTRACT => t.nb_subtract,
        NbOp.TRUE_DIVIDE => t.nb_true_divide,
        NbOp.XOR => t.nb_xor,
        NbOp.INPLACE_ADD => t.nb_inplace_add,
        NbOp.INPLACE_AND => t.nb_inplace_and,
        NbOp.INPLACE_FLOOR_DIVIDE => t.nb_inplace_floor_divide,
        NbOp.INPLACE_LSHIFT => t.nb_inplace_lshift,
        NbOp.INPLACE_MATRIX_MULTIPLY => t.nb_inplace_matrix_multiply,
        NbOp.INPLACE_MULTIPLY => t.nb_inplace_multiply,
        NbOp.INPLACE_REMAINDER => t.nb_inplace_remainder,
        NbOp.INPLACE_OR => t.nb_inplace_or,
        NbOp.INPLACE_RSHIFT => t.nb_inplace_rshift,
        NbOp.INPLACE_SUBTRACT => t.nb_inplace_subtract,
        NbOp.INPLACE_TRUE_DIVIDE => t.nb_inplace_true_divide,
        NbOp.INPLACE_XOR => t.nb_inplace_xor,
        _ => null,
    };

    static readonly string[] s_opSymbols =
    {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };

    /// <summary>binary_op1: try the left operand's slot, then the right's (the right first if it is a subclass).</summary>
    static PyObject? BinaryOp1(PyObject v, PyObject w, int nbop)
    {
        var slotv = Slot(v.ob_type, nbop);
        BinaryFunc? slotw = null;
        if (w.ob_type != v.ob_type)
        {
            slotw = Slot(w.ob_type, nbop);
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null)
        {
            if (slotw != null && IsSubtype(w.ob_type, v.ob_type))
            {
                var x = slotw(v, w);
                if (x != Py.NotImplemented) return x;
                slotw = null;
            }
            var r = slotv(v, w);
            if (r != Py.NotImplemented) return r;
        }
        if (slotw != null) return slotw(v, w);
        return Py.NotImplemented;
    }

    /// <summary>
    /// The operation of BINARY_OP (PyNumber_Add and friends; the in-place forms try the
    /// in-place slot first). <paramref name="nbop"/> is the NB_* oparg.
    /// </summary>
    public static PyObject? BinaryOp(PyObject v, PyObject w, int nbop)
    {
        if (nbop == NbOp.POWER || nbop == NbOp.INPLACE_POWER) return Power(v, w, nbop == NbOp.INPLACE_POWER);
        if (nbop == NbOp.SUBSCR) return GetItem(v, w);
        PyObject? r;
        if (nbop >= NbOp.INPLACE_ADD)
        {
            var inplace = Slot(v.ob_type, nbop);
            if (inplace != null)
            {
                r = inplace(v, w);
                if (r != Py.NotImplemented) return r;
            }
            r = BinaryOp1(v, w, nbop - NbOp.INPLACE_ADD);
        }
        else
        {
            r = BinaryOp1(v, w, nbop);
        }
        if (r != Py.NotImplemented) return r;
        return SequenceFallback(v, w, nbop);
    }

    /// <summary>
    /// What PyNumber_Add, PyNumber_Multiply and their in-place forms do when no number slot
    /// handled the operands: concatenation (sq_inplace_concat, sq_concat of the left operand),
    /// repetition (sq_inplace_repeat, sq_repeat of the left operand, else sq_repeat of the
    /// right one), then the "unsupported operand" TypeError.
    /// </summary>
    static PyObject? SequenceFallback(PyObject v, PyObject w, int nbop)
    {
        var tv = v.ob_type;
        switch (nbop)
        {
            case NbOp.ADD:
                if (tv.sq_concat != null) return tv.sq_concat(v, w);
                break;
            case NbOp.INPLACE_ADD:
                if ((tv.sq_inplace_concat ?? tv.sq_concat) is { } concat) return concat(v, w);
                break;
            case NbOp.MULTIPLY:
                if (tv.sq_repeat != null) return SequenceRepeat(tv.sq_repeat, v, w);
                if (w.ob_type.sq_repeat != null) return SequenceRepeat(w.ob_type.sq_repeat, w, v);
                break;
            case NbOp.INPLACE_MULTIPLY:
                // The right operand is never repeated in place; and a left operand with sequence
                // methods but no repetition (any class) does not hand over to the right one.
                if (SlotDefs.HasSequenceMethods(tv))
                {
                    if ((tv.sq_inplace_repeat ?? tv.sq_repeat) is { } repeat) return SequenceRepeat(repeat, v, w);
                }
                else if (w.ob_type.sq_repeat != null) return SequenceRepeat(w.ob_type.sq_repeat, w, v);
                break;
        }
        // binop_type_error (3.14 no longer hints at print >> file).
        return Errors.SetString(PyExc.TypeError,
            $"unsupported operand type(s) for {s_opSymbols[nbop]}: '{v.ob_type.tp_name}' and '{w.ob_type.tp_name}'");
    }

    /// <summary>sequence_repeat: seq * n for an index n (through __index__), else TypeError.</summary>
    static PyObject? SequenceRepeat(SsizeArgFunc repeat, PyObject seq, PyObject n)
    {
        if (!SeqSupport.IsIndex(n))
            return Errors.SetString(PyExc.TypeError, $"can't multiply sequence by non-int of type '{n.ob_type.tp_name}'");
        long count = AsSsize(n, PyExc.OverflowError);
        if (count == -1 && Errors.Occurred()) return null;
        return repeat(seq, count);
    }

    static PyObject? Power(PyObject v, PyObject w, bool inplace)
    {
        if (inplace && v.ob_type.nb_inplace_power is { } ip)
        {
            var r0 = ip(v, w, Py.None);
            if (r0 != Py.NotImplemented) return r0;
        }
        return TernaryOp(v, w, Py.None, inplace ? "**=" : "** or pow()");
    }

    /// <summary>PyNumber_Power: pow(v, w, z); z is None for `v ** w`.</summary>
    public static PyObject? Power(PyObject v, PyObject w, PyObject z) => TernaryOp(v, w, z, "** or pow()");

    /// <summary>ternary_op on nb_power: v's slot, w's (first when w's type is a subclass of v's), then z's.</summary>
    static PyObject? TernaryOp(PyObject v, PyObject w, PyObject z, string opName)
    {
        var slotv = v.ob_type.nb_power;
        TernaryFunc? slotw = w.ob_type != v.ob_type ? w.ob_type.nb_power : null;
        if (slotw == slotv) slotw = null;
        PyObject? r;
        if (slotv != null)
        {
            if (slotw != null && IsSubtype(w.ob_type, v.ob_type))
            {
                r = slotw(v, w, z);
                if (r != Py.NotImplemented) return r;
                slotw = null;
            }
            r = slotv(v, w, z);
            if (r != Py.NotImplemented) return r;
        }
        if (slotw != null)
        {
            r = slotw(v, w, z);
            if (r != Py.NotImplemented) return r;
        }
        var slotz = z.ob_type.nb_power;
        if (slotz != null && slotz != slotv && slotz != slotw)
        {
            r = slotz(v, w, z);
            if (r != Py.NotImplemented) return r;
        }
        return Errors.SetString(PyExc.TypeError, z == Py.None
            ? $"unsupported operand type(s) for {opName}: '{v.ob_type.tp_name}' and '{w.ob_type.tp_name}'"
            : $"unsupported operand type(s) for {opName}: '{v.ob_type.tp_name}', '{w.ob_type.tp_name}', '{z.ob_type.tp_name}'");
    }

    static PyObject? Unary(PyObject o, UnaryFunc? f, string op)
    {
        if (f != null) return f(o);
        return Errors.SetString(PyExc.TypeError, $"bad operand type for unary {op}: '{o.ob_type.tp_name}'");
    }

    public static PyObject? Negative(PyObject o) => Unary(o, o.ob_type.nb_negative, "-");
    public static PyObject? Positive(PyObject o) => Unary(o, o.ob_type.nb_positive, "+");
    public static PyObject? Invert(PyObject o) => Unary(o, o.ob_type.nb_invert, "~");

    public static PyObject? Absolute(PyObject o)
    {
        if (o.ob_type.nb_absolute != null) return o.ob_type.nb_absolute(o);
        return Errors.SetString(PyExc.TypeError, $"bad operand type for abs(): '{o.ob_type.tp_name}'");
    }

    /// <summary>PyNumber_Index: an int for objects with __index__.</summary>
    public static PyLong? Index(PyObject o)
    {
        if (o is PyLong l && o.ob_type == PyLong.Type) return Py.NewRef(l);
        if (o is PyLong l2 && o.ob_type == PyBool.Type) return PyLong.FromLong(l2.Value);
        var f = o.ob_type.nb_index;
        if (f == null)
        {
            Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object cannot be interpreted as an integer");
            return null;
        }
        var r = f(o);
        if (r == null) return null;
        if (r is not PyLong rl)
        {
            Errors.SetString(PyExc.TypeError, $"__index__ returned non-int (type {r.ob_type.tp_name})");
            Py.DECREF(r);
            return null;
        }
        if (rl.ob_type != PyLong.Type && PyLong.WarnStrictSubclass("__index__", rl) < 0)
        {
            Py.DECREF(rl);
            return null;
        }
        return rl;
    }

    /// <summary>
    /// PyLong_AsLong (PyLong_AsLongLong with its message): an int's value (a subclass's read as
    /// is, without its __index__), else the value of __index__; OverflowError when it does not
    /// fit. False with the error set.
    /// </summary>
    public static bool AsLong(PyObject o, out long value, string overflowMessage = "Python int too large to convert to C long")
    {
        if (o is PyLong l && !l.IsBig)
        {
            value = l.Value;
            return true;
        }
        var i = Index(o);
        value = -1;
        if (i == null) return false;
        bool ok = i.TryGetLong(out value);
        Py.DECREF(i);
        if (!ok)
        {
            Errors.SetString(PyExc.OverflowError, overflowMessage);
            value = -1;
        }
        return ok;
    }

    /// <summary>PyNumber_AsSsize_t: an index that fits a long, or -1 with an error (check Errors.Occurred).</summary>
    public static long AsSsize(PyObject o, PyType? overflowError)
    {
        var i = Index(o);
        if (i == null) return -1;
        try
        {
            if (i.TryGetLong(out long v)) return v;
            if (overflowError == null) return i.ToBigInteger().Sign < 0 ? long.MinValue : long.MaxValue;
            Errors.SetString(overflowError, $"cannot fit '{o.ob_type.tp_name}' into an index-sized integer");
            return -1;
        }
        finally
        {
            Py.DECREF(i);
        }
    }
}
