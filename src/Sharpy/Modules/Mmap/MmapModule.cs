using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Mmap;

/// <summary>The `mmap` module (Modules/mmapmodule.c) on Linux x86-64: the mmap type and its constants.</summary>
[PyModule("mmap")]
public static partial class MmapModule
{
    [PyConstant("mmap")] static PyObject MmapType => Py.NewRef(MmapObject.Type);
    /// <summary>mmap.error is OSError, as CPython's.</summary>
    [PyConstant("error")] static PyObject Error => Py.NewRef(PyExc.OSError);

    [PyConstant] public const int PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    [PyConstant] public const int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANON = 0x20, MAP_ANONYMOUS = 0x20,
        MAP_DENYWRITE = 0x800, MAP_EXECUTABLE = 0x1000, MAP_NORESERVE = 0x4000, MAP_POPULATE = 0x8000, MAP_STACK = 0x20000;
    [PyConstant] public const int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
    [PyConstant] public const int MADV_NORMAL = 0, MADV_RANDOM = 1, MADV_SEQUENTIAL = 2, MADV_WILLNEED = 3,
        MADV_DONTNEED = 4, MADV_FREE = 8, MADV_REMOVE = 9, MADV_DONTFORK = 10, MADV_DOFORK = 11, MADV_MERGEABLE = 12,
        MADV_UNMERGEABLE = 13, MADV_HUGEPAGE = 14, MADV_NOHUGEPAGE = 15, MADV_DONTDUMP = 16, MADV_DODUMP = 17,
        MADV_HWPOISON = 100, MADV_SOFT_OFFLINE = 101;
    [PyConstant] public static readonly int PAGESIZE = System.Environment.SystemPageSize;
    [PyConstant] public static readonly int ALLOCATIONGRANULARITY = System.Environment.SystemPageSize;
}
