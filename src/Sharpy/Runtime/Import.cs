using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The import statement (Python/import.c PyImport_ImportModuleLevelObject, with the parts of
/// Lib/importlib/_bootstrap.py it calls written in C#): modules already in sys.modules,
/// builtin modules written in C#, and source modules found on sys.path
/// (see <see cref="SourceLoader"/>).
/// </summary>
public static partial class Import
{
    /// <summary>IMPORT_NAME: __import__(name, globals, locals, fromlist, level).</summary>
    public static PyObject? ImportName(Frame f, PyUnicode name, PyObject fromlist, PyObject level)
    {
        int lvl = (int)((PyLong)level).Value;
        return ImportModuleLevel(name.Value, f.Globals, fromlist, lvl);
    }

    public static PyObject? ImportModuleLevel(string name, PyDict globals, PyObject fromlist, int level)
    {
        if (!s_sysPath0Taken) TakeSysPath0();
        if (level < 0) return Errors.SetString(PyExc.ValueError, "level must be >= 0");
        string? absName = level > 0 ? ResolveName(name, globals, level) : name;
        if (absName == null) return null;
        if (absName.Length == 0) return Errors.SetString(PyExc.ValueError, "Empty module name");
        var mod = ImportModule(absName);
        if (mod == null) return null;
        int hasFromlist = fromlist == PyNone.None ? 0 : Abstract.IsTrue(fromlist);
        if (hasFromlist < 0) { Py.DECREF(mod); return null; }
        if (hasFromlist == 0)
        {
            if (level != 0 && name.Length == 0) return mod;
            int dot = name.IndexOf('.');
            if (dot < 0) return mod;
            Py.DECREF(mod);
            if (level == 0) return ImportModule(name[..dot]);
            int cutOff = name.Length - dot;
            string toReturn = absName[..(absName.Length - cutOff)];
            if (Interpreter.Modules.GetItemString(toReturn) is { } top) return Py.NewRef(top);
            return Errors.SetString(PyExc.KeyError, $"{SourceLoader.Quote(toReturn)} not in sys.modules as expected");
        }
        if (Abstract.LookupAttr(mod, PyUnicode.Intern("__path__"), out var path) < 0) { Py.DECREF(mod); return null; }
        if (path == null) return mod;
        Py.DECREF(path);
        if (HandleFromlist(mod, fromlist, recursive: false) < 0) { Py.DECREF(mod); return null; }
        return mod;
    }

    /// <summary>resolve_name: the absolute module name for a relative import.</summary>
    static string? ResolveName(string name, PyDict globals, int level)
    {
        string? package;
        var pkg = globals.GetItemString("__package__");
        var spec = globals.GetItemString("__spec__");
        if (pkg != null && pkg != PyNone.None)
        {
            if (pkg is not PyUnicode pu) { Errors.SetString(PyExc.TypeError, "package must be a string"); return null; }
            package = pu.Value;
        }
        else if (spec != null && spec != PyNone.None)
        {
            var parent = Abstract.GetAttr(spec, "parent");
            if (parent == null) return null;
            package = parent is PyUnicode ps ? ps.Value : null;
            Py.DECREF(parent);
            if (package == null) { Errors.SetString(PyExc.TypeError, "__spec__.parent must be a string"); return null; }
        }
        else
        {
            var modName = globals.GetItemString("__name__");
            if (modName == null) { Errors.SetString(PyExc.KeyError, "'__name__' not in globals"); return null; }
            if (modName is not PyUnicode mn) { Errors.SetString(PyExc.TypeError, "__name__ must be a string"); return null; }
            package = mn.Value;
            if (globals.GetItemString("__path__") == null)
                package = package.Contains('.') ? package[..package.LastIndexOf('.')] : "";
        }
        if (package.Length == 0)
        {
            Errors.SetString(PyExc.ImportError, "attempted relative import with no known parent package");
            return null;
        }
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
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    /// <summary>Import <paramref name="fullName"/> (and its parents): a new reference to sys.modules[fullName].</summary>
    public static PyObject? ImportModule(string fullName)
    {
        var existing = Interpreter.Modules.GetItemString(fullName);
        if (existing == PyNone.None)
            return ImportErrors.ModuleNotFound($"import of {fullName} halted; None in sys.modules", fullName);
        if (existing != null) return Py.NewRef(existing);
        return FindAndLoad(fullName);
    }

    /// <summary>_find_and_load_unlocked.</summary>
    static PyObject? FindAndLoad(string fullName)
    {
        var modules = Interpreter.Modules;
        int dot = fullName.LastIndexOf('.');
        if (dot < 0)
        {
            var builtin = Sharpy.Modules.BuiltinModules.Create(fullName);
            if (builtin != null)
            {
                int rc = modules.SetItemString(fullName, builtin);
                Py.DECREF(builtin);
                return rc < 0 ? null : Py.NewRef(modules.GetItemString(fullName) ?? builtin);
            }
            if (Errors.Occurred()) return null;
            return SourceLoader.Load(fullName, null);
        }
        string parentName = fullName[..dot];
        if (modules.GetItemString(parentName) == null)
        {
            var p = ImportModule(parentName);
            if (p == null) return null;
            Py.DECREF(p);
        }
        if (modules.GetItemString(fullName) is { } again && again != PyNone.None) return Py.NewRef(again);
        var parent = modules.GetItemString(parentName);
        if (parent == null)
        {
            var key = PyUnicode.FromString(parentName);
            Errors.SetKeyError(key);
            Py.DECREF(key);
            return null;
        }
        Py.INCREF(parent);
        var module = SourceLoader.Load(fullName, parent);
        Py.DECREF(parent);
        if (module == null) return null;
        // Bind the submodule on its parent (the parent as sys.modules now has it).
        if (modules.GetItemString(parentName) is { } parentNow)
        {
            var child = PyUnicode.FromString(fullName[(dot + 1)..]);
            int rc = Abstract.SetAttr(parentNow, child, module);
            Py.DECREF(child);
            if (rc < 0)
            {
                if (!Errors.ExceptionMatches(PyExc.AttributeError)) { Py.DECREF(module); return null; }
                Errors.Clear(); // CPython warns (ImportWarning, ignored by default)
            }
        }
        return module;
    }
}
