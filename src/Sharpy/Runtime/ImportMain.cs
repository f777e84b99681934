using System.IO;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// `python -m MODULE`: what Lib/runpy.py's _get_module_details and _run_module_as_main do,
// in C# until runpy (which needs much of the stdlib) runs.
public static partial class Import
{
    /// <summary>The outcome of finding a module to run as __main__.</summary>
    public sealed class MainModuleDetails
    {
        public ModuleSpec? Spec;
        public PyCode? Code;
        /// <summary>runpy's _Error: reported as "EXECUTABLE: message", exit status 1, no traceback.</summary>
        public string? Error;
    }

    /// <summary>
    /// runpy._get_module_details: the spec and code of <paramref name="modName"/> (a package's
    /// __main__ submodule for a package). Null with a Python exception set when importing
    /// the parent package (or compiling) raised.
    /// </summary>
    public static MainModuleDetails? GetMainModuleDetails(string modName)
    {
        if (modName.StartsWith('.')) return new MainModuleDetails { Error = "Relative module names not supported" };
        int dot = modName.LastIndexOf('.');
        if (dot > 0)
        {
            string pkgName = modName[..dot];
            var pkg = ImportModule(pkgName);
            if (pkg != null) Py.DECREF(pkg);
            else
            {
                if (!Errors.ExceptionMatches(PyExc.ImportError)) return null;
                string? errName = ImportErrors.RaisedName();
                if (errName == null || errName != pkgName && !pkgName.StartsWith(errName + ".")) return null;
                Errors.Clear();
            }
        }
        var spec = FindSpec(modName);
        if (spec == null)
        {
            if (!Errors.Occurred()) return new MainModuleDetails { Error = "No module named " + modName };
            var exc = Errors.OccurredException()!;
            if (!IsFindSpecError(exc)) return null;
            Errors.GetRaisedException();
            var text = Abstract.Str(exc);
            string excText = text is PyUnicode t ? t.Value : "";
            Py.XDECREF(text);
            if (text == null) Errors.Clear();
            var msg = $"Error while finding module specification for {SourceLoader.Quote(modName)} ({exc.ob_type.Name}: {excText})";
            if (modName.EndsWith(".py")) msg += $". Try using '{modName[..^3]}' instead of '{modName}' as the module name.";
            Py.DECREF(exc);
            return new MainModuleDetails { Error = msg };
        }
        if (spec.SearchLocations != PyNone.None)
        {
            Py.DECREF(spec);
            if (modName == "__main__" || modName.EndsWith(".__main__"))
                return new MainModuleDetails { Error = "Cannot use package as __main__ module" };
            var inner = GetMainModuleDetails(modName + ".__main__");
            if (inner?.Error != null && Interpreter.Modules.GetItemString(modName) != null)
                inner.Error = $"{inner.Error}; {SourceLoader.Quote(modName)} is a package and cannot be directly executed";
            return inner;
        }
        if (spec.Origin is not PyUnicode origin || !spec.HasLocation)
        {
            Py.DECREF(spec);
            return new MainModuleDetails { Error = $"{SourceLoader.Quote(modName)} is a namespace package and cannot be executed" };
        }
        byte[] source;
        try
        {
            source = File.ReadAllBytes(origin.Value);
        }
        catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
        {
            Py.DECREF(spec);
            ImportErrors.SetOSError(e, origin.Value);
            return null;
        }
        var code = Pipeline.Compile(source, origin.Value);
        if (code == null) { Py.DECREF(spec); return null; }
        return new MainModuleDetails { Spec = spec, Code = code };
    }

    static bool IsFindSpecError(PyBaseException exc) =>
        Abstract.IsSubtype(exc.ob_type, PyExc.ImportError) || Abstract.IsSubtype(exc.ob_type, PyExc.AttributeError)
        || Abstract.IsSubtype(exc.ob_type, PyExc.TypeError) || Abstract.IsSubtype(exc.ob_type, PyExc.ValueError);

    /// <summary>
    /// importlib.util.find_spec for a source module: the spec of a module already in
    /// sys.modules, else a search of sys.path or the parent package's __path__. Null when
    /// there is none (no error), or with an error set.
    /// </summary>
    public static ModuleSpec? FindSpec(string fullName)
    {
        if (Interpreter.Modules.GetItemString(fullName) is { } existing && existing != PyNone.None)
        {
            if (Abstract.LookupAttr(existing, PyUnicode.Intern("__spec__"), out var s) < 0) return null;
            if (s is ModuleSpec ms) return ms;
            Py.XDECREF(s);
            Errors.SetString(PyExc.ValueError, $"{fullName}.__spec__ is " + (s == null || s == PyNone.None ? "None" : "not set"));
            return null;
        }
        int dot = fullName.LastIndexOf('.');
        PyObject? searchPath;
        if (dot > 0)
        {
            string parentName = fullName[..dot];
            var parent = ImportModule(parentName);
            if (parent == null) return null;
            int r = Abstract.LookupAttr(parent, PyUnicode.Intern("__path__"), out searchPath);
            Py.DECREF(parent);
            if (r < 0) return null;
            if (searchPath == null)
            {
                ImportErrors.ModuleNotFound($"__path__ attribute not found on {SourceLoader.Quote(parentName)} while trying to find {SourceLoader.Quote(fullName)}", fullName);
                return null;
            }
        }
        else
        {
            searchPath = Interpreter.Sys.Dict.GetItemString("path");
            if (searchPath == null) return null;
            Py.INCREF(searchPath);
        }
        var spec = SourceLoader.Find(fullName, searchPath);
        Py.DECREF(searchPath);
        return spec;
    }

    /// <summary>
    /// runpy._run_code for -m: set __main__'s globals from the spec (sys.argv[0] becomes the
    /// file's path) and run the code there. The result of the code, or null with an error set.
    /// </summary>
    public static PyObject? RunMainModule(MainModuleDetails details, PyModule main)
    {
        var spec = details.Spec!;
        if (Interpreter.Sys.Dict.GetItemString("argv") is PyList argv && argv.Count > 0)
            Abstract.SetItem(argv, PyLong.FromLong(0), spec.Origin);
        var d = main.Dict;
        var name = PyUnicode.FromString("__main__");
        d.SetItemString("__name__", name);
        Py.DECREF(name);
        d.SetItemString("__file__", spec.Origin);
        d.SetItemString("__cached__", spec.Cached);
        d.SetItemString("__doc__", PyNone.None);
        d.SetItemString("__loader__", spec.Loader);
        var package = PyUnicode.FromString(spec.Parent);
        d.SetItemString("__package__", package);
        Py.DECREF(package);
        d.SetItemString("__spec__", spec);
        return EvalLoop.EvalCode(details.Code!, d, d);
    }
}
