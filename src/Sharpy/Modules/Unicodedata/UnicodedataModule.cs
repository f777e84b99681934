using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Modules.Unicodedata;

/// <summary>
/// The `unicodedata` module (Modules/unicodedata.c): the Unicode 16.0.0 character database.
/// Its functions are also methods of <see cref="UcdObject"/>, whose one instance
/// `ucd_3_2_0` answers with the 3.2.0 database (for encodings.idna and stringprep). Each
/// function here takes the previous version to answer for, or null for 16.0.
/// </summary>
[PyModule("unicodedata", Doc = "This module provides access to the Unicode Character Database which\n"
    + "defines character properties for all Unicode characters. The data in\n"
    + "this database is based on the UnicodeData.txt file version\n"
    + "16.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
    + "The module uses the same names and symbols as defined by the\n"
    + "UnicodeData File Format 16.0.0.")]
public static partial class UnicodedataModule
{
    /// <summary>NAME_MAXLEN: lookup() refuses longer names before searching.</summary>
    const int NameMaxLength = 256;

    [PyConstant("unidata_version")]
    static PyObject UnidataVersion => PyUnicode.FromString(UnicodeDatabase.Current.Version);

    [PyConstant("UCD")]
    static PyObject UcdType => Py.NewRef(UcdObject.Type);

    [PyConstant("ucd_3_2_0")]
    static PyObject Ucd320 => new UcdObject(UnicodeDatabase.Current.Ucd320);

    static UnicodeDatabase Db => UnicodeDatabase.Current;

    static void InitModule(PyModule m) => UcdObject.InstallMembers();

    // The functions' signatures say $self, not $module: in CPython they are UCD's methods
    // bound to the module; `default` has no Python value (clinic's <unrepresentable>).

    internal static PyObject? Decimal(PreviousVersion? old, int cp, PyObject? defaultValue)
    {
        int value = old != null && old.TryGet(PreviousVersion.Field.Decimal, cp, out int v) ? v : UnicodeData.DecimalValue(cp);
        if (value >= 0) return PyLong.FromLong(value);
        if (defaultValue == null) return Errors.SetString(PyExc.ValueError, "not a decimal");
        return Py.NewRef(defaultValue);
    }

    internal static PyObject? Digit(PreviousVersion? old, int cp, PyObject? defaultValue)
    {
        int value = old != null && old.TryGet(PreviousVersion.Field.Digit, cp, out int v) ? v : UnicodeData.DigitValue(cp);
        if (value >= 0) return PyLong.FromLong(value);
        if (defaultValue == null) return Errors.SetString(PyExc.ValueError, "not a digit");
        return Py.NewRef(defaultValue);
    }

    internal static PyObject? Numeric(PreviousVersion? old, int cp, PyObject? defaultValue)
    {
        double value = old != null && old.TryGetNumeric(cp, out double v) ? v : Db.Numeric(cp);
        if (value != -1.0) return PyFloat.FromDouble(value);
        if (defaultValue == null) return Errors.SetString(PyExc.ValueError, "not a numeric character");
        return Py.NewRef(defaultValue);
    }

    internal static PyObject Category(PreviousVersion? old, int cp) =>
        PyUnicode.FromString(Db.Categories[old != null && old.TryGet(PreviousVersion.Field.Category, cp, out int v) ? v : Db.CategoryIndex(cp)]);

    internal static PyObject Bidirectional(PreviousVersion? old, int cp) =>
        PyUnicode.FromString(Db.Bidirectionals[old != null && old.TryGet(PreviousVersion.Field.Bidirectional, cp, out int v) ? v : Db.BidirectionalIndex(cp)]);

    internal static PyObject EastAsianWidth(PreviousVersion? old, int cp) =>
        PyUnicode.FromString(Db.EastAsianWidths[old != null && old.TryGet(PreviousVersion.Field.EastAsianWidth, cp, out int v) ? v : Db.EastAsianWidthIndex(cp)]);

    internal static long Combining(PreviousVersion? old, int cp) =>
        old != null && old.TryGet(PreviousVersion.Field.Combining, cp, out int v) ? v : Db.Combining(cp);

    internal static long Mirrored(PreviousVersion? old, int cp) =>
        old != null && old.TryGet(PreviousVersion.Field.Mirrored, cp, out int v) ? v : Db.Mirrored(cp);

