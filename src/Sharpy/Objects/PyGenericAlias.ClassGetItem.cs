using Sharpy.Runtime;

namespace Sharpy.Objects;

// `__class_getitem__ = Py_GenericAlias` of the builtin generic types (PEP 585): list[int] and the like.

public partial class PyList
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyDict
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyTuple
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PySet
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyFrozenSet
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public sealed partial class PyEnumerate
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyBaseExceptionGroup
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyGen
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyCoro
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyAsyncGen
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyMemoryView
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyStaticMethod
{
    [PyMethod("__class_getitem__", Class = true)]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyClassMethod
{
    [PyMethod("__class_getitem__", Class = true)]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyTemplate
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}

public partial class PyWeakReference
{
    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject @object) => PyGenericAlias.New(cls, @object);
}
