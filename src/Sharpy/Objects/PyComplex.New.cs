using System;
using System.Numerics;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// complex(real=0, imag=0), complex(str), complex.from_number, and __format__.
public partial class PyComplex
{
    /// <summary>
    /// The length of the float literal at s[i..n) (float()'s grammar, underscores included),
    /// or 0 if there is none. The value is stored in <paramref name="value"/>.
    /// </summary>
    static int ScanFloat(string s, int i, int n, out double value)
    {
        value = 0;
        int start = i;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        // inf / infinity / nan
        foreach (var word in new[] { "infinity", "inf", "nan" })
        {
            if (n - i >= word.Length && string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                int len = i + word.Length - start;
                PyFloat.TryParse(s.Substring(start, len), out value);
                return len;
            }
        }
        int j = i;
        int digits = 0;
        while (j < n && (char.IsAsciiDigit(s[j]) || (s[j] == '_' && j > i && char.IsAsciiDigit(s[j - 1]) && j + 1 < n && char.IsAsciiDigit(s[j + 1])))) { if (s[j] != '_') digits++; j++; }
        if (j < n && s[j] == '.')
        {
            int k = j + 1;
            int f0 = k;
            while (k < n && (char.IsAsciiDigit(s[k]) || (s[k] == '_' && k > f0 && char.IsAsciiDigit(s[k - 1]) && k + 1 < n && char.IsAsciiDigit(s[k + 1])))) { if (s[k] != '_') digits++; k++; }
            j = k;
        }
        if (digits == 0) return 0;
        if (j < n && (s[j] == 'e' || s[j] == 'E'))
        {
            int k = j + 1;
            if (k < n && (s[k] == '+' || s[k] == '-')) k++;
            int e0 = k;
            while (k < n && (char.IsAsciiDigit(s[k]) || (s[k] == '_' && k > e0 && char.IsAsciiDigit(s[k - 1]) && k + 1 < n && char.IsAsciiDigit(s[k + 1])))) k++;
            if (k > e0) j = k;
        }
        if (!PyFloat.TryParse(s.Substring(start, j - start), out value)) return 0;
        return j - start;
    }

