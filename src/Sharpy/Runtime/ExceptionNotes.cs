using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>BaseException.add_note for runtime code (PEP 678).</summary>
public static class ExceptionNotes
{
    public static void Add(PyBaseException exc, PyObject note)
    {
        exc.Notes ??= PyList.New();
        exc.Notes.Append(note);
    }
}
