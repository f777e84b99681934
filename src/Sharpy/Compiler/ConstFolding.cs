using System;
using System.Numerics;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// Evaluation of operators on constants for the CFG's constant folding (eval_const_binop,
/// eval_const_unaryop and the const_folding_safe_* limits in Python/flowgraph.c).
/// Returns false where CPython's evaluation would raise or refuse.
/// </summary>
static class ConstFolding
{
    const int MaxIntSize = 128, MaxCollectionSize = 256, MaxStrSize = 4096, MaxTotalItems = 1024;

    static bool IsIntLike(object? o) => o is long or BigInteger or bool;

    static BigInteger ToBig(object o) => o switch
    {
        long l => l,
        BigInteger b => b,
        bool b => b ? 1 : 0,
        _ => throw new InvalidOperationException(),
    };

    static object Norm(BigInteger b) => b >= long.MinValue && b <= long.MaxValue ? (long)b : b;

    static bool IsFloatLike(object? o) => o is double || IsIntLike(o);

    /// <summary>An int or float operand as a float; false for an int too large (OverflowError at run time).</summary>
    static bool ToDouble(object o, out double d)
    {
        if (o is double x) { d = x; return true; }
        return Sharpy.Objects.NumberConvert.ToDouble(ToBig(o), out d);
    }

    /// <summary>A number operand of complex arithmetic: its value, and whether it is a complex (a real takes part as a real).</summary>
    static bool ToComplex(object o, out Complex c, out bool isComplex)
    {
        isComplex = o is Complex;
        if (o is Complex x) { c = x; return true; }
        c = default;
        if (!IsFloatLike(o) || !ToDouble(o, out double d)) return false;
        c = new Complex(d, 0);
        return true;
    }

    static long NumBits(BigInteger b)
    {
        b = BigInteger.Abs(b);
        return b.IsZero ? 0 : (long)b.GetBitLength();
    }

    public static bool PyEquals(object? a, object? b)
    {
        if (a == null || b == null) return a == b;
        if (IsNumber(a) && IsNumber(b)) return NumberEquals(a, b);
        return ConstEquality.Instance.Equals(a, b);
    }

    static bool IsNumber(object o) => o is double or Complex || IsIntLike(o);

    /// <summary>int, float and complex compare by value, exactly: 0 == 0.0 == 0j, but 2**53 + 1 != 2.0**53.</summary>
    static bool NumberEquals(object a, object b)
    {
        if (a is Complex ca) return b is Complex cb ? ca == cb : ca.Imaginary == 0 && RealEquals(ca.Real, b);
        if (b is Complex cb2) return cb2.Imaginary == 0 && RealEquals(cb2.Real, a);
        if (a is double da) return RealEquals(da, b);
        if (b is double db) return RealEquals(db, a);
        return ToBig(a) == ToBig(b);
    }

    static bool RealEquals(double d, object other) =>
        other is double e ? d == e : double.IsFinite(d) && Math.Floor(d) == d && new BigInteger(d) == ToBig(other);

    public static bool UnaryOp(object? v, int opcode, out object? result)
    {
        result = null;
        switch (opcode)
        {
            case Op.UNARY_NEGATIVE:
                if (IsIntLike(v)) { result = Norm(-ToBig(v!)); return true; }
                if (v is double d) { result = -d; return true; }
                if (v is Complex c) { result = -c; return true; }
                return false;
            case Op.UNARY_INVERT:
                // ~bool is deprecated: left to run time, which warns (as flowgraph.c does).
                if (v is bool) return false;
                if (IsIntLike(v)) { result = Norm(-ToBig(v!) - 1); return true; }
                return false;
            case Op.UNARY_NOT:
                result = !ConstValue.IsTrue(v);
                return true;
            case Op.CALL_INTRINSIC_1:
                if (IsIntLike(v)) { result = Norm(ToBig(v!)); return true; }
                if (v is double or Complex) { result = v; return true; }
                return false;
        }
        return false;
    }

