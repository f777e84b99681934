using System;
using System.Collections.Generic;
using System.IO;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Finding and running source modules (what importlib's PathFinder, FileFinder and
/// SourceFileLoader do, Lib/importlib/_bootstrap_external.py): along sys.path for a
/// top-level module, along the parent's __path__ for a submodule; in each directory a
/// package (NAME/__init__.py) first, then NAME.py; a directory without __init__.py is a
/// namespace package portion, used only when no regular module or package is found.
/// </summary>
public static partial class SourceLoader
{
    /// <summary>
    /// Load <paramref name="fullName"/> (its parent, if any, already imported): a new
    /// reference to the module from sys.modules, or null with ModuleNotFoundError or the
    /// module's own exception set.
    /// </summary>
    public static PyObject? Load(string fullName, PyObject? parent)
    {
        PyObject? searchPath;
        if (parent == null)
        {
            searchPath = Interpreter.Sys.Dict.GetItemString("path");
            if (searchPath != null) Py.INCREF(searchPath);
        }
        else
        {
            int dot = fullName.LastIndexOf('.');
            if (Abstract.LookupAttr(parent, PyUnicode.Intern("__path__"), out searchPath) < 0) return null;
            if (searchPath == null)
                return ImportErrors.ModuleNotFound($"No module named {Quote(fullName)}; {Quote(fullName[..dot])} is not a package", fullName);
        }
        var spec = searchPath == null ? null : Find(fullName, searchPath);
        Py.XDECREF(searchPath);
        if (spec == null)
            return Errors.Occurred() ? null : ImportErrors.ModuleNotFound($"No module named {Quote(fullName)}", fullName);
        var r = Exec(spec);
        Py.DECREF(spec);
        return r;
    }

    /// <summary>repr() of a str, as importlib's messages use it (!r).</summary>
    public static string Quote(string s)
    {
        var u = PyUnicode.FromString(s);
        var r = Abstract.ReprString(u);
        Py.DECREF(u);
        if (r != null) return r;
        Errors.Clear();
        return "'" + s + "'";
    }

    /// <summary>The spec of <paramref name="fullName"/> on <paramref name="searchPath"/>; null if none (or on error, with it set).</summary>
    public static ModuleSpec? Find(string fullName, PyObject searchPath)
    {
        string leaf = fullName[(fullName.LastIndexOf('.') + 1)..];
        var entries = PathEntries(searchPath);
        if (entries == null) return null;
        var portions = new List<string>();
        foreach (var entry in entries)
        {
            string dir = AbsPath(entry);
            string pkgDir = Join(dir, leaf);
            bool isDir = Directory.Exists(pkgDir);
            if (isDir)
            {
                string init = Join(pkgDir, "__init__.py");
                if (File.Exists(init))
                {
                    var locations = PyList.New();
                    locations.AppendSteal(PyUnicode.FromString(pkgDir));
                    var pkg = new ModuleSpec(fullName, init, locations);
                    Py.DECREF(locations);
                    return pkg;
                }
            }
            string file = Join(dir, leaf + ".py");
            if (File.Exists(file)) return new ModuleSpec(fullName, file, null);
            if (isDir) portions.Add(pkgDir);
        }
        if (portions.Count == 0) return null;
        var path = PyList.New();
        foreach (var p in portions) path.AppendSteal(PyUnicode.FromString(p));
        var ns = new ModuleSpec(fullName, null, path);
        Py.DECREF(path);
        return ns;
    }

    /// <summary>The str entries of a search path (others are skipped, as PathFinder does); null on error.</summary>
    static List<string>? PathEntries(PyObject searchPath)
    {
        var list = new List<string>();
        var it = Abstract.GetIter(searchPath);
        if (it == null) return null;
        while (Abstract.IterNext(it) is { } item)
        {
            if (item is PyUnicode u) list.Add(u.Value);
            Py.DECREF(item);
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : list;
    }

    /// <summary>FileFinder's directory: '' (or '.') is the current directory; a relative path is made absolute (not normalized).</summary>
    static string AbsPath(string entry)
    {
        if (entry.Length == 0 || entry == ".") return Directory.GetCurrentDirectory();
        if (entry.StartsWith('/')) return entry.Length > 1 ? entry.TrimEnd('/') : entry;
        return Join(Directory.GetCurrentDirectory(), entry.TrimEnd('/'));
    }

    static string Join(string dir, string name) => dir.EndsWith('/') ? dir + name : dir + "/" + name;

    /// <summary>Create, register and run the module <paramref name="spec"/> describes (importlib's _load_unlocked).</summary>
    static PyObject? Exec(ModuleSpec spec)
    {
        string name = spec.NameString;
        var module = new PyModule(name);
        InitModuleAttrs(module, spec);
        string? origin = spec.Origin is PyUnicode o ? o.Value : null;
        var modules = Interpreter.Modules;
        spec.Initializing = Py.NewRef(PyBool.True);
        bool ok = modules.SetItemString(name, module) == 0 && (origin == null || RunSource(module, origin));
        Py.SETREF(ref spec.Initializing, Py.NewRef(PyBool.False));
        Py.DECREF(module);
        if (!ok)
        {
            var exc = Errors.GetRaisedException();
            var key = PyUnicode.FromString(name);
            if (modules.GetItemString(key) != null && modules.DelItem(key) < 0) Errors.Clear();
            Py.DECREF(key);
            Errors.SetRaisedException(exc);
            return null;
        }
        var final = modules.GetItemString(name);
        if (final == null)
        {
            var key = PyUnicode.FromString(name);
            Errors.SetKeyError(key);
            Py.DECREF(key);
            return null;
        }
        return Py.NewRef(final);
    }

    /// <summary>_init_module_attrs: __loader__, __package__, __spec__, __path__, __file__, __cached__.</summary>
    static void InitModuleAttrs(PyModule module, ModuleSpec spec)
    {
        var d = module.Dict;
        d.SetItemString("__loader__", spec.Loader);
        var package = PyUnicode.FromString(spec.Parent);
        d.SetItemString("__package__", package);
        Py.DECREF(package);
        d.SetItemString("__spec__", spec);
        if (spec.SearchLocations != PyNone.None) d.SetItemString("__path__", spec.SearchLocations);
        if (spec.Origin == PyNone.None && spec.SearchLocations != PyNone.None)
            d.SetItemString("__file__", PyNone.None); // a namespace package, as importlib does
        if (spec.HasLocation)
        {
            d.SetItemString("__file__", spec.Origin);
            d.SetItemString("__cached__", spec.Cached);
        }
    }

    /// <summary>Read, compile and execute the module's source in its namespace; false with an exception set.</summary>
    static bool RunSource(PyModule module, string path)
    {
        byte[] source;
        try
        {
            source = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            ImportErrors.SetOSError(e, path);
            return false;
        }
        var code = Pipeline.Compile(source, path);
        if (code == null) return false;
        var d = module.Dict;
        if (d.GetItemString("__builtins__") == null) d.SetItemString("__builtins__", Interpreter.Builtins.Dict);
        var r = EvalLoop.EvalCode(code, d, d);
        Py.DECREF(code);
        if (r == null) return false;
        Py.DECREF(r);
        return true;
    }
}
