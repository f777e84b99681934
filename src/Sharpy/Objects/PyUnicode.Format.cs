using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// str.format and str.format_map (the replacement-field grammar of PEP 3101;
// Objects/stringlib/unicode_format.h's role, written anew).
public partial class PyUnicode
{
    [PyMethod("format", Raw = "format(*args, **kwargs) gives the call's arguments to the formatter as they are", TextSignature = "($self, /, *args, **kwargs)")]
    public static PyObject? FormatMethod(PyUnicode self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        var positional = new PyObject[npos];
        for (int i = 0; i < npos; i++) positional[i] = args[i].AsBorrowed;
        PyDict? kwargs = null;
        if (nkw > 0)
        {
            kwargs = PyDict.New();
            for (int k = 0; k < nkw; k++)
            {
                if (kwargs.SetItem(kwnames!.Items[k], args[npos + k].AsBorrowed) < 0) { Py.DECREF(kwargs); return null; }
            }
        }
        var r = Format(self, positional, kwargs);
        Py.XDECREF(kwargs);
        return r;
    }

    [PyMethod("format_map")]
    public static PyObject? FormatMap(PyUnicode self, PyObject mapping) => Format(self, null, mapping);

    /// <summary>
    /// str.format with positional <paramref name="args"/> (null: format_map, which has none) and a
    /// mapping of keyword arguments (or null).
    /// </summary>
    public static PyObject? Format(PyUnicode fmt, PyObject[]? args, PyObject? kwargs)
    {
        var auto = new AutoNumber();
        var w = new UnicodeWriter(fmt.Length + 16);
        if (!BuildFormat(fmt, 0, fmt.Length, args, kwargs, 2, ref auto, w)) return null;
        return w.Finish();
    }

    struct AutoNumber
    {
        public int State;   // 0 init, 1 auto, 2 manual
        public int Next;
    }

    static bool BuildFormat(PyUnicode s, int start, int end, PyObject[]? args, PyObject? kwargs, int depth,
        ref AutoNumber auto, UnicodeWriter w)
    {
        if (depth <= 0)
        {
            Errors.SetString(PyExc.ValueError, "Max string recursion exceeded");
            return false;
        }
        int pos = start;
        while (pos < end)
        {
            // Literal text up to a brace.
            int litStart = pos;
            int c = 0;
            bool markup = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int litLen = pos - litStart;
            if (c == '}' && markup && (atEnd || s[pos] != '}'))
            {
                Errors.SetString(PyExc.ValueError, "Single '}' encountered in format string");
                return false;
            }
            if (atEnd && c == '{' && markup)
            {
                Errors.SetString(PyExc.ValueError, "Single '{' encountered in format string");
                return false;
            }
            if (markup && !atEnd)
            {
                if (s[pos] == c) { pos++; markup = false; }   // escaped brace: keep one
                else litLen--;
            }
            w.Append(s, litStart, litLen);
            if (!markup) continue;

            // A replacement field: name, then !conversion, then :spec, up to the matching '}'.
            int nameStart = pos;
            c = 0;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{')
                {
                    Errors.SetString(PyExc.ValueError, "unexpected '{' in field name");
                    return false;
                }
                if (c == '[')
                {
                    while (pos < end && s[pos] != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            int nameEnd = pos - 1;
            int conversion = 0;
            int specStart = 0, specEnd = 0;
            bool specNeedsExpanding = false;
            if (c == '!' || c == ':')
            {
                bool closed = false;
                if (c == '!')
                {
                    if (pos >= end)
                    {
                        Errors.SetString(PyExc.ValueError, "end of string while looking for conversion specifier");
                        return false;
                    }
                    conversion = s[pos++];
                    if (pos < end)
                    {
                        int c2 = s[pos++];
                        if (c2 == '}') closed = true;
                        else if (c2 != ':')
                        {
                            Errors.SetString(PyExc.ValueError, "expected ':' after conversion specifier");
                            return false;
                        }
                    }
                }
                if (!closed)
                {
                    specStart = pos;
                    int count = 1;
                    bool found = false;
                    while (pos < end)
                    {
                        int c3 = s[pos++];
                        if (c3 == '{') { specNeedsExpanding = true; count++; }
                        else if (c3 == '}')
                        {
                            if (--count == 0) { specEnd = pos - 1; found = true; break; }
                        }
                    }
                    if (!found)
                    {
                        Errors.SetString(PyExc.ValueError, "unmatched '{' in format spec");
                        return false;
                    }
                }
            }
            else if (c != '}')
            {
                Errors.SetString(PyExc.ValueError, "expected '}' before end of string");
                return false;
            }
            if (!OutputField(s, nameStart, nameEnd, conversion, specStart, specEnd, specNeedsExpanding, args, kwargs, depth, ref auto, w))
                return false;
        }
        return true;
    }

    static bool OutputField(PyUnicode s, int nameStart, int nameEnd, int conversion, int specStart, int specEnd,
        bool specNeedsExpanding, PyObject[]? args, PyObject? kwargs, int depth, ref AutoNumber auto, UnicodeWriter w)
    {
        var obj = GetFieldObject(s, nameStart, nameEnd, args, kwargs, ref auto);
        if (obj == null) return false;
        if (conversion != 0)
        {
            PyObject? conv = conversion switch
            {
                'r' => Abstract.Repr(obj),
                's' => Abstract.Str(obj),
                'a' => Ascii(obj),
                _ => conversion > 32 && conversion < 127
                    ? Errors.SetString(PyExc.ValueError, $"Unknown conversion specifier {(char)conversion}")
                    : Errors.SetString(PyExc.ValueError, $"Unknown conversion specifier \\x{conversion:x}"),
            };
            Py.DECREF(obj);
            if (conv == null) return false;
            obj = conv;
        }
        PyUnicode spec;
        if (specNeedsExpanding)
        {
            var sw = new UnicodeWriter(specEnd - specStart + 8);
            if (!BuildFormat(s, specStart, specEnd, args, kwargs, depth - 1, ref auto, sw))
            {
                Py.DECREF(obj);
                return false;
            }
            spec = sw.Finish();
        }
        else spec = s.Substring(specStart, specEnd - specStart);
        var r = FormatObject(obj, spec);
        Py.DECREF(spec);
        Py.DECREF(obj);
        if (r == null) return false;
        w.Append((PyUnicode)r);
        Py.DECREF(r);
        return true;
    }

    /// <summary>get_integer: the decimal value of s[start:end], -1 if not all decimal digits, -2 on overflow (error set).</summary>
    static long FieldInteger(PyUnicode s, int start, int end)
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
                return -2;
            }
            acc = acc * 10 + d;
        }
        return acc;
    }

