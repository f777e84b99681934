using System.Collections.Generic;
using System.IO;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// `from M import x` and `from M import *` (Python/ceval.c _PyEval_ImportFrom and
// import_all_from).
public static partial class Import
{
    /// <summary>IMPORT_FROM: the attribute, or the submodule from sys.modules, or ImportError.</summary>
    public static PyObject? ImportFrom(PyObject module, PyUnicode name)
    {
        int r = Abstract.LookupAttr(module, name, out var x);
        if (r != 0) return x;
        if (Abstract.LookupAttr(module, PyUnicode.Intern("__name__"), out var modNameObj) < 0) return null;
        string? modName = modNameObj is PyUnicode mn ? mn.Value : null;
        Py.XDECREF(modNameObj);
        if (modName != null && Interpreter.Modules.GetItemString(modName + "." + name.Value) is { } sub)
            return Py.NewRef(sub);
        return ImportFromError(module, name, modName);
    }

    static PyObject? ImportFromError(PyObject module, PyUnicode name, string? modName)
    {
        string shown = modName == null ? "<unknown module name>" : modName;
        string qName = ImportErrors.Quote(name.Value), qMod = ImportErrors.Quote(shown);
        if (Abstract.LookupAttr(module, PyUnicode.Intern("__spec__"), out var spec) < 0) return null;
        if (spec == null)
            return ImportErrors.Raise(PyExc.ImportError, $"cannot import name {qName} from {qMod} (unknown location)", modName, null, name);
        string? origin = FileOrigin(spec, out bool failed);
        if (failed) { Py.DECREF(spec); return null; }
        bool shadowing = origin != null && IsPossiblyShadowing(origin);
        bool shadowingStdlib = shadowing && IsStdlibName(shown);
        if (origin == null && module is PyModule pm && pm.Dict.GetItemString("__file__") is PyUnicode file) origin = file.Value;
        string message;
        if (shadowingStdlib)
        {
            message = $"cannot import name {qName} from {qMod} (consider renaming {ImportErrors.Quote(origin!)} since it has the same "
                + $"name as the standard library module named {qMod} and prevents importing that standard library module)";
        }
        else
        {
            int init = IsInitializing(spec);
            if (init < 0) { Py.DECREF(spec); return null; }
            if (init > 0)
                message = shadowing
                    ? $"cannot import name {qName} from {qMod} (consider renaming {ImportErrors.Quote(origin!)} if it has the same name as a library you intended to import)"
                    : origin != null
                        ? $"cannot import name {qName} from partially initialized module {qMod} (most likely due to a circular import) ({origin})"
                        : $"cannot import name {qName} from partially initialized module {qMod} (most likely due to a circular import)";
            else
                message = origin != null ? $"cannot import name {qName} from {qMod} ({origin})" : $"cannot import name {qName} from {qMod} (unknown location)";
        }
        Py.DECREF(spec);
        return ImportErrors.Raise(PyExc.ImportError, message, modName, origin, name);
    }

    /// <summary>_PyModuleSpec_GetFileOrigin: spec.origin when spec.has_location is true and origin is a str.</summary>
    static string? FileOrigin(PyObject spec, out bool failed)
    {
        failed = false;
        int r = Abstract.LookupAttr(spec, PyUnicode.Intern("has_location"), out var hasLoc);
        if (r <= 0) { failed = r < 0; return null; }
        int t = Abstract.IsTrue(hasLoc!);
        Py.DECREF(hasLoc!);
        if (t <= 0) { failed = t < 0; return null; }
        r = Abstract.LookupAttr(spec, PyUnicode.Intern("origin"), out var origin);
        if (r <= 0) { failed = r < 0; return null; }
        string? s = origin is PyUnicode u ? u.Value : null;
        Py.DECREF(origin!);
        return s;
    }

    /// <summary>_PyModuleSpec_IsInitializing: spec._initializing is true. 1, 0, or -1 on error.</summary>
    public static int IsInitializing(PyObject? spec)
    {
        if (spec == null || spec == Py.None) return 0;
        int r = Abstract.LookupAttr(spec, PyUnicode.Intern("_initializing"), out var v);
        if (r <= 0) return r;
        int t = Abstract.IsTrue(v!);
        Py.DECREF(v!);
        return t;
    }

