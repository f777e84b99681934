using System;
using System.Globalization;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// int from text and from objects: PyLong_FromString (with underscores, prefixes and the
// digit limit), PyNumber_Long, and int.__new__.
public partial class PyLong
{
    static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 99,
    };

    /// <summary>
    /// PyLong_FromUnicodeObject / _PyLong_FromBytes: parse <paramref name="text"/> (already
    /// ASCII) in <paramref name="numberBase"/> (0 or 2..36). <paramref name="original"/> is
    /// shown in the ValueError.
    /// </summary>
    public static PyObject? FromString(string text, int numberBase, PyObject original)
    {
        var r = Parse(text, numberBase, out var value, out int ndigits);
        if (r == ParseResult.Ok) return FromBigInteger(value);
        if (r == ParseResult.TooManyDigits)
        {
            return Errors.SetString(PyExc.ValueError,
                $"Exceeds the limit ({Interpreter.Current.IntMaxStrDigits} digits) for integer string conversion: value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        var repr = NumberText.ReprForMessage(original, 200);
        if (repr == null) return null;
        return Errors.SetString(PyExc.ValueError, $"invalid literal for int() with base {numberBase}: {repr}");
    }

    internal enum ParseResult { Ok, Invalid, TooManyDigits }

    internal static ParseResult Parse(string s, int numberBase, out BigInteger value, out int ndigits)
    {
        value = default;
        ndigits = 0;
        int i = 0, n = s.Length;
        while (i < n && NumberText.IsSpace(s[i])) i++;
        bool negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }
        int b = numberBase;
        bool onlyZeros = false;
        if (b == 0)
        {
            if (i < n && s[i] == '0')
            {
                char p = i + 1 < n ? char.ToLowerInvariant(s[i + 1]) : '\0';
                b = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 10 };
                if (b == 10) onlyZeros = true;
            }
            else b = 10;
        }
        bool afterPrefix = false;
        if (i + 1 < n && s[i] == '0')
        {
            char p = char.ToLowerInvariant(s[i + 1]);
            if ((b == 16 && p == 'x') || (b == 8 && p == 'o') || (b == 2 && p == 'b'))
            {
                i += 2;
                afterPrefix = true;
            }
        }
        if (afterPrefix && i < n && s[i] == '_') i++;
        if (i >= n || DigitValue(s[i]) >= b) return ParseResult.Invalid;
        // Count the digits first: a text over the digit limit fails after one cheap scan,
        // before any copy (CPython's guard against quadratic work on huge inputs).
        int start = i;
        bool underscores = false;
        while (i < n)
        {
            char c = s[i];
            if (c == '_')
            {
                if (i + 1 < n && DigitValue(s[i + 1]) < b) { underscores = true; i++; continue; }
                break;
            }
            if (DigitValue(c) >= b) break;
            ndigits++;
            i++;
        }
        int end = i;
        while (i < n && NumberText.IsSpace(s[i])) i++;
        if (i != n) return ParseResult.Invalid;
        if (onlyZeros)
        {
            for (int j = start; j < end; j++) if (s[j] != '0' && s[j] != '_') return ParseResult.Invalid;
        }
        int limit = Interpreter.Current.IntMaxStrDigits;
        if ((b & (b - 1)) != 0 && limit > 0 && ndigits > limit) return ParseResult.TooManyDigits;
        string ds = underscores ? s[start..end].Replace("_", "") : s[start..end];
        value = DigitsToBig(ds, b);
        if (negative) value = -value;
        return ParseResult.Ok;
    }

    static BigInteger DigitsToBig(string ds, int b)
    {
        if (b == 10)
        {
            if (ds.Length <= 18) return long.Parse(ds, NumberStyles.None, CultureInfo.InvariantCulture);
            return BigInteger.Parse(ds, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        // Chunks of k digits that fit a long, then combine.
        int k = 1;
        ulong bk = (ulong)b;
        while (bk <= (1UL << 62) / (ulong)b) { bk *= (ulong)b; k++; }
        BigInteger result = BigInteger.Zero;
        int pos = 0;
        int first = ds.Length % k;
        if (first == 0) first = k;
        while (pos < ds.Length)
        {
            int len = pos == 0 ? first : k;
            ulong chunk = 0, scale = 1;
            for (int j = 0; j < len; j++)
            {
                chunk = chunk * (ulong)b + (ulong)DigitValue(ds[pos + j]);
                scale *= (ulong)b;
            }
            result = pos == 0 ? chunk : result * scale + chunk;
            pos += len;
        }
        return result;
    }

    /// <summary>The DeprecationWarning for __int__/__index__ returning a strict subclass of int; -1 when it is raised as an error.</summary>
    internal static int WarnStrictSubclass(string method, PyLong result) =>
        Warnings.WarnEx(PyExc.DeprecationWarning,
            $"{method} returned non-int (type {result.ob_type.tp_name}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1);

    /// <summary>PyNumber_Long: int(x) for one argument.</summary>
    public static PyObject? FromObject(PyObject o)
    {
        if (o.ob_type == Type) return Py.NewRef(o);
        var t = o.ob_type;
        if (t.nb_int != null)
        {
            var r = t.nb_int(o);
            if (r == null || r.ob_type == Type) return r;
            if (r is not PyLong rl)
            {
                Errors.SetString(PyExc.TypeError, $"__int__ returned non-int (type {r.ob_type.tp_name})");
                Py.DECREF(r);
                return null;
            }
            if (WarnStrictSubclass("__int__", rl) < 0)
            {
                Py.DECREF(r);
                return null;
            }
            var exact = ExactCopy(rl);
            Py.DECREF(r);
            return exact;
        }
        if (t.nb_index != null)
        {
            var r = Abstract.Index(o);
            if (r == null) return null;
            if (r.ob_type == Type) return r;
            var exact = ExactCopy(r);
            Py.DECREF(r);
            return exact;
        }
        if (o is PyUnicode u) return FromString(NumberText.ToAsciiNumber(u.Value), 10, o);
        if (o is PyBytes b) return FromString(NumberText.FromBytes(b.Value), 10, o);
        if (PyBuffer.Check(o))
        {
            // bytearray, memoryview, array ...: parsed as the bytes they hold, and shown as bytes in the error.
            var data = PyBuffer.ToArray(o);
            if (data == null) return null;
            var bytes = PyBytes.FromBytes(data);
            var r = FromString(NumberText.FromBytes(data), 10, bytes);
            Py.DECREF(bytes);
            return r;
        }
        return Errors.SetString(PyExc.TypeError,
            $"int() argument must be a string, a bytes-like object or a real number, not '{t.tp_name}'");
    }

    [PySlot("tp_new")]
    public static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 2)
            return Errors.SetString(PyExc.TypeError, $"int expected at most 2 arguments, got {npos}");
        PyObject? x = npos > 0 ? args[0].AsBorrowed : null;
        PyObject? baseObj = npos > 1 ? args[1].AsBorrowed : null;
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyUnicode)kwnames!.Items[k]).Value;
            if (name != "base")
                return Errors.SetString(PyExc.TypeError, $"int() got an unexpected keyword argument '{name}'");
            if (baseObj != null)
                return Errors.SetString(PyExc.TypeError, $"int() takes at most 2 arguments ({args.Length} given)");
            baseObj = args[npos + k].AsBorrowed;
        }
        PyObject? result;
        if (x == null)
        {
            if (baseObj != null) return Errors.SetString(PyExc.TypeError, "int() missing string argument");
            result = FromLong(0);
        }
        else if (baseObj == null)
        {
            result = FromObject(x);
        }
        else
        {
            long b = Abstract.AsSsize(baseObj, null);
            if (b == -1 && Errors.Occurred()) return null;
            if ((b != 0 && b < 2) || b > 36)
                return Errors.SetString(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
            if (x is PyUnicode u) result = FromString(NumberText.ToAsciiNumber(u.Value), (int)b, x);
            else if (x is PyBytes bs) result = FromString(NumberText.FromBytes(bs.Value), (int)b, x);
            else if (x is PyByteArray ba) result = FromString(NumberText.FromBytes(ba.AsSpan().ToArray()), (int)b, x);
            else return Errors.SetString(PyExc.TypeError, "int() can't convert non-string with explicit base");
        }
        if (result == null || type == Type) return result;
        // int.__new__(subclass, ...): a new instance of the subclass with that value.
        var v = ((PyLong)result).ToBigInteger();
        Py.DECREF(result);
        return FromBigInteger(type, v);
    }
}
