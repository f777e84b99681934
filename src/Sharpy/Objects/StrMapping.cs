using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>Mapping lookups str and bytes need (translate tables, format kwargs, %-format mappings).</summary>
internal static class StrMapping
{
    /// <summary>
    /// mapping[key] as a new reference; an exact dict is read directly (raising KeyError when
    /// missing), anything else through its __getitem__.
    /// </summary>
    public static PyObject? GetItem(PyObject mapping, PyObject key)
    {
        if (mapping is PyDict d && mapping.ob_type == PyDict.Type)
        {
            var v = d.GetItemWithError(key);
            if (v != null) return Py.NewRef(v);
            if (!Errors.Occurred()) Errors.SetKeyError(key);
            return null;
        }
        return Abstract.GetItem(mapping, key);
    }
}
