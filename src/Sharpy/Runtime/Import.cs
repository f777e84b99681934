using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The import statement (Python/import.c PyImport_ImportModuleLevelObject). As in CPython,
/// C# answers what is already in sys.modules and hands everything else to importlib
/// (`_find_and_load` and `_handle_fromlist` of Lib/importlib/_bootstrap.py, installed at
/// start-up by <see cref="InstallImportlib"/>), so sys.meta_path, sys.path_hooks, loaders and
/// specs are importlib's own. Without a standard library only builtin modules import.
/// </summary>
public static partial class Import
{
    /// <summary>IMPORT_NAME (ceval.c import_name): the default import, or a replaced builtins.__import__.</summary>
    public static PyObject? ImportName(Frame f, PyUnicode name, PyObject fromlist, PyObject level)
    {
        var importFunc = Abstract.MappingGetOptionalItem(f.Builtins, PyUnicode.Intern("__import__"));
        if (importFunc == null)
            return Errors.Occurred() ? null : Errors.SetString(PyExc.ImportError, "__import__ not found");
        if (importFunc == Interpreter.Current.ImportFunc)
        {
            Py.DECREF(importFunc);
            long lvl = Abstract.AsSsize(level, PyExc.OverflowError);
            if (lvl == -1 && Errors.Occurred()) return null;
            return ImportModuleLevel(name, f.Globals, fromlist, (int)lvl);
        }
        var r = Calls.CallArgs(importFunc, name, f.Globals, f.Locals ?? Py.None, fromlist, level);
        Py.DECREF(importFunc);
        return r;
    }

    /// <summary>PyImport_ImportModuleLevelObject: __import__(name, globals, _, fromlist, level).</summary>
    public static PyObject? ImportModuleLevel(PyUnicode name, PyDict? globals, PyObject? fromlist, int level)
    {
        if (!s_sysPath0Taken) TakeSysPath0();
        if (level < 0) return Errors.SetString(PyExc.ValueError, "level must be >= 0");
        PyUnicode? absName;
        if (level > 0) absName = ResolveName(name, globals, level);
        else if (name.Length == 0) return Errors.SetString(PyExc.ValueError, "Empty module name");
        else absName = Py.NewRef(name);
        if (absName == null) return null;
        var final = ImportAbsolute(name, absName, fromlist, level);
        Py.DECREF(absName);
        if (final == null) RemoveImportlibFrames();
        return final;
    }

    static PyObject? ImportAbsolute(PyUnicode name, PyUnicode absName, PyObject? fromlist, int level)
    {
        var mod = GetModule(absName);
        if (mod == null && Errors.Occurred()) return null;
        if (mod != null && mod != Py.None)
        {
            if (EnsureInitialized(mod, absName) < 0) { Py.DECREF(mod); return null; }
        }
        else
        {
            Py.XDECREF(mod);
            mod = FindAndLoad(absName);
            if (mod == null) return null;
        }
        int hasFrom = fromlist == null || fromlist == Py.None ? 0 : Abstract.IsTrue(fromlist);
        if (hasFrom < 0) { Py.DECREF(mod); return null; }
        if (hasFrom == 0)
        {
            string text = name.Value;
            int dot = text.IndexOf('.');
            if ((level != 0 && text.Length == 0) || dot < 0) return mod;
            Py.DECREF(mod);
            if (level == 0)
            {
                var front = PyUnicode.FromString(text[..dot]);
                var top = ImportModuleLevel(front, null, null, 0);
                Py.DECREF(front);
                return top;
            }
            int cutOff = text.Length - dot;
            var toReturn = PyUnicode.FromString(absName.Value[..(absName.Length - cutOff)]);
            var found = GetModule(toReturn);
            if (found == null && !Errors.Occurred())
                Errors.SetString(PyExc.KeyError, $"{ImportErrors.Quote(toReturn.Value)} not in sys.modules as expected");
            Py.DECREF(toReturn);
            return found;
        }
        int hasPath = Abstract.LookupAttr(mod, PyUnicode.Intern("__path__"), out var path);
        if (hasPath < 0) { Py.DECREF(mod); return null; }
        if (hasPath == 0) return mod;
        Py.DECREF(path!);
        var importlib = Interpreter.Current.Importlib;
        if (importlib == null) return mod;
        var final = Calls.CallMethod(importlib, "_handle_fromlist", mod, fromlist!, Interpreter.Current.ImportFunc!);
        Py.DECREF(mod);
        return final;
    }

