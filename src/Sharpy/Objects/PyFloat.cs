using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`float` (Objects/floatobject.c).</summary>
[PyType("float", BaseType = true)]
public partial class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(PyType type, double value) : base(type) { Value = value; }

    public static PyFloat FromDouble(double v) => new(Type, v);
}