    public static bool BinaryOp(object? l, int op, object? r, out object? result)
    {
        result = null;
        if (l == null || r == null) return false;
        try
        {
            return op switch
            {
                NbOp.ADD => Add(l, r, out result),
                NbOp.SUBTRACT => Arith(l, r, (a, b) => a - b, (a, b) => a - b, 1, out result),
                NbOp.MULTIPLY => Multiply(l, r, out result),
                NbOp.TRUE_DIVIDE => TrueDivide(l, r, out result),
                NbOp.FLOOR_DIVIDE => FloorDivide(l, r, out result),
                NbOp.REMAINDER => Remainder(l, r, out result),
                NbOp.POWER => Power(l, r, out result),
                NbOp.LSHIFT => Shift(l, r, true, out result),
                NbOp.RSHIFT => Shift(l, r, false, out result),
                NbOp.OR => Bitwise(l, r, (a, b) => a | b, out result),
                NbOp.XOR => Bitwise(l, r, (a, b) => a ^ b, out result),
                NbOp.AND => Bitwise(l, r, (a, b) => a & b, out result),
                NbOp.SUBSCR => Subscript(l, r, out result),
                _ => false,
            };
        }
        catch (ArithmeticException)
        {
            result = null;
            return false;
        }
    }

    /// <summary>int, float or complex arithmetic; <paramref name="complexOp"/> is the op of <see cref="Sharpy.Objects.PyComplex.Arith"/> (complex's own rules for mixed operands).</summary>
    static bool Arith(object l, object r, Func<BigInteger, BigInteger, BigInteger> fi, Func<double, double, double> ff,
        int complexOp, out object? result)
    {
        result = null;
        if (IsIntLike(l) && IsIntLike(r)) { result = Norm(fi(ToBig(l), ToBig(r))); return true; }
        if (IsFloatLike(l) && IsFloatLike(r))
        {
            if (!ToDouble(l, out double a) || !ToDouble(r, out double b)) return false;
            result = ff(a, b);
            return true;
        }
        return ComplexArith(l, r, complexOp, out result);
    }

    static bool ComplexArith(object l, object r, int complexOp, out object? result)
    {
        result = null;
        if (l is not Complex && r is not Complex) return false;
        if (!ToComplex(l, out var a, out bool aComplex) || !ToComplex(r, out var b, out bool bComplex)) return false;
        if (!Sharpy.Objects.PyComplex.Arith(complexOp, a.Real, a.Imaginary, aComplex, b.Real, b.Imaginary, bComplex, out double rr, out double ri))
            return false;
        result = new Complex(rr, ri);
        return true;
    }

    static bool Add(object l, object r, out object? result)
    {
        result = null;
        if (StrValue.Is(l) && StrValue.Is(r)) { result = StrValue.Concat(l, r); return true; }
        if (l is byte[] lb && r is byte[] rb)
        {
            var n = new byte[lb.Length + rb.Length];
            lb.CopyTo(n, 0);
            rb.CopyTo(n, lb.Length);
            result = n;
            return true;
        }
        if (l is object?[] lt && r is object?[] rt)
        {
            var n = new object?[lt.Length + rt.Length];
            lt.CopyTo(n, 0);
            rt.CopyTo(n, lt.Length);
            result = n;
            return true;
        }
        return Arith(l, r, (a, b) => a + b, (a, b) => a + b, 0, out result);
    }

    static int ComplexityLimit(object? obj, int limit)
    {
        if (obj is object?[] t)
        {
            limit -= t.Length;
            for (int i = 0; limit >= 0 && i < t.Length; i++)
            {
                limit = ComplexityLimit(t[i], limit);
                if (limit < 0) return limit;
            }
        }
        return limit;
    }

