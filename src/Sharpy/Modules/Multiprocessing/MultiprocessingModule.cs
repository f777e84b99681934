using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Multiprocessing;

/// <summary>
/// The `_multiprocessing` module (Modules/_multiprocessing/multiprocessing.c) on Linux:
/// SemLock, sem_unlink and the flags multiprocessing.synchronize reads.
/// </summary>
[PyModule("_multiprocessing")]
public static unsafe partial class MultiprocessingModule
{
    [PyConstant("SemLock")] static PyObject SemLockType => Py.NewRef(SemLock.Type);

    [PyConstant("flags")]
    static PyObject Flags
    {
        get
        {
            var d = PyDict.New();
            d.SetItemStringSteal("HAVE_SEM_OPEN", PyLong.FromLong(1));
            d.SetItemStringSteal("HAVE_SEM_TIMEDWAIT", PyLong.FromLong(1));
            return d;
        }
    }

    static int InitModule(PyModule m)
    {
        // A heap type made from a spec, in CPython: its dict names its module; SEM_VALUE_MAX is
        // Linux's (INT_MAX).
        SemLock.Type.tp_dict.SetItemString("__module__", PyUnicode.Intern("_multiprocessing"));
        var max = PyLong.FromLong(int.MaxValue);
        SemLock.Type.tp_dict.SetItemString("SEM_VALUE_MAX", max);
        Py.DECREF(max);
        return 0;
    }

    [PyMethod("sem_unlink", TextSignature = "($module, name, /)")]
    static PyObject? SemUnlink(string name)
    {
        var cname = SemLock.CName(name);
        if (cname == null) return null;
        int r;
        fixed (byte* p = cname) r = SemLock.sem_unlink(p);
        return r < 0 ? Errors.SetFromErrno(Marshal.GetLastPInvokeError()) : Py.None;
    }
}
