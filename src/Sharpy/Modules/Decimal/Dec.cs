using System;
using System.Numerics;

namespace Sharpy.Modules.Decimal;

/// <summary>What a decimal is besides a finite number (libmpdec's MPD_INF, MPD_NAN, MPD_SNAN).</summary>
internal enum DecKind : byte { Finite, Infinite, NaN, SNaN }

/// <summary>The rounding modes, numbered as libmpdec's enum (MPD_ROUND_UP ... MPD_ROUND_05UP).</summary>
internal enum Rounding { Up, Down, Ceiling, Floor, HalfUp, HalfDown, HalfEven, R05Up }

/// <summary>
/// libmpdec's status bits: what an operation signals. Several conditions map to one Python
/// signal (all the invalid-operation conditions to InvalidOperation); FloatOperation reuses
/// MPD_Not_implemented as _decimal does.
/// </summary>
internal static class DecStatus
{
    public const uint Clamped = 0x1;
    public const uint ConversionSyntax = 0x2;
    public const uint DivisionByZero = 0x4;
    public const uint DivisionImpossible = 0x8;
    public const uint DivisionUndefined = 0x10;
    public const uint Inexact = 0x40;
    public const uint InvalidContext = 0x80;
    public const uint InvalidOperation = 0x100;
    /// <summary>MPD_Malloc_error: a result too large to hold; the context raises MemoryError.</summary>
    public const uint MallocError = 0x200;
    public const uint FloatOperation = 0x400;
    public const uint Overflow = 0x800;
    public const uint Rounded = 0x1000;
    public const uint Subnormal = 0x2000;
    public const uint Underflow = 0x4000;
    /// <summary>MPD_IEEE_Invalid_operation: every condition that signals InvalidOperation.</summary>
    public const uint IEEEInvalid = ConversionSyntax | DivisionImpossible | DivisionUndefined | InvalidContext | InvalidOperation | MallocError;
    /// <summary>MPD_Errors: the conditions that make a result NaN.</summary>
    public const uint Errors = IEEEInvalid | DivisionByZero;
    public const uint All = 0x7fff;
}

/// <summary>The arithmetic part of a context: what rounding a result needs.</summary>
internal struct DecCtx
{
    public long Prec, Emax, Emin;
    public Rounding Round;
    public int Clamp;
    public long Etiny => Emin - Prec + 1;
    public long Etop => Emax - Prec + 1;

    public const long MaxPrec = 999999999999999999;
    public const long MaxEmax = 999999999999999999;
    public const long MinEmin = -999999999999999999;
    public const long MinEtiny = MinEmin - (MaxPrec - 1);

    /// <summary>The context that holds any value exactly (libmpdec's maxcontext).</summary>
    public static DecCtx Max => new() { Prec = MaxPrec, Emax = MaxEmax, Emin = MinEmin, Round = Rounding.HalfEven };

    public DecCtx WithPrec(long prec) { var c = this; c.Prec = prec; return c; }
    public DecCtx WithRounding(Rounding r) { var c = this; c.Round = r; return c; }
}

/// <summary>
/// An immutable decimal number as the General Decimal Arithmetic specification defines it:
/// sign, coefficient, exponent, or an infinity or a (signaling) NaN with a payload in the
/// coefficient. The operations follow the specification (and Lib/_pydecimal.py's account
/// of it); each reports its conditions in a libmpdec status word.
/// </summary>
internal sealed partial class Dec
{
    public readonly bool Sign;
    public readonly BigInteger Coef;
    public readonly long Exp;
    public readonly DecKind Kind;

    public Dec(bool sign, BigInteger coef, long exp, DecKind kind = DecKind.Finite)
    {
        Sign = sign; Coef = coef; Exp = exp; Kind = kind;
    }

    public static readonly Dec Zero = new(false, BigInteger.Zero, 0);
    public static readonly Dec One = new(false, BigInteger.One, 0);
    public static readonly Dec PosInf = new(false, BigInteger.Zero, 0, DecKind.Infinite);
    public static readonly Dec NegInf = new(true, BigInteger.Zero, 0, DecKind.Infinite);
    public static readonly Dec QNaN = new(false, BigInteger.Zero, 0, DecKind.NaN);

