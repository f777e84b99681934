using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Compression;

/// <summary>Py_SETREF for a decompressor's bytes fields (unused_data, unconsumed_tail), which are never null.</summary>
internal static class BytesField
{
    public static void Set(ref PyBytes field, PyBytes value)
    {
        var old = field;
        field = value;
        Py.DECREF(old);
    }
}
