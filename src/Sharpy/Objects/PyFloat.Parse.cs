using System;
using System.Globalization;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// float from text and from objects (PyFloat_FromString, _Py_string_to_number_with_underscores,
// PyOS_string_to_double, PyNumber_Float) and float.__new__.
public partial class PyFloat
{
    static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>
    /// Parse a float literal as float() accepts it (after stripping whitespace): a decimal
    /// number with single underscores between digits, or inf/infinity/nan, either signed.
    /// Correctly rounded. False if the text is not a float.
    /// </summary>
    public static bool TryParse(string s, out double d)
    {
        d = 0;
        int i = 0, n = s.Length;
        while (i < n && NumberText.IsSpace(s[i])) i++;
        while (n > i && NumberText.IsSpace(s[n - 1])) n--;
        if (i == n) return false;
        bool negative = false;
        if (s[i] == '+' || s[i] == '-')
        {
            negative = s[i] == '-';
            i++;
        }
        var rest = s.AsSpan(i, n - i);
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            d = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            d = negative ? -NaN : NaN;
            return true;
        }
        var clean = new StringBuilder(n - i + 1);
        if (negative) clean.Append('-');
        int intDigits = ScanDigits(s, ref i, n, clean);
        if (intDigits < 0) return false;
        int fracDigits = 0;
        if (i < n && s[i] == '.')
        {
            clean.Append('.');
            i++;
            fracDigits = ScanDigits(s, ref i, n, clean);
            if (fracDigits < 0) return false;
        }
        if (intDigits == 0 && fracDigits == 0) return false;
        if (i < n && (s[i] == 'e' || s[i] == 'E'))
        {
            clean.Append('e');
            i++;
            if (i < n && (s[i] == '+' || s[i] == '-')) clean.Append(s[i++]);
            int expDigits = ScanDigits(s, ref i, n, clean);
            if (expDigits <= 0) return false;
        }
        if (i != n) return false;
        d = double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Digits with single underscores between them; the count, or -1 if an underscore is misplaced.</summary>
    static int ScanDigits(string s, ref int i, int n, StringBuilder into)
    {
        int count = 0;
        while (i < n)
        {
            char c = s[i];
            if (IsDigit(c))
            {
                into.Append(c);
                count++;
                i++;
            }
            else if (c == '_')
            {
                if (count == 0 || i + 1 >= n || !IsDigit(s[i + 1])) return -1;
                i++;
            }
            else break;
        }
        return count;
    }

    /// <summary>PyFloat_FromString: float(str) / float(bytes); ValueError names the original object.</summary>
    public static PyObject? FromString(string asciiText, PyObject original)
    {
        if (TryParse(asciiText, out double d)) return FromDouble(d);
        var repr = NumberText.ReprForMessage(original);
        if (repr == null) return null;
        return Errors.SetString(PyExc.ValueError, $"could not convert string to float: {repr}");
    }

    /// <summary>PyNumber_Float: float(x).</summary>
    public static PyObject? FromObject(PyObject o)
    {
        if (o.ob_type == Type) return Py.NewRef(o);
        var t = o.ob_type;
        if (t.nb_float != null || t.nb_index != null) return FromObjectNumber(o);
        if (o is PyFloat f) return FromDouble(f.Value);
        if (o is PyUnicode u) return FromString(NumberText.ToAsciiNumber(u.Value), o);
        if (o is PyBytes b) return FromString(NumberText.FromBytes(b.Value), o);
        if (PyBuffer.Check(o))
        {
            // bytearray, memoryview, array ...: parsed as the bytes they hold; the error shows the object itself.
            var data = PyBuffer.ToArray(o);
            return data == null ? null : FromString(NumberText.FromBytes(data), o);
        }
        return Errors.SetString(PyExc.TypeError,
            $"float() argument must be a string or a real number, not '{t.tp_name}'");
    }

    [PySlot("tp_new")]
    public static PyObject? New(PyType type, PyObject? x = null)
    {
        PyObject? r = x == null ? FromDouble(0.0) : FromObject(x);
        if (r == null || type == Type) return r;
        double v = ((PyFloat)r).Value;
        Py.DECREF(r);
        return new PyFloat(type, v);
    }

    [PySlot("tp_repr")]
    public static PyObject? Repr(PyObject a) => PyUnicode.FromSimple(FloatFormat.Repr(((PyFloat)a).Value));
}
