using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// The filter machinery (Python/_warnings.c: warn_explicit, get_filter, filter_search,
// already_warned, update_registry): which action the first matching filter gives a warning,
// and the registries that keep "default", "module" and "once" warnings from repeating.
public static partial class WarningsModule
{
    /// <summary>
    /// warn_explicit, with the warnings lock held: filter the warning and act on it: None, or
    /// null with an exception set (the warning itself for "error"). <paramref name="module"/>
    /// null: made from the filename; None: the warning is dropped (emitted so late in shutdown
    /// that no filters remain). <paramref name="registry"/>: a dict, or None/null for none.
    /// </summary>
    internal static PyObject? WarnExplicit(PyObject category, PyObject message, PyObject filename, int lineno,
        PyObject? module, PyObject? registry, PyObject? sourceLine, PyObject? source)
    {
        if (module == Py.None) return Py.None;
        if (registry == Py.None) registry = null;
        if (registry != null && registry is not PyDict)
            return Errors.SetString(PyExc.TypeError, "'registry' must be a dict or None");
        var reg = (PyDict?)registry;

        if (module == null)
        {
            module = NormalizeModule(filename);
            if (module == null) return null;
        }
        else Py.INCREF(module);

        PyObject? text, key = null, lineObj = null, item = null, result = null;
        Py.INCREF(message);
        if (Abstract.TypeCheck(message, PyExc.Warning))
        {
            text = Abstract.Str(message);
            if (text == null) goto cleanup;
            category = message.ob_type;
        }
        else
        {
            text = message;
            message = Calls.CallOneArg(category, text)!;
            if (message == null) goto cleanup;
        }

        lineObj = PyLong.FromLong(lineno);
        key = PyTuple.Pack(text, category, lineObj);
        if (reg != null)
        {
            int warned = AlreadyWarned(reg, key, false);
            if (warned < 0) goto cleanup;
            if (warned == 1) goto returnNone;
        }

        var action = GetFilter(category, text, lineno, module, out item);
        if (action == null) goto cleanup;
        string act = ((PyUnicode)action).Value;
        if (act == "error")
        {
            if (category is PyType type && Abstract.IsSubtype(type, PyExc.BaseException)) Errors.SetObject(type, message);
            else Errors.SetString(PyExc.SystemError, $"_PyErr_SetObject: exception {Abstract.ReprString(category)} is not a BaseException subclass");
            goto cleanup;
        }
        if (act == "ignore") goto returnNone;

        // Every action but "always" and "all" records the warning in the registry.
        int rc = 0;
        if (act != "always" && act != "all")
        {
            if (reg != null && reg.SetItem(key, PyBool.True) < 0) goto cleanup;
            if (act == "once")
            {
                var onceReg = reg;
                if (onceReg == null)
                {
                    onceReg = GetOnceRegistry();
                    if (onceReg == null) goto cleanup;
                }
                rc = UpdateRegistry(onceReg, text, category, false);
            }
            else if (act == "module")
            {
                if (reg != null) rc = UpdateRegistry(reg, text, category, true);
            }
            else if (act != "default")
            {
                Errors.SetString(PyExc.RuntimeError,
                    $"Unrecognized action ({Abstract.ReprString(action)}) in warnings.filters:\n {Abstract.ReprString(item!)}");
                goto cleanup;
            }
        }
        if (rc < 0) goto cleanup;
        if (rc == 0 && CallShowWarning(category, text, message, filename, lineObj, sourceLine, source) < 0) goto cleanup;

    returnNone:
        result = Py.None;
    cleanup:
        Py.XDECREF(item);
        Py.XDECREF(key);
        Py.XDECREF(text);
        Py.XDECREF(lineObj);
        Py.DECREF(module);
        Py.XDECREF(message);
        return result;
    }

    /// <summary>normalize_module: the filename without ".py", or "&lt;unknown&gt;" for an empty one (a new reference).</summary>
    static PyObject? NormalizeModule(PyObject filename)
    {
        if (filename is not PyUnicode u)
            return Errors.SetString(PyExc.TypeError, "bad argument type for built-in operation");
        var s = u.Value;
        if (s.Length == 0) return PyUnicode.FromString("<unknown>");
        if (s.EndsWith(".py", System.StringComparison.Ordinal)) return PyUnicode.FromString(s[..^3]);
        return Py.NewRef(filename);
    }

