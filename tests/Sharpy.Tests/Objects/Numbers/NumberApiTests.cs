using System;
using System.Globalization;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;

namespace Sharpy.Tests.Objects.Numbers;

/// <summary>
/// Constructors, hashes and API details of int, bool, float and complex. Expected values are
/// what CPython 3.14 prints (hashes: 64-bit CPython, see gen_hashes.py).
/// </summary>
public class NumberApiTests
{
    public NumberApiTests() => NumbersSetup.Init();

    static string Result(PyObject? r) => ReferenceCaseTests.Render(r);

    static PyObject? New(PyType t, PyObject[] args, params (string Name, PyObject Value)[] kwargs)
    {
        var refs = new StackRef[args.Length + kwargs.Length];
        for (int i = 0; i < args.Length; i++) refs[i] = StackRef.FromBorrow(args[i]);
        PyTuple? kwnames = null;
        if (kwargs.Length > 0)
        {
            var names = new PyObject[kwargs.Length];
            for (int i = 0; i < kwargs.Length; i++)
            {
                names[i] = PyUnicode.FromString(kwargs[i].Name);
                refs[args.Length + i] = StackRef.FromBorrow(kwargs[i].Value);
            }
            kwnames = PyTuple.FromStolen(names);
        }
        return t.tp_new!(t, refs, kwnames);
    }

    static PyObject S(string s) => PyUnicode.FromString(s);
    static PyObject I(long v) => PyLong.FromLong(v);
    static PyObject F(double v) => PyFloat.FromDouble(v);

