using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>BaseException.add_note (PEP 678): notes are the list in the `__notes__` attribute.</summary>
public static class ExceptionNotes
{
    static readonly PyUnicode s_notes = PyUnicode.Intern("__notes__");

    /// <summary>
    /// _PyException_AddNote: append <paramref name="note"/>; -1 with an exception set on
    /// failure. An exception being raised (often <paramref name="exc"/> itself, as in
    /// _PyErr_FormatNote) is set aside meanwhile and stays raised.
    /// </summary>
    public static int Add(PyBaseException exc, PyObject note)
    {
        var pending = Errors.GetRaisedException();
        if (pending == null) return AddNote(exc, note);
        int r = AddNote(exc, note);
        Errors.SetRaisedException(pending);
        return r < 0 ? -1 : 0;
    }

    static int AddNote(PyBaseException exc, PyObject note)
    {
        if (Abstract.LookupAttr(exc, s_notes, out var notes) < 0) return -1;
        if (notes == null)
        {
            var list = PyList.New();
            int r = Abstract.SetAttr(exc, s_notes, list);
            if (r == 0) list.Append(note);
            Py.DECREF(list);
            return r;
        }
        if (notes is not PyList l)
        {
            Py.DECREF(notes);
            Errors.SetString(PyExc.TypeError, "Cannot add note: __notes__ is not a list");
            return -1;
        }
        l.Append(note);
        Py.DECREF(l);
        return 0;
    }
}
