using System;
using System.Globalization;
using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// printf-style formatting: str % args (PyUnicode_Format in Objects/unicodeobject.c).
public partial class PyUnicode
{
    [PySlot("nb_remainder")]
    static PyObject? StrRemainder(PyObject v, PyObject w)
    {
        if (v is not PyUnicode fmt) return Py.NotImplemented;
        return Printf(fmt, w);
    }

    const int FLJust = 1, FSign = 2, FBlank = 4, FAlt = 8, FZero = 16;

    sealed class PrintfState
    {
        public PyObject Args = null!;
        public long ArgLen, ArgIdx;
        public PyObject? Dict;

        public PyObject? NextArg()
        {
            if (ArgIdx < ArgLen)
            {
                long i = ArgIdx++;
                if (ArgLen < 0) return Args;
                return ((PyTuple)Args).Items[i];
            }
            return Errors.SetString(PyExc.TypeError, "not enough arguments for format string");
        }
    }

    /// <summary>format % args.</summary>
    public static PyObject? Printf(PyUnicode fmt, PyObject args) => Printf(fmt, args, false);

    /// <summary>
    /// format % args; with <paramref name="bytes"/>, bytes % args (_PyBytes_FormatEx) run on the
    /// latin-1 text of the bytes: %s/%b/%c/%r/%a take bytes-like values (<see cref="BytesMethods.FormatArg"/>),
    /// mapping keys are bytes, and the result's characters are the bytes.
    /// </summary>
    internal static PyObject? Printf(PyUnicode fmt, PyObject args, bool bytes)
    {
        var st = new PrintfState { Args = args };
        if (args is PyTuple t) { st.ArgLen = t.Count; st.ArgIdx = 0; }
        else { st.ArgLen = -1; st.ArgIdx = -2; }
        if ((args.ob_type.mp_subscript != null || args is PyDict) && args is not PyTuple && args is not PyUnicode
            && !(bytes && (args is PyBytes || args is PyByteArray))) st.Dict = args;
        PyObject? keyItem = null;
        var w = new UnicodeWriter(fmt.Length + 16);
        int n = fmt.Length;
        int pos = 0;
        try
        {
            while (pos < n)
            {
                int c = fmt[pos];
                if (c != '%')
                {
                    int start = pos;
                    if (fmt.IsSimple)
                    {
                        int k = fmt.Value.AsSpan(pos).IndexOf('%');
                        pos = k < 0 ? n : pos + k;
                    }
                    else while (pos < n && fmt[pos] != '%') pos++;
                    w.Append(fmt, start, pos - start);
                    continue;
                }
                pos++;
                if (pos >= n) return Errors.SetString(PyExc.ValueError, "incomplete format");
                c = fmt[pos];
                if (c == '%') { w.Append('%'); pos++; continue; }
                if (c == '(')
                {
                    if (st.Dict == null) return Errors.SetString(PyExc.TypeError, "format requires a mapping");
                    pos++;
                    int depth = 1, keyStart = pos;
                    while (depth > 0 && pos < n)
                    {
                        int k = fmt[pos];
                        if (k == ')') depth--;
                        else if (k == '(') depth++;
                        pos++;
                    }
                    if (depth > 0) return Errors.SetString(PyExc.ValueError, "incomplete format key");
                    var key = fmt.Substring(keyStart, pos - 1 - keyStart);
                    PyObject? item;
                    if (bytes)
                    {
                        var bkey = PyBytes.FromBytes(System.Text.Encoding.Latin1.GetBytes(key.ToString()));
                        item = Abstract.GetItem(st.Dict, bkey);
                        Py.DECREF(bkey);
                    }
                    else item = StrMapping.GetItem(st.Dict, key);
                    Py.DECREF(key);
                    if (item == null) return null;
                    Py.XDECREF(keyItem);
                    keyItem = item;
                    st.Args = item;
                    st.ArgLen = -1;
                    st.ArgIdx = -2;
                }
                int flags = 0;
                while (pos < n)
                {
                    c = fmt[pos];
                    if (c == '-') flags |= FLJust;
                    else if (c == '+') flags |= FSign;
                    else if (c == ' ') flags |= FBlank;
                    else if (c == '#') flags |= FAlt;
                    else if (c == '0') flags |= FZero;
                    else break;
                    pos++;
                }
                long width = -1, prec = -1;
                if (pos < n && fmt[pos] == '*')
                {
                    pos++;
                    var a = st.NextArg();
                    if (a == null) return null;
                    if (a is not PyLong wl) return Errors.SetString(PyExc.TypeError, "* wants int");
                    // The width is a Py_ssize_t (a size too big to build is MemoryError below).
                    if (!wl.TryGetLong(out width))
                        return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
                    if (width < 0) { flags |= FLJust; width = -width; }
                }
                else
                {
                    while (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9')
                    {
                        if (width > (long.MaxValue - (fmt[pos] - '0')) / 10) return Errors.SetString(PyExc.ValueError, "width too big");
                        width = (width < 0 ? 0 : width) * 10 + (fmt[pos] - '0');
                        pos++;
                    }
                }
                if (pos < n && fmt[pos] == '.')
                {
                    pos++;
                    prec = 0;
                    if (pos < n && fmt[pos] == '*')
                    {
                        pos++;
                        var a = st.NextArg();
                        if (a == null) return null;
                        if (a is not PyLong pl) return Errors.SetString(PyExc.TypeError, "* wants int");
                        // The precision is a C int (PyLong_AsInt).
                        if (!pl.TryGetLong(out prec) || prec > int.MaxValue || prec < int.MinValue)
                            return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C int");
                        if (prec < 0) prec = 0;
                    }
                    else
                    {
                        while (pos < n && fmt[pos] >= '0' && fmt[pos] <= '9')
                        {
                            prec = prec * 10 + (fmt[pos] - '0');
                            if (prec > int.MaxValue) return Errors.SetString(PyExc.ValueError, "precision too big");
                            pos++;
                        }
                    }
                }
                while (pos < n && (fmt[pos] == 'h' || fmt[pos] == 'l' || fmt[pos] == 'L')) pos++;
                if (pos >= n) return Errors.SetString(PyExc.ValueError, "incomplete format");
                c = fmt[pos++];
                var arg = st.NextArg();
                if (arg == null) return null;
                if (c == '%') { w.Append('%'); continue; }
                if (width > MaxLength) return Errors.NoMemory();
                if (bytes && c is 's' or 'b' or 'r' or 'a' or 'c')
                {
                    var text = BytesMethods.FormatArg(arg, c);
                    if (text == null) return null;
                    int len = text.Length;
                    if (prec >= 0 && prec < len && c != 'c') len = (int)prec;
                    PadOut(w, text, len, width, flags);
                    Py.DECREF(text);
                    continue;
                }
                if (!FormatOneArg(w, arg, c, flags, width, prec, pos - 1, bytes)) return null;
            }
            if (st.ArgIdx < st.ArgLen && st.Dict == null)
                return Errors.SetString(PyExc.TypeError, $"not all arguments converted during {(bytes ? "bytes" : "string")} formatting");
            return w.Finish();
        }
        finally
        {
            Py.XDECREF(keyItem);
        }
    }

    static bool FormatOneArg(UnicodeWriter w, PyObject arg, int c, int flags, long width, long prec, int index, bool bytes)
    {
        switch (c)
        {
            case 's':
            case 'r':
            case 'a':
                {
                    var r = c == 's' ? Abstract.Str(arg) : c == 'r' ? Abstract.Repr(arg) : Ascii(arg);
                    if (r == null) return false;
                    var u = (PyUnicode)r;
                    int len = u.Length;
                    if (prec >= 0 && prec < len) len = (int)prec;
                    PadOut(w, u, len, width, flags);
                    Py.DECREF(u);
                    return true;
                }
            case 'c':
                {
                    int cp;
                    if (arg is PyUnicode cu)
                    {
                        if (cu.Length != 1)
                        {
                            Errors.SetString(PyExc.TypeError, $"%c requires an int or a unicode character, not a string of length {cu.Length}");
                            return false;
                        }
                        cp = cu[0];
                    }
                    else if (StrSlice.IsIndex(arg))
                    {
                        long v = Abstract.AsSsize(arg, null);
                        if (v == -1 && Errors.Occurred()) return false;
                        if (v < 0 || v > 0x10FFFF)
                        {
                            Errors.SetString(PyExc.OverflowError, "%c arg not in range(0x110000)");
                            return false;
                        }
                        cp = (int)v;
                    }
                    else
                    {
                        Errors.SetString(PyExc.TypeError, $"%c requires an int or a unicode character, not {TypeAttrs.FullyQualifiedName(arg.ob_type)}");
                        return false;
                    }
                    var one = FromCodePoint(cp);
                    PadOut(w, one, 1, width, flags);
                    Py.DECREF(one);
                    return true;
                }
            case 'd':
            case 'i':
            case 'u':
            case 'x':
            case 'X':
            case 'o':
                {
                    if (arg is PyLong small && !small.IsBig && c is 'd' or 'i' or 'u')
                    {
                        // An int that fits a long: its digits without BigInteger.
                        long sv = small.Value;
                        string sd = (sv < 0 ? unchecked(0 - (ulong)sv) : (ulong)sv).ToString(CultureInfo.InvariantCulture);
                        if (prec > sd.Length) sd = new string('0', (int)prec - sd.Length) + sd;
                        NumberOut(w, sv < 0, "", sd, width, flags);
                        return true;
                    }
                    BigInteger value;
                    if (arg is PyLong l) value = l.ToBigInteger();
                    else if (c is 'x' or 'X' or 'o')
                    {
                        if (arg.ob_type.nb_index == null)
                        {
                            Errors.SetString(PyExc.TypeError, $"%{(char)c} format: an integer is required, not {arg.ob_type.tp_name}");
                            return false;
                        }
                        var idx = Abstract.Index(arg);
                        if (idx == null) return false;
                        value = idx.ToBigInteger();
                        Py.DECREF(idx);
                    }
                    else if (arg is PyFloat f)
                    {
                        if (double.IsNaN(f.Value)) { Errors.SetString(PyExc.ValueError, "cannot convert float NaN to integer"); return false; }
                        if (double.IsInfinity(f.Value)) { Errors.SetString(PyExc.OverflowError, "cannot convert float infinity to integer"); return false; }
                        value = new BigInteger(Math.Truncate(f.Value));
                    }
                    else if (arg.ob_type.nb_int != null || arg.ob_type.nb_index != null)
                    {
                        var conv = arg.ob_type.nb_int != null ? arg.ob_type.nb_int(arg) : Abstract.Index(arg);
                        if (conv == null) return false;
                        if (conv is not PyLong cl)
                        {
                            Errors.SetString(PyExc.TypeError, $"__int__ returned non-int (type {conv.ob_type.tp_name})");
                            Py.DECREF(conv);
                            return false;
                        }
                        value = cl.ToBigInteger();
                        Py.DECREF(conv);
                    }
                    else
                    {
                        Errors.SetString(PyExc.TypeError, $"%{(char)c} format: a real number is required, not {arg.ob_type.tp_name}");
                        return false;
                    }
                    bool neg = value.Sign < 0;
                    var abs = BigInteger.Abs(value);
                    string? digits = c switch
                    {
                        'x' => ToBase(abs, 16, false),
                        'X' => ToBase(abs, 16, true),
                        'o' => ToBase(abs, 8, false),
                        _ => PyLong.BigToDecimalString(abs),
                    };
                    if (digits == null) return false;
                    if (prec > digits.Length) digits = new string('0', (int)prec - digits.Length) + digits;
                    string prefix = (flags & FAlt) != 0 ? c switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", _ => "" } : "";
                    NumberOut(w, neg, prefix, digits, width, flags);
                    return true;
                }
            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
                {
                    double d;
                    if (arg is PyFloat f) d = f.Value;
                    else if (arg is PyLong l)
                    {
                        var bi = l.ToBigInteger();
                        d = (double)bi;
                        if (double.IsInfinity(d))
                        {
                            Errors.SetString(PyExc.OverflowError, "int too large to convert to float");
                            return false;
                        }
                    }
                    else if (arg.ob_type.nb_float != null || arg.ob_type.nb_index != null)
                    {
                        var conv = arg.ob_type.nb_float != null ? arg.ob_type.nb_float(arg) : Abstract.Index(arg);
                        if (conv == null) return false;
                        if (conv is PyFloat cf) d = cf.Value;
                        else if (conv is PyLong cl) d = (double)cl.ToBigInteger();
                        else
                        {
                            Errors.SetString(PyExc.TypeError, $"{arg.ob_type.tp_name}.__float__ returned non-float (type {conv.ob_type.tp_name})");
                            Py.DECREF(conv);
                            return false;
                        }
                        Py.DECREF(conv);
                    }
                    else
                    {
                        Errors.SetString(PyExc.TypeError, bytes ? $"float argument required, not {arg.ob_type.tp_name}" : $"must be real number, not {arg.ob_type.tp_name}");
                        return false;
                    }
                    if (prec < 0) prec = 6;
                    bool neg = double.IsNegative(d) && !double.IsNaN(d);
                    string body = StrFloatFormat.FormatAbs(d, (char)c, (int)prec, (flags & FAlt) != 0);
                    // inf and nan are never zero-padded
                    if (!double.IsFinite(d)) flags &= ~FZero;
                    NumberOut(w, neg, "", body, width, flags);
                    return true;
                }
            default:
                {
                    string shown = c > 32 && c < 127 ? ((char)c).ToString() : "?";
                    Errors.SetString(PyExc.ValueError, $"unsupported format character '{shown}' (0x{c:x}) at index {index}");
                    return false;
                }
        }
    }

    static string ToBase(BigInteger abs, int b, bool upper)
    {
        if (abs.IsZero) return "0";
        var sb = new System.Text.StringBuilder();
        string digs = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        if (abs <= ulong.MaxValue)
        {
            ulong v = (ulong)abs;
            while (v != 0) { sb.Insert(0, digs[(int)(v % (ulong)b)]); v /= (ulong)b; }
            return sb.ToString();
        }
        while (!abs.IsZero)
        {
            abs = BigInteger.DivRem(abs, b, out var r);
            sb.Insert(0, digs[(int)r]);
        }
        return sb.ToString();
    }

    static void PadOut(UnicodeWriter w, PyUnicode s, int len, long width, int flags)
    {
        long pad = width > len ? width - len : 0;
        if ((flags & FLJust) == 0) w.Repeat(' ', pad);
        w.Append(s, 0, len);
        if ((flags & FLJust) != 0) w.Repeat(' ', pad);
    }

    static void NumberOut(UnicodeWriter w, bool neg, string prefix, string digits, long width, int flags)
    {
        string sign = neg ? "-" : (flags & FSign) != 0 ? "+" : (flags & FBlank) != 0 ? " " : "";
        long len = sign.Length + prefix.Length + digits.Length;
        long pad = width > len ? width - len : 0;
        if ((flags & FLJust) != 0)
        {
            w.AppendAscii(sign); w.AppendAscii(prefix); w.AppendAscii(digits);
            w.Repeat(' ', pad);
        }
        else if ((flags & FZero) != 0)
        {
            w.AppendAscii(sign); w.AppendAscii(prefix);
            w.Repeat('0', pad);
            w.AppendAscii(digits);
        }
        else
        {
            w.Repeat(' ', pad);
            w.AppendAscii(sign); w.AppendAscii(prefix); w.AppendAscii(digits);
        }
    }
}
