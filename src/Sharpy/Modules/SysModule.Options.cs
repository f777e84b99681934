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

    /// <summary>sys.flags: the configuration's flags (make_flags).</summary>
    [PyConstant("flags")]
    static PyObject Flags
    {
        get
        {
            static PyObject I(long v) => PyLong.FromLong(v);
            static PyObject B(bool v) => PyLong.FromLong(v ? 1 : 0);
            var c = Interpreter.Config;
            var type = PyStructSequence.NewType("sys.flags", Array.ConvertAll(FlagFields, n => new StructSeqField(n)), 18, instantiable: false);
            return PyStructSequence.New(type,
                B(c.ParserDebug != 0), B(c.Inspect), B(c.Interactive), I(c.OptimizationLevel), B(!c.WriteBytecode),
                B(!c.UserSiteDirectory), B(!c.SiteImport), B(!c.UseEnvironment), I(c.Verbose), I(c.BytesWarning),
                B(c.Quiet), B(c.HashRandomization), B(c.Isolated), Py.NewBool(c.DevMode), B(Io.IoModule.Utf8Mode),
                B(c.WarnDefaultEncoding), Py.NewBool(c.SafePath), I(Interpreter.Current.IntMaxStrDigits),
                // a build with the GIL: gil is 1; the 3.14 context flags are off unless asked for
                I(1), B(c.ThreadInheritContext), B(c.ContextAwareWarnings));
        }
    }

    /// <summary>sys.warnoptions: the -W options, PYTHONWARNINGS, -X dev and -b as filters (config_init_warnoptions).</summary>
    [PyConstant("warnoptions")]
    static PyObject WarnOptions
    {
        get
        {
            var list = PyList.New();
            foreach (var w in Interpreter.Config.WarnOptions) list.AppendSteal(PyUnicode.FromString(w));
            return list;
        }
    }

    /// <summary>sys._xoptions: -X NAME=VALUE maps NAME to 'VALUE', -X NAME to True.</summary>
    [PyConstant("_xoptions")]
    static PyObject XOptions
    {
        get
        {
            var d = PyDict.New();
            foreach (var x in Interpreter.Config.XOptions)
            {
                int eq = x.IndexOf('=');
                PyObject value = eq < 0 ? Py.NewRef(PyBool.True) : PyUnicode.FromString(x[(eq + 1)..]);
                d.SetItemString(eq < 0 ? x : x[..eq], value);
                Py.DECREF(value);
            }
            return d;
        }
    }
}