    static PyObject? GetFieldObject(PyUnicode s, int start, int end, PyObject[]? args, PyObject? kwargs, ref AutoNumber auto)
    {
        int i = start;
        while (i < end && s[i] != '.' && s[i] != '[') i++;
        int firstEnd = i;
        long index = FieldInteger(s, start, firstEnd);
        if (index == -2) return null;
        bool empty = firstEnd == start;
        bool numeric = empty || index != -1;
        if (numeric)
        {
            if (auto.State == 0) auto.State = empty ? 1 : 2;
            if (auto.State == 2 && empty)
            {
                Errors.SetString(PyExc.ValueError, "cannot switch from manual field specification to automatic field numbering");
                return null;
            }
            if (auto.State == 1 && !empty)
            {
                Errors.SetString(PyExc.ValueError, "cannot switch from automatic field numbering to manual field specification");
                return null;
            }
            if (empty) index = auto.Next++;
        }
        PyObject? obj;
        if (index == -1)
        {
            var key = s.Substring(start, firstEnd - start);
            if (kwargs == null)
            {
                Errors.SetKeyError(key);
                Py.DECREF(key);
                return null;
            }
            obj = StrMapping.GetItem(kwargs, key);
            Py.DECREF(key);
            if (obj == null) return null;
        }
        else
        {
            if (args == null)
            {
                Errors.SetString(PyExc.ValueError, "Format string contains positional fields");
                return null;
            }
            if (index >= args.Length)
            {
                Errors.SetString(PyExc.IndexError, $"Replacement index {index} out of range for positional args tuple");
                return null;
            }
            obj = Py.NewRef(args[index]);
        }
        // The rest: .attr and [key] lookups.
        while (i < end)
        {
            int c = s[i++];
            bool isAttr;
            int nStart = i, nEnd;
            if (c == '.')
            {
                isAttr = true;
                while (i < end && s[i] != '.' && s[i] != '[') i++;
                nEnd = i;
            }
            else if (c == '[')
            {
                isAttr = false;
                while (i < end && s[i] != ']') i++;
                if (i >= end)
                {
                    Py.DECREF(obj);
                    Errors.SetString(PyExc.ValueError, "Missing ']' in format string");
                    return null;
                }
                nEnd = i;
                i++;
            }
            else
            {
                Py.DECREF(obj);
                Errors.SetString(PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                return null;
            }
            if (nStart == nEnd)
            {
                Py.DECREF(obj);
                Errors.SetString(PyExc.ValueError, "Empty attribute in format string");
                return null;
            }
            PyObject? next;
            if (isAttr)
            {
                var name = s.Substring(nStart, nEnd - nStart);
                next = Abstract.GetAttr(obj, name);
                Py.DECREF(name);
            }
            else
            {
                long idx = FieldInteger(s, nStart, nEnd);
                if (idx == -2) { Py.DECREF(obj); return null; }
                PyObject key = idx == -1 ? s.Substring(nStart, nEnd - nStart) : PyLong.FromLong(idx);
                next = StrMapping.GetItem(obj, key);
                Py.DECREF(key);
            }
            Py.DECREF(obj);
            if (next == null) return null;
            obj = next;
        }
        return obj;
    }
}
