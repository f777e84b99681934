using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`None` (Objects/object.c, _Py_NoneStruct).</summary>
[PyType("NoneType")]
public sealed partial class PyNone : PyObject
{
    public static readonly PyNone None = new();
    PyNone() : base(null!) { SetImmortal(); }
}

/// <summary>`NotImplemented`.</summary>
[PyType("NotImplementedType")]
public sealed partial class PyNotImplemented : PyObject
{
    public static readonly PyNotImplemented Instance = new();
    PyNotImplemented() : base(null!) { SetImmortal(); }
}

/// <summary>`Ellipsis` (`...`).</summary>
[PyType("ellipsis")]
public sealed partial class PyEllipsis : PyObject
{
    public static readonly PyEllipsis Instance = new();
    PyEllipsis() : base(null!) { SetImmortal(); }
}
