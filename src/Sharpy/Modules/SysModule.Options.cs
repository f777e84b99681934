using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// The command-line options as sys shows them: sys.flags (Python/sysmodule.c: flags_fields,
// make_flags), sys.warnoptions, sys._xoptions.
public static partial class SysModule
{
    static readonly string[] FlagFields =
    [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
        // Attributes only, past n_sequence_fields (3.13's gil, 3.14's context flags).
        "gil", "thread_inherit_context", "context_aware_warnings",
    ];

    /// <summary>The command-line flags of a plain `sharpy FILE` run (the launcher's options are not passed down yet).</summary>
    [PyConstant("flags")]
    static PyObject Flags
    {
        get
        {
            static PyObject I(long v) => PyLong.FromLong(v);
            bool fixedHash = Environment.GetEnvironmentVariable("PYTHONHASHSEED") == "0";
            var type = PyStructSequence.NewType("sys.flags", Array.ConvertAll(FlagFields, n => new StructSeqField(n)), 18, instantiable: false);
            return PyStructSequence.New(type,
                I(0), I(0), I(0), I(0), I(DontWriteBytecode ? 1 : 0), I(0), I(0),
                I(0), I(0), I(0), I(0), I(fixedHash ? 0 : 1), I(0),
                Py.NewRef(PyBool.False), I(0), I(0), Py.NewRef(PyBool.False), I(Interpreter.Current.IntMaxStrDigits),
                I(1), I(0), I(0));
        }
    }

    /// <summary>The -W options (none are passed down from the launcher yet).</summary>
    [PyConstant("warnoptions")] static PyObject WarnOptions => PyList.New();

    /// <summary>The -X options; the launcher fills it from the command line.</summary>
    [PyConstant("_xoptions")] static PyObject XOptions => PyDict.New();
}
