using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>_PyType_Lookup: find a name along a type's MRO (borrowed result, never raises).</summary>
public static class TypeLookup
{
    public static PyObject? Lookup(PyType type, PyObject name)
    {
        var mro = type.tp_mro;
        if (mro == null) return type.tp_dict?.GetItemString((PyUnicode)name);
        var items = mro.Items;
        for (int i = 0; i < items.Length; i++)
        {
            var v = ((PyType)items[i]).tp_dict.GetItemString((PyUnicode)name);
            if (v != null) return v;
        }
        return null;
    }

    public static PyObject? Lookup(PyType type, string name) => Lookup(type, PyUnicode.Intern(name));
}