    /// <summary>import_get_module: a new reference to sys.modules[name], or null (with an error only if the lookup failed).</summary>
    static PyObject? GetModule(PyUnicode name)
    {
        var m = Interpreter.Modules.GetItemWithError(name);
        return m == null ? null : Py.NewRef(m);
    }

    /// <summary>import_ensure_initialized: wait (importlib's _lock_unlock_module) for a module another thread is still executing.</summary>
    static int EnsureInitialized(PyObject mod, PyUnicode name)
    {
        int rc = Abstract.LookupAttr(mod, PyUnicode.Intern("__spec__"), out var spec);
        if (rc > 0)
        {
            rc = IsInitializing(spec);
            Py.DECREF(spec!);
        }
        if (rc < 0) return rc;
        if (rc > 0 && Interpreter.Current.Importlib is { } importlib)
        {
            var value = Calls.CallMethod(importlib, "_lock_unlock_module", name);
            if (value == null) return -1;
            Py.DECREF(value);
        }
        if (Interpreter.Config.ImportTime == 2) ImportTime.Cached(name.Value);
        return 0;
    }

    /// <summary>import_find_and_load: importlib._bootstrap._find_and_load(name, __import__), or a builtin module when importlib is not installed.</summary>
    static PyObject? FindAndLoad(PyUnicode absName)
    {
        var interp = Interpreter.Current;
        if (interp.Importlib is { } importlib)
        {
            if (Interpreter.Config.ImportTime == 0) return Calls.CallMethod(importlib, "_find_and_load", absName, interp.ImportFunc!);
            var begun = ImportTime.Begin();
            var mod = Calls.CallMethod(importlib, "_find_and_load", absName, interp.ImportFunc!);
            ImportTime.End(begun, absName.Value);
            return mod;
        }
        var builtin = Sharpy.Modules.BuiltinModules.Create(absName.Value);
        if (builtin == null)
            return Errors.Occurred() ? null : ImportErrors.ModuleNotFound($"No module named {ImportErrors.Quote(absName.Value)}", absName.Value);
        int rc = interp.Modules.SetItem(absName, builtin);
        if (rc < 0) { Py.DECREF(builtin); return null; }
        return builtin;
    }

