using System.Numerics;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`complex` (Objects/complexobject.c).</summary>
[PyType("complex", BaseType = true)]
public partial class PyComplex : PyObject
{
    public readonly Complex Value;

    public PyComplex(PyType type, Complex value) : base(type) { Value = value; }

    public static PyComplex FromComplex(Complex z) => new(Type, z);
}
