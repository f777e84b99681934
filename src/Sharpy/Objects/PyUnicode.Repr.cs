using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// unicode_repr and ascii() (Objects/unicodeobject.c).
public partial class PyUnicode
{
    const string HexDigits = "0123456789abcdef";

    [PySlot("tp_repr")]
    static PyObject? StrRepr(PyObject o) => ReprOf((PyUnicode)o);

    /// <summary>repr(str): CPython's quote choice, escapes for non-printable code points.</summary>
    public static PyUnicode ReprOf(PyUnicode u)
    {
        int n = u.Length;
        bool hasSingle = false, hasDouble = false;
        bool plain = u.IsSimple;
        for (int i = 0; i < n; i++)
        {
            int c = u[i];
            if (c == '\'') hasSingle = true;
            else if (c == '"') hasDouble = true;
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        // Fast path: printable ASCII without backslashes or the quote.
        if (plain)
        {
            var s = u.Value;
            bool simple = true;
            foreach (char c in s)
            {
                if (c < ' ' || c >= 0x7f || c == '\\' || c == quote) { simple = false; break; }
            }
            if (simple) return FromSimple(string.Concat(quote.ToString(), s, quote.ToString()));
        }
        var w = new UnicodeWriter(n + 2);
        w.Append(quote);
        for (int i = 0; i < n; i++) AppendReprChar(w, u[i], quote, asciiOnly: false);
        w.Append(quote);
        return w.Finish();
    }

    static void AppendReprChar(UnicodeWriter w, int c, char quote, bool asciiOnly)
    {
        if (c == quote || c == '\\')
        {
            w.Append('\\');
            w.Append((char)c);
        }
        else if (c == '\t') w.AppendAscii("\\t");
        else if (c == '\n') w.AppendAscii("\\n");
        else if (c == '\r') w.AppendAscii("\\r");
        else if (c < ' ' || c == 0x7f) AppendHexEscape(w, 'x', c, 2);
        else if (c < 0x7f) w.Append((char)c);
        else if (!asciiOnly && UnicodeData.IsPrintable(c)) w.AppendCodePoint(c);
        else if (c <= 0xff) AppendHexEscape(w, 'x', c, 2);
        else if (c <= 0xffff) AppendHexEscape(w, 'u', c, 4);
        else AppendHexEscape(w, 'U', c, 8);
    }

    static void AppendHexEscape(UnicodeWriter w, char kind, int c, int digits)
    {
        w.Append('\\');
        w.Append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) w.Append(HexDigits[(c >> shift) & 0xf]);
    }

    /// <summary>ascii(o): repr(o) with non-ASCII code points escaped as \x, \u, \U.</summary>
    public static PyObject? Ascii(PyObject o)
    {
        var r = Abstract.Repr(o);
        if (r == null) return null;
        var u = (PyUnicode)r;
        if (u.IsAscii) return u;
        var w = new UnicodeWriter(u.Length + 8);
        int n = u.Length;
        for (int i = 0; i < n; i++)
        {
            int c = u[i];
            if (c < 0x80) w.Append((char)c);
            else if (c <= 0xff) AppendHexEscape(w, 'x', c, 2);
            else if (c <= 0xffff) AppendHexEscape(w, 'u', c, 4);
            else AppendHexEscape(w, 'U', c, 8);
        }
        Py.DECREF(u);
        return w.Finish();
    }

    [PySlot("tp_str")]
    static PyObject? StrStr(PyObject o)
    {
        if (o.ob_type == Type) return Py.NewRef(o);
        return ExactCopy((PyUnicode)o);
    }

    /// <summary>An exact str with the same code points (for str subclasses: unicode_result_unchanged).</summary>
    public static PyUnicode ExactCopy(PyUnicode u)
    {
        if (u.ob_type == Type) return Py.NewRef(u);
        return new PyUnicode(Type, u.Value, u._cps, u._lone);
    }

    /// <summary>A str of type <paramref name="type"/> with the code points of <paramref name="u"/>.</summary>
    internal static PyUnicode WithType(PyType type, PyUnicode u) => new(type, u.Value, u._cps, u._lone);
}
