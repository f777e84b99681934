using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The import statement (Python/import.c, Python/ceval.c import_name/import_from): modules
/// already in sys.modules, builtin modules written in C#, and source modules found on
/// sys.path (see <see cref="SourceLoader"/>).
/// </summary>
public static partial class Import
{
    public static PyObject? ImportName(Frame f, PyUnicode name, PyObject fromlist, PyObject level)
    {
        int lvl = (int)((PyLong)level).Value;
        string? absName = ResolveName(name.Value, f.Globals, lvl);
        if (absName == null) return null;
        var leaf = ImportModule(absName);
        if (leaf == null) return null;
        bool hasFromlist = fromlist != PyNone.None && !(fromlist is PyTuple t && t.Count == 0);
        if (hasFromlist || lvl > 0 && name.Value.Length == 0)
        {
            if (hasFromlist && leaf.Dict.GetItemString("__path__") != null && fromlist is PyTuple names)
            {
                foreach (var n in names.Items)
                {
                    var sub = ((PyUnicode)n).Value;
                    if (sub == "*" || leaf.Dict.GetItemString(sub) != null) continue;
                    var m = ImportModule(absName + "." + sub);
                    if (m == null)
                    {
                        if (Errors.ExceptionMatches(PyExc.ModuleNotFoundError)) { Errors.Clear(); continue; }
                        Py.DECREF(leaf);
                        return null;
                    }
                    Py.DECREF(m);
                }
            }
            return leaf;
        }
        int dot = name.Value.IndexOf('.');
        if (dot < 0) return leaf;
        Py.DECREF(leaf);
        var topName = lvl == 0 ? name.Value[..dot] : absName[..(absName.Length - name.Value.Length + dot)];
        return GetModule(topName) is { } top ? Py.NewRef(top) : Errors.SetString(PyExc.KeyError, topName);
    }

    /// <summary>The absolute module name for a (possibly relative) import.</summary>
    static string? ResolveName(string name, PyDict globals, int level)
    {
        if (level == 0)
        {
            if (name.Length == 0)
            {
                Errors.SetString(PyExc.ValueError, "Empty module name");
                return null;
            }
            return name;
        }
        string? package = globals.GetItemString("__package__") is PyUnicode p ? p.Value : null;
        if (package == null)
        {
            var modName = globals.GetItemString("__name__") is PyUnicode n ? n.Value : null;
            if (modName == null)
            {
                Errors.SetString(PyExc.KeyError, "'__name__' not in globals");
                return null;
            }
            package = globals.GetItemString("__path__") != null ? modName : (modName.Contains('.') ? modName[..modName.LastIndexOf('.')] : "");
        }
        if (package.Length == 0)
        {
            Errors.SetString(PyExc.ImportError, "attempted relative import with no known parent package");
            return null;
        }
        var bits = package.Split('.');
        if (bits.Length < level)
        {
            Errors.SetString(PyExc.ImportError, "attempted relative import beyond top-level package");
            return null;
        }
        var baseName = string.Join('.', bits, 0, bits.Length - (level - 1));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    static PyModule? GetModule(string name) => Interpreter.Modules.GetItemString(name) as PyModule;

    /// <summary>Import <paramref name="fullName"/> and its parents; a new reference to the module.</summary>
    public static PyModule? ImportModule(string fullName)
    {
        if (Interpreter.Modules.GetItemString(fullName) is { } existing)
        {
            if (existing is PyModule em) return Py.NewRef(em);
            if (existing == PyNone.None)
            {
                Errors.SetString(PyExc.ModuleNotFoundError, $"import of {fullName} halted; None in sys.modules");
                return null;
            }
        }
        int dot = fullName.LastIndexOf('.');
        PyModule? parent = null;
        if (dot > 0)
        {
            parent = ImportModule(fullName[..dot]);
            if (parent == null) return null;
            if (Interpreter.Modules.GetItemString(fullName) is PyModule already)
            {
                Py.DECREF(parent);
                return Py.NewRef(already);
            }
        }
        var module = Sharpy.Modules.BuiltinModules.Create(fullName);
        if (module == null)
        {
            if (Errors.Occurred()) { Py.XDECREF(parent); return null; }
            module = SourceLoader.Load(fullName, parent);
            if (module == null) { Py.XDECREF(parent); return null; }
        }
        else
        {
            Interpreter.Modules.SetItemString(fullName, module);
        }
        if (parent != null)
        {
            parent.Dict.SetItemString(fullName[(dot + 1)..], module);
            Py.DECREF(parent);
        }
        return module;
    }

    public static PyObject? ImportFrom(PyObject module, PyUnicode name)
    {
        var r = Abstract.GetAttr(module, name);
        if (r != null) return r;
        if (!Errors.ExceptionMatches(PyExc.AttributeError)) return null;
        Errors.Clear();
        string? modName = module is PyModule pm && pm.Dict.GetItemString("__name__") is PyUnicode mn ? mn.Value : null;
        if (modName != null)
        {
            var sub = Interpreter.Modules.GetItemString(modName + "." + name.Value);
            if (sub != null) return Py.NewRef(sub);
        }
        string file = module is PyModule m2 && m2.Dict.GetItemString("__file__") is PyUnicode fu ? fu.Value : "unknown location";
        var msg = modName == null
            ? $"cannot import name '{name.Value}' from '<unknown module name>' ({file})"
            : $"cannot import name '{name.Value}' from '{modName}' ({file})";
        Errors.SetString(PyExc.ImportError, msg);
        return null;
    }

    public static int ImportStar(Frame f, PyObject module)
    {
        if (f.Locals is not PyDict locals)
        {
            Errors.SetString(PyExc.SystemError, "no locals found during 'import *'");
            return -1;
        }
        var dict = (module as PyModule)?.Dict;
        if (dict == null) return 0;
        var all = dict.GetItemString("__all__");
        if (all != null)
        {
            var it = Abstract.GetIter(all);
            if (it == null) return -1;
            while (true)
            {
                var n = Abstract.IterNext(it);
                if (n == null) break;
                var v = Abstract.GetAttr(module, n);
                if (v == null || locals.SetItem(n, v) < 0) { Py.DECREF(n); Py.XDECREF(v); Py.DECREF(it); return -1; }
                Py.DECREF(n);
                Py.DECREF(v);
            }
            Py.DECREF(it);
            return Errors.Occurred() ? -1 : 0;
        }
        int pos = 0;
        while (dict.Next(ref pos, out var k, out var val))
        {
            if (k is PyUnicode ks && ks.Value.StartsWith('_')) continue;
            if (locals.SetItem(k, val) < 0) return -1;
        }
        return 0;
    }
}

/// <summary>Finding and running source modules on sys.path.</summary>
public static partial class SourceLoader
{
    /// <summary>Hook for loading .py modules; until the compiler is wired in, only ModuleNotFoundError.</summary>
    public static PyModule? Load(string fullName, PyModule? parent)
    {
        var ex = Calls.CallOneArg(PyExc.ModuleNotFoundError, PyUnicode.FromString($"No module named '{fullName}'"));
        if (ex is PyBaseException be)
        {
            var d = be.Dict ??= PyDict.New();
            d.SetItemString("name", PyUnicode.FromString(fullName));
            Errors.SetRaisedException(be);
        }
        return null;
    }
}
