using Sharpy.Objects;

namespace Sharpy.Runtime;

// Installing importlib as the import system (Python/import.c init_importlib and
// init_importlib_external) and keeping its frames out of tracebacks (remove_importlib_frames).
public static partial class Import
{
    /// <summary>
    /// Run the frozen `_frozen_importlib` (importlib._bootstrap), install it with `_install(sys, _imp)`
    /// (BuiltinImporter and FrozenImporter on sys.meta_path), then import `_frozen_importlib_external`
    /// and add PathFinder and FileFinder's path hook, and zipimport's. Imports go through importlib from then on.
    /// Does nothing without a standard library (sys._stdlib_dir unset). 0, or -1 with an error set.
    /// </summary>
    public static int InstallImportlib()
    {
        var interp = Interpreter.Current;
        if (interp.Importlib != null || FrozenModules.OrigName("_frozen_importlib") == null) return 0;
        var bootstrap = ImportFrozenModule("_frozen_importlib");
        if (bootstrap == null) return -1;
        var imp = ImportModule("_imp");
        if (imp == null) { Py.DECREF(bootstrap); return -1; }
        var r = Calls.CallMethod(bootstrap, "_install", interp.Sys, imp);
        Py.DECREF(imp);
        if (r == null) { Py.DECREF(bootstrap); return -1; }
        Py.DECREF(r);
        interp.Importlib = bootstrap;
        r = Calls.CallMethod(bootstrap, "_install_external_importers");
        if (r == null) return -1;
        Py.DECREF(r);
        InstallZipimport();
        return 0;
    }

    /// <summary>_PyImportZip_Init: zipimport.zipimporter first on sys.path_hooks (without zipimport, nothing).</summary>
    static void InstallZipimport()
    {
        var zipimport = ImportModule("zipimport");
        var importer = zipimport == null ? null : Abstract.GetAttr(zipimport, "zipimporter");
        Py.XDECREF(zipimport);
        if (importer != null && Interpreter.Sys.Dict.GetItemString("path_hooks") is PyList hooks) hooks.Insert(0, importer);
        Py.XDECREF(importer);
        if (Errors.Occurred()) Errors.Clear();
    }

    /// <summary>
    /// PyImport_ImportFrozenModuleObject: run frozen module <paramref name="name"/> in a new
    /// module registered in sys.modules, with __origname__ for FrozenImporter to fix it up.
    /// </summary>
    static PyModule? ImportFrozenModule(string name)
    {
        var code = FrozenModules.GetCode(name);
        if (code == null) return null;
        var module = new PyModule(name);
        var d = module.Dict;
        d.SetItemStringSteal("__origname__", PyUnicode.FromString(FrozenModules.OrigName(name)!));
        d.SetItemString("__builtins__", Interpreter.Builtins);
        PyObject? r = null;
        if (Interpreter.Modules.SetItemString(name, module) == 0) r = EvalLoop.EvalCode(code, d, d);
        Py.DECREF(code);
        if (r == null)
        {
            var exc = Errors.GetRaisedException();
            if (Interpreter.Modules.GetItemString(name) != null)
            {
                var key = PyUnicode.FromString(name);
                if (Interpreter.Modules.DelItem(key) < 0) Errors.Clear();
                Py.DECREF(key);
            }
            Errors.SetRaisedException(exc);
            Py.DECREF(module);
            return null;
        }
        Py.DECREF(r);
        return module;
    }

    /// <summary>
    /// remove_importlib_frames: drop importlib's own frames from the traceback of the exception
    /// being raised. Every importlib chunk goes for an ImportError; for other exceptions only the
    /// chunks that end in _call_with_frames_removed (the module's code then follows). Kept with -v.
    /// </summary>
    static void RemoveImportlibFrames()
    {
        var exc = Errors.GetRaisedException();
        if (exc == null) return;
        if (exc.Traceback != null && !IsVerbose())
        {
            bool alwaysTrim = Abstract.IsSubtype(exc.ob_type, PyExc.ImportError);
            // A link is the traceback whose tb_next it is, or null for the exception's own.
            PyTraceBack? baseTb = (PyTraceBack)Py.NewRef(exc.Traceback), prevLink = null, outerLink = null;
            bool inImportlib = false;
            for (var tb = baseTb; tb != null;)
            {
                var next = tb.Next;
                var code = tb.Frame.Code;
                bool nowIn = code.Filename.Value is "<frozen importlib._bootstrap>" or "<frozen importlib._bootstrap_external>";
                if (nowIn && !inImportlib) outerLink = prevLink; // where this importlib chunk hangs
                inImportlib = nowIn;
                if (inImportlib && (alwaysTrim || code.Name.Value == "_call_with_frames_removed"))
                {
                    // Cut the chunk so far: its link now points past tb (which may be freed).
                    Py.XINCREF(next);
                    if (outerLink == null) Py.SETREF(ref baseTb, next);
                    else Py.SETREF(ref outerLink.Next, next);
                    prevLink = outerLink;
                }
                else prevLink = tb;
                tb = next;
            }
            Py.SETREF(ref exc.Traceback, baseTb);
        }
        Errors.SetRaisedException(exc);
    }

    static bool IsVerbose()
    {
        if (Interpreter.Sys.Dict.GetItemString("flags") is not { } flags) return false;
        var v = Abstract.GetAttr(flags, "verbose");
        if (v == null) { Errors.Clear(); return false; }
        int t = Abstract.IsTrue(v);
        Py.DECREF(v);
        if (t < 0) Errors.Clear();
        return t > 0;
    }
}