    static bool Multiply(object v, object w, out object? result)
    {
        result = null;
        if (IsIntLike(v) && IsIntLike(w))
        {
            var a = ToBig(v);
            var b = ToBig(w);
            if (!a.IsZero && !b.IsZero && NumBits(a) + NumBits(b) > MaxIntSize) return false;
            result = Norm(a * b);
            return true;
        }
        if (IsIntLike(w) && (v is object?[] or byte[] || StrValue.Is(v)))
            (v, w) = (w, v);
        if (IsIntLike(v) && w is object?[] t)
        {
            if (t.Length > 0)
            {
                var n = ToBig(v);
                if (n < 0 || n > MaxCollectionSize / t.Length) return false;
                if (n > 0 && ComplexityLimit(t, MaxTotalItems / (int)n) < 0) return false;
            }
            long count = (long)BigInteger.Max(ToBig(v), 0);
            var res = new object?[t.Length * count];
            for (int i = 0; i < count; i++) t.CopyTo(res, i * t.Length);
            result = res;
            return true;
        }
        if (IsIntLike(v) && StrValue.Is(w))
        {
            int size = StrValue.Length(w);
            if (size > 0)
            {
                var n = ToBig(v);
                if (n < 0 || n > MaxStrSize / size) return false;
            }
            long count = (long)BigInteger.Max(ToBig(v), 0);
            var sb = new StrValueBuilder();
            for (int i = 0; i < count; i++) sb.AppendValue(w);
            result = sb.ToValue();
            return true;
        }
        if (IsIntLike(v) && w is byte[] by)
        {
            if (by.Length > 0)
            {
                var n = ToBig(v);
                if (n < 0 || n > MaxStrSize / by.Length) return false;
            }
            long count = (long)BigInteger.Max(ToBig(v), 0);
            var res = new byte[by.Length * count];
            for (int i = 0; i < count; i++) by.CopyTo(res, i * by.Length);
            result = res;
            return true;
        }
        return Arith(v, w, (a, b) => a * b, (a, b) => a * b, 2, out result);
    }

    static bool TrueDivide(object l, object r, out object? result)
    {
        result = null;
        if (IsIntLike(l) && IsIntLike(r))
        {
            var b = ToBig(r);
            if (b.IsZero) return false;
            // Correctly rounded, as int.__truediv__ computes it; too large a quotient stays unfolded.
            if (!Sharpy.Objects.NumberConvert.TrueDivide(ToBig(l), b, out double q)) return false;
            result = q;
            return true;
        }
        if (IsFloatLike(l) && IsFloatLike(r))
        {
            if (!ToDouble(l, out double a) || !ToDouble(r, out double d) || d == 0.0) return false;
            result = a / d;
            return true;
        }
        return ComplexArith(l, r, 3, out result);
    }

    static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    static bool FloorDivide(object l, object r, out object? result)
    {
        result = null;
        if (IsIntLike(l) && IsIntLike(r))
        {
            var b = ToBig(r);
            if (b.IsZero) return false;
            result = Norm(FloorDiv(ToBig(l), b));
            return true;
        }
        if (IsFloatLike(l) && IsFloatLike(r))
        {
            if (!ToDouble(l, out double a) || !ToDouble(r, out double b) || b == 0.0) return false;
            double mod = a % b;
            double div = (a - mod) / b;
            if (mod != 0 && (b < 0) != (mod < 0)) div -= 1.0;
            double floordiv;
            if (div != 0)
            {
                floordiv = Math.Floor(div);
                if (div - floordiv > 0.5) floordiv += 1.0;
            }
            else
                floordiv = Math.CopySign(0.0, a / b);
            result = floordiv;
            return true;
        }
        return false;
    }

    static bool Remainder(object l, object r, out object? result)
    {
        result = null;
        if (l is byte[] || StrValue.Is(l)) return false;
        if (IsIntLike(l) && IsIntLike(r))
        {
            var b = ToBig(r);
            if (b.IsZero) return false;
            var a = ToBig(l);
            result = Norm(a - FloorDiv(a, b) * b);
            return true;
        }
        if (IsFloatLike(l) && IsFloatLike(r))
        {
            if (!ToDouble(l, out double a) || !ToDouble(r, out double b) || b == 0.0) return false;
            double mod = a % b;
            if (mod != 0)
            {
                if ((b < 0) != (mod < 0)) mod += b;
            }
            else
                mod = Math.CopySign(0.0, b);
            result = mod;
            return true;
        }
        return false;
    }

