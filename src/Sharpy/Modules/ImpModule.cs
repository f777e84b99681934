using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_imp` module (Python/import.c): what importlib's bootstrap asks of the import system.
/// It answers for builtin modules, the frozen importlib bootstrap (see FrozenModules) and the
/// import lock; there are no extension modules (no suffixes).
/// </summary>
[PyModule("_imp", Doc = "(Extremely) low-level import machinery bits as used by importlib.")]
public static partial class ImpModule
{
    /// <summary>MAGIC_NUMBER of 3.14's .pyc files, as a little-endian int (importlib's `_imp.pyc_magic_number_token`).</summary>
    [PyConstant("pyc_magic_number_token")] static PyObject MagicNumberToken => PyLong.FromLong(168627755);
    [PyConstant("check_hash_based_pycs")] static PyObject CheckHashBasedPycs => PyUnicode.FromString("default");

    [PyMethod("extension_suffixes", Doc = "Returns the list of file suffixes used to identify extension modules.")]
    static PyObject? ExtensionSuffixes() => PyList.New();

    /// <summary>1 for a builtin module, -1 for one that cannot be re-initialized (sys, builtins), 0 otherwise.</summary>
    [PyMethod("is_builtin", Doc = "Returns True if the module name corresponds to a built-in module.")]
    static long IsBuiltin(string name)
    {
        if (name is "sys" or "builtins") return -1;
        foreach (var (n, _) in BuiltinModules.Table) if (n == name && !n.Contains('.')) return 1;
        return 0;
    }

    /// <summary>The builtin module a spec names: the one already imported, else a new one.</summary>
    [PyMethod("create_builtin", Doc = "Create an extension module.")]
    static PyObject? CreateBuiltin(PyObject spec)
    {
        var nameObj = Abstract.GetAttr(spec, "name");
        if (nameObj == null) return null;
        if (nameObj is not PyUnicode name)
        {
            Py.DECREF(nameObj);
            return Errors.SetString(PyExc.TypeError, $"name must be string, not {nameObj.ob_type.tp_name}");
        }
        try
        {
            if (Interpreter.Current.Modules.GetItemString(name.Value) is PyModule existing && IsBuiltin(name.Value) != 0)
                return Py.NewRef(existing);
            var m = BuiltinModules.Create(name.Value);
            if (m == null && !Errors.Occurred()) return Py.None;
            return m;
        }
        finally { Py.DECREF(nameObj); }
    }

    /// <summary>Builtin modules are complete once made (single-phase initialization).</summary>
    [PyMethod("exec_builtin", Doc = "Initialize a built-in module.")]
    static long ExecBuiltin(PyObject mod) => 0;

    [PyMethod("is_frozen", Doc = "Returns True if the module name corresponds to a frozen module.")]
    static bool IsFrozen(string name) => FrozenModules.OrigName(name) != null;

    /// <summary>No frozen module is a package.</summary>
    [PyMethod("is_frozen_package", Doc = "Returns True if the module name is of a frozen package.")]
    static PyObject? IsFrozenPackage(string name) => FrozenModules.OrigName(name) != null ? Py.NewRef(PyBool.False)
        : Errors.SetString(PyExc.ImportError, $"No such frozen object named {ImportErrors.Quote(name)}");

    /// <summary>
    /// (data, ispkg, origname) of a frozen module, or None. Sharpy's frozen modules are compiled
    /// from source when loaded, so there is no marshalled data to give: data is always None.
    /// </summary>
    [PyMethod("find_frozen", Doc = "Return info about the corresponding frozen module (if there is one) or None.")]
    static PyObject? FindFrozen(string name, [KeywordOnly] bool withdata = false)
    {
        var orig = FrozenModules.OrigName(name);
        if (orig == null) return Py.None;
        var origName = PyUnicode.FromString(orig);
        var info = PyTuple.Pack(Py.None, PyBool.False, origName);
        Py.DECREF(origName);
        return info;
    }

    [PyMethod("get_frozen_object", Doc = "Create a code object for a frozen module.")]
    static PyObject? GetFrozenObject(string name, PyObject? data = null) => FrozenModules.GetCode(name);

    /// <summary>The import lock: re-entrant for the thread holding it (under the GIL, a depth and an owner).</summary>
    [PyMethod("acquire_lock", Doc = "Acquires the interpreter's import lock for the current thread.")]
    static void AcquireLock()
    {
        var interp = Interpreter.Current;
        var me = ThreadState.Current;
        while (interp.ImportLockDepth > 0 && interp.ImportLockOwner != me)
        {
            using (Gil.AllowThreads()) System.Threading.Thread.Sleep(1);
        }
        interp.ImportLockOwner = me;
        interp.ImportLockDepth++;
    }

    [PyMethod("release_lock", Doc = "Release the interpreter's import lock.")]
    static PyObject? ReleaseLock()
    {
        var interp = Interpreter.Current;
        if (interp.ImportLockDepth == 0 || interp.ImportLockOwner != ThreadState.Current)
            return Errors.SetString(PyExc.RuntimeError, "not holding the import lock");
        if (--interp.ImportLockDepth == 0) interp.ImportLockOwner = null;
        return Py.None;
    }

    [PyMethod("lock_held", Doc = "Return True if the import lock is currently held, else False.")]
    static bool LockHeld() => Interpreter.Current.ImportLockDepth > 0;

    /// <summary>Code objects of source modules already carry their path.</summary>
    [PyMethod("_fix_co_filename", Doc = "Changes code.co_filename to specify the passed-in file path.")]
    static void FixCoFilename(PyObject code, PyObject path) { }

    /// <summary>The 8 bytes of a hash-based .pyc (PEP 552): SipHash-1-3 of the source keyed with <paramref name="key"/> (_Py_KeyedHash), little-endian.</summary>
    [PyMethod("source_hash")]
    static PyObject? SourceHash([Keyword] long key, [Keyword] BufferArg source)
    {
        var hash = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(hash, SipHash.Hash13((ulong)key, 0, source.Span));
        return PyBytes.FromBytes(hash);
    }

    [PyMethod("_override_frozen_modules_for_tests", Doc = "(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py.")]
    static void OverrideFrozenModulesForTests(int @override) => Interpreter.Current.OverrideFrozenModules = @override;

    [PyMethod("_override_multi_interp_extensions_check")]
    static long OverrideMultiInterpExtensionsCheck(long @override) => -1;
}
