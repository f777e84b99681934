using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The format-spec mini-language as str.__format__ reads it (Python/formatter_unicode.c:
/// parse_internal_render_format_spec, format_string_internal):
/// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
/// A small parser of str's own; numbers have their own in FormatSpec.cs.
/// </summary>
public struct StrFormatSpec
{
    public int Fill;
    public char Align;          // '\0' when not given
    public char Sign;           // '\0', '+', '-', ' '
    public bool NoNegZero;      // 'z'
    public bool Alternate;      // '#'
    public long Width;          // -1 when not given
    public char Thousands;      // '\0', ',', '_'
    public long Precision;      // -1 when not given
    public int Type;            // the presentation type code point

    static bool IsAlign(int c) => c == '<' || c == '>' || c == '=' || c == '^';

    /// <summary>Reads digits at pos: -1 none, -2 on overflow error (set).</summary>
    static long ReadInt(PyUnicode spec, ref int pos, int end)
    {
        long acc = 0;
        int start = pos;
        while (pos < end)
        {
            int d = UnicodeData.DecimalValue(spec[pos]);
            if (d < 0) break;
            if (acc > (long.MaxValue - d) / 10)
            {
                Errors.SetString(PyExc.ValueError, "Too many decimal digits in format string");
                return -2;
            }
            acc = acc * 10 + d;
            pos++;
        }
        return pos == start ? -1 : acc;
    }

    /// <summary>Parse <paramref name="spec"/> for an object of type <paramref name="typeName"/>. False with ValueError set.</summary>
    public static bool Parse(PyUnicode spec, char defaultType, char defaultAlign, string typeName, out StrFormatSpec f)
    {
        f = new StrFormatSpec { Fill = ' ', Align = defaultAlign, Width = -1, Precision = -1, Type = defaultType };
        int pos = 0, end = spec.Length;
        bool fillGiven = false, alignGiven = false;
        if (end - pos >= 2 && IsAlign(spec[pos + 1]))
        {
            f.Align = (char)spec[pos + 1];
            f.Fill = spec[pos];
            fillGiven = alignGiven = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = (char)spec[pos];
            alignGiven = true;
            pos++;
        }
        if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.Sign = (char)spec[pos++];
        if (pos < end && spec[pos] == 'z') { f.NoNegZero = true; pos++; }
        if (pos < end && spec[pos] == '#') { f.Alternate = true; pos++; }
        if (!fillGiven && pos < end && spec[pos] == '0')
        {
            f.Fill = '0';
            if (!alignGiven && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        long w = ReadInt(spec, ref pos, end);
        if (w == -2) return false;
        f.Width = w;
        if (pos < end && spec[pos] == ',') { f.Thousands = ','; pos++; }
        if (pos < end && spec[pos] == '_')
        {
            if (f.Thousands != '\0')
            {
                Errors.SetString(PyExc.ValueError, "Cannot specify both ',' and '_'.");
                return false;
            }
            f.Thousands = '_';
            pos++;
        }
        if (pos < end && spec[pos] == ',' && f.Thousands == '_')
        {
            Errors.SetString(PyExc.ValueError, "Cannot specify both ',' and '_'.");
            return false;
        }
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            long p = ReadInt(spec, ref pos, end);
            if (p == -2) return false;
            if (p == -1)
            {
                Errors.SetString(PyExc.ValueError, "Format specifier missing precision");
                return false;
            }
            f.Precision = p;
        }
        if (end - pos > 1)
        {
            Errors.SetString(PyExc.ValueError, $"Invalid format specifier '{spec.Value}' for object of type '{typeName}'");
            return false;
        }
        if (end - pos == 1) f.Type = spec[pos];
        if (f.Thousands != '\0')
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Thousands == '_') break;
                    goto default;
                default:
                    Errors.SetString(PyExc.ValueError, $"Cannot specify '{f.Thousands}' with '{TypeText(f.Type)}'.");
                    return false;
            }
        }
        return true;
    }

    static string TypeText(int t) => t > 32 && t < 128 ? ((char)t).ToString() : $"\\x{t:x}";

    /// <summary>unknown_presentation_type's error.</summary>
    public static void UnknownType(int type, string typeName)
    {
        if (type > 32 && type < 128)
            Errors.SetString(PyExc.ValueError, $"Unknown format code '{(char)type}' for object of type '{typeName}'");
        else
            Errors.SetString(PyExc.ValueError, $"Unknown format code '\\x{type:x}' for object of type '{typeName}'");
    }
}

public partial class PyUnicode
{
    [PyMethod("__format__")]
    public static PyObject? Format__(PyUnicode self, PyObject format_spec)
    {
        if (format_spec is not PyUnicode spec)
            return Errors.SetString(PyExc.TypeError, $"__format__() argument must be str, not {format_spec.ob_type.tp_name}");
        return FormatStr(self, spec);
    }

    /// <summary>str.__format__(spec): fill, align, width and precision (truncation).</summary>
    public static PyObject? FormatStr(PyUnicode self, PyUnicode spec)
    {
        // An empty spec formats as str(self), which a subclass may override.
        if (spec.Length == 0) return Abstract.Str(self);
        if (!StrFormatSpec.Parse(spec, 's', '<', "str", out var f)) return null;
        if (f.Type != 's')
        {
            StrFormatSpec.UnknownType(f.Type, "str");
            return null;
        }
        if (f.Sign != '\0')
            return Errors.SetString(PyExc.ValueError, f.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (f.NoNegZero) return Errors.SetString(PyExc.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate) return Errors.SetString(PyExc.ValueError, "Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=') return Errors.SetString(PyExc.ValueError, "'=' alignment not allowed in string format specifier");
        long len = self.Length;
        if (f.Precision >= 0 && len > f.Precision) len = f.Precision;
        long total = f.Width > len ? f.Width : len;
        if (total == len && len == self.Length) return ExactCopy(self);
        if (total > PyUnicode.MaxLength) return Errors.NoMemory();
        long pad = total - len;
        long left = f.Align switch { '>' => pad, '^' => pad / 2, _ => 0 };
        var w = new UnicodeWriter(total);
        w.Repeat(f.Fill, left);
        w.Append(self, 0, (int)len);
        w.Repeat(f.Fill, pad - left);
        return w.Finish();
    }

    /// <summary>
    /// PyObject_Format (format(obj, spec)): str's own formatter for an exact str, else the
    /// type's __format__; object's behaviour when the type has none.
    /// </summary>
    public static PyObject? FormatObject(PyObject obj, PyUnicode spec)
    {
        if (spec.Length == 0 && obj.ob_type == Type) return Py.NewRef(obj);
        if (obj.ob_type == Type) return FormatStr((PyUnicode)obj, spec);
        var meth = Calls.LookupSpecial(obj, Intern("__format__"));
        if (meth == null)
        {
            if (Errors.Occurred()) return null;
            // object.__format__
            if (spec.Length > 0)
                return Errors.SetString(PyExc.TypeError, $"unsupported format string passed to {obj.ob_type.tp_name}.__format__");
            return Abstract.Str(obj);
        }
        var r = Calls.CallOneArg(meth, spec);
        Py.DECREF(meth);
        if (r != null && r is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"__format__ must return a str, not {r.ob_type.tp_name}");
            Py.DECREF(r);
            return null;
        }
        return r;
    }
}