    /// <summary>_PyModule_IsPossiblyShadowing: the module's directory is sys.path[0] (or the cwd when that is '').</summary>
    public static bool IsPossiblyShadowing(string origin)
    {
        const string init = "/__init__.py";
        string root = origin.EndsWith(init) ? origin[..^init.Length] : origin;
        int sep = root.LastIndexOf('/');
        if (sep < 0) return false;
        root = root[..sep];
        if (s_sysPath0 == null) return false;
        string p0 = s_sysPath0.Length == 0 ? Directory.GetCurrentDirectory() : s_sysPath0;
        return root == p0;
    }

    static bool s_sysPath0Taken;
    static string? s_sysPath0;

    /// <summary>
    /// CPython's config->sys_path_0: the sys.path[0] the command line computed (the script's
    /// directory, '' for -c and the REPL, the cwd for -m). Sharpy takes sys.path[0] as it is at
    /// the first import statement, before a program normally changes it.
    /// </summary>
    static void TakeSysPath0()
    {
        s_sysPath0Taken = true;
        if (Interpreter.Sys.Dict.GetItemString("path") is PyList path && path.Count > 0 && path.Items[0] is PyUnicode first)
            s_sysPath0 = first.Value;
    }

    static bool IsStdlibName(string name)
    {
        if (Interpreter.Sys.Dict.GetItemString("stdlib_module_names") is not PySet names) return false;
        var key = PyUnicode.FromString(name);
        int r = names.Contains(key);
        Py.DECREF(key);
        if (r < 0) Errors.Clear();
        return r > 0;
    }

    /// <summary>IMPORT_STAR's import_all_from: bind the names of __all__, or the public names of __dict__.</summary>
    public static int ImportStar(Frame f, PyObject module)
    {
        if (f.Locals is not { } locals)
        {
            Errors.SetString(PyExc.SystemError, "no locals found during 'import *'");
            return -1;
        }
        var names = StarNames(module, out bool fromDict);
        if (names == null) return -1;
        int err = 0;
        foreach (var name in names)
        {
            if (err == 0) err = BindStarName(module, name, fromDict, locals);
            Py.DECREF(name);
        }
        return err;
    }

    static List<PyObject>? StarNames(PyObject module, out bool fromDict)
    {
        fromDict = false;
        if (Abstract.LookupAttr(module, PyUnicode.Intern("__all__"), out var all) < 0) return null;
        if (all == null)
        {
            PyObject? dict;
            if (module is PyModule pm) dict = Py.NewRef(pm.Dict);
            else if (Abstract.LookupAttr(module, PyUnicode.Intern("__dict__"), out dict) < 0) return null;
            if (dict == null)
            {
                Errors.SetString(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
                return null;
            }
            fromDict = true;
            if (dict is PyDict d)
            {
                var keys = new List<PyObject>();
                int pos = 0;
                while (d.Next(ref pos, out var k, out _)) keys.Add(Py.NewRef(k));
                Py.DECREF(dict);
                return keys;
            }
            all = Calls.CallMethod(dict, "keys");
            Py.DECREF(dict);
            if (all == null) return null;
        }
        var list = new List<PyObject>();
        for (long i = 0; ; i++)
        {
            var idx = PyLong.FromLong(i);
            var item = Abstract.GetItem(all, idx);
            Py.DECREF(idx);
            if (item == null)
            {
                if (!Errors.ExceptionMatches(PyExc.IndexError)) { Py.DECREF(all); foreach (var o in list) Py.DECREF(o); return null; }
                Errors.Clear();
                break;
            }
            list.Add(item);
        }
        Py.DECREF(all);
        return list;
    }

    static int BindStarName(PyObject module, PyObject name, bool fromDict, PyObject locals)
    {
        if (name is not PyUnicode n)
        {
            var modName = Abstract.GetAttr(module, "__name__");
            if (modName == null) return -1;
            string msg = modName is PyUnicode mn
                ? $"{(fromDict ? "Key" : "Item")} in {mn.Value}.{(fromDict ? "__dict__" : "__all__")} must be str, not {name.ob_type.Name}"
                : $"module __name__ must be a string, not {modName.ob_type.Name}";
            Py.DECREF(modName);
            Errors.SetString(PyExc.TypeError, msg);
            return -1;
        }
        if (fromDict && n.Value.StartsWith('_')) return 0;
        var value = Abstract.GetAttr(module, name);
        if (value == null) return -1;
        int r = locals is PyDict ld ? ld.SetItem(name, value) : Abstract.SetItem(locals, name, value);
        Py.DECREF(value);
        return r;
    }
}
