using System.Runtime.CompilerServices;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `int` (Objects/longobject.c): a value in a `long`, and a BigInteger only when it does not
/// fit. Small ints -5..256 are cached and immortal, as in CPython.
/// </summary>
[PyType("int", BaseType = true, Doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nMake an integer from a number (truncating a float towards zero, or through\nx.__int__() or x.__index__()) or from a str, bytes or bytearray holding an\ninteger literal in the given base (2 to 36, or 0 to read the base from the\nliteral's prefix). Without arguments, return 0.\n\n>>> int('0x1f', base=0)\n31\n>>> int('  -12 ')\n-12")]
public partial class PyLong : PyObject
{
    const int SmallMin = -5, SmallMax = 256;
    static readonly PyLong[] s_small = MakeSmall();

    /// <summary>The value when <see cref="IsBig"/> is false.</summary>
    public readonly long Value;
    /// <summary>The value when it does not fit a long. Boxed so that the common int carries one
    /// reference instead of a 16-byte BigInteger (an int object is 56 bytes, not 72).</summary>
    readonly StrongBox<BigInteger>? _bigBox;

    public bool IsBig => _bigBox != null;
    BigInteger _big => _bigBox!.Value;

    protected PyLong(PyType type, long value) : base(type) { Value = value; }

    protected PyLong(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) Value = (long)value;
        else _bigBox = new StrongBox<BigInteger>(value);
    }

    static PyLong[] MakeSmall()
    {
        var a = new PyLong[SmallMax - SmallMin + 1];
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = new PyLong(null!, i + SmallMin);
            a[i].SetImmortal();
        }
        return a;
    }

    /// <summary>Fix up the cached small ints once `int` exists.</summary>
    internal static void InitSmallInts()
    {
        foreach (var o in s_small) o.ob_type = Type;
    }

    public static PyLong FromLong(long v)
    {
        if (v >= SmallMin && v <= SmallMax) return s_small[v - SmallMin];
        return new PyLong(Type, v);
    }

    public static PyLong FromBigInteger(BigInteger v)
    {
        if (v >= SmallMin && v <= SmallMax) return s_small[(int)v - SmallMin];
        return new PyLong(Type, v);
    }

    /// <summary>A new int of a subclass of int (int.__new__ for subclasses).</summary>
    public static PyLong FromBigInteger(PyType subtype, BigInteger v) => new PyLong(subtype, v);

    public BigInteger ToBigInteger() => IsBig ? _big : Value;

    public bool TryGetLong(out long v)
    {
        v = Value;
        return !IsBig;
    }

    public override string ToString() => IsBig ? _big.ToString() : Value.ToString();
}
