using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Unicodedata;

/// <summary>
/// Clinic's <c>int(accept={str})</c> as unicodedata uses it: a str of exactly one code
/// point, given as that code point.
/// </summary>
public readonly struct UnicodeChar : IArgConverter<UnicodeChar>
{
    public readonly int CodePoint;

    UnicodeChar(int cp) => CodePoint = cp;

    public static bool Convert(PyObject arg, in ArgContext c, out UnicodeChar value)
    {
        value = default;
        if (arg is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"{c.FName}() {c.Display} must be a unicode character, not {arg.ob_type.tp_name}");
            return false;
        }
        if (s.Length != 1)
        {
            Errors.SetString(PyExc.TypeError, $"{c.FName}(): {c.Display} must be a unicode character, not a string of length {s.Length}");
            return false;
        }
        value = new UnicodeChar(s[0]);
        return true;
    }
}

/// <summary>
/// lookup()'s name (clinic's <c>str(accept={str, robuffer}, zeroes=True)</c>): a str, as
/// UTF-8, or a read-only bytes-like object such as bytes.
/// </summary>
public readonly struct LookupName : IArgConverter<LookupName>
{
    public readonly byte[] Bytes;

    LookupName(byte[] bytes) => Bytes = bytes;

    public static bool Convert(PyObject arg, in ArgContext c, out LookupName value)
    {
        value = default;
        if (arg is PyUnicode s)
        {
            var utf8 = s.AsUtf8();
            if (utf8 == null) return false;
            value = new LookupName(utf8);
            return true;
        }
        if (arg is PyBytes b)
        {
            value = new LookupName(b.Value);
            return true;
        }
        if (PyBuffer.Check(arg))
            Errors.SetString(PyExc.TypeError, $"{c.FName}() {c.Display} must be read-only bytes-like object, not {arg.ob_type.tp_name}");
        else
            Errors.SetString(PyExc.TypeError, $"a bytes-like object is required, not '{arg.ob_type.tp_name}'");
        return false;
    }
}
