using System;
using System.Collections.Generic;
using System.Numerics;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>A slice constant (from `x[1:2]` in 3.14), bounds in the AST constant convention.</summary>
public sealed class SliceConstant(object? start, object? stop, object? step)
{
    public readonly object? Start = start, Stop = stop, Step = step;
}

/// <summary>
/// Equality of constants the way the compiler's constant table sees it
/// (_PyCode_ConstantKey): values of different types never merge (1, 1.0 and True
/// stay apart), 0.0 and -0.0 stay apart, tuples compare element by element. A NaN is
/// equal only to itself, as the float object it is in CPython (the key's comparison finds
/// the same object equal and two NaNs unequal), so each folded NaN is its own constant.
/// </summary>
sealed class ConstEquality : IEqualityComparer<object?>
{
    public static readonly ConstEquality Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a == null || b == null) return false;
        a = Normalize(a);
        b = Normalize(b);
        switch (a)
        {
            case bool x: return b is bool yb && x == yb;
            case long x: return b is long yl && x == yl;
            case BigInteger x: return b is BigInteger yi && x == yi;
            case double x:
                return b is double yd && !double.IsNaN(x) && BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(yd);
            case Complex x:
                return b is Complex yc && !double.IsNaN(x.Real) && !double.IsNaN(x.Imaginary)
                    && BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(yc.Real)
                    && BitConverter.DoubleToInt64Bits(x.Imaginary) == BitConverter.DoubleToInt64Bits(yc.Imaginary);
            case string x: return b is string ys && string.Equals(x, ys, StringComparison.Ordinal);
            case SurrogateStr x: return x.Equals(b as SurrogateStr);
            case byte[] x: return b is byte[] yby && x.AsSpan().SequenceEqual(yby);
            case object?[] x:
                if (b is not object?[] ty || x.Length != ty.Length) return false;
                for (int i = 0; i < x.Length; i++)
                    if (!Equals(x[i], ty[i])) return false;
                return true;
            case FrozenSetConstant x:
                if (b is not FrozenSetConstant fy || x.Items.Length != fy.Items.Length) return false;
                foreach (var item in x.Items)
                    if (Array.FindIndex(fy.Items, o => Equals(o, item)) < 0) return false;
                return true;
            case CodeObject x:
                return b is CodeObject y2 && SameCode(x, y2);
            case SliceConstant x:
                return b is SliceConstant sy && Equals(x.Start, sy.Start) && Equals(x.Stop, sy.Stop) && Equals(x.Step, sy.Step);
            default: return false;
        }
    }

    /// <summary>code_richcompare: code objects with equal contents are one constant.</summary>
    bool SameCode(CodeObject a, CodeObject b)
    {
        if (a.Name != b.Name || a.QualName != b.QualName || a.ArgCount != b.ArgCount
            || a.PosOnlyArgCount != b.PosOnlyArgCount || a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags
            || a.FirstLineno != b.FirstLineno || a.Consts.Length != b.Consts.Length
            || !a.Code.AsSpan().SequenceEqual(b.Code) || !a.LineTable.AsSpan().SequenceEqual(b.LineTable)
            || !a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable)
            || !a.Names.AsSpan().SequenceEqual(b.Names) || !a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames))
            return false;
        for (int i = 0; i < a.Consts.Length; i++)
            if (!Equals(a.Consts[i], b.Consts[i])) return false;
        return true;
    }

    public int GetHashCode(object? o)
    {
        o = o == null ? null : Normalize(o);
        switch (o)
        {
            case null: return 0;
            case bool x: return x ? 3 : 2;
            case long x: return x.GetHashCode();
            case BigInteger x: return x.GetHashCode();
            case double x: return x.GetHashCode() ^ 0x5a5a;
            case Complex x: return x.GetHashCode();
            case string x: return x.GetHashCode();
            case SurrogateStr x: return x.GetHashCode();
            case byte[] x: return x.Length ^ 0x777;
            case object?[] x:
            {
                int h = x.Length;
                foreach (var item in x) h = h * 31 + GetHashCode(item);
                return h;
            }
            case FrozenSetConstant x: return x.Items.Length ^ 0x1234;
            case CodeObject x: return x.Code.Length ^ x.Name.GetHashCode();
            default: return o.GetType().GetHashCode();
        }
    }

    /// <summary>Ints that fit in a long are longs.</summary>
    public static object Normalize(object o) =>
        o is BigInteger b && b >= long.MinValue && b <= long.MaxValue ? (long)b : o;
}

/// <summary>Questions about constant values the compiler asks.</summary>
static class ConstValue
{
    /// <summary>PyObject_IsTrue for constant values.</summary>
    public static bool IsTrue(object? o) => o switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        BigInteger b => !b.IsZero,
        double d => d != 0.0,
        Complex c => c != Complex.Zero,
        string s => s.Length != 0,
        SurrogateStr => true,
        byte[] b => b.Length != 0,
        object?[] t => t.Length != 0,
        FrozenSetConstant f => f.Items.Length != 0,
        _ => true,
    };
}
