using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `_sysconfigdata__linux_x86_64-linux-gnu`: the build-time variables `sysconfig` reads
/// (CPython generates this module from its Makefile and pyconfig.h when it is built). The
/// values describe Sharpy on 64-bit Linux: release build, GIL, no C extension modules (so no
/// extension suffix importlib would look for), no fork; install paths follow sys.prefix.
/// </summary>
[PyModule("_sysconfigdata__linux_x86_64-linux-gnu")]
public static partial class SysconfigDataModule
{
    [PyConstant("build_time_vars")]
    static PyObject BuildTimeVars
    {
        get
        {
            var d = PyDict.New();
            string prefix = Interpreter.Sys.Dict.GetItemString("prefix") is PyUnicode p ? p.Value : "";
            foreach (var (key, value) in new (string, object)[]
            {
                ("ABIFLAGS", ""), ("SOABI", "sharpy-314-x86_64-linux-gnu"), ("EXT_SUFFIX", ".sharpy-314-x86_64-linux-gnu.so"),
                ("SHLIB_SUFFIX", ".so"), ("MULTIARCH", "x86_64-linux-gnu"), ("HOST_GNU_TYPE", "x86_64-pc-linux-gnu"),
                ("MACHDEP", "linux"), ("VERSION", "3.14"), ("py_version_nodot", "314"),
                ("prefix", prefix), ("exec_prefix", prefix), ("BINDIR", prefix + "/bin"), ("LIBDIR", prefix + "/lib"),
                ("LIBDEST", prefix + "/lib/python3.14"), ("BINLIBDEST", prefix + "/lib/python3.14"),
                ("INCLUDEPY", prefix + "/include/python3.14"), ("LIBPL", prefix + "/lib/python3.14/config-3.14-x86_64-linux-gnu"),
                ("LIBRARY", "libpython3.14.a"), ("LDLIBRARY", "libpython3.14.a"),
                ("Py_DEBUG", 0), ("Py_TRACE_REFS", 0), ("Py_GIL_DISABLED", 0), ("Py_ENABLE_SHARED", 0), ("Py_HASH_ALGORITHM", 0),
                ("WITH_DOC_STRINGS", 1), ("WITH_PYMALLOC", 0), ("WITH_DTRACE", 0), ("WITH_NEXT_FRAMEWORK", 0),
                ("HAVE_FORK", 0), ("HAVE_VFORK", 0), ("HAVE_DYNAMIC_LOADING", 0), ("HAVE_GETRANDOM", 1), ("HAVE_GETRANDOM_SYSCALL", 1),
                ("HAVE_PERF_TRAMPOLINE", 0), ("WORDS_BIGENDIAN", 0),
                ("SIZEOF_SHORT", 2), ("SIZEOF_INT", 4), ("SIZEOF_LONG", 8), ("SIZEOF_LONG_LONG", 8), ("SIZEOF_VOID_P", 8),
                ("SIZEOF_SIZE_T", 8), ("SIZEOF_FLOAT", 4), ("SIZEOF_DOUBLE", 8), ("SIZEOF_WCHAR_T", 4), ("SIZEOF_TIME_T", 8),
                ("CC", "gcc"), ("CXX", "g++"), ("CFLAGS", ""), ("LDFLAGS", ""), ("LDSHARED", "gcc -shared"), ("CCSHARED", "-fPIC"),
                ("OPT", ""), ("PY_CFLAGS", ""), ("PY_CFLAGS_NODIST", ""), ("PY_CORE_CFLAGS", ""), ("CONFIG_ARGS", ""),
                ("TZPATH", "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"),
            })
            {
                PyObject v = value is string s ? PyUnicode.FromString(s) : PyLong.FromLong((int)value);
                d.SetItemString(key, v);
                Py.DECREF(v);
            }
            return d;
        }
    }
}
