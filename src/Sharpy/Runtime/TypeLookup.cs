using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>_PyType_Lookup: find a name along a type's MRO (borrowed result, never raises).</summary>
public static class TypeLookup
{
    public static PyObject? Lookup(PyType type, PyObject name)
    {
        var mro = type.tp_mro;
        if (mro == null) return type.tp_dict?.GetItemString((PyUnicode)name);
        // Held for the walk: comparing a non-str key of some class's dict may run code that
        // assigns __bases__, replacing (and freeing) the MRO (find_name_in_mro does the same).
        Py.INCREF(mro);
        var items = mro.Items;
        PyObject? found = null;
        for (int i = 0; i < items.Length && found == null; i++)
            found = ((PyType)items[i]).tp_dict.GetItemString((PyUnicode)name);
        Py.DECREF(mro);
        return found;
    }

    public static PyObject? Lookup(PyType type, string name) => Lookup(type, PyUnicode.Intern(name));
}