    /// <summary>complex_from_string_inner: false if malformed.</summary>
    internal static bool TryParse(string s, out double re, out double im)
    {
        re = im = 0;
        int i = 0, n = s.Length;
        while (i < n && NumberText.IsSpace(s[i])) i++;
        bool paren = false;
        if (i < n && s[i] == '(')
        {
            paren = true;
            i++;
            while (i < n && NumberText.IsSpace(s[i])) i++;
        }
        int len = ScanFloat(s, i, n, out double x);
        if (len > 0)
        {
            i += len;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                // <float><signed-float>j or <float><sign>j
                re = x;
                int len2 = ScanFloat(s, i, n, out double y);
                if (len2 > 0) { im = y; i += len2; }
                else { im = s[i] == '+' ? 1.0 : -1.0; i++; }
                if (i < n && (s[i] == 'j' || s[i] == 'J')) i++;
                else return false;
            }
            else if (i < n && (s[i] == 'j' || s[i] == 'J'))
            {
                im = x;
                i++;
            }
            else re = x;
        }
        else
        {
            // [sign]j
            double sign = 1.0;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                sign = s[i] == '-' ? -1.0 : 1.0;
                i++;
            }
            if (i < n && (s[i] == 'j' || s[i] == 'J'))
            {
                im = sign;
                i++;
            }
            else return false;
        }
        while (i < n && NumberText.IsSpace(s[i])) i++;
        if (paren)
        {
            if (i < n && s[i] == ')') i++;
            else return false;
            while (i < n && NumberText.IsSpace(s[i])) i++;
        }
        return i == n;
    }

    static PyObject Make(PyType type, double re, double im) =>
        type == Type ? FromDoubles(re, im) : new PyComplex(type, new Complex(re, im));

    static bool IsRealNumber(PyObject o) => o.ob_type.nb_float != null || o.ob_type.nb_index != null;

    /// <summary>__complex__ through the type (try_complex_special_method); null result and no error when absent.</summary>
    static PyObject? TryComplexMethod(PyObject o, out bool failed)
    {
        failed = false;
        // An exact complex is its own value; a subclass may override __complex__.
        if (o.ob_type == Type) return null;
        // _PyObject_LookupSpecial: bound through the descriptor protocol.
        var meth = Calls.LookupSpecial(o, PyUnicode.Intern("__complex__"));
        if (meth == null)
        {
            failed = Errors.Occurred();
            return null;
        }
        var res = Calls.CallNoArgs(meth);
        Py.DECREF(meth);
        if (res == null) { failed = true; return null; }
        if (res is not PyComplex)
        {
            Errors.SetString(PyExc.TypeError, $"__complex__ returned non-complex (type {res.ob_type.tp_name})");
            Py.DECREF(res);
            failed = true;
            return null;
        }
        if (res.ob_type != Type && Warnings.WarnEx(PyExc.DeprecationWarning, $"__complex__ returned non-complex (type {res.ob_type.tp_name}).  "
                + "The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.", 1) < 0)
        {
            Py.DECREF(res);
            failed = true;
            return null;
        }
        return res;
    }

    /// <summary>
    /// PyComplex_AsCComplex: a complex's value, __complex__'s, or a real number's (as x+0j);
    /// false with TypeError "must be real number, not str" (or __complex__'s error) otherwise.
    /// </summary>
    public static bool AsCComplex(PyObject o, out double re, out double im)
    {
        im = 0;
        if (o is PyComplex c)
        {
            re = c.Real;
            im = c.Imag;
            return true;
        }
        var cm = TryComplexMethod(o, out bool failed);
        if (cm != null)
        {
            re = ((PyComplex)cm).Real;
            im = ((PyComplex)cm).Imag;
            Py.DECREF(cm);
            return true;
        }
        re = -1;
        if (failed) return false;
        re = PyFloat.AsDouble(o);
        return !(re == -1 && Errors.Occurred());
    }

    [PySlot("tp_new")]
    public static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 2) return Errors.SetString(PyExc.TypeError, $"complex() takes at most 2 arguments ({args.Length} given)");
        PyObject? r = npos > 0 ? args[0].AsBorrowed : null;
        PyObject? i = npos > 1 ? args[1].AsBorrowed : null;
        for (int k = 0; k < nkw; k++)
        {
            string name = ((PyUnicode)kwnames!.Items[k]).Value;
            var v = args[npos + k].AsBorrowed;
            if (name == "real" && npos < 1) { if (r != null) goto dup; r = v; }
            else if (name == "imag" && npos < 2) { if (i != null) goto dup; i = v; }
            else if (name == "real" || name == "imag")
                return Errors.SetString(PyExc.TypeError, $"argument for complex() given by name ('{name}') and position ({(name == "real" ? 1 : 2)})");
            else return Errors.SetString(PyExc.TypeError, $"complex() got an unexpected keyword argument '{name}'");
            continue;
        dup:
            return Errors.SetString(PyExc.TypeError, $"argument for complex() given by name ('{name}') and position");
        }
        if (r == null && i == null) return Make(type, 0, 0);
        if (i == null && nkw == 0)
        {
            // One positional argument: a string, a complex, __complex__, or a real number.
            if (r is PyUnicode u)
            {
                if (!TryParse(NumberText.ToAsciiNumber(u.Value), out double re0, out double im0))
                    return Errors.SetString(PyExc.ValueError, "complex() arg is a malformed string");
                return Make(type, re0, im0);
            }
            if (r!.ob_type == Type && type == Type) return Py.NewRef(r);
            var cm = TryComplexMethod(r, out bool failed);
            if (failed) return null;
            if (cm != null)
            {
                var z = ((PyComplex)cm).Value;
                Py.DECREF(cm);
                return Make(type, z.Real, z.Imaginary);
            }
            if (r is PyComplex rc) return Make(type, rc.Real, rc.Imag);
            if (!IsRealNumber(r))
                return Errors.SetString(PyExc.TypeError, $"complex() argument must be a string or a number, not {r.ob_type.tp_name}");
            double d = PyFloat.AsDouble(r);
            if (d == -1 && Errors.Occurred()) return null;
            return Make(type, d, 0);
        }
        // Two arguments, or keywords: real + imag*1j, with a DeprecationWarning when either is complex.
        double crr = 0, cri = 0;
        bool crComplex = false, ciComplex = false;
        if (r != null)
        {
            if (r is PyComplex rc2) { crr = rc2.Real; cri = rc2.Imag; crComplex = true; }
            else
            {
                var cm = TryComplexMethod(r, out bool failed);
                if (failed) return null;
                if (cm != null)
                {
                    crr = ((PyComplex)cm).Real;
                    cri = ((PyComplex)cm).Imag;
                    crComplex = true;
                    Py.DECREF(cm);
                }
                else
                {
                    if (!IsRealNumber(r))
                        return Errors.SetString(PyExc.TypeError, $"complex() argument 'real' must be a real number, not {r.ob_type.tp_name}");
                    crr = PyFloat.AsDouble(r);
                    if (crr == -1 && Errors.Occurred()) return null;
                }
            }
            if (crComplex && Warnings.WarnEx(PyExc.DeprecationWarning,
                    $"complex() argument 'real' must be a real number, not {TypeAttrs.FullyQualifiedName(r.ob_type)}", 1) < 0)
                return null;
        }
        double cir = 0, cii = 0;
        if (i is PyComplex ic)
        {
            cir = ic.Real;
            cii = ic.Imag;
            ciComplex = true;
            if (Warnings.WarnEx(PyExc.DeprecationWarning,
                    $"complex() argument 'imag' must be a real number, not {TypeAttrs.FullyQualifiedName(i.ob_type)}", 1) < 0)
                return null;
        }
        else if (i != null)
        {
            if (!IsRealNumber(i))
                return Errors.SetString(PyExc.TypeError, $"complex() argument 'imag' must be a real number, not {i.ob_type.tp_name}");
            cir = PyFloat.AsDouble(i);
            if (cir == -1 && Errors.Occurred()) return null;
        }
        // real + imag*1j, keeping the signs of zeros as CPython does.
        double re = crr, im = cir;
        if (ciComplex) re -= cii;
        if (crComplex) im += cri;
        return Make(type, re, im);
    }

    [PyMethod("from_number", Class = true)]
    public static PyObject? FromNumber(PyType cls, PyObject number)
    {
        if (number is PyUnicode || !(number is PyComplex || IsRealNumber(number) || TypeLookup.Lookup(number.ob_type, PyUnicode.Intern("__complex__")) != null))
            return Errors.SetString(PyExc.TypeError, $"must be real number, not {number.ob_type.tp_name}");
        var a = StackRef.FromBorrow(number);
        return New(cls, new ReadOnlySpan<StackRef>(ref a), null);
    }

    [PyMethod("__format__")]
    public static PyObject? Format(PyObject self, PyObject format_spec)
    {
        if (format_spec is not PyUnicode spec)
            return Errors.SetString(PyExc.TypeError, $"__format__() argument must be str, not {format_spec.ob_type.tp_name}");
        var s = FormatToString((PyComplex)self, spec.Value);
        return s == null ? null : PyUnicode.FromString(s);
    }

    /// <summary>format(complex, spec) (format_complex_internal); null with an exception set.</summary>
    public static string? FormatToString(PyComplex self, string spec)
    {
        if (spec.Length == 0)
        {
            var str = Abstract.Str(self);
            if (str == null) return null;
            var text = ((PyUnicode)str).Value;
            Py.DECREF(str);
            return text;
        }
        if (!FormatSpec.TryParse(spec, self.ob_type.tp_name, '\0', '>', out var f)) return null;
        switch (f.Type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                FormatSpec.UnknownType(f.Type, self.ob_type.tp_name);
                return null;
        }
        if (f.Fill == '0')
        {
            Errors.SetString(PyExc.ValueError, "Zero padding is not allowed in complex format specifier");
            return null;
        }
        if (f.Align == '=')
        {
            Errors.SetString(PyExc.ValueError, "'=' alignment flag is not allowed in complex format specifier");
            return null;
        }
        double re = self.Real, im = self.Imag;
        var flags = DtsFlags.None;
        if (f.Alternate) flags |= DtsFlags.Alt;
        if (f.NoNegZero) flags |= DtsFlags.NoNegZero;
        long precision = f.Precision, defaultPrecision = 6;
        char type = (char)f.Type;
        bool skipRe = false, parens = false;
        if (type == '\0')
        {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0 && !double.IsNegative(re)) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        string reBuf = FloatFormat.DoubleToString(re, type, precision, flags);
        string imBuf = FloatFormat.DoubleToString(im, type, precision, flags);
        var part = f;
        part.Width = -1;
        part.Fill = ' ';
        part.Align = '<';
        char sep = f.Type == 'n' ? '\0' : f.Thousands;
        var sb = new StringBuilder();
        if (parens) sb.Append('(');
        if (!skipRe)
        {
            sb.Append(LayoutPart(reBuf, part, sep));
            part.Sign = '+';
        }
        sb.Append(LayoutPart(imBuf, part, sep));
        sb.Append('j');
        if (parens) sb.Append(')');
        string body = sb.ToString();
        long width = f.Width;
        long n = body.Length;
        if (width <= n) return body;
        if (!NumberFormat.WidthFits(f)) return null;
        long pad = width - n, lpad = f.Align switch { '<' => 0, '^' => pad / 2, _ => pad };
        var outSb = new StringBuilder();
        FormatSpec.AppendCodePoint(outSb, f.Fill, lpad);
        outSb.Append(body);
        FormatSpec.AppendCodePoint(outSb, f.Fill, pad - lpad);
        return outSb.ToString();
    }

    static string? LayoutPart(string buf, in FormatSpec part, char sep)
    {
        bool negative = buf.Length > 0 && buf[0] == '-';
        FloatFormat.SplitNumber(buf, negative ? 1 : 0, out string intDigits, out string? frac, out string rest);
        return NumberFormat.Layout(part, negative, "", intDigits, frac, rest, sep, 3);
    }
}