    internal static PyObject Decomposition(PreviousVersion? old, int cp)
    {
        if (old?.Decomposition(cp) is string previous) return PyUnicode.FromString(previous);
        var d = Db.Decomposition(cp, out int prefix);
        var sb = new StringBuilder(Db.DecompositionPrefixes[prefix]);
        foreach (int c in d)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(c.ToString("X4"));
        }
        return PyUnicode.FromString(sb.ToString());
    }

    /// <summary>_getucname: the name of a code point (never an alias), or null.</summary>
    static string? NameOf(PreviousVersion? old, int cp)
    {
        if (old != null && old.IsUnassigned(cp)) return null;
        return UnicodeNames.NameOf(cp);
    }

    internal static PyObject? Name(PreviousVersion? old, int cp, PyObject? defaultValue)
    {
        var name = NameOf(old, cp);
        if (name != null) return PyUnicode.FromString(name);
        if (defaultValue == null) return Errors.SetString(PyExc.ValueError, "no such name");
        return Py.NewRef(defaultValue);
    }

    /// <summary>lookup: a character by name or name alias, or a named sequence; the 3.2.0
    /// database knows neither aliases nor named sequences.</summary>
    internal static PyObject? Lookup(PreviousVersion? old, byte[] name)
    {
        if (name.Length > NameMaxLength) return Errors.SetString(PyExc.KeyError, "name too long");
        int cp = UnicodeNames.Lookup(name);
        if (cp >= 0 && old != null && !IsOwnName(cp, name)) cp = -1; // an alias
        if (cp >= 0) return PyUnicode.FromCodePoint(cp);
        if (old == null && IsAsciiName(name) && Db.NamedSequences.TryGetValue(Encoding.ASCII.GetString(name).ToUpperInvariant(), out var seq))
            return PyUnicode.FromCodePoints(seq);
        // The message shows the name as a C string: up to its first NUL.
        int nul = Array.IndexOf(name, (byte)0);
        var shown = Encoding.UTF8.GetString(name, 0, nul < 0 ? name.Length : nul);
        return Errors.SetString(PyExc.KeyError, $"undefined character name '{shown}'");
    }

    static bool IsAsciiName(byte[] name) => Array.TrueForAll(name, b => b is > 0 and < 0x80);

    /// <summary>The name is the code point's own, not an alias (matched as lookup matches:
    /// ASCII case-insensitively). Computed names (Hangul syllables, CJK unified ideographs,
    /// whose hex digits may have a leading zero) are never aliases.</summary>
    static bool IsOwnName(int cp, byte[] name)
    {
        if (name.AsSpan().StartsWith("HANGUL SYLLABLE "u8) || name.AsSpan().StartsWith("CJK UNIFIED IDEOGRAPH-"u8)) return true;
        var own = UnicodeNames.NameOf(cp);
        if (own == null || own.Length != name.Length) return false;
        for (int i = 0; i < name.Length; i++)
        {
            int b = name[i];
            if (b is >= 'a' and <= 'z') b -= 32;
            if (b != own[i]) return false;
        }
        return true;
    }

    static Normalization.Form? Form(PyUnicode form)
    {
        var f = Normalization.ParseForm(form.Value);
        if (f == null) Errors.SetString(PyExc.ValueError, "invalid normalization form");
        return f;
    }

    internal static PyObject? Normalize(PreviousVersion? old, PyUnicode form, PyUnicode input)
    {
        if (input.Length == 0) return ExactStr(input);
        var f = Form(form);
        if (f == null) return null;
        var cps = input.CodePoints();
        if (Normalization.QuickCheck(cps, input.IsAscii, f.Value, yesOnly: true, old) == Normalization.Quick.Yes)
            return ExactStr(input);
        var result = Normalization.Apply(cps, f.Value, old);
        return PyUnicode.FromCodePointsOwned(result, result.Length);
    }

    internal static PyObject? IsNormalized(PreviousVersion? old, PyUnicode form, PyUnicode input)
    {
        if (input.Length == 0) return Py.NewBool(true);
        var f = Form(form);
        if (f == null) return null;
        var cps = input.CodePoints();
        var quick = Normalization.QuickCheck(cps, input.IsAscii, f.Value, yesOnly: false, old);
        if (quick != Normalization.Quick.Maybe) return Py.NewBool(quick == Normalization.Quick.Yes);
        var result = Normalization.Apply(cps, f.Value, old);
        return Py.NewBool(result.AsSpan().SequenceEqual(cps));
    }

    /// <summary>The input itself when it is an exact str, else an exact str copy of it.</summary>
    static PyObject ExactStr(PyUnicode s) =>
        s.ob_type == PyUnicode.Type ? Py.NewRef(s) : PyUnicode.FromCodePoints(s.CodePoints());

    [PyMethod("decimal", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? DecimalFunction(UnicodeChar chr, PyObject? @default = null) => Decimal(null, chr.CodePoint, @default);

    [PyMethod("digit", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? DigitFunction(UnicodeChar chr, PyObject? @default = null) => Digit(null, chr.CodePoint, @default);

    [PyMethod("numeric", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? NumericFunction(UnicodeChar chr, PyObject? @default = null) => Numeric(null, chr.CodePoint, @default);

    [PyMethod("category", TextSignature = "($self, chr, /)")]
    static PyObject? CategoryFunction(UnicodeChar chr) => Category(null, chr.CodePoint);

    [PyMethod("bidirectional", TextSignature = "($self, chr, /)")]
    static PyObject? BidirectionalFunction(UnicodeChar chr) => Bidirectional(null, chr.CodePoint);

    [PyMethod("combining", TextSignature = "($self, chr, /)")]
    static long CombiningFunction(UnicodeChar chr) => Combining(null, chr.CodePoint);

    [PyMethod("mirrored", TextSignature = "($self, chr, /)")]
    static long MirroredFunction(UnicodeChar chr) => Mirrored(null, chr.CodePoint);

    [PyMethod("east_asian_width", TextSignature = "($self, chr, /)")]
    static PyObject? EastAsianWidthFunction(UnicodeChar chr) => EastAsianWidth(null, chr.CodePoint);

    [PyMethod("decomposition", TextSignature = "($self, chr, /)")]
    static PyObject? DecompositionFunction(UnicodeChar chr) => Decomposition(null, chr.CodePoint);

    [PyMethod("is_normalized", TextSignature = "($self, form, unistr, /)")]
    static PyObject? IsNormalizedFunction(PyUnicode form, PyUnicode unistr) => IsNormalized(null, form, unistr);

    [PyMethod("normalize", TextSignature = "($self, form, unistr, /)")]
    static PyObject? NormalizeFunction(PyUnicode form, PyUnicode unistr) => Normalize(null, form, unistr);

    [PyMethod("name", TextSignature = "($self, chr, default=<unrepresentable>, /)")]
    static PyObject? NameFunction(UnicodeChar chr, PyObject? @default = null) => Name(null, chr.CodePoint, @default);

    [PyMethod("lookup", TextSignature = "($self, name, /)")]
    static PyObject? LookupFunction(LookupName name) => Lookup(null, name.Bytes);
}
