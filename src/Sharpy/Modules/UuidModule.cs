using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_uuid` module (Modules/_uuidmodule.c): uuid_generate_time_safe from the system
/// libuuid (util-linux's libuuid.so.1, as CPython's Linux builds link it). Without that
/// library the import fails, and uuid.py falls back to its pure-Python generator, as it
/// does under a CPython built without libuuid.
/// </summary>
[PyModule("_uuid")]
public static unsafe partial class UuidModule
{
    static delegate* unmanaged<byte*, int> s_generateTimeSafe;

    [PyConstant] public const int has_uuid_generate_time_safe = 1;

    static int InitModule(PyModule m)
    {
        if (s_generateTimeSafe == null)
        {
            if (!NativeLibrary.TryLoad("libuuid.so.1", out var lib)
                || !NativeLibrary.TryGetExport(lib, "uuid_generate_time_safe", out var fn))
            {
                Errors.SetString(PyExc.ImportError, "libuuid.so.1: cannot open shared object file");
                return -1;
            }
            s_generateTimeSafe = (delegate* unmanaged<byte*, int>)fn;
        }
        // CPython's configure defines HAVE_UUID_GENERATE_TIME_SAFE_STABLE_MAC when two
        // processes get the same node from libuuid. libuuid's node is the host's MAC address
        // when it finds one, else random per process with the multicast bit set.
        byte* uuid = stackalloc byte[16];
        s_generateTimeSafe(uuid);
        return m.Add("has_stable_extractable_node", PyLong.FromLong((uuid[10] & 0x01) == 0 ? 1 : 0));
    }

    /// <summary>py_uuid_generate_time_safe: (the 16 bytes, libuuid's 0 for safe or -1 for unsafe).</summary>
    [PyMethod("generate_time_safe", TextSignature = "")]
    static PyObject? GenerateTimeSafe()
    {
        byte* uuid = stackalloc byte[16];
        int res = s_generateTimeSafe(uuid);
        return PyTuple.FromStolen([PyBytes.FromSpan(new ReadOnlySpan<byte>(uuid, 16)), PyLong.FromLong(res)]);
    }
}
