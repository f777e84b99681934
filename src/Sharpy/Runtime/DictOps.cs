using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>DICT_UPDATE and DICT_MERGE: `{**m}` and `f(**m)`.</summary>
public static class DictOps
{
    /// <summary>PyDict_Update with a mapping: keys() then __getitem__ for non-dicts.</summary>
    public static int Update(PyDict target, PyObject other)
    {
        if (other is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
                if (target.SetItem(k, v) < 0) return -1;
            return 0;
        }
        var keys = Calls.CallMethod(other, "keys");
        if (keys == null)
        {
            if (Errors.ExceptionMatches(PyExc.AttributeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"'{other.ob_type.tp_name}' object is not a mapping");
            }
            return -1;
        }
        var it = Abstract.GetIter(keys);
        Py.DECREF(keys);
        if (it == null) return -1;
        int result = 0;
        while (true)
        {
            var k = Abstract.IterNext(it);
            if (k == null) break;
            var v = Abstract.GetItem(other, k);
            if (v == null || target.SetItem(k, v) < 0) result = -1;
            Py.DECREF(k);
            Py.XDECREF(v);
            if (result < 0) break;
        }
        Py.DECREF(it);
        return result < 0 || Errors.Occurred() ? -1 : 0;
    }

    /// <summary>f(**m): like Update, but a repeated keyword is an error naming the function.</summary>
    public static int MergeKwargs(PyDict target, PyObject other, PyObject func)
    {
        if (other is not PyDict && TypeLookup.Lookup(other.ob_type, "keys") == null)
        {
            Errors.SetString(PyExc.TypeError, $"{CallEx.FunctionDescription(func)} argument after ** must be a mapping, not {other.ob_type.tp_name}");
            return -1;
        }
        var tmp = PyDict.New();
        if (Update(tmp, other) < 0) { Py.DECREF(tmp); return -1; }
        int pos = 0;
        while (tmp.Next(ref pos, out var k, out var v))
        {
            if (target.GetItemWithError(k) != null)
            {
                var name = Abstract.Str(k);
                Py.DECREF(tmp);
                if (name == null) return -1;
                Errors.SetString(PyExc.TypeError, $"{CallEx.FunctionDescription(func)} got multiple values for keyword argument '{((PyUnicode)name).Value}'");
                Py.DECREF(name);
                return -1;
            }
            if (target.SetItem(k, v) < 0) { Py.DECREF(tmp); return -1; }
        }
        Py.DECREF(tmp);
        return 0;
    }
}

/// <summary>CALL_FUNCTION_EX: f(*args, **kwargs).</summary>
public static class CallEx
{
    public static PyObject? Call(PyObject callable, PyObject? self, PyObject callargs, PyObject? kwargs)
    {
        PyTuple args;
        if (callargs is PyTuple t && t.ob_type == PyTuple.Type) args = Py.NewRef(t);
        else
        {
            var list = PyList.New();
            var it = Abstract.GetIter(callargs);
            if (it == null)
            {
                Py.DECREF(list);
                if (Errors.ExceptionMatches(PyExc.TypeError) && callargs.ob_type.tp_iter == null)
                {
                    Errors.Clear();
                    Errors.SetString(PyExc.TypeError, $"{FunctionDescription(callable)} argument after * must be an iterable, not {callargs.ob_type.tp_name}");
                }
                return null;
            }
            while (true)
            {
                var item = Abstract.IterNext(it);
                if (item == null) break;
                list.AppendSteal(item);
            }
            Py.DECREF(it);
            if (Errors.Occurred()) { Py.DECREF(list); return null; }
            var items = new PyObject[list.Count];
            for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(list.Items[i]);
            Py.DECREF(list);
            args = PyTuple.FromStolen(items);
        }
        if (self != null)
        {
            var withSelf = new PyObject[args.Count + 1];
            withSelf[0] = Py.NewRef(self);
            for (int i = 0; i < args.Count; i++) withSelf[i + 1] = Py.NewRef(args.Items[i]);
            Py.DECREF(args);
            args = PyTuple.FromStolen(withSelf);
        }
        var r = Calls.CallTuple(callable, args, kwargs as PyDict);
        Py.DECREF(args);
        return r;
    }

    /// <summary>
    /// _PyObject_FunctionStr, for _PyEval_FormatKwargsError's messages: "mod.qualname()" from the
    /// callable's __qualname__ and __module__ (no module for builtins), else str(func).
    /// </summary>
    public static string FunctionDescription(PyObject func)
    {
        if (Abstract.LookupAttr(func, PyUnicode.Intern("__qualname__"), out var qual) <= 0 || qual is not PyUnicode q)
        {
            Py.XDECREF(qual);
            Errors.Clear();
            var str = Abstract.Str(func);
            if (str == null) { Errors.Clear(); return func.ob_type.tp_name + " object"; }
            var text = ((PyUnicode)str).Value;
            Py.DECREF(str);
            return text;
        }
        string result = q.Value + "()";
        Py.DECREF(qual);
        if (Abstract.LookupAttr(func, PyUnicode.Intern("__module__"), out var mod) > 0 && mod is PyUnicode m && m.Value != "builtins")
            result = m.Value + "." + result;
        Py.XDECREF(mod);
        Errors.Clear();
        return result;
    }
}
