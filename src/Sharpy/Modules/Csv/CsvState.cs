using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Csv;

/// <summary>_csvstate: `_csv.Error`, the dialect registry (the module's `_dialects`) and the field size limit.</summary>
internal sealed class CsvState(PyType error, PyDict dialects)
{
    public readonly PyType Error = error;
    public readonly PyDict Dialects = dialects;
    /// <summary>field_size_limit(): the longest field the reader accepts.</summary>
    public long FieldLimit = 128 * 1024;

    /// <summary>The current interpreter's state (the module has been imported, or no reader, writer or Dialect could exist).</summary>
    public static CsvState Get() => ModuleState<CsvState>.Get();

    /// <summary>get_dialect_from_registry: the dialect registered as <paramref name="name"/> (new reference), or null with `_csv.Error: unknown dialect`.</summary>
    public PyObject? GetDialect(PyObject name)
    {
        var d = Dialects.GetItemWithError(name);
        if (d != null) return Py.NewRef(d);
        if (!Errors.Occurred()) Errors.SetString(Error, "unknown dialect");
        return null;
    }
}