    /// <summary>
    /// already_warned: 1 if <paramref name="registry"/> records the key, 0 if not (recording it
    /// when <paramref name="shouldSet"/>), -1 on error. A registry from an older filters
    /// version is emptied first.
    /// </summary>
    static int AlreadyWarned(PyDict registry, PyObject key, bool shouldSet)
    {
        var st = WarningsState.Get(Interpreter.Current);
        var versionKey = PyUnicode.Intern("version");
        var version = registry.GetItemWithError(versionKey);
        if (version == null || version.ob_type != PyLong.Type || !((PyLong)version).TryGetLong(out long v) || v != st.FiltersVersion)
        {
            if (Errors.Occurred()) return -1;
            registry.ClearItems();
            var ver = PyLong.FromLong(st.FiltersVersion);
            int err = registry.SetItem(versionKey, ver);
            Py.DECREF(ver);
            if (err < 0) return -1;
        }
        else
        {
            var warned = registry.GetItemWithError(key);
            if (warned != null)
            {
                Py.INCREF(warned);
                int rc = Abstract.IsTrue(warned);
                Py.DECREF(warned);
                if (rc != 0) return rc;
            }
            else if (Errors.Occurred()) return -1;
        }
        return shouldSet ? registry.SetItem(key, PyBool.True) : 0;
    }

    /// <summary>update_registry: record (text, category) or, for "module", (text, category, 0); 1 if it was recorded already.</summary>
    static int UpdateRegistry(PyDict registry, PyObject text, PyObject category, bool addZero)
    {
        var zero = PyLong.FromLong(0);
        var altKey = addZero ? PyTuple.Pack(text, category, zero) : PyTuple.Pack(text, category);
        Py.DECREF(zero);
        int rc = AlreadyWarned(registry, altKey, true);
        Py.DECREF(altKey);
        return rc;
    }

    /// <summary>
    /// get_warnings_attr: an attribute of the `warnings` module (a new reference), or null:
    /// with an exception set on error, without one when there is no module or attribute.
    /// <paramref name="tryImport"/>: import the module if needed (not once shutdown began);
    /// otherwise only a module already in sys.modules counts.
    /// </summary>
    static PyObject? GetWarningsAttr(string attr, bool tryImport)
    {
        var interp = Interpreter.Current;
        PyObject? warnings;
        if (tryImport && !interp.Finalizing && interp.Importlib != null)
        {
            warnings = Import.ImportModule("warnings");
            if (warnings == null)
            {
                // Fall back to the C# implementation.
                if (Errors.ExceptionMatches(PyExc.ImportError)) Errors.Clear();
                return null;
            }
        }
        else
        {
            if (interp.Modules == null) return null;
            warnings = interp.Modules.GetItemWithError(PyUnicode.Intern("warnings"));
            if (warnings == null || warnings == Py.None) return null;
            Py.INCREF(warnings);
        }
        int found = Abstract.LookupAttr(warnings, PyUnicode.Intern(attr), out var obj);
        Py.DECREF(warnings);
        return found < 0 ? null : obj;
    }

    /// <summary>get_once_registry: warnings.onceregistry, which must be a dict, else the state's (borrowed).</summary>
    static PyDict? GetOnceRegistry()
    {
        var st = WarningsState.Get(Interpreter.Current);
        var registry = GetWarningsAttr("onceregistry", false);
        if (registry == null)
            return Errors.Occurred() ? null : st.OnceRegistry as PyDict;
        if (registry is not PyDict d)
        {
            Errors.SetString(PyExc.TypeError, $"_warnings.onceregistry must be a dict, not '{registry.ob_type.tp_name}'");
            Py.DECREF(registry);
            return null;
        }
        Py.SETREF(ref st.OnceRegistry!, registry);
        return d;
    }

