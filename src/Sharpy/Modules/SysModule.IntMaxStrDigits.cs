using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.get_int_max_str_digits / sys.set_int_max_str_digits (Python/sysmodule.c,
// _PySys_SetIntMaxStrDigits): the interpreter's limit on non-binary int<->str conversions.
public static partial class SysModule
{
    /// <summary>Where int_max_str_digits sits in sys.flags (SYS_FLAGS_INT_MAX_STR_DIGITS).</summary>
    const int FlagsIntMaxStrDigits = 17;

    [PyMethod("get_int_max_str_digits", Doc = "Return the maximum string digits limit for non-binary int<->str conversions.")]
    static long GetIntMaxStrDigits() => Interpreter.Current.IntMaxStrDigits;

    [PyMethod("set_int_max_str_digits", Doc = "Set the maximum string digits limit for non-binary int<->str conversions.")]
    static PyObject? SetIntMaxStrDigits([Keyword] int maxdigits)
    {
        if (maxdigits != 0 && maxdigits < PyLong.MaxStrDigitsThreshold)
            return Errors.SetString(PyExc.ValueError,
                $"maxdigits must be >= {PyLong.MaxStrDigitsThreshold} or 0 for unlimited");
        // sys.flags shows the limit too; CPython rewrites that field of the flags in place.
        if (Interpreter.Sys.Dict.GetItemString("flags") is PyStructSequence flags
            && FlagsIntMaxStrDigits < flags.Items.Length)
        {
            var old = flags.Items[FlagsIntMaxStrDigits];
            flags.Items[FlagsIntMaxStrDigits] = PyLong.FromLong(maxdigits);
            Py.DECREF(old);
        }
        Interpreter.Current.IntMaxStrDigits = maxdigits;
        return Py.None;
    }
}
