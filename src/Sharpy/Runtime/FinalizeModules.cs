using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Py_FinalizeEx's module teardown (Python/pylifecycle.c): the import system is switched off,
/// sys's special names are cleared, every module leaves sys.modules, and the collection that
/// follows finalizes what the modules held, with their globals still intact. Modules that
/// outlive it have their globals wiped, the ones imported last first.
/// </summary>
public static class FinalizeModules
{
    /// <summary>finalize_modules_delete_special's sys_deletes.</summary>
    static readonly string[] SysDeletes =
        ["path", "argv", "ps1", "ps2", "last_exc", "last_type", "last_value", "last_traceback", "__interactivehook__"];

    /// <summary>finalize_modules_delete_special's sys_files: each stream goes back to its original.</summary>
    static readonly (string Name, string Original)[] SysFiles =
        [("stdin", "__stdin__"), ("stdout", "__stdout__"), ("stderr", "__stderr__")];

    public static void Run()
    {
        // _PyImport_FiniExternal: an import now fails ("sys.meta_path is None").
        foreach (var name in new[] { "meta_path", "path_importer_cache", "path_hooks" }) ClearSysAttr(name);
        DeleteSpecial();
        var weaklist = RemoveModules();
        Interpreter.Modules.ClearItems();
        Gc.Collect();
        ClearWeaklist(weaklist);
    }

    /// <summary>_PySys_ClearAttrString: set to None rather than deleted, to play it safe.</summary>
    static void ClearSysAttr(string name)
    {
        if (Interpreter.Sys.Dict.SetItemString(name, Py.None) < 0)
            Interpreter.WriteUnraisable($"while clearing sys.{name}", null);
    }

    static void DeleteSpecial()
    {
        if (Interpreter.Builtins.Dict.SetItemString("_", Py.None) < 0)
            Interpreter.WriteUnraisable("while setting builtin variable _", null);
        foreach (var name in SysDeletes) ClearSysAttr(name);
        var sysdict = Interpreter.Sys.Dict;
        foreach (var (name, original) in SysFiles)
        {
            var value = sysdict.GetItemString(original) ?? Py.None;
            if (sysdict.SetItemString(name, value) < 0)
                Interpreter.WriteUnraisable($"while restoring sys.{name}", null);
        }
    }

    /// <summary>
    /// finalize_remove_modules: each module's entry becomes None, in sys.modules' order, so a
    /// module nothing else holds dies there; a weak reference remembers the others.
    /// </summary>
    static List<PyWeakReference> RemoveModules()
    {
        var modules = Interpreter.Modules;
        var entries = new List<(PyObject Key, PyModule Module)>();
        int pos = 0;
        while (modules.Next(ref pos, out var k, out var v))
            if (v is PyModule m) entries.Add((Py.NewRef(k), Py.NewRef(m)));
        var weaklist = new List<PyWeakReference>();
        foreach (var (key, module) in entries)
        {
            if (PyWeakReference.NewRef(module, null) is PyWeakReference wr) weaklist.Add(wr);
            else Interpreter.WriteUnraisable("while removing modules", null);
            if (modules.SetItem(key, Py.None) < 0) Interpreter.WriteUnraisable("while removing modules", null);
            Py.DECREF(key);
            Py.DECREF(module);
        }
        return weaklist;
    }

    /// <summary>finalize_modules_clear_weaklist: wipe the survivors' globals, the last imported first; builtins and sys stay.</summary>
    static void ClearWeaklist(List<PyWeakReference> weaklist)
    {
        for (int i = weaklist.Count - 1; i >= 0; i--)
        {
            if (weaklist[i].Referent is PyModule m && m != Interpreter.Builtins && m != Interpreter.Sys
                && m.Dict != Interpreter.Builtins.Dict && m.Dict != Interpreter.Sys.Dict)
            {
                Py.INCREF(m);
                ClearDict(m.Dict);
                Py.DECREF(m);
            }
        }
        foreach (var wr in weaklist) Py.DECREF(wr);
    }

    /// <summary>
    /// _PyModule_ClearDict: names beginning with one underscore become None first, then every
    /// other name but __builtins__, so that the globals' finalizers run in a predictable order.
    /// </summary>
    public static void ClearDict(PyDict d)
    {
        foreach (bool underscoresFirst in new[] { true, false })
        {
            var keys = new List<PyObject>();
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (k is not PyUnicode ku || v == Py.None) continue;
                bool underscore = ku.Value.Length > 0 && ku.Value[0] == '_' && !(ku.Value.Length > 1 && ku.Value[1] == '_');
                if (underscoresFirst ? underscore : ku.Value != "__builtins__") keys.Add(Py.NewRef(k));
            }
            foreach (var k in keys)
            {
                if (d.SetItem(k, Py.None) < 0) Interpreter.WriteUnraisable("while clearing module dict", null);
                Py.DECREF(k);
            }
        }
    }
}