    [Fact]
    public void HashesMatch64BitCPython()
    {
        foreach (var line in HashData.Cases.Split('\n'))
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            var o = ReferenceCaseTests.Decode(f[0]);
            Assert.Equal(long.Parse(f[1], CultureInfo.InvariantCulture), Abstract.Hash(o));
        }
    }

    [Fact]
    public void NanHashesByIdentity()
    {
        var a = F(double.NaN);
        var b = F(double.NaN);
        Assert.Equal(Abstract.Hash(a), Abstract.Hash(a));
        Assert.NotEqual(Abstract.Hash(a), Abstract.Hash(b));
    }

    [Fact]
    public void IntConstructorArguments()
    {
        Assert.Equal("0", Result(New(PyLong.Type, [])));
        Assert.Equal("2", Result(New(PyLong.Type, [S("10")], ("base", I(2)))));
        Assert.Equal("!TypeError: int expected at most 2 arguments, got 3", Result(New(PyLong.Type, [S("1"), I(2), I(3)])));
        Assert.Equal("!TypeError: int() takes at most 2 arguments (3 given)", Result(New(PyLong.Type, [S("1"), I(2)], ("base", I(3)))));
        Assert.Equal("!TypeError: int() got an unexpected keyword argument 'x'", Result(New(PyLong.Type, [], ("x", S("1")))));
        Assert.Equal("!TypeError: int() missing string argument", Result(New(PyLong.Type, [], ("base", I(2)))));
        Assert.Equal("!TypeError: 'str' object cannot be interpreted as an integer", Result(New(PyLong.Type, [S("1"), S("a")])));
        Assert.Equal("!TypeError: int() can't convert non-string with explicit base", Result(New(PyLong.Type, [F(1.5), I(2)])));
        Assert.Equal("!ValueError: int() base must be >= 2 and <= 36, or 0", Result(New(PyLong.Type, [S("12"), I(37)])));
        Assert.Equal("12", Result(New(PyLong.Type, [PyBytes.FromBytes("12"u8.ToArray())])));
        Assert.Equal("!OverflowError: cannot convert float infinity to integer", Result(New(PyLong.Type, [F(double.PositiveInfinity)])));
        Assert.Equal("!ValueError: cannot convert float NaN to integer", Result(New(PyLong.Type, [F(double.NaN)])));
        Assert.Equal("-3", Result(New(PyLong.Type, [F(-3.99)])));
        Assert.Equal("1", Result(New(PyLong.Type, [PyBool.True])));
        Assert.Same(PyLong.Type, New(PyLong.Type, [PyBool.True])!.ob_type);
        Assert.Equal("!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
            Result(New(PyLong.Type, [Py.None])));
        Assert.Equal("!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'",
            Result(New(PyLong.Type, [PyComplex.FromDoubles(1, 0)])));
    }

    [Fact]
    public void IntStringDigitLimit()
    {
        Assert.Equal("!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
            Result(New(PyLong.Type, [S(new string('1', 5000))])));
        var big = PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(10, 5000));
        Assert.Equal("!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            Result(Abstract.Repr(big)));
        var edge = PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(10, 4300) - 1);
        Assert.Equal(4300, ((PyUnicode)Abstract.Repr(edge)!).Value.Length);
        var over = PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(10, 4300));
        Assert.Null(Abstract.Repr(over));
        Errors.Clear();
        // Hexadecimal has no limit.
        Assert.NotNull(PyLong.ToBase((PyLong)big, 16));
    }

    [Fact]
    public void BoolConstructorAndOperators()
    {
        Assert.Same(PyBool.False, New(PyBool.Type, []));
        Assert.Same(PyBool.True, New(PyBool.Type, [I(5)]));
        Assert.Same(PyBool.False, New(PyBool.Type, [F(0.0)]));
        Assert.Equal("!TypeError: bool expected at most 1 argument, got 2", Result(New(PyBool.Type, [I(1), I(2)])));
        Assert.Equal("!TypeError: bool() takes no keyword arguments", Result(New(PyBool.Type, [], ("x", I(1)))));
        Assert.Equal("True", ((PyUnicode)Abstract.Repr(PyBool.True)!).Value);
        Assert.Same(PyBool.False, Abstract.BinaryOp(PyBool.True, PyBool.False, NbOp.AND));
        Assert.Same(PyBool.True, Abstract.BinaryOp(PyBool.True, PyBool.False, NbOp.OR));
        Assert.Same(PyBool.False, Abstract.BinaryOp(PyBool.True, PyBool.True, NbOp.XOR));
        Assert.Equal("2", Result(Abstract.BinaryOp(PyBool.True, PyBool.True, NbOp.ADD)));
        Assert.Same(PyLong.Type, Abstract.Positive(PyBool.True)!.ob_type);
        Assert.Equal("1", Result(Abstract.BinaryOp(PyBool.True, I(1), NbOp.AND)));
    }

    [Fact]
    public void FloatConstructorArguments()
    {
        Assert.Equal("0.0", Result(New(PyFloat.Type, [])));
        Assert.Equal("!TypeError: float expected at most 1 argument, got 2", Result(New(PyFloat.Type, [I(1), I(2)])));
        Assert.Equal("!TypeError: float() takes no keyword arguments", Result(New(PyFloat.Type, [], ("x", I(1)))));
        Assert.Equal("!TypeError: float() argument must be a string or a real number, not 'NoneType'", Result(New(PyFloat.Type, [Py.None])));
        Assert.Equal("!OverflowError: int too large to convert to float",
            Result(New(PyFloat.Type, [PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(2, 1024))])));
        Assert.Equal("1.5", Result(New(PyFloat.Type, [PyBytes.FromBytes("1.5"u8.ToArray())])));
        Assert.Equal("!ValueError: could not convert string to float: b'x'", Result(New(PyFloat.Type, [PyBytes.FromBytes("x"u8.ToArray())])));
        Assert.Equal("!ValueError: could not convert string to float: 'x'", Result(New(PyFloat.Type, [S("x")])));
        Assert.Equal("1.5", Result(New(PyFloat.Type, [S("\u0661.5")])));
        Assert.Equal("inf", Result(New(PyFloat.Type, [S("1e99999999999")])));
        Assert.Equal("0.0", Result(New(PyFloat.Type, [S("1e-99999999999")])));
    }

    [Fact]
    public void ComplexConstructorArguments()
    {
        Assert.Equal("0j", Result(New(PyComplex.Type, [])));
        Assert.Equal("(1+2j)", Result(New(PyComplex.Type, [], ("real", I(1)), ("imag", I(2)))));
        Assert.Equal("2j", Result(New(PyComplex.Type, [], ("imag", I(2)))));
        Assert.Equal("(2.5+1j)", Result(New(PyComplex.Type, [F(2.5), I(1)])));
        Assert.Equal("(1+0j)", Result(New(PyComplex.Type, [PyBool.True])));
        Assert.Equal("(-1+1j)", Result(New(PyComplex.Type, [PyComplex.FromDoubles(0, 1), PyComplex.FromDoubles(0, 1)])));
        Assert.Equal("!TypeError: complex() argument 'real' must be a real number, not str", Result(New(PyComplex.Type, [S("1+2j"), I(1)])));
        Assert.Equal("!TypeError: complex() argument 'imag' must be a real number, not str", Result(New(PyComplex.Type, [I(1), S("2")])));
        Assert.Equal("!TypeError: complex() argument must be a string or a number, not NoneType", Result(New(PyComplex.Type, [Py.None])));
        Assert.Equal("!TypeError: complex() argument 'imag' must be a real number, not NoneType", Result(New(PyComplex.Type, [I(1), Py.None])));
        Assert.Equal("!TypeError: complex() argument must be a string or a number, not bytes", Result(New(PyComplex.Type, [PyBytes.FromBytes([49])])));
        Assert.Equal("!TypeError: complex() got an unexpected keyword argument 'x'", Result(New(PyComplex.Type, [], ("x", I(1)))));
        Assert.Equal("!ValueError: complex() arg is a malformed string", Result(New(PyComplex.Type, [S("1 + 2j")])));
    }

    [Fact]
    public void ClassMethodsAndMisc()
    {
        Assert.Equal("s:IEEE, little-endian", Result(PyFloat.GetFormat(PyFloat.Type, "double")));
        Assert.Equal("(5+0j)", Result(PyComplex.FromNumber(PyComplex.Type, I(5))));
        Assert.Equal("!TypeError: must be real number, not str", Result(PyComplex.FromNumber(PyComplex.Type, S("5"))));
        Assert.Equal("True", Result(PyLong.FromBytes(PyBool.Type, PyBytes.FromBytes([1]))));
        Assert.Equal("258", Result(PyLong.FromBytes(PyLong.Type, PyBytes.FromBytes([1, 2]))));
        Assert.Equal("!TypeError: cannot convert 'int' object to bytes", Result(PyLong.FromBytes(PyLong.Type, I(1), S("big"))));
        Assert.Equal("b'\\x04\\x00'", Result(PyLong.ToBytes((PyLong)I(1024), I(2))));
        Assert.Equal("b'\\xff\\xff'", Result(PyLong.ToBytes((PyLong)I(-1), I(2), null, PyBool.True)));
        Assert.Equal("!OverflowError: can't convert negative int to unsigned", Result(PyLong.ToBytes((PyLong)I(-1), I(1), S("big"))));
        Assert.Equal("!ValueError: length argument must be non-negative", Result(PyLong.ToBytes((PyLong)I(1), I(-1), S("big"))));
        Assert.Equal("(5,)", Result(PyLong.GetNewArgs((PyLong)I(5))));
        Assert.Equal("5", Result(PyLong.GetReal((PyLong)I(5))));
        Assert.Equal("0", Result(PyLong.GetImag((PyLong)I(5))));
        Assert.Equal("1", Result(PyLong.GetDenominator((PyLong)I(5))));
        Assert.Equal("0.0", Result(PyFloat.GetImag((PyFloat)F(1.5))));
        Assert.Equal("(1-2j)", Result(PyComplex.Conjugate(PyComplex.FromDoubles(1, 2))));
        Assert.Equal("!TypeError: pow() 3rd argument not allowed unless all arguments are integers",
            Result(PyFloat.Power(F(2.0), I(3), I(5))));
        Assert.Equal("3", Result(PyLong.Power(I(2), I(-1), I(5))));
        Assert.Equal("!ValueError: base is not invertible for the given modulus", Result(PyLong.Power(I(2), I(-1), I(4))));
        Assert.Equal("!ValueError: pow() 3rd argument cannot be 0", Result(PyLong.Power(I(2), I(3), I(0))));
        Assert.Equal("-1", Result(PyLong.Power(I(2), I(3), I(-3))));
        Assert.Equal("!ValueError: complex modulo", Result(PyComplex.Power(PyComplex.FromDoubles(0, 1), I(2), I(3))));
        Assert.Equal("!OverflowError: too many digits in integer",
            Result(Abstract.BinaryOp(I(1), PyLong.FromBigInteger(System.Numerics.BigInteger.One << 70), NbOp.LSHIFT)));
        Assert.Equal("!OverflowError: integer division result too large for a float",
            Result(Abstract.BinaryOp(PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(10, 400)), I(1), NbOp.TRUE_DIVIDE)));
        Assert.Equal("10.0", Result(Abstract.BinaryOp(PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(10, 400)),
            PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(10, 399)), NbOp.TRUE_DIVIDE)));
    }

    [Fact]
    public void ReferenceCounts()
    {
        // Small ints are immortal and shared; other results are new references.
        Assert.Same(I(100), Abstract.BinaryOp(I(50), I(50), NbOp.ADD));
        Assert.True(I(100).IsImmortal);
        var r = Abstract.BinaryOp(I(1000), I(1000), NbOp.ADD)!;
        Assert.Equal(1, r.ob_refcnt);
        var f = F(1.5);
        var same = PyFloat.Positive(f)!;
        Assert.Same(f, same);
        Assert.Equal(2, f.ob_refcnt);
        var big = PyLong.FromBigInteger(System.Numerics.BigInteger.Pow(3, 80));
        var same2 = PyLong.Int(big)!;
        Assert.Same(big, same2);
        Assert.Equal(2, big.ob_refcnt);
    }
}
