using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`bytes` (Objects/bytesobject.c).</summary>
[PyType("bytes", BaseType = true)]
public partial class PyBytes : PyObject
{
    public readonly byte[] Value;

    public PyBytes(PyType type, byte[] value) : base(type) { Value = value; }

    public static PyBytes FromBytes(byte[] b) => new(Type, b);
}
