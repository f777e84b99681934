using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>The helpers _pickle.c's error paths share: %T names, notes, chained exceptions and the C recursion guard.</summary>
internal static class PickleErrors
{
    /// <summary>%T: a type's fully qualified name, without the module for builtins and __main__.</summary>
    public static string TypeName(PyObject o)
    {
        var t = o.ob_type;
        var module = TypeAttrs.ModuleName(t);
        var qual = TypeAttrs.QualName(t);
        return module == null || module == "builtins" || module == "__main__" ? qual : module + "." + qual;
    }

    /// <summary>%R for a message: the repr, or null with the repr's exception set.</summary>
    public static string? Repr(PyObject o) => Abstract.ReprString(o);

    /// <summary>%S for a message.</summary>
    public static string? Str(PyObject o)
    {
        var s = Abstract.Str(o);
        if (s == null) return null;
        var r = ((PyUnicode)s).Value;
        Py.DECREF(s);
        return r;
    }

    /// <summary>_PyErr_FormatNote: add a note to the exception being raised.</summary>
    public static void AddNote(string note)
    {
        if (Errors.OccurredException() is not PyBaseException exc) return;
        var n = PyUnicode.FromString(note);
        ExceptionNotes.Add(exc, n);
        Py.DECREF(n);
    }

    /// <summary>Raise <paramref name="type"/>(message) with the current exception as its context.</summary>
    public static void Replace(PyType type, string message)
    {
        var cause = Errors.GetRaisedException();
        Errors.SetString(type, message);
        Errors.ChainExceptions(cause);
    }

    /// <summary>_Py_EnterRecursiveCall(" while pickling an object"); the caller decrements CRecursionDepth after.</summary>
    public static bool EnterRecursiveCall(string where)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
            return false;
        }
        return true;
    }

    public static void LeaveRecursiveCall() => ThreadState.Current.CRecursionDepth--;
}
