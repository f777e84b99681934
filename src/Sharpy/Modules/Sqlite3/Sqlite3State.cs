using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// pysqlite_state: the DB-API exception classes, the adapter and converter registries and the
/// callback-traceback switch of one interpreter's `_sqlite3`.
/// </summary>
internal sealed class Sqlite3State
{
    public PyType Error = null!, Warning = null!, InterfaceError = null!, DatabaseError = null!, InternalError = null!,
        OperationalError = null!, ProgrammingError = null!, IntegrityError = null!, DataError = null!, NotSupportedError = null!;
    /// <summary>`_sqlite3.adapters`: (type, protocol) → adapter (psyco_adapters).</summary>
    public readonly PyDict Adapters = PyDict.New();
    /// <summary>`_sqlite3.converters`: upper-cased type name → converter.</summary>
    public readonly PyDict Converters = PyDict.New();
    /// <summary>An adapter was registered for int, float, str or bytearray, so every parameter is looked up.</summary>
    public bool BaseTypeAdapted;
    /// <summary>enable_callback_tracebacks(): exceptions in callbacks go to sys.unraisablehook instead of being dropped.</summary>
    public bool EnableCallbackTracebacks;

    public static Sqlite3State Get() => ModuleState<Sqlite3State>.Get();
}
