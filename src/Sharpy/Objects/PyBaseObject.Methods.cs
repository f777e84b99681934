using Sharpy.Runtime;

namespace Sharpy.Objects;

// object's methods and getsets (Objects/typeobject.c: object_methods, object_getsets).
public partial class PyBaseObject
{
    [PyMethod("__init_subclass__", Class = true,
        Doc = "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n")]
    static PyObject? InitSubclass(PyType cls) => Py.None;

    [PyMethod("__format__", Doc = "Default object formatter.\n\nReturn str(self) if format_spec is empty. Raise TypeError otherwise.")]
    static PyObject? Format(PyObject self, PyUnicode format_spec)
    {
        if (format_spec.Value.Length != 0)
            return Errors.SetString(PyExc.TypeError, $"unsupported format string passed to {self.ob_type.tp_name}.__format__");
        return Abstract.Str(self);
    }

    /// <summary>object.__sizeof__: tp_basicsize, plus tp_itemsize per item of a variable-size instance, as 64-bit CPython lays it out.</summary>
    [PyMethod("__sizeof__", Doc = "Size of object in memory, in bytes.")]
    static long SizeOf(PyObject self)
    {
        long itemSize = TypeSizes.ItemSize(self.ob_type);
        long items = itemSize == 0 ? 0 : self switch
        {
            PyTuple t => t.Items.Length,
            PyBytes b => b.Value.Length,
            PyLong n => PyLong.DigitCount(n),
            _ => 0,
        };
        return TypeSizes.BasicSize(self.ob_type) + itemSize * items;
    }

    [PyGetter("__class__", Doc = "the object's class")]
    static PyObject? GetClass(PyObject self) => Py.NewRef(self.ob_type);

    [PySetter("__class__")]
    static int SetClass(PyObject self, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "can't delete __class__ attribute");
            return -1;
        }
        if (value is not PyType newType)
        {
            Errors.SetString(PyExc.TypeError, $"__class__ must be set to a class, not '{value.ob_type.tp_name}' object");
            return -1;
        }
        var oldType = self.ob_type;
        if (!(Abstract.IsSubtype(newType, PyModule.Type) && Abstract.IsSubtype(oldType, PyModule.Type))
            && (newType.IsImmutable || oldType.IsImmutable))
        {
            Errors.SetString(PyExc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            return -1;
        }
        if (!PyType.CompatibleForAssignment(oldType, newType, "__class__")) return -1;
        // The inline values are indexed by the old class's keys.
        if (self is PyInstance { Values: not null } i) i.MaterializeDict();
        Py.INCREF(newType);
        self.ob_type = newType;
        Py.DECREF(oldType);
        return 0;
    }
}
