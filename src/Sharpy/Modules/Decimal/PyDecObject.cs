using System;
using System.Globalization;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

/// <summary>`decimal.Decimal` (PyDec_Type): an immutable decimal number.</summary>
[PyType("decimal.Decimal", BaseType = true, Doc = "Decimal(value='0', context=None)\n--\n\nConstruct a new Decimal object. 'value' can be an integer, string, tuple,\nor another Decimal object. If no value is given, return Decimal('0'). The\ncontext does not affect the conversion and is only passed to determine if\nthe InvalidOperation trap is active.\n\n")]
public partial class PyDecObject : PyObject
{
    internal readonly Dec Value;
    long _hash = -1;

    internal PyDecObject(PyType type, Dec value) : base(type) { Value = value; }

    internal static PyDecObject Make(Dec d) => new(Type, d);

    // ---- construction ----

    static readonly ArgParse.Parser s_newParser = new("Decimal", 0, ["value", "context"], 0, 2, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_newParser, buf)) return null;
        var ctx = PyDecContext.Resolve(buf[1]);
        if (ctx == null) return null;
        var v = buf[0];
        if (v == null) return new PyDecObject(type, Dec.Zero);
        return FromObjectExact(type, v, ctx);
    }

    /// <summary>PyDecType_FromObjectExact: Decimal(v) for a str, int, float, tuple, list or Decimal.</summary>
    static PyObject? FromObjectExact(PyType type, PyObject v, PyDecContext ctx)
    {
        if (v is PyDecObject d)
            return type == Type && d.ob_type == Type ? Py.NewRef(d) : new PyDecObject(type, d.Value);
        if (v is PyUnicode u)
        {
            uint status = 0;
            var r = FromStringExact(u.Value, ref status);
            if (status != 0 && ctx.AddStatus(status)) return null;
            return new PyDecObject(type, r);
        }
        if (v is PyLong l) return new PyDecObject(type, FromBigInteger(l.ToBigInteger()));
        if (v is PyTuple || v is PyList) return FromTuple(type, v, ctx);
        if (v is PyFloat f)
        {
            if (ctx.AddStatus(DecStatus.FloatOperation)) return null;
            return new PyDecObject(type, FromDouble(f.Value));
        }
        return Errors.SetString(PyExc.TypeError, $"conversion from {v.ob_type.Name} to Decimal is not supported");
    }

    internal static Dec FromBigInteger(BigInteger b) => new(b.Sign < 0, BigInteger.Abs(b), 0);

    /// <summary>The exact value of a double (PyDecType_FromFloatExact).</summary>
    internal static Dec FromDouble(double x)
    {
        if (double.IsNaN(x)) return Dec.QNaN;
        bool sign = double.IsNegative(x);
        if (double.IsInfinity(x)) return Dec.Inf(sign);
        long bits = BitConverter.DoubleToInt64Bits(x);
        int bexp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (bexp == 0) bexp = 1; else mant |= 1L << 52;
        int e = bexp - 1075;
        if (mant == 0) return new Dec(sign, BigInteger.Zero, 0);
        int tz = System.Numerics.BitOperations.TrailingZeroCount(mant);
        mant >>= tz; e += tz;
        if (e >= 0) return new Dec(sign, new BigInteger(mant) << e, 0);
        // mant / 2**k == mant * 5**k / 10**k
        return new Dec(sign, new BigInteger(mant) * BigInteger.Pow(5, -e), e);
    }

    /// <summary>A string converted exactly (Decimal()), with the conditions in <paramref name="status"/>.</summary>
    internal static Dec FromStringExact(string s, ref uint status)
    {
        var ascii = Dec.NumericAsAscii(s, true, true);
        var d = ascii == null ? null : Dec.Parse(ascii);
        if (d == null) { status |= DecStatus.ConversionSyntax; return Dec.QNaN; }
        uint st = 0;
        var r = d.Fix(DecCtx.Max, ref st);
        if ((st & (DecStatus.Inexact | DecStatus.Rounded | DecStatus.Clamped)) != 0)
        {
            status |= DecStatus.InvalidOperation;
            return Dec.QNaN;
        }
        return r;
    }

    /// <summary>dectuple_as_str: the number a (sign, digits, exponent) tuple or list stands for, unrounded; null with the error set.</summary>
    internal static Dec? TupleToDec(PyObject v)
    {
        PyObject[] items = v is PyTuple t ? t.Items : ((PyList)v).AsSpan().ToArray();
        if (items.Length != 3) { Errors.SetString(PyExc.ValueError, "argument must be a sequence of length 3"); return null; }
        if (items[0] is not PyLong sl || sl.ToBigInteger() is var sv && sv != 0 && sv != 1)
        {
            Errors.SetString(PyExc.ValueError, "sign must be an integer with the value 0 or 1");
            return null;
        }
        bool sign = sl.ToBigInteger() == 1;
        DecKind kind = DecKind.Finite;
        long exp = 0;
        if (items[2] is PyUnicode es)
        {
            kind = es.Value switch { "F" => DecKind.Infinite, "n" => DecKind.NaN, "N" => DecKind.SNaN, _ => DecKind.Finite };
            if (kind == DecKind.Finite)
            {
                Errors.SetString(PyExc.ValueError, "string argument in the third position must be 'F', 'n' or 'N'");
                return null;
            }
        }
        else if (items[2] is PyLong el)
        {
            if (!ArgParse.ToSsize(el, out exp)) return null;
            // far outside every context: keep the value's side of the limits only
            exp = Math.Clamp(exp, -4 * DecCtx.MaxEmax, 4 * DecCtx.MaxEmax);
        }
        else { Errors.SetString(PyExc.ValueError, "exponent must be an integer"); return null; }
        PyObject[] digits;
        if (items[1] is PyTuple dt) digits = dt.Items;
        else if (items[1] is PyList dl) digits = dl.AsSpan().ToArray();
        else { Errors.SetString(PyExc.ValueError, "coefficient must be a tuple of digits"); return null; }
        var sb = new System.Text.StringBuilder();
        foreach (var dg in digits)
        {
            if (dg is not PyLong dv || dv.ToBigInteger() is var x && (x < 0 || x > 9))
            {
                Errors.SetString(PyExc.ValueError, "coefficient must be a tuple of digits");
                return null;
            }
            sb.Append((char)('0' + (int)dv.ToBigInteger()));
        }
        if (kind == DecKind.Infinite) return Dec.Inf(sign);
        var coef = sb.Length == 0 ? BigInteger.Zero : BigInteger.Parse(sb.ToString(), CultureInfo.InvariantCulture);
        return new Dec(sign, coef, kind == DecKind.Finite ? exp : 0, kind);
    }

    /// <summary>Decimal((sign, digits, exponent)): exact, or InvalidOperation.</summary>
    static PyObject? FromTuple(PyType type, PyObject v, PyDecContext ctx)
    {
        var d = TupleToDec(v);
        if (d == null) return null;
        uint status = 0;
        var r = d.Fix(DecCtx.Max, ref status);
        if ((status & (DecStatus.Inexact | DecStatus.Rounded | DecStatus.Clamped)) != 0)
        {
            if (ctx.AddStatus(DecStatus.InvalidOperation)) return null;
            return new PyDecObject(type, Dec.QNaN);
        }
        return new PyDecObject(type, r);
    }

    [PyMethod("from_float", Class = true, Doc = "Class method that converts a float to a decimal number, exactly.\nSince 0.1 is not exactly representable in binary floating point,\nDecimal.from_float(0.1) is not the same as Decimal('0.1').\n\n    >>> Decimal.from_float(0.1)\n    Decimal('0.1000000000000000055511151231257827021181583404541015625')\n    >>> Decimal.from_float(float('nan'))\n    Decimal('NaN')\n    >>> Decimal.from_float(float('inf'))\n    Decimal('Infinity')\n    >>> Decimal.from_float(float('-inf'))\n    Decimal('-Infinity')\n\n\n")]
    static PyObject? FromFloat(PyType cls, PyObject f)
    {
        Dec d;
        if (f is PyLong l) d = FromBigInteger(l.ToBigInteger());
        else if (f is PyFloat pf) d = FromDouble(pf.Value);
        else return Errors.SetString(PyExc.TypeError, $"argument must be int or float");
        return ConstructSubtype(cls, d);
    }

    [PyMethod("from_number", Class = true, Doc = "Class method that converts a real number to a decimal number, exactly.\n\n    >>> Decimal.from_number(314)              # int\n    Decimal('314')\n    >>> Decimal.from_number(0.1)              # float\n    Decimal('0.1000000000000000055511151231257827021181583404541015625')\n    >>> Decimal.from_number(Decimal('3.14'))  # another decimal instance\n    Decimal('3.14')\n\n\n")]
    static PyObject? FromNumber(PyType cls, PyObject x)
    {
        Dec d;
        if (x is PyDecObject dx) d = dx.Value;
        else if (x is PyLong l) d = FromBigInteger(l.ToBigInteger());
        else if (x is PyFloat pf) d = FromDouble(pf.Value);
        else return Errors.SetString(PyExc.TypeError, $"conversion from {x.ob_type.Name} to Decimal is not supported");
        return ConstructSubtype(cls, d);
    }

    /// <summary>An exact Decimal of class <paramref name="cls"/>: a subclass is called with the Decimal.</summary>
    static PyObject? ConstructSubtype(PyType cls, Dec d)
    {
        var r = Make(d);
        if (cls == Type) return r;
        var sub = Calls.CallOneArg(cls, r);
        Py.DECREF(r);
        return sub;
    }

    // ---- operand conversion ----

    /// <summary>convert_op: a Decimal or an int as a Dec; null (no error) for anything else.</summary>
    internal static Dec? Operand(PyObject v) => v switch
    {
        PyDecObject d => d.Value,
        PyLong l => FromBigInteger(l.ToBigInteger()),
        _ => null,
    };

    /// <summary>convert_op_raise: a Decimal or an int, else TypeError.</summary>
    internal static Dec? OperandRaise(PyObject v)
    {
        var d = Operand(v);
        if (d == null) Errors.SetString(PyExc.TypeError, $"conversion from {v.ob_type.Name} to Decimal is not supported");
        return d;
    }

    // ---- text ----

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        return PyUnicode.FromString("Decimal('" + ((PyDecObject)o).Value.ToText(false, ctx.Capitals != 0) + "')");
    }

    [PySlot("tp_str")]
    static PyObject? Str(PyObject o)
    {
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        return PyUnicode.FromString(((PyDecObject)o).Value.ToText(false, ctx.Capitals != 0));
    }

    [PyMethod("to_eng_string", Doc = "Convert to an engineering-type string.  Engineering notation has an exponent\nwhich is a multiple of 3, so there are up to 3 digits left of the decimal\nplace. For example, Decimal('123E+1') is converted to Decimal('1.23E+3').\n\nThe value of context.capitals determines whether the exponent sign is lower\nor upper case. Otherwise, the context does not affect the operation.\n")]
    static PyObject? ToEngString(PyDecObject self, [Keyword] PyObject? context = null)
    {
        var ctx = PyDecContext.Resolve(context);
        if (ctx == null) return null;
        return PyUnicode.FromString(self.Value.ToText(true, ctx.Capitals != 0));
    }

    [PyMethod("__format__")]
    static PyObject? Format(PyDecObject self, PyObject spec, PyObject? @override = null)
    {
        if (spec is not PyUnicode fmt)
            return Errors.SetString(PyExc.TypeError, $"format arg must be str");
        if (@override != null && @override is not PyDict)
            return Errors.SetString(PyExc.TypeError, "optional argument must be a dict");
        if (@override is PyDict od && !ValidOverride(od))
            return Errors.SetString(PyExc.ValueError, "invalid override dict");
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        var text = fmt.Value;
        // the 'N' type (upper-case 'n') is deprecated; it formats as 'n' in capitals
        bool upper = text.Length > 0 && text[^1] == 'N' && (text.Length < 2 || text[^2] is not ('<' or '>' or '=' or '^'));
        if (upper)
        {
            if (Warnings.WarnEx(PyExc.DeprecationWarning, "Format specifier 'N' is deprecated", 1) < 0) return null;
            text = text[..^1] + "n";
        }
        var f = DecFormat.Parse(text, out var error);
        if (f == null) return Errors.SetString(PyExc.ValueError, error!);
        if (f.NeedsLocale && FillLocale(f, @override) < 0) return null;
        var s = f.Format(self.Value, ctx.Capitals != 0, ctx.Ctx.Round, out error);
        if (error != null) return Errors.SetString(PyExc.ValueError, error);
        return PyUnicode.FromString(upper ? s.ToUpperInvariant() : s);
    }

    /// <summary>An override dict's separators are single characters and its grouping string has no negative (above 127) sizes.</summary>
    static bool ValidOverride(PyDict d)
    {
        foreach (var key in (ReadOnlySpan<string>)["decimal_point", "thousands_sep"])
            if (d.GetItemString(key) is PyUnicode u && u.Value.Length > 1 && !(u.Value.Length == 2 && char.IsSurrogatePair(u.Value, 0))) return false;
        if (d.GetItemString("grouping") is PyUnicode g)
            foreach (var ch in g.Value) if (ch > 127) return false;
        return true;
    }

    /// <summary>The 'n' type's separators from locale.localeconv() (or the dict passed as __format__'s second argument).</summary>
    static int FillLocale(DecFormat f, PyObject? conv)
    {
        PyObject? lc;
        if (conv is PyDict) lc = Py.NewRef(conv);
        else
        {
            var locale = Import.ImportModule("locale");
            if (locale == null) return -1;
            lc = Calls.CallMethod(locale, "localeconv");
            Py.DECREF(locale);
            if (lc == null) return -1;
        }
        try
        {
            if (lc is not PyDict d) { Errors.SetString(PyExc.TypeError, "localeconv() must return a dict"); return -1; }
            if (d.GetItemString("thousands_sep") is PyUnicode ts) f.ThousandsSep = ts.Value;
            if (d.GetItemString("decimal_point") is PyUnicode dp) f.DecimalPoint = dp.Value;
            if (d.GetItemString("grouping") is PyUnicode gs)
            {
                // a C locale's grouping string, as _decimal takes it in an override
                var list = new int[gs.Value.Length];
                for (int i = 0; i < list.Length; i++) list[i] = gs.Value[i] == 127 ? int.MaxValue : gs.Value[i];
                f.Grouping = list;
            }
            else if (d.GetItemString("grouping") is PyObject g)
            {
                var seq = Abstract.GetIter(g);
                if (seq == null) return -1;
                var list = new System.Collections.Generic.List<int>();
                PyObject? item;
                while ((item = Abstract.IterNext(seq)) != null)
                {
                    bool ok = ArgParse.ToInt(item, out int gi);
                    Py.DECREF(item);
                    if (!ok) { Py.DECREF(seq); return -1; }
                    list.Add(gi == 127 ? int.MaxValue : gi);
                }
                Py.DECREF(seq);
                if (Errors.Occurred()) return -1;
                f.Grouping = [.. list];
            }
            return 0;
        }
        finally { Py.DECREF(lc); }
    }

    // ---- conversion to other numbers ----

    [PySlot("nb_float")]
    static PyObject? Float(PyObject o)
    {
        var d = ((PyDecObject)o).Value;
        if (d.IsNaN)
        {
            if (d.Kind == DecKind.SNaN) return Errors.SetString(PyExc.ValueError, "cannot convert signaling NaN to float");
            return PyFloat.FromDouble(BitConverter.Int64BitsToDouble(d.Sign ? unchecked((long)0xFFF8000000000000UL) : 0x7FF8000000000000L));
        }
        return PyFloat.FromDouble(double.Parse(d.ToText(false, true), NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>dec_as_long: the integer the number rounds to under <paramref name="r"/>.</summary>
    internal static PyObject? ToInt(Dec d, Rounding r)
    {
        if (d.IsNaN) return Errors.SetString(PyExc.ValueError, "cannot convert NaN to integer");
        if (d.IsInfinite) return Errors.SetString(PyExc.OverflowError, "cannot convert Infinity to integer");
        var i = d.Rescale(0, r, out _);
        var v = i.Coef * Dec.Pow10(Math.Max(0, i.Exp));
        return PyLong.FromBigInteger(i.Sign ? -v : v);
    }

    [PySlot("nb_int")]
    static PyObject? Int(PyObject o) => ToInt(((PyDecObject)o).Value, Rounding.Down);

    [PyMethod("__trunc__")]
    static PyObject? Trunc(PyDecObject self) => ToInt(self.Value, Rounding.Down);

    [PyMethod("__floor__")]
    static PyObject? Floor(PyDecObject self) => ToInt(self.Value, Rounding.Floor);

    [PyMethod("__ceil__")]
    static PyObject? Ceil(PyDecObject self) => ToInt(self.Value, Rounding.Ceiling);

    [PyMethod("__round__")]
    static PyObject? Round(PyDecObject self, PyObject? ndigits = null)
    {
        if (ndigits == null) return ToInt(self.Value, Rounding.HalfEven);
        if (ndigits is not PyLong) return Errors.SetString(PyExc.TypeError, "optional arg must be an integer");
        if (!ArgParse.ToSsize(ndigits, out long n)) return null;
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        // exponents beyond every context's range: quantize reports InvalidOperation
        long e = n > DecCtx.MaxEmax ? -DecCtx.MaxEmax * 3 : n < -DecCtx.MaxEmax ? DecCtx.MaxEmax * 3 : -n;
        uint status = 0;
        var r = Dec.Quantize(self.Value, new Dec(false, BigInteger.One, e), ctx.Ctx.Round, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    [PyMethod("__complex__")]
    static PyObject? Complex(PyDecObject self)
    {
        var f = Float(self);
        if (f == null) return null;
        var c = PyComplex.FromDoubles(((PyFloat)f).Value, 0.0);
        Py.DECREF(f);
        return c;
    }

    [PyMethod("as_integer_ratio", Doc = "Decimal.as_integer_ratio() -> (int, int)\n\nReturn a pair of integers, whose ratio is exactly equal to the original\nDecimal and with a positive denominator. The ratio is in lowest terms.\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n")]
    static PyObject? AsIntegerRatio(PyDecObject self)
    {
        var d = self.Value;
        if (d.IsNaN) return Errors.SetString(PyExc.ValueError, "cannot convert NaN to integer ratio");
        if (d.IsInfinite) return Errors.SetString(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        BigInteger n = d.Coef, den = BigInteger.One;
        if (d.Exp >= 0) n *= Dec.Pow10(d.Exp);
        else den = Dec.Pow10(-d.Exp);
        var g = BigInteger.GreatestCommonDivisor(n, den);
        if (!g.IsZero) { n /= g; den /= g; }
        if (d.Sign) n = -n;
        return PyTuple.FromStolen([PyLong.FromBigInteger(n), PyLong.FromBigInteger(den)]);
    }

    [PyMethod("as_tuple", Doc = "Return a tuple representation of the number.\n")]
    static PyObject? AsTuple(PyDecObject self)
    {
        var d = self.Value;
        PyObject exp = d.Kind switch
        {
            DecKind.Infinite => PyUnicode.FromString("F"),
            DecKind.NaN => PyUnicode.FromString("n"),
            DecKind.SNaN => PyUnicode.FromString("N"),
            _ => PyLong.FromLong(d.Exp),
        };
        PyObject[] digits;
        if (d.IsInfinite) digits = [PyLong.FromLong(0)];
        else if (d.IsNaN && d.Coef.IsZero) digits = [];
        else
        {
            var s = d.Coef.ToString(CultureInfo.InvariantCulture);
            digits = new PyObject[s.Length];
            for (int i = 0; i < s.Length; i++) digits[i] = PyLong.FromLong(s[i] - '0');
        }
        var args = PyTuple.FromStolen([PyLong.FromLong(d.Sign ? 1 : 0), PyTuple.FromStolen(digits), exp]);
        var r = Calls.CallTuple(DecimalState.Get().DecimalTuple, args);
        Py.DECREF(args);
        return r;
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var self = (PyDecObject)o;
        if (self._hash != -1) return self._hash;
        var d = self.Value;
        long h;
        if (d.IsSpecial)
        {
            if (d.Kind == DecKind.SNaN) { Errors.SetString(PyExc.TypeError, "Cannot hash a signaling NaN value"); return -1; }
            if (d.IsNaN) return Interpreter.HashPointer(o);
            h = d.Sign ? -PyLongHash.Inf : PyLongHash.Inf;
        }
        else
        {
            // hash(x) is x reduced modulo P = 2**61 - 1; 10**-k is (inverse of 10)**k mod P
            var p = new BigInteger(PyLongHash.Modulus);
            BigInteger expHash = d.Exp >= 0
                ? BigInteger.ModPow(10, d.Exp, p)
                : BigInteger.ModPow(BigInteger.ModPow(10, p - 2, p), -d.Exp, p);
            var v = (long)(d.Coef * expHash % p);
            h = d.Sign ? -v : v;
            if (h == -1) h = -2;
        }
        self._hash = h;
        return h;
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyDecObject self)
    {
        var s = PyUnicode.FromString(self.Value.ToText(false, true));
        return PyTuple.FromStolen([Py.NewRef<PyObject>(self.ob_type), PyTuple.FromStolen([s])]);
    }

    [PyMethod("__copy__")]
    static PyObject? DunderCopy(PyDecObject self) => Py.NewRef(self);

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopy(PyDecObject self, PyObject memo) => Py.NewRef(self);

    [PyMethod("__sizeof__")]
    static PyObject? SizeOf(PyDecObject self) => PyLong.FromLong(104 + (self.Value.Coef.GetByteCount() + 7) / 8 * 8);

    [PyGetter("real")]
    static PyObject? Real(PyDecObject self) => Py.NewRef(self);

    [PyGetter("imag")]
    static PyObject? Imag(PyDecObject self) => Make(Dec.Zero);
}