    /// <summary>resolve_name: the absolute module name for a relative import (a new reference), or null with an error set.</summary>
    static PyUnicode? ResolveName(PyUnicode name, PyDict? globals, int level)
    {
        if (globals == null) { Errors.SetString(PyExc.KeyError, "'__name__' not in globals"); return null; }
        string package;
        var pkg = globals.GetItemWithError(PyUnicode.Intern("__package__"));
        if (pkg == null && Errors.Occurred()) return null;
        if (pkg == Py.None) pkg = null;
        var spec = globals.GetItemWithError(PyUnicode.Intern("__spec__"));
        if (spec == null && Errors.Occurred()) return null;
        if (pkg != null)
        {
            if (pkg is not PyUnicode pu) { Errors.SetString(PyExc.TypeError, "package must be a string"); return null; }
            package = pu.Value;
            if (spec != null && spec != Py.None)
            {
                var parent = Abstract.GetAttr(spec, "parent");
                if (parent == null) return null;
                int equal = Abstract.RichCompareBool(pkg, parent, CompareOp.Eq);
                Py.DECREF(parent);
                if (equal < 0) return null;
                if (equal == 0 && Warnings.WarnEx(PyExc.DeprecationWarning, "__package__ != __spec__.parent", 1) < 0) return null;
            }
        }
        else if (spec != null && spec != Py.None)
        {
            var parent = Abstract.GetAttr(spec, "parent");
            if (parent == null) return null;
            string? p = parent is PyUnicode ps ? ps.Value : null;
            Py.DECREF(parent);
            if (p == null) { Errors.SetString(PyExc.TypeError, "__spec__.parent must be a string"); return null; }
            package = p;
        }
        else
        {
            if (Warnings.WarnEx(PyExc.ImportWarning,
                    "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1) < 0) return null;
            var modName = globals.GetItemWithError(PyUnicode.Intern("__name__"));
            if (modName == null)
            {
                if (!Errors.Occurred()) Errors.SetString(PyExc.KeyError, "'__name__' not in globals");
                return null;
            }
            if (modName is not PyUnicode mn) { Errors.SetString(PyExc.TypeError, "__name__ must be a string"); return null; }
            package = mn.Value;
            var hasPath = globals.GetItemWithError(PyUnicode.Intern("__path__"));
            if (hasPath == null && Errors.Occurred()) return null;
            if (hasPath == null)
            {
                int dot = package.LastIndexOf('.');
                if (dot < 0) return NoParentError();
                package = package[..dot];
            }
        }
        if (package.Length == 0) return NoParentError();
        int lastDot = package.Length;
        for (int up = 1; up < level; up++)
        {
            lastDot = lastDot == 0 ? -1 : package.LastIndexOf('.', lastDot - 1);
            if (lastDot < 0)
            {
                Errors.SetString(PyExc.ImportError, "attempted relative import beyond top-level package");
                return null;
            }
        }
        var baseName = package[..lastDot];
        return PyUnicode.FromString(name.Length == 0 ? baseName : baseName + "." + name.Value);
    }

    static PyUnicode? NoParentError()
    {
        Errors.SetString(PyExc.ImportError, "attempted relative import with no known parent package");
        return null;
    }

    /// <summary>
    /// PyImport_ImportModule for C# callers: a new reference to sys.modules[<paramref name="fullName"/>],
    /// importing it (and its parents) first if needed.
    /// </summary>
    public static PyObject? ImportModule(string fullName)
    {
        // Already imported (the usual case for copyreg, codecs, warnings): no str to make.
        if (Interpreter.Modules.GetItemString(fullName) is { } found && found != Py.None) return Py.NewRef(found);
        var name = PyUnicode.FromString(fullName);
        try
        {
            var top = ImportModuleLevel(name, null, null, 0);
            if (top == null) return null;
            Py.DECREF(top);
            var mod = GetModule(name);
            if (mod == null && !Errors.Occurred()) Errors.SetKeyError(name);
            return mod;
        }
        finally { Py.DECREF(name); }
    }

    /// <summary>
    /// PyImport_Import: import <paramref name="name"/> through the import machinery and return
    /// sys.modules[name], waiting for a module another thread is still initializing (unlike
    /// <see cref="ImportModule"/>'s fast path, which hands out whatever sys.modules holds).
    /// </summary>
    public static PyObject? ImportModuleWaiting(PyUnicode name)
    {
        var top = ImportModuleLevel(name, null, null, 0);
        if (top == null) return null;
        Py.DECREF(top);
        var mod = GetModule(name);
        if (mod == null && !Errors.Occurred()) Errors.SetKeyError(name);
        return mod;
    }

    /// <summary>PyImport_ImportModuleAttrString: a new reference to <paramref name="attr"/> of the module <paramref name="fullName"/>, importing it first if needed.</summary>
    public static PyObject? ImportModuleAttr(string fullName, string attr)
    {
        var module = ImportModule(fullName);
        if (module == null) return null;
        var r = Abstract.GetAttr(module, PyUnicode.Intern(attr));
        Py.DECREF(module);
        return r;
    }
}
