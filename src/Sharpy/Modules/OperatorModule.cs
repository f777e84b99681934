using System;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_operator` module (Modules/_operator.c): the operators as functions, which operator.py
/// re-exports with `from _operator import *`. The callable types itemgetter, attrgetter and
/// methodcaller are in OperatorGetters.cs.
/// </summary>
[PyModule("_operator", Doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.")]
public static partial class OperatorModule
{
    [PyConstant("itemgetter")] static PyObject ItemGetterType => Py.NewRef(ItemGetter.Type);
    [PyConstant("attrgetter")] static PyObject AttrGetterType => Py.NewRef(AttrGetter.Type);
    [PyConstant("methodcaller")] static PyObject MethodCallerType => Py.NewRef(MethodCaller.Type);

    [PyMethod("truth")] static PyObject? Truth(PyObject a) => Predicate(Abstract.IsTrue(a));
    [PyMethod("not_")] static PyObject? Not(PyObject a) => Predicate(Abstract.IsTrue(a) switch { 0 => 1, 1 => 0, var r => r });
    [PyMethod("contains")] static PyObject? Contains(PyObject a, PyObject b) => Predicate(Abstract.Contains(a, b));
    [PyMethod("is_")] static bool Is(PyObject a, PyObject b) => a == b;
    [PyMethod("is_not")] static bool IsNot(PyObject a, PyObject b) => a != b;
    [PyMethod("is_none")] static bool IsNone(PyObject a) => a == Py.None;
    [PyMethod("is_not_none")] static bool IsNotNone(PyObject a) => a != Py.None;

    static PyObject? Predicate(int r) => r < 0 ? null : Py.NewBool(r > 0);

    [PyMethod("index")] static PyObject? Index(PyObject a) => Abstract.Index(a);
    [PyMethod("abs")] static PyObject? Abs(PyObject a) => Abstract.Absolute(a);
    [PyMethod("neg")] static PyObject? Neg(PyObject a) => Abstract.Negative(a);
    [PyMethod("pos")] static PyObject? Pos(PyObject a) => Abstract.Positive(a);
    [PyMethod("inv")] static PyObject? Inv(PyObject a) => Abstract.Invert(a);
    [PyMethod("invert")] static PyObject? Invert(PyObject a) => Abstract.Invert(a);

    [PyMethod("add")] static PyObject? Add(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.ADD);
    [PyMethod("sub")] static PyObject? Sub(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.SUBTRACT);
    [PyMethod("mul")] static PyObject? Mul(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.MULTIPLY);
    [PyMethod("matmul")] static PyObject? MatMul(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.MATRIX_MULTIPLY);
    [PyMethod("floordiv")] static PyObject? FloorDiv(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.FLOOR_DIVIDE);
    [PyMethod("truediv")] static PyObject? TrueDiv(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.TRUE_DIVIDE);
    [PyMethod("mod")] static PyObject? Mod(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.REMAINDER);
    [PyMethod("lshift")] static PyObject? LShift(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.LSHIFT);
    [PyMethod("rshift")] static PyObject? RShift(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.RSHIFT);
    [PyMethod("and_")] static PyObject? And(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.AND);
    [PyMethod("xor")] static PyObject? Xor(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.XOR);
    [PyMethod("or_")] static PyObject? Or(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.OR);
    [PyMethod("pow")] static PyObject? Pow(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.POWER);

    [PyMethod("iadd")] static PyObject? IAdd(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_ADD);
    [PyMethod("isub")] static PyObject? ISub(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_SUBTRACT);
    [PyMethod("imul")] static PyObject? IMul(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_MULTIPLY);
    [PyMethod("imatmul")] static PyObject? IMatMul(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_MATRIX_MULTIPLY);
    [PyMethod("ifloordiv")] static PyObject? IFloorDiv(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_FLOOR_DIVIDE);
    [PyMethod("itruediv")] static PyObject? ITrueDiv(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_TRUE_DIVIDE);
    [PyMethod("imod")] static PyObject? IMod(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_REMAINDER);
    [PyMethod("ilshift")] static PyObject? ILShift(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_LSHIFT);
    [PyMethod("irshift")] static PyObject? IRShift(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_RSHIFT);
    [PyMethod("iand")] static PyObject? IAnd(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_AND);
    [PyMethod("ixor")] static PyObject? IXor(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_XOR);
    [PyMethod("ior")] static PyObject? IOr(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_OR);
    [PyMethod("ipow")] static PyObject? IPow(PyObject a, PyObject b) => Abstract.BinaryOp(a, b, NbOp.INPLACE_POWER);

    [PyMethod("lt")] static PyObject? Lt(PyObject a, PyObject b) => Abstract.RichCompare(a, b, CompareOp.Lt);
    [PyMethod("le")] static PyObject? Le(PyObject a, PyObject b) => Abstract.RichCompare(a, b, CompareOp.Le);
    [PyMethod("eq")] static PyObject? Eq(PyObject a, PyObject b) => Abstract.RichCompare(a, b, CompareOp.Eq);
    [PyMethod("ne")] static PyObject? Ne(PyObject a, PyObject b) => Abstract.RichCompare(a, b, CompareOp.Ne);
    [PyMethod("gt")] static PyObject? Gt(PyObject a, PyObject b) => Abstract.RichCompare(a, b, CompareOp.Gt);
    [PyMethod("ge")] static PyObject? Ge(PyObject a, PyObject b) => Abstract.RichCompare(a, b, CompareOp.Ge);

    [PyMethod("getitem")] static PyObject? GetItem(PyObject a, PyObject b) => Abstract.GetItem(a, b);

    [PyMethod("setitem")]
    static PyObject? SetItem(PyObject a, PyObject b, PyObject c) => Abstract.SetItem(a, b, c) < 0 ? null : Py.None;

    [PyMethod("delitem")]
    static PyObject? DelItem(PyObject a, PyObject b) => Abstract.DelItem(a, b) < 0 ? null : Py.None;

    /// <summary>PySequence_Concat: the left operand must be a sequence; sq_concat, else `+` between two sequences.</summary>
    [PyMethod("concat")]
    static PyObject? Concat(PyObject a, PyObject b) => SequenceConcat(a, b, inplace: false);

    [PyMethod("iconcat")]
    static PyObject? IConcat(PyObject a, PyObject b) => SequenceConcat(a, b, inplace: true);

    static PyObject? SequenceConcat(PyObject a, PyObject b, bool inplace)
    {
        if (Abstract.SequenceCheck(a))
        {
            var t = a.ob_type;
            var concat = inplace ? t.sq_inplace_concat ?? t.sq_concat : t.sq_concat;
            if (concat != null) return concat(a, b);
            if (Abstract.SequenceCheck(b))
                return Abstract.BinaryOp(a, b, inplace ? NbOp.INPLACE_ADD : NbOp.ADD);
        }
        return Errors.SetString(PyExc.TypeError, $"'{a.ob_type.tp_name}' object can't be concatenated");
    }

    /// <summary>countOf(a, b): how many items of a are b or equal to b.</summary>
    [PyMethod("countOf")]
    static long CountOf(PyObject a, PyObject b)
    {
        var it = Abstract.GetIter(a);
        if (it == null) return -1;
        long n = 0;
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            int eq = item == b ? 1 : Abstract.RichCompareBool(item, b, CompareOp.Eq);
            Py.DECREF(item);
            if (eq < 0)
            {
                Py.DECREF(it);
                return -1;
            }
            n += eq;
        }
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : n;
    }

    /// <summary>indexOf(a, b): the index of the first item of a that is b or equals it.</summary>
    [PyMethod("indexOf")]
    static long IndexOf(PyObject a, PyObject b)
    {
        var it = Abstract.GetIter(a);
        if (it == null) return -1;
        for (long i = 0; ; i++)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            int eq = item == b ? 1 : Abstract.RichCompareBool(item, b, CompareOp.Eq);
            Py.DECREF(item);
            if (eq != 0)
            {
                Py.DECREF(it);
                return eq < 0 ? -1 : i;
            }
        }
        Py.DECREF(it);
        if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }

    [PyMethod("length_hint")]
    static long LengthHint(PyObject obj, long @default = 0) => SeqSupport.LengthHint(obj, @default);

    /// <summary>call(obj, /, *args, **kwargs): obj(*args, **kwargs).</summary>
    [PyMethod("call", Raw = "clinic checks the positional count of (obj, /, *args, **kwargs) with _PyArg_CheckPositional, whose message the generated *args parsing does not give", TextSignature = "($module, obj, /, *args, **kwargs)")]
    static PyObject? Call(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ArgParse.CheckPositional("call", ArgParse.NArgs(args, kwnames), 1, int.MaxValue)) return null;
        return Calls.Call(args[0].AsBorrowed, args[1..], kwnames);
    }

    /// <summary>
    /// _compare_digest(a, b): a == b for ASCII str or bytes-like operands, in time that depends
    /// only on the length of b (hmac.compare_digest).
    /// </summary>
    [PyMethod("_compare_digest")]
    static PyObject? CompareDigest(PyObject a, PyObject b)
    {
        if (a is PyUnicode ua && b is PyUnicode ub)
        {
            if (!ua.IsAscii || !ub.IsAscii)
                return Errors.SetString(PyExc.TypeError, "comparing strings with non-ASCII characters is not supported");
            return Py.NewBool(TimingSafeEqual(System.Text.Encoding.ASCII.GetBytes(ua.Value), System.Text.Encoding.ASCII.GetBytes(ub.Value)));
        }
        if (!PyBuffer.Check(a) && !PyBuffer.Check(b))
            return Errors.SetString(PyExc.TypeError, $"unsupported operand types(s) or combination of types: '{a.ob_type.tp_name}' and '{b.ob_type.tp_name}'");
        var va = PyBuffer.Get(a, PyBUF.SIMPLE);
        if (va == null) return null;
        if (va.ndim > 1)
        {
            va.Release();
            return Errors.SetString(PyExc.BufferError, "Buffer must be single dimension");
        }
        var vb = PyBuffer.Get(b, PyBUF.SIMPLE);
        if (vb == null)
        {
            va.Release();
            return null;
        }
        if (vb.ndim > 1)
        {
            va.Release();
            vb.Release();
            return Errors.SetString(PyExc.BufferError, "Buffer must be single dimension");
        }
        bool equal = TimingSafeEqual(va.Span, vb.Span);
        va.Release();
        vb.Release();
        return Py.NewBool(equal);
    }

    /// <summary>_tscmp: compares every byte of b whatever the lengths, so the time leaks only b's length.</summary>
    static bool TimingSafeEqual(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        // Compare b with itself when the lengths differ, as CPython does.
        var left = a.Length == b.Length ? a : b;
        int result = a.Length == b.Length ? 0 : 1;
        for (int i = 0; i < b.Length; i++) result |= left[i] ^ b[i];
        return result == 0;
    }
}
