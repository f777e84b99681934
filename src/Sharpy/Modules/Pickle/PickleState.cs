using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// PickleState: the module's exceptions and what it borrows from the stdlib at import:
/// copyreg's dispatch table and extension registry, _compat_pickle's 2.x/3.x name maps,
/// codecs.encode, builtins.getattr and functools.partial.
/// </summary>
internal sealed class PickleState
{
    public PyType PickleError = null!, PicklingError = null!, UnpicklingError = null!;
    public PyDict DispatchTable = null!, ExtensionRegistry = null!, InvertedRegistry = null!, ExtensionCache = null!;
    public PyDict NameMapping2to3 = null!, ImportMapping2to3 = null!, NameMapping3to2 = null!, ImportMapping3to2 = null!;
    public PyObject CodecsEncode = null!, Getattr = null!, Partial = null!;

    /// <summary>The current interpreter's state (the module has been imported, or no pickler could exist).</summary>
    public static PickleState Get() => ModuleState<PickleState>.Get();

    /// <summary>_Pickle_InitState: 0, or -1 with an exception set.</summary>
    public int Init()
    {
        var builtins = Import.ImportModuleAttr("builtins", "getattr");
        if (builtins == null) return -1;
        Getattr = builtins;
        var copyreg = Import.ImportModule("copyreg");
        if (copyreg == null) return -1;
        try
        {
            if ((DispatchTable = DictAttr(copyreg, "copyreg", "dispatch_table")!) == null) return -1;
            if ((ExtensionRegistry = DictAttr(copyreg, "copyreg", "_extension_registry")!) == null) return -1;
            if ((InvertedRegistry = DictAttr(copyreg, "copyreg", "_inverted_registry")!) == null) return -1;
            if ((ExtensionCache = DictAttr(copyreg, "copyreg", "_extension_cache")!) == null) return -1;
        }
        finally { Py.DECREF(copyreg); }
        var compat = Import.ImportModule("_compat_pickle");
        if (compat == null) return -1;
        try
        {
            if ((NameMapping2to3 = DictAttr(compat, "_compat_pickle", "NAME_MAPPING")!) == null) return -1;
            if ((ImportMapping2to3 = DictAttr(compat, "_compat_pickle", "IMPORT_MAPPING")!) == null) return -1;
            if ((NameMapping3to2 = DictAttr(compat, "_compat_pickle", "REVERSE_NAME_MAPPING")!) == null) return -1;
            if ((ImportMapping3to2 = DictAttr(compat, "_compat_pickle", "REVERSE_IMPORT_MAPPING")!) == null) return -1;
        }
        finally { Py.DECREF(compat); }
        var encode = Import.ImportModuleAttr("codecs", "encode");
        if (encode == null) return -1;
        CodecsEncode = encode;
        var partial = Import.ImportModuleAttr("functools", "partial");
        if (partial == null) return -1;
        Partial = partial;
        return 0;
    }

    static PyDict? DictAttr(PyObject module, string moduleName, string name)
    {
        var v = Abstract.GetAttr(module, name);
        if (v == null) return null;
        if (v.ob_type != PyDict.Type)
        {
            Errors.SetString(PyExc.RuntimeError, $"{moduleName}.{name} should be a dict, not {v.ob_type.tp_name}");
            Py.DECREF(v);
            return null;
        }
        return (PyDict)v;
    }
}