    public static Dec Inf(bool sign) => sign ? NegInf : PosInf;

    public bool IsSpecial => Kind != DecKind.Finite;
    public bool IsNaN => Kind >= DecKind.NaN;
    public bool IsInfinite => Kind == DecKind.Infinite;
    public bool IsFinite => Kind == DecKind.Finite;
    public bool IsZero => Kind == DecKind.Finite && Coef.IsZero;
    public long Digits => NumDigits(Coef);
    /// <summary>The exponent of the most significant digit.</summary>
    public long Adjusted => IsFinite ? Exp + Digits - 1 : 0;

    public Dec Negate() => new(!Sign, Coef, Exp, Kind);
    public Dec WithSign(bool sign) => sign == Sign ? this : new(sign, Coef, Exp, Kind);
    public Dec Abs() => WithSign(false);

    public bool IsInteger
    {
        get
        {
            if (!IsFinite) return false;
            if (Exp >= 0 || Coef.IsZero) return true;
            return TrailingZeros(Coef) >= -Exp;
        }
    }

    /// <summary>An integral value that is even (_iseven): zero and any positive exponent are.</summary>
    public bool IsEvenInteger
    {
        get
        {
            if (Coef.IsZero || Exp > 0) return true;
            if (Exp == 0) return Coef.IsEven;
            return (Coef / Pow10(-Exp)).IsEven;
        }
    }

    // ---- digits and powers of ten ----

    static readonly BigInteger[] SmallPow10 = MakePow10(64);
    static readonly long[] LongPow10 = MakeLongPow10();

    static long[] MakeLongPow10()
    {
        var t = new long[19];
        t[0] = 1;
        for (int i = 1; i < t.Length; i++) t[i] = t[i - 1] * 10;
        return t;
    }

    static BigInteger[] MakePow10(int n)
    {
        var t = new BigInteger[n];
        t[0] = BigInteger.One;
        for (int i = 1; i < n; i++) t[i] = t[i - 1] * 10;
        return t;
    }

    /// <summary>10**n. A power beyond BigInteger's reach is memory that cannot be had: the eval loop's
    /// guard makes the OutOfMemoryException a MemoryError, as libmpdec's failed allocation is.</summary>
    public static BigInteger Pow10(long n)
    {
        if (n < SmallPow10.Length) return SmallPow10[n];
        if (n < CachedPow10Limit)
        {
            // Each entry is set once to a boxed immutable value, so a racing reader sees null or the value.
            var box = s_pow10Cache[n];
            if (box != null) return (BigInteger)box;
            var p = BigInteger.Pow(10, (int)n);
            s_pow10Cache[n] = p;
            return p;
        }
        return n <= int.MaxValue ? BigInteger.Pow(10, (int)n) : throw new OutOfMemoryException();
    }

    /// <summary>Powers of ten past <see cref="SmallPow10"/> made so far: a context of a few hundred
    /// digits asks for the same ones at every operation (NumDigits, rounding).</summary>
    const int CachedPow10Limit = 4096;
    static readonly object?[] s_pow10Cache = new object?[CachedPow10Limit];

    /// <summary>The number of decimal digits of |c| (1 for zero).</summary>
    public static long NumDigits(BigInteger c)
    {
        long bits = (long)c.GetBitLength();
        if (bits <= 63)
        {
            long l = (long)c;
            ulong v = l < 0 ? unchecked(0 - (ulong)l) : (ulong)l;
            // floor(log10(v)) from the bit length, corrected by one comparison (as mpd_word_digits).
            int d = (int)(((63 - System.Numerics.BitOperations.LeadingZeroCount(v | 1)) * 1233) >> 12) + 1;
            return d < LongPow10.Length && v >= (ulong)LongPow10[d] ? d + 1 : d;
        }
        if (c.Sign < 0) c = -c;
        long est = (long)((bits - 1) * 0.30102999566398119521) + 1;   // a lower bound on the digits
        while (c >= Pow10(est)) est++;
        return est;
    }

