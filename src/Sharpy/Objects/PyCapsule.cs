using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `PyCapsule` (Objects/capsule.c): an opaque value handed from one builtin module to
/// another through a module attribute (types.CapsuleType). Python code cannot make one.
/// </summary>
[PyType("PyCapsule", Doc = "Capsule objects let you wrap a C \"void *\" pointer in a Python\nobject.  They're a way of passing data through the Python interpreter\nwithout creating your own custom type.\n\nCapsules are used for communication between extension modules.\nThey provide a way for an extension module to export a C interface\nto other extension modules, so that extension modules can use the\nPython import mechanism to link to one another.\n")]
public sealed partial class PyCapsule : PyObject
{
    /// <summary>The capsule's name ("module.attribute" by convention), or null.</summary>
    public readonly string? Name;
    /// <summary>What the capsule carries.</summary>
    public readonly object Pointer;

    public PyCapsule(object pointer, string? name) : base(Type)
    {
        Pointer = pointer;
        Name = name;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var c = (PyCapsule)o;
        string name = c.Name == null ? "NULL" : $"\"{c.Name}\"";
        return PyUnicode.FromString($"<capsule object {name} at 0x{Interpreter.IdOf(c):x}>");
    }
}
