using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.float_info, sys.int_info, sys.hash_info, sys.thread_info (Objects/floatobject.c,
// longobject.c, Python/sysmodule.c, Python/thread.c): what the numbers and threads are
// made of, as on 64-bit Linux CPython.
public static partial class SysModule
{
    [PyConstant("float_info")]
    static PyObject FloatInfo
    {
        get
        {
            var type = PyStructSequence.NewType("sys.float_info", [new("max"), new("max_exp"), new("max_10_exp"), new("min"),
                new("min_exp"), new("min_10_exp"), new("dig"), new("mant_dig"), new("epsilon"), new("radix"), new("rounds")], instantiable: false);
            return PyStructSequence.New(type, PyFloat.FromDouble(double.MaxValue), PyLong.FromLong(1024), PyLong.FromLong(308),
                PyFloat.FromDouble(2.2250738585072014e-308), PyLong.FromLong(-1021), PyLong.FromLong(-307), PyLong.FromLong(15),
                PyLong.FromLong(53), PyFloat.FromDouble(double.BitIncrement(1.0) - 1.0), PyLong.FromLong(2), PyLong.FromLong(1));
        }
    }

    [PyConstant("int_info")]
    static PyObject IntInfo
    {
        get
        {
            var type = PyStructSequence.NewType("sys.int_info", [new("bits_per_digit"), new("sizeof_digit"),
                new("default_max_str_digits"), new("str_digits_check_threshold")], instantiable: false);
            return PyStructSequence.New(type, PyLong.FromLong(30), PyLong.FromLong(4), PyLong.FromLong(4300), PyLong.FromLong(640));
        }
    }

    /// <summary>The numeric hash of Objects/object.c: modulus 2**61 - 1; str and bytes hash with SipHash-1-3.</summary>
    [PyConstant("hash_info")]
    static PyObject HashInfo
    {
        get
        {
            var type = PyStructSequence.NewType("sys.hash_info", [new("width"), new("modulus"), new("inf"), new("nan"), new("imag"),
                new("algorithm"), new("hash_bits"), new("seed_bits"), new("cutoff")], instantiable: false);
            return PyStructSequence.New(type, PyLong.FromLong(64), PyLong.FromLong((1L << 61) - 1), PyLong.FromLong(314159),
                PyLong.FromLong(0), PyLong.FromLong(1000003), PyUnicode.FromString("siphash13"), PyLong.FromLong(64),
                PyLong.FromLong(128), PyLong.FromLong(0));
        }
    }

    /// <summary>Threads are .NET threads over pthreads; locks are .NET monitors (a mutex and a condition).</summary>
    [PyConstant("thread_info")]
    static PyObject ThreadInfo
    {
        get
        {
            var type = PyStructSequence.NewType("sys.thread_info", [new("name"), new("lock"), new("version")], instantiable: false);
            return PyStructSequence.New(type, PyUnicode.FromString("pthread"), PyUnicode.FromString("mutex+cond"), Py.None);
        }
    }
}
