using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_string` module (Objects/stringlib/unicode_format.h: formatter_parser,
/// formatter_field_name_split): str.format's parser, exposed for string.Formatter.
/// </summary>
[PyModule("_string", Doc = "string helper module")]
public static partial class StringModule
{
    [PyMethod("formatter_parser", TextSignature = "($self, object, /)", Doc = "parse the argument as a format string")]
    static PyObject? FormatterParser(PyObject @object)
    {
        if (@object is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"expected str, got {@object.ob_type.tp_name}");
        return new FormatterIterator(s);
    }

    [PyMethod("formatter_field_name_split", TextSignature = "($self, object, /)", Doc = "split the argument as a field name")]
    static PyObject? FormatterFieldNameSplit(PyObject @object)
    {
        if (@object is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"expected str, got {@object.ob_type.tp_name}");
        // field_name_split: the part before the first '.' or '[' is "first"; the rest is iterated.
        int i = 0;
        while (i < s.Length && s[i] != '.' && s[i] != '[') i++;
        long index = GetInteger(s, 0, i);
        if (index == -1 && Errors.Occurred()) return null;
        PyObject first = index != -1 ? PyLong.FromLong(index) : s.Substring(0, i);
        return PyTuple.FromStolen([first, new FieldNameIterator(s, i)]);
    }

    /// <summary>get_integer: s[start:end] as a non-negative decimal number; -1 if empty or not all digits, or with ValueError on overflow.</summary>
    internal static long GetInteger(PyUnicode s, int start, int end)
    {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; i++)
        {
            int d = UnicodeData.DecimalValue(s[i]);
            if (d < 0) return -1;
            if (acc > (long.MaxValue - d) / 10)
            {
                Errors.SetString(PyExc.ValueError, "Too many decimal digits in format string");
                return -1;
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}

/// <summary>`formatteriterator`: yields (literal, field_name, format_spec, conversion) for each piece of a format string (MarkupIterator).</summary>
[PyType("formatteriterator")]
public sealed partial class FormatterIterator : PyObject
{
    PyUnicode _str;
    int _pos;

    internal FormatterIterator(PyUnicode s) : base(Type) { _str = Py.NewRef(s); }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    /// <summary>formatteriter_next / MarkupIterator_next.</summary>
    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (FormatterIterator)self;
        var s = it._str;
        int end = s.Length;
        if (it._pos >= end) return null;
        int start = it._pos;
        int c = 0;
        bool markup = false;
        // Literal text up to the first '{' or '}'.
        while (it._pos < end)
        {
            c = s[it._pos++];
            if (c == '{' || c == '}')
            {
                markup = true;
                break;
            }
        }
        bool atEnd = it._pos >= end;
        int len = it._pos - start;
        if (c == '}' && (atEnd || s[it._pos] != c))
            return Errors.SetString(PyExc.ValueError, "Single '}' encountered in format string");
        if (atEnd && c == '{')
            return Errors.SetString(PyExc.ValueError, "Single '{' encountered in format string");
        if (!atEnd)
        {
            if (s[it._pos] == c)
            {
                // An escaped brace: one of it is literal text, and no field follows.
                it._pos++;
                markup = false;
            }
            else len--;
        }
        var literal = s.Substring(start, len);
        if (!markup)
            return PyTuple.FromStolen([literal, Py.None, Py.None, Py.None]);
        if (!ParseField(it, out int nameStart, out int nameEnd, out int specStart, out int specEnd, out int conversion))
        {
            Py.DECREF(literal);
            return null;
        }
        PyObject spec = specStart < 0 ? PyUnicode.FromString("") : s.Substring(specStart, specEnd - specStart);
        PyObject conv = conversion == 0 ? Py.None : PyUnicode.FromCodePoint(conversion);
        return PyTuple.FromStolen([literal, s.Substring(nameStart, nameEnd - nameStart), spec, conv]);
    }

    /// <summary>parse_field: the field name, then an optional !conversion and :format_spec, up to the matching '}'.</summary>
    static bool ParseField(FormatterIterator it, out int nameStart, out int nameEnd, out int specStart, out int specEnd, out int conversion)
    {
        var s = it._str;
        int end = s.Length;
        specStart = specEnd = -1;
        conversion = 0;
        nameStart = it._pos;
        int c = 0;
        while (it._pos < end)
        {
            c = s[it._pos++];
            if (c == '{')
            {
                nameEnd = 0;
                Errors.SetString(PyExc.ValueError, "unexpected '{' in field name");
                return false;
            }
            if (c == '[')
            {
                while (it._pos < end && s[it._pos] != ']') it._pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        nameEnd = it._pos - 1;
        if (c == '!' || c == ':')
        {
            if (c == '!')
            {
                if (it._pos >= end)
                {
                    Errors.SetString(PyExc.ValueError, "end of string while looking for conversion specifier");
                    return false;
                }
                conversion = s[it._pos++];
                if (it._pos < end)
                {
                    c = s[it._pos++];
                    if (c == '}') return true;
                    if (c != ':')
                    {
                        Errors.SetString(PyExc.ValueError, "expected ':' after conversion specifier");
                        return false;
                    }
                }
            }
            specStart = it._pos;
            int count = 1;
            while (it._pos < end)
            {
                c = s[it._pos++];
                if (c == '{') count++;
                else if (c == '}' && --count == 0)
                {
                    specEnd = it._pos - 1;
                    return true;
                }
            }
            Errors.SetString(PyExc.ValueError, "unmatched '{' in format spec");
            return false;
        }
        if (c != '}')
        {
            Errors.SetString(PyExc.ValueError, "expected '}' before end of string");
            return false;
        }
        return true;
    }

    protected internal override void ReleaseReferences() => Py.DECREF(_str);
}

/// <summary>`fieldnameiterator`: yields (is_attribute, key) for each .name or [key] of a field name (FieldNameIterator).</summary>
[PyType("fieldnameiterator")]
public sealed partial class FieldNameIterator : PyObject
{
    PyUnicode _str;
    int _pos;

    internal FieldNameIterator(PyUnicode s, int pos) : base(Type)
    {
        _str = Py.NewRef(s);
        _pos = pos;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    /// <summary>fieldnameiter_next / FieldNameIterator_next.</summary>
    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (FieldNameIterator)self;
        var s = it._str;
        int end = s.Length;
        if (it._pos >= end) return null;
        int c = s[it._pos++];
        bool isAttr;
        int nameStart = it._pos, nameEnd;
        long index = -1;
        if (c == '.')
        {
            isAttr = true;
            while (it._pos < end && s[it._pos] != '.' && s[it._pos] != '[') it._pos++;
            nameEnd = it._pos;
        }
        else if (c == '[')
        {
            isAttr = false;
            while (it._pos < end && s[it._pos] != ']') it._pos++;
            if (it._pos >= end) return Errors.SetString(PyExc.ValueError, "Missing ']' in format string");
            nameEnd = it._pos++;
            index = StringModule.GetInteger(s, nameStart, nameEnd);
            if (index == -1 && Errors.Occurred()) return null;
        }
        else return Errors.SetString(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        if (nameStart == nameEnd) return Errors.SetString(PyExc.ValueError, "Empty attribute in format string");
        PyObject key = index != -1 ? PyLong.FromLong(index) : s.Substring(nameStart, nameEnd - nameStart);
        return PyTuple.FromStolen([Py.NewBool(isAttr), key]);
    }

    protected internal override void ReleaseReferences() => Py.DECREF(_str);
}
