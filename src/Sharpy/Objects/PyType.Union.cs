using Sharpy.Runtime;

namespace Sharpy.Objects;

// type.__or__ / __ror__ (type_or): `int | str` makes a typing.Union.
public sealed partial class PyType
{
    [PySlot("nb_or")]
    static PyObject? TypeOr(PyObject a, PyObject b) => PyUnion.TypeOr(a, b);
}
