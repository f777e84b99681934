using System;
using Sharpy.Runtime;
using static Sharpy.Objects.UnicodeData;

namespace Sharpy.Objects;

// Case mappings and character-class predicates (unicodeobject.c do_upper/do_lower/do_title...,
// unicode_isalpha ...). Full mappings (ß -> SS) and the final-sigma rule, as CPython.
public partial class PyUnicode
{
    [PyMethod("upper")]
    public static PyObject? Upper(PyUnicode self)
    {
        if (self.IsAscii) return FromSimple(AsciiMap(self.Value, upper: true));
        var w = new UnicodeWriter(self.Length);
        for (int i = 0; i < self.Length; i++) AppendCase(w, self[i], CaseKind.Upper);
        return w.Finish();
    }

    [PyMethod("lower")]
    public static PyObject? Lower(PyUnicode self)
    {
        if (self.IsAscii) return FromSimple(AsciiMap(self.Value, upper: false));
        var w = new UnicodeWriter(self.Length);
        for (int i = 0; i < self.Length; i++) AppendLower(w, self, i);
        return w.Finish();
    }

    [PyMethod("casefold")]
    public static PyObject? CaseFold(PyUnicode self)
    {
        if (self.IsAscii) return FromSimple(AsciiMap(self.Value, upper: false));
        var w = new UnicodeWriter(self.Length);
        for (int i = 0; i < self.Length; i++) AppendCase(w, self[i], CaseKind.Fold);
        return w.Finish();
    }

    [PyMethod("swapcase")]
    public static PyObject? SwapCase(PyUnicode self)
    {
        var w = new UnicodeWriter(self.Length);
        for (int i = 0; i < self.Length; i++)
        {
            int c = self[i];
            int f = Flags(c);
            if ((f & UnicodeData.Upper) != 0) AppendLower(w, self, i);
            else if ((f & UnicodeData.Lower) != 0) AppendCase(w, c, CaseKind.Upper);
            else w.AppendCodePoint(c);
        }
        return w.Finish();
    }

    [PyMethod("capitalize")]
    public static PyObject? Capitalize(PyUnicode self)
    {
        int n = self.Length;
        if (n == 0) return ExactCopy(self);
        var w = new UnicodeWriter(n);
        AppendCase(w, self[0], CaseKind.Title);
        for (int i = 1; i < n; i++) AppendLower(w, self, i);
        return w.Finish();
    }

    [PyMethod("title")]
    public static PyObject? TitleCase(PyUnicode self)
    {
        int n = self.Length;
        var w = new UnicodeWriter(n);
        bool previousCased = false;
        for (int i = 0; i < n; i++)
        {
            int c = self[i];
            if (previousCased) AppendLower(w, self, i);
            else AppendCase(w, c, CaseKind.Title);
            previousCased = Has(c, Cased);
        }
        return w.Finish();
    }

    static string AsciiMap(string s, bool upper)
    {
        return upper ? s.ToUpperInvariant() : s.ToLowerInvariant();
    }

    /// <summary>lower_ucs4: the full lowercase of s[i], with Greek capital sigma's final form.</summary>
    static void AppendLower(UnicodeWriter w, PyUnicode s, int i)
    {
        int c = s[i];
        if (c == 0x3A3) { w.AppendCodePoint(FinalSigma(s, i) ? 0x3C2 : 0x3C3); return; }
        AppendCase(w, c, CaseKind.Lower);
    }

    static bool FinalSigma(PyUnicode s, int i)
    {
        int j = i - 1;
        int c = 0;
        while (j >= 0)
        {
            c = s[j];
            if (!Has(c, CaseIgnorable)) break;
            j--;
        }
        bool final = j >= 0 && Has(c, Cased);
        if (final)
        {
            j = i + 1;
            int n = s.Length;
            while (j < n)
            {
                c = s[j];
                if (!Has(c, CaseIgnorable)) break;
                j++;
            }
            final = j == n || !Has(c, Cased);
        }
        return final;
    }

    // ---- predicates ----

    static PyObject AllHave(PyUnicode self, int mask)
    {
        int n = self.Length;
        if (n == 0) return Py.False;
        for (int i = 0; i < n; i++) if ((Flags(self[i]) & mask) == 0) return Py.False;
        return Py.True;
    }

    [PyMethod("isalpha")] public static PyObject? IsAlpha(PyUnicode self) => AllHave(self, UnicodeData.Alpha);
    [PyMethod("isdecimal")] public static PyObject? IsDecimal(PyUnicode self) => AllHave(self, UnicodeData.Decimal);
    [PyMethod("isdigit")] public static PyObject? IsDigit(PyUnicode self) => AllHave(self, UnicodeData.Digit);
    [PyMethod("isnumeric")] public static PyObject? IsNumeric(PyUnicode self) => AllHave(self, UnicodeData.Numeric);
    [PyMethod("isspace")] public static PyObject? IsSpace(PyUnicode self) => AllHave(self, UnicodeData.Space);
    [PyMethod("isalnum")]
    public static PyObject? IsAlnum(PyUnicode self) =>
        AllHave(self, UnicodeData.Alpha | UnicodeData.Decimal | UnicodeData.Digit | UnicodeData.Numeric);

    [PyMethod("isprintable")]
    public static PyObject? IsPrintable(PyUnicode self)
    {
        for (int i = 0; i < self.Length; i++) if (!UnicodeData.IsPrintable(self[i])) return Py.False;
        return Py.True;
    }

    [PyMethod("isascii")]
    public static PyObject? IsAsciiMethod(PyUnicode self) => Py.NewBool(self.IsAscii);

    [PyMethod("isidentifier")]
    public static PyObject? IsIdentifier(PyUnicode self) => Py.NewBool(IsIdentifierValue(self));

    /// <summary>str.isidentifier: XID_Start (or '_') then XID_Continue.</summary>
    public static bool IsIdentifierValue(PyUnicode self)
    {
        int n = self.Length;
        if (n == 0) return false;
        if (!Has(self[0], XidStart)) return false;
        for (int i = 1; i < n; i++) if (!Has(self[i], XidContinue)) return false;
        return true;
    }

    [PyMethod("isupper")]
    public static PyObject? IsUpper(PyUnicode self)
    {
        bool cased = false;
        for (int i = 0; i < self.Length; i++)
        {
            int f = Flags(self[i]);
            if ((f & (UnicodeData.Lower | UnicodeData.Title)) != 0) return Py.False;
            if ((f & UnicodeData.Upper) != 0) cased = true;
        }
        return Py.NewBool(cased);
    }

    [PyMethod("islower")]
    public static PyObject? IsLower(PyUnicode self)
    {
        bool cased = false;
        for (int i = 0; i < self.Length; i++)
        {
            int f = Flags(self[i]);
            if ((f & (UnicodeData.Upper | UnicodeData.Title)) != 0) return Py.False;
            if ((f & UnicodeData.Lower) != 0) cased = true;
        }
        return Py.NewBool(cased);
    }

    [PyMethod("istitle")]
    public static PyObject? IsTitle(PyUnicode self)
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < self.Length; i++)
        {
            int f = Flags(self[i]);
            if ((f & (UnicodeData.Upper | UnicodeData.Title)) != 0)
            {
                if (previousCased) return Py.False;
                previousCased = cased = true;
            }
            else if ((f & UnicodeData.Lower) != 0)
            {
                if (!previousCased) return Py.False;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return Py.NewBool(cased);
    }
}