    /// <summary>How many trailing decimal zeros c has (0 for zero).</summary>
    public static long TrailingZeros(BigInteger c)
    {
        if (c.IsZero) return 0;
        long n = 0;
        while (true)
        {
            var q = BigInteger.DivRem(c, SmallPow10[16], out var r);
            if (!r.IsZero) break;
            c = q; n += 16;
        }
        while (true)
        {
            var q = BigInteger.DivRem(c, 10, out var r);
            if (!r.IsZero) return n;
            c = q; n++;
        }
    }

    // ---- rounding ----

    /// <summary>
    /// Drops the last <paramref name="drop"/> digits of <paramref name="c"/> (a nonnegative
    /// coefficient of a number of sign <paramref name="sign"/>) under rounding
    /// <paramref name="r"/>; <paramref name="inexact"/> says whether a nonzero digit was lost.
    /// </summary>
    public static BigInteger RoundDrop(BigInteger c, long drop, bool sign, Rounding r, out bool inexact)
    {
        if (drop <= 0) { inexact = false; return c * Pow10(-drop); }
        long nd = NumDigits(c);
        BigInteger q, rem;
        int cmpHalf;   // the dropped part against half a unit: -1, 0, 1
        if (drop > nd)
        {
            q = BigInteger.Zero;
            inexact = !c.IsZero;
            cmpHalf = inexact ? -1 : -2;
        }
        else
        {
            var p = Pow10(drop);
            q = BigInteger.DivRem(c, p, out rem);
            inexact = !rem.IsZero;
            cmpHalf = inexact ? (rem * 2).CompareTo(p) : -2;
        }
        if (!inexact) return q;
        if (RoundsUp(q, sign, r, cmpHalf)) q += 1;
        return q;
    }

    /// <summary>Whether a truncated coefficient <paramref name="q"/> with a nonzero dropped
    /// part (compared with half a unit: <paramref name="cmpHalf"/>) is incremented.</summary>
    static bool RoundsUp(BigInteger q, bool sign, Rounding r, int cmpHalf) => r switch
    {
        Rounding.Down => false,
        Rounding.Up => true,
        Rounding.Ceiling => !sign,
        Rounding.Floor => sign,
        Rounding.HalfUp => cmpHalf >= 0,
        Rounding.HalfDown => cmpHalf > 0,
        Rounding.HalfEven => cmpHalf > 0 || (cmpHalf == 0 && !q.IsEven),
        _ => (int)(q % 10) is 0 or 5,   // 05UP: away from zero only when the last digit is 0 or 5
    };

    // ---- finalization (_fix, mpd_qfinalize) ----

    /// <summary>A NaN's payload cut to the digits the context allows (_mpd_fix_nan).</summary>
    public Dec FixNaN(in DecCtx ctx)
    {
        long max = ctx.Prec - ctx.Clamp;
        if (Coef.IsZero || NumDigits(Coef) <= max) return this;
        var payload = max <= 0 ? BigInteger.Zero : BigInteger.Remainder(Coef, Pow10(max));
        return new Dec(Sign, payload, 0, Kind);
    }

    /// <summary>The result of an overflow under the context's rounding (Overflow's handler).</summary>
    public static Dec OverflowResult(bool sign, in DecCtx ctx, ref uint status)
    {
        status |= DecStatus.Overflow | DecStatus.Inexact | DecStatus.Rounded;
        bool inf = ctx.Round switch
        {
            Rounding.HalfUp or Rounding.HalfEven or Rounding.HalfDown or Rounding.Up => true,
            Rounding.Ceiling => !sign,
            Rounding.Floor => sign,
            _ => false,
        };
        return inf ? Inf(sign) : new Dec(sign, Pow10(ctx.Prec) - 1, ctx.Etop);
    }