    /// <summary>get_default_action: warnings.defaultaction, which must be a str, else the state's (borrowed).</summary>
    static PyObject? GetDefaultAction()
    {
        var st = WarningsState.Get(Interpreter.Current);
        var action = GetWarningsAttr("defaultaction", false);
        if (action == null)
            return Errors.Occurred() ? null : st.DefaultAction;
        if (action is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"_warnings.defaultaction must be a string, not '{action.ob_type.tp_name}'");
            Py.DECREF(action);
            return null;
        }
        Py.SETREF(ref st.DefaultAction!, action);
        return action;
    }

    /// <summary>
    /// get_filter: the action (borrowed) of the first filter that matches, and the filter
    /// (<paramref name="item"/>, a new reference; None for the default action). The filters of
    /// the current catch_warnings context come first (context-aware warnings), else
    /// warnings.filters. Null with an exception set on error.
    /// </summary>
    static PyObject? GetFilter(PyObject category, PyObject text, long lineno, PyObject module, out PyObject? item)
    {
        item = null;
        var st = WarningsState.Get(Interpreter.Current);
        var ctx = st.Context.ValueOrDefault();
        if (ctx != null && ctx != Py.None)
        {
            Py.INCREF(ctx);
            var contextFilters = Abstract.GetAttr(ctx, "_filters");
            Py.DECREF(ctx);
            if (contextFilters == null) return null;
            if (contextFilters is not PyList cf)
            {
                Py.DECREF(contextFilters);
                Errors.SetString(PyExc.ValueError, "_filters of warnings._warnings_context must be a list");
                return null;
            }
            bool ok = FilterSearch(category, text, lineno, module, "warnings._warnings_context _filters", cf, out item, out var contextAction);
            Py.DECREF(contextFilters);
            if (!ok) return null;
            if (contextAction != null) return contextAction;
        }
        else
        {
            var filters = GetWarningsAttr("filters", false);
            if (filters == null)
            {
                if (Errors.Occurred()) return null;
            }
            else Py.SETREF(ref st.Filters!, filters);
            if (st.Filters is not PyList list)
            {
                Errors.SetString(PyExc.ValueError, "_warnings.filters must be a list");
                return null;
            }
            Py.INCREF(list);
            bool ok = FilterSearch(category, text, lineno, module, "warnings.filters", list, out item, out var action);
            Py.DECREF(list);
            if (!ok) return null;
            if (action != null) return action;
        }
        var defaultAction = GetDefaultAction();
        if (defaultAction == null) return null;
        item = Py.None;
        return defaultAction;
    }

    /// <summary>
    /// filter_search: the first filter of <paramref name="filters"/> that matches the warning
    /// (each an (action, message, category, module, lineno) tuple): its action (borrowed from
    /// the filter, which <paramref name="item"/> holds) or null for none. False with an exception set.
    /// </summary>
    static bool FilterSearch(PyObject category, PyObject text, long lineno, PyObject module, string listName, PyList filters,
        out PyObject? item, out PyObject? action)
    {
        item = null;
        action = null;
        // The list may change while the filters' code runs.
        for (int i = 0; i < filters.Count; i++)
        {
            var tmp = filters.Items[i];
            if (tmp is not PyTuple t || t.Count != 5)
            {
                Errors.SetString(PyExc.ValueError, $"{listName} item {i} isn't a 5-tuple");
                return false;
            }
            Py.INCREF(t);
            var act = t.Items[0];
            if (act is not PyUnicode)
            {
                Errors.SetString(PyExc.TypeError, $"action must be a string, not '{act.ob_type.tp_name}'");
                Py.DECREF(t);
                return false;
            }
            int goodMsg = CheckMatched(t.Items[1], text);
            int goodMod = goodMsg < 0 ? -1 : CheckMatched(t.Items[3], module);
            int isSubclass = goodMod < 0 ? -1 : TypeChecks.IsSubclass(category, t.Items[2]);
            long ln = 0;
            if (isSubclass >= 0)
            {
                ln = Abstract.AsSsize(t.Items[4], PyExc.OverflowError);
                if (ln == -1 && Errors.Occurred()) isSubclass = -1;
            }
            if (isSubclass < 0)
            {
                Py.DECREF(t);
                return false;
            }
            if (goodMsg == 1 && isSubclass == 1 && goodMod == 1 && (ln == 0 || lineno == ln))
            {
                item = t;
                action = act;
                return true;
            }
            Py.DECREF(t);
        }
        return true;
    }

    /// <summary>check_matched: None matches anything, an exact str matches itself, else the object's match() decides.</summary>
    static int CheckMatched(PyObject obj, PyObject arg)
    {
        if (obj == Py.None) return 1;
        if (obj.ob_type == PyUnicode.Type)
            return arg is PyUnicode a && PyUnicode.EqualValues((PyUnicode)obj, a) ? 1 : 0;
        var result = Calls.CallMethod(obj, "match", arg);
        if (result == null) return -1;
        int rc = Abstract.IsTrue(result);
        Py.DECREF(result);
        return rc;
    }
}
