using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_locale` module (Modules/_localemodule.c) on glibc: setlocale, localeconv,
/// nl_langinfo, strcoll and strxfrm are the C library's, so Lib/locale.py sees what
/// CPython sees. As CPython's start-up does, LC_CTYPE is first set from the environment
/// (a C or POSIX locale coerced to C.UTF-8, PEP 538).
/// </summary>
[PyModule("_locale")]
public static unsafe partial class LocaleModule
{
    [PyConstant] public const int LC_CTYPE = 0;
    [PyConstant] public const int LC_NUMERIC = 1;
    [PyConstant] public const int LC_TIME = 2;
    [PyConstant] public const int LC_COLLATE = 3;
    [PyConstant] public const int LC_MONETARY = 4;
    [PyConstant] public const int LC_MESSAGES = 5;
    [PyConstant] public const int LC_ALL = 6;
    [PyConstant] public const int CHAR_MAX = 127;

    // nl_item values: glibc's _NL_ITEM(category, index).
    const int Time = LC_TIME << 16, Numeric = LC_NUMERIC << 16, Ctype = LC_CTYPE << 16, Messages = LC_MESSAGES << 16, Monetary = LC_MONETARY << 16;
    [PyConstant] public const int CODESET = Ctype | 14;
    [PyConstant] public const int ABDAY_1 = Time, ABDAY_2 = Time + 1, ABDAY_3 = Time + 2, ABDAY_4 = Time + 3, ABDAY_5 = Time + 4, ABDAY_6 = Time + 5, ABDAY_7 = Time + 6;
    [PyConstant] public const int DAY_1 = Time + 7, DAY_2 = Time + 8, DAY_3 = Time + 9, DAY_4 = Time + 10, DAY_5 = Time + 11, DAY_6 = Time + 12, DAY_7 = Time + 13;
    [PyConstant] public const int ABMON_1 = Time + 14, ABMON_2 = Time + 15, ABMON_3 = Time + 16, ABMON_4 = Time + 17, ABMON_5 = Time + 18, ABMON_6 = Time + 19,
        ABMON_7 = Time + 20, ABMON_8 = Time + 21, ABMON_9 = Time + 22, ABMON_10 = Time + 23, ABMON_11 = Time + 24, ABMON_12 = Time + 25;
    [PyConstant] public const int MON_1 = Time + 26, MON_2 = Time + 27, MON_3 = Time + 28, MON_4 = Time + 29, MON_5 = Time + 30, MON_6 = Time + 31,
        MON_7 = Time + 32, MON_8 = Time + 33, MON_9 = Time + 34, MON_10 = Time + 35, MON_11 = Time + 36, MON_12 = Time + 37;
    [PyConstant] public const int AM_STR = Time + 38, PM_STR = Time + 39, D_T_FMT = Time + 40, D_FMT = Time + 41, T_FMT = Time + 42, T_FMT_AMPM = Time + 43;
    [PyConstant] public const int ERA = Time + 44, ERA_D_FMT = Time + 46, ALT_DIGITS = Time + 47, ERA_D_T_FMT = Time + 48, ERA_T_FMT = Time + 49;
    [PyConstant] public const int _DATE_FMT = Time + 0x6C;
    [PyConstant] public const int RADIXCHAR = Numeric, THOUSEP = Numeric + 1;
    [PyConstant] public const int YESEXPR = Messages, NOEXPR = Messages + 1;
    [PyConstant] public const int CRNCYSTR = Monetary + 15;

    [DllImport("libc", EntryPoint = "setlocale")]
    static extern IntPtr c_setlocale(int category, byte* locale);

    [DllImport("libc", EntryPoint = "localeconv")]
    static extern IntPtr c_localeconv();

    [DllImport("libc", EntryPoint = "nl_langinfo")]
    static extern IntPtr c_nl_langinfo(int item);

    [DllImport("libc", EntryPoint = "wcscoll")]
    static extern int c_wcscoll(int* a, int* b);

    [DllImport("libc", EntryPoint = "wcsxfrm")]
    static extern nuint c_wcsxfrm(int* dest, int* src, nuint n);

    static readonly object s_startLock = new();
    static bool s_started;

    static int InitModule(PyModule m)
    {
        // CPython's start-up: LC_CTYPE from the environment, C/POSIX coerced to C.UTF-8.
        lock (s_startLock)
        {
            if (!s_started)
            {
                s_started = true;
                var ctype = SetLocale(LC_CTYPE, "");
                if (ctype is null or "C" or "POSIX") SetLocale(LC_CTYPE, "C.UTF-8");
            }
        }
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString("locale"));
        var name = PyUnicode.FromString("Error");
        var bases = PyTuple.Pack(PyExc.Exception);
        var error = ClassBuilder.NewHeapType(PyType.Type, name, bases, dict);
        Py.DECREF(name);
        Py.DECREF(bases);
        Py.DECREF(dict);
        return m.Add("Error", error);
    }

    static PyObject? RaiseError(PyModule module, string message)
    {
        if (module.Dict.GetItemString("Error") is PyType error) return Errors.SetString(error, message);
        return Errors.SetString(PyExc.RuntimeError, message);
    }

    /// <summary>
    /// Start-up's LC_CTYPE (_Py_SetLocaleFromEnv): the locale the environment names, as CPython
    /// sets it before anything decodes text; the name of the locale in force after ("C" when
    /// the environment names none or one this system lacks).
    /// </summary>
    internal static string SetCtypeFromEnvironment() => SetLocale(LC_CTYPE, "") ?? SetLocale(LC_CTYPE, null) ?? "C";

    /// <summary>nl_langinfo(CODESET) of the current LC_CTYPE locale ("UTF-8", "ANSI_X3.4-1968", ...).</summary>
    internal static string Codeset() => Marshal.PtrToStringUTF8(c_nl_langinfo(CODESET)) ?? "";

    /// <summary>setlocale(3): the locale's name, or null when the C library refused.</summary>
    static string? SetLocale(int category, string? locale)
    {
        IntPtr r;
        if (locale == null) r = c_setlocale(category, null);
        else
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(locale + "\0");
            fixed (byte* p = bytes) r = c_setlocale(category, p);
        }
        return r == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(r);
    }

    /// <summary>Text from the C library, decoded as CPython's PyUnicode_DecodeLocale (UTF-8, surrogateescape).</summary>
    static PyObject? FromC(IntPtr s)
    {
        if (s == IntPtr.Zero) return Py.NewRef(PyUnicode.Empty);
        var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)s);
        return Sharpy.Modules.Codecs.Utf8Codec.Decode(span, null, "surrogateescape", true, out _);
    }

    [PyMethod("setlocale")]
    static PyObject? Setlocale(PyModule module, int category, PyObject? locale = null)
    {
        string? name = null;
        if (locale != null && locale != Py.None)
        {
            if (locale is not PyUnicode s)
                return Errors.SetString(PyExc.TypeError, $"setlocale() argument 2 must be str or None, not {locale.ob_type.tp_name}");
            if (s.Value.Contains('\0')) return Errors.SetString(PyExc.ValueError, "embedded null character");
            name = s.Value;
        }
        var r = SetLocale(category, name);
        if (r == null) return RaiseError(module, name == null ? "locale query failed" : "unsupported locale setting");
        return PyUnicode.FromString(r);
    }

    /// <summary>glibc's struct lconv.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct Lconv
    {
        public IntPtr decimal_point, thousands_sep, grouping, int_curr_symbol, currency_symbol,
            mon_decimal_point, mon_thousands_sep, mon_grouping, positive_sign, negative_sign;
        public sbyte int_frac_digits, frac_digits, p_cs_precedes, p_sep_by_space, n_cs_precedes, n_sep_by_space, p_sign_posn, n_sign_posn;
    }

    /// <summary>copy_grouping: the group sizes up to and including the 0 or CHAR_MAX that ends them; [] for none.</summary>
    static PyObject Grouping(IntPtr g)
    {
        var list = PyList.New();
        if (g == IntPtr.Zero) return list;
        var s = (sbyte*)g;
        if (s[0] == 0) return list;
        for (int i = 0; ; i++)
        {
            list.AppendSteal(PyLong.FromLong(s[i]));
            if (s[i] == 0 || s[i] == CHAR_MAX) break;
        }
        return list;
    }

    [PyMethod("localeconv")]
    static PyObject? Localeconv()
    {
        var lc = Marshal.PtrToStructure<Lconv>(c_localeconv());
        var d = PyDict.New();
        bool ok = true;
        void Str(string key, IntPtr v)
        {
            var s = FromC(v);
            if (s == null) { ok = false; return; }
            d.SetItemStringSteal(key, s);
        }
        void Int(string key, sbyte v) => d.SetItemStringSteal(key, PyLong.FromLong(v));
        Str("int_curr_symbol", lc.int_curr_symbol);
        Str("currency_symbol", lc.currency_symbol);
        Str("mon_decimal_point", lc.mon_decimal_point);
        Str("mon_thousands_sep", lc.mon_thousands_sep);
        d.SetItemStringSteal("mon_grouping", Grouping(lc.mon_grouping));
        Str("positive_sign", lc.positive_sign);
        Str("negative_sign", lc.negative_sign);
        Int("int_frac_digits", lc.int_frac_digits);
        Int("frac_digits", lc.frac_digits);
        Int("p_cs_precedes", lc.p_cs_precedes);
        Int("p_sep_by_space", lc.p_sep_by_space);
        Int("n_cs_precedes", lc.n_cs_precedes);
        Int("n_sep_by_space", lc.n_sep_by_space);
        Int("p_sign_posn", lc.p_sign_posn);
        Int("n_sign_posn", lc.n_sign_posn);
        Str("decimal_point", lc.decimal_point);
        Str("thousands_sep", lc.thousands_sep);
        d.SetItemStringSteal("grouping", Grouping(lc.grouping));
        if (ok) return d;
        Py.DECREF(d);
        return null;
    }

    static readonly int[] s_langinfoItems =
    [
        CODESET, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, AM_STR, PM_STR,
        DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7, ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7,
        MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12,
        ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11, ABMON_12,
        RADIXCHAR, THOUSEP, YESEXPR, NOEXPR, CRNCYSTR, ERA, ERA_D_T_FMT, ERA_D_FMT, ERA_T_FMT, ALT_DIGITS, _DATE_FMT,
    ];

    [PyMethod("nl_langinfo")]
    static PyObject? NlLanginfo(int key)
    {
        if (Array.IndexOf(s_langinfoItems, key) < 0) return Errors.SetString(PyExc.ValueError, "unsupported langinfo constant");
        return FromC(c_nl_langinfo(key));
    }

    [PyMethod("getencoding")]
    static PyObject? Getencoding()
    {
        var codeset = Codeset();
        // CPython's UTF-8 mode (on in a C or POSIX locale) makes this "UTF-8".
        return PyUnicode.FromString(string.IsNullOrEmpty(codeset) || codeset == "ANSI_X3.4-1968" ? "UTF-8" : codeset);
    }

    /// <summary>A str as a NUL-terminated wchar_t string (UTF-32 on Linux); null with ValueError for an embedded NUL.</summary>
    static int[]? WideString(PyUnicode s)
    {
        var w = new int[s.Length + 1];
        for (int i = 0; i < s.Length; i++)
        {
            w[i] = s[i];
            if (w[i] == 0)
            {
                Errors.SetString(PyExc.ValueError, "embedded null character");
                return null;
            }
        }
        return w;
    }

    [PyMethod("strcoll")]
    static PyObject? Strcoll(PyUnicode os1, PyUnicode os2)
    {
        var a = WideString(os1);
        if (a == null) return null;
        var b = WideString(os2);
        if (b == null) return null;
        fixed (int* pa = a)
        fixed (int* pb = b)
            return PyLong.FromLong(c_wcscoll(pa, pb));
    }

    [PyMethod("strxfrm")]
    static PyObject? Strxfrm(PyUnicode @string)
    {
        var src = WideString(@string);
        if (src == null) return null;
        fixed (int* ps = src)
        {
            nuint n = c_wcsxfrm(null, ps, 0);
            var dest = new int[(int)n + 1];
            fixed (int* pd = dest) c_wcsxfrm(pd, ps, (nuint)dest.Length);
            return PyUnicode.FromCodePoints(dest.AsSpan(0, (int)n));
        }
    }
}