    /// <summary>Rounds to the context: precision, exponent limits, subnormals and clamping.</summary>
    public Dec Fix(in DecCtx ctx, ref uint status)
    {
        if (IsSpecial) return IsNaN ? FixNaN(ctx) : this;
        long etiny = ctx.Etiny, etop = ctx.Etop;
        if (Coef.IsZero)
        {
            long expMax = ctx.Clamp != 0 ? etop : ctx.Emax;
            long newExp = Math.Min(Math.Max(Exp, etiny), expMax);
            if (newExp != Exp) { status |= DecStatus.Clamped; return new Dec(Sign, Coef, newExp); }
            return this;
        }
        long digits = NumDigits(Coef);
        long expMin = digits + Exp - ctx.Prec;
        if (expMin > etop) return OverflowResult(Sign, ctx, ref status);
        bool subnormal = expMin < etiny;
        if (subnormal) expMin = etiny;
        if (Exp < expMin)
        {
            var c = RoundDrop(Coef, expMin - Exp, Sign, ctx.Round, out bool inexact);
            if (NumDigits(c) > ctx.Prec)
            {
                // the rounding carried into a new digit
                c /= 10; expMin++;
            }
            if (expMin > etop) return OverflowResult(Sign, ctx, ref status);
            if (inexact && subnormal) status |= DecStatus.Underflow;
            if (subnormal) status |= DecStatus.Subnormal;
            if (inexact) status |= DecStatus.Inexact;
            status |= DecStatus.Rounded;
            if (c.IsZero) status |= DecStatus.Clamped;
            return new Dec(Sign, c, expMin);
        }
        if (subnormal) status |= DecStatus.Subnormal;
        if (ctx.Clamp != 0 && Exp > etop)
        {
            status |= DecStatus.Clamped;
            return new Dec(Sign, Coef * Pow10(Exp - etop), etop);
        }
        return this;
    }

    /// <summary>The number at exponent <paramref name="exp"/>, rounded if digits go (_rescale); no other checks.</summary>
    public Dec Rescale(long exp, Rounding r, out bool inexact)
    {
        inexact = false;
        if (IsSpecial) return this;
        if (Coef.IsZero) return new Dec(Sign, Coef, exp);
        if (Exp >= exp) return new Dec(Sign, Coef * Pow10(Exp - exp), exp);
        var c = RoundDrop(Coef, exp - Exp, Sign, r, out inexact);
        return new Dec(Sign, c, exp);
    }

    // ---- NaN operands ----

    /// <summary>
    /// The result when an operand is a NaN (_check_nans): the first sNaN made quiet with
    /// InvalidOperation, else the first quiet NaN; null when neither is a NaN.
    /// </summary>
    public static Dec? CheckNaNs(Dec a, Dec? b, in DecCtx ctx, ref uint status)
    {
        if (!a.IsNaN && (b == null || !b.IsNaN)) return null;
        if (a.Kind == DecKind.SNaN) { status |= DecStatus.InvalidOperation; return a.Quiet().FixNaN(ctx); }
        if (b != null && b.Kind == DecKind.SNaN) { status |= DecStatus.InvalidOperation; return b.Quiet().FixNaN(ctx); }
        if (a.IsNaN) return a.FixNaN(ctx);
        return b!.FixNaN(ctx);
    }

    public static Dec? CheckNaNs3(Dec a, Dec b, Dec c, in DecCtx ctx, ref uint status)
    {
        if (!a.IsNaN && !b.IsNaN && !c.IsNaN) return null;
        foreach (var x in (ReadOnlySpan<Dec>)[a, b, c])
            if (x.Kind == DecKind.SNaN) { status |= DecStatus.InvalidOperation; return x.Quiet().FixNaN(ctx); }
        foreach (var x in (ReadOnlySpan<Dec>)[a, b, c])
            if (x.IsNaN) return x.FixNaN(ctx);
        return null;
    }

    public Dec Quiet() => Kind == DecKind.SNaN ? new Dec(Sign, Coef, Exp, DecKind.NaN) : this;

    public static Dec Invalid(ref uint status, uint cond = DecStatus.InvalidOperation)
    {
        status |= cond;
        return QNaN;
    }
}