    static bool Power(object l, object r, out object? result)
    {
        result = null;
        if (IsIntLike(l) && IsIntLike(r))
        {
            var a = ToBig(l);
            var b = ToBig(r);
            if (b.Sign < 0)
            {
                // int ** negative int is float ** float.
                if (!ToDouble(l, out double fa) || !ToDouble(r, out double fb)) return false;
                return FloatPower(fa, fb, out result);
            }
            if (!a.IsZero && b.Sign > 0)
            {
                long vbits = NumBits(a);
                if (b > MaxIntSize || vbits > MaxIntSize / (long)b) return false;
            }
            result = Norm(BigInteger.Pow(a, (int)b));
            return true;
        }
        if (IsFloatLike(l) && IsFloatLike(r))
        {
            if (!ToDouble(l, out double a) || !ToDouble(r, out double b)) return false;
            return FloatPower(a, b, out result);
        }
        if ((l is Complex || IsFloatLike(l)) && (r is Complex || IsFloatLike(r)))
        {
            if (!ToComplex(l, out var a, out _) || !ToComplex(r, out var b, out _)) return false;
            return ComplexPower(a, b, out result);
        }
        return false;
    }

    static bool FloatPower(double a, double b, out object? result)
    {
        result = null;
        switch (Sharpy.Objects.PyFloat.PowValue(a, b, out double p))
        {
            case Sharpy.Objects.PyFloat.PowResult.Ok:
                result = p;
                return true;
            case Sharpy.Objects.PyFloat.PowResult.Complex:
                return ComplexPower(new Complex(a, 0), new Complex(b, 0), out result);
            default:
                return false;
        }
    }

    static bool ComplexPower(Complex a, Complex b, out object? result)
    {
        result = null;
        if (Sharpy.Objects.PyComplex.PowValue(a, b, out var p) != Sharpy.Objects.PyComplex.PowError.None) return false;
        result = p;
        return true;
    }

    static bool Shift(object l, object r, bool left, out object? result)
    {
        result = null;
        if (!IsIntLike(l) || !IsIntLike(r)) return false;
        var a = ToBig(l);
        var b = ToBig(r);
        if (b.Sign < 0) return false;
        if (left)
        {
            if (!a.IsZero && !b.IsZero)
            {
                long vbits = NumBits(a);
                if (b > MaxIntSize || vbits > MaxIntSize - (long)b) return false;
            }
            result = Norm(a << (int)BigInteger.Min(b, int.MaxValue));
        }
        else
            result = Norm(b > int.MaxValue ? (a.Sign < 0 ? -1 : 0) : a >> (int)b);
        return true;
    }

    static bool Bitwise(object l, object r, Func<BigInteger, BigInteger, BigInteger> f, out object? result)
    {
        result = null;
        if (l is bool lb && r is bool rb)
        {
            result = (bool)(f(lb ? 1 : 0, rb ? 1 : 0) != 0);
            return true;
        }
        if (!IsIntLike(l) || !IsIntLike(r)) return false;
        result = Norm(f(ToBig(l), ToBig(r)));
        return true;
    }

    static bool Subscript(object l, object r, out object? result)
    {
        result = null;
        if (r is SliceConstant slice) return ConstSlicing.TrySlice(l, slice, out result);
        if (!IsIntLike(r)) return false;
        var idx = ToBig(r);
        if (StrValue.Is(l))
        {
            var cps = StrValue.CodePoints(l);
            if (!NormIndex(idx, cps.Length, out int i)) return false;
            result = StrValue.FromCodePoints(cps.AsSpan(i, 1));
            return true;
        }
        switch (l)
        {
            case byte[] b:
            {
                if (!NormIndex(idx, b.Length, out int i)) return false;
                result = (long)b[i];
                return true;
            }
            case object?[] t:
            {
                if (!NormIndex(idx, t.Length, out int i)) return false;
                result = t[i];
                return true;
            }
        }
        return false;
    }

    static bool NormIndex(BigInteger idx, int len, out int i)
    {
        if (idx < 0) idx += len;
        i = 0;
        if (idx < 0 || idx >= len) return false;
        i = (int)idx;
        return true;
    }
}
