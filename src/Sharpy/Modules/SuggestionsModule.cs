using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_suggestions` module (Modules/_suggestions.c): traceback's "Did you mean" helper,
/// the same Levenshtein choice as the interpreter's own suggestions.
/// </summary>
[PyModule("_suggestions")]
public static partial class SuggestionsModule
{
    /// <summary>_generate_suggestions(candidates, item, /): the candidate closest to item, or None.</summary>
    [PyMethod("_generate_suggestions")]
    static PyObject? GenerateSuggestions(PyObject candidates, PyUnicode item)
    {
        if (candidates.ob_type != PyList.Type)
            return Errors.SetString(PyExc.TypeError, "candidates must be a list");
        var list = (PyList)candidates;
        var names = new string[list.Count];
        for (int i = 0; i < names.Length; i++)
        {
            if (list.Items[i] is not PyUnicode u)
                return Errors.SetString(PyExc.TypeError, "all elements in 'candidates' must be strings");
            names[i] = u.Value;
        }
        var best = Suggestions.Calculate(names, item.Value);
        return best == null ? Py.None : PyUnicode.FromString(best);
    }
}
