using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>The match statement's instructions (ceval.c match_keys, match_class).</summary>
public static class PatternMatching
{
    /// <summary>MATCH_MAPPING: dict and its subclasses (Py_TPFLAGS_MAPPING).</summary>
    public static bool IsMapping(PyObject subject) => (subject.ob_type.tp_flags & TypeFlags.Mapping) != 0;

    /// <summary>MATCH_SEQUENCE: list, tuple, range and subclasses (Py_TPFLAGS_SEQUENCE); not str or bytes.</summary>
    public static bool IsSequence(PyObject subject) => (subject.ob_type.tp_flags & TypeFlags.Sequence) != 0;

    /// <summary>MATCH_KEYS: a tuple of the values for <paramref name="keys"/>, None if one is missing, null on error.</summary>
    public static PyObject? MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return Py.NewRef(PyTuple.Empty);
        var get = Abstract.GetAttr(subject, "get");
        if (get == null) return null;
        var dummy = new PyBaseObject(PyBaseObject.Type);
        var seen = PySet.NewEmpty();
        var values = new PyObject[keys.Count];
        int n = 0;
        try
        {
            foreach (var key in keys.Items)
            {
                int c = Abstract.Contains(seen, key);
                if (c < 0) return null;
                if (c > 0)
                {
                    var r = Abstract.ReprString(key);
                    return r == null ? null : Errors.SetString(PyExc.ValueError, $"mapping pattern checks duplicate key ({r})");
                }
                if (seen.Add(key) < 0) return null;
                var v = Calls.CallTwoArgs(get, key, dummy);
                if (v == null) return null;
                if (v == dummy)
                {
                    Py.DECREF(v);
                    return Py.None;
                }
                values[n++] = v;
            }
            var result = PyTuple.FromStolen(values);
            n = 0;
            return result;
        }
        finally
        {
            for (int i = 0; i < n; i++) Py.DECREF(values[i]);
            Py.DECREF(get);
            Py.DECREF(dummy);
            Py.DECREF(seen);
        }
    }

    /// <summary>
    /// MATCH_CLASS: if subject is an instance of type, a tuple of the attributes for
    /// <paramref name="nargs"/> positional sub-patterns (through __match_args__) followed by
    /// the keyword attributes; None when it does not match; null on error.
    /// </summary>
    public static PyObject? MatchClass(PyObject subject, PyObject type, int nargs, PyTuple kwargs)
    {
        if (type is not PyType t)
            return Errors.SetString(PyExc.TypeError, "called match pattern must be a class");
        int isInstance = TypeChecks.IsInstance(subject, t); // honours a metaclass's __instancecheck__
        if (isInstance < 0) return null;
        if (isInstance == 0) return Py.None;
        var attrs = new System.Collections.Generic.List<PyObject>();
        var seen = new System.Collections.Generic.List<string>();
        bool ok = false;
        try
        {
            PyTuple? matchArgs = null;
            bool matchSelf = false;
            if (nargs > 0)
            {
                var ma = TypeLookup.Lookup(t, "__match_args__");
                if (ma != null)
                {
                    if (ma is not PyTuple mt)
                        return Errors.SetString(PyExc.TypeError, $"{t.Name}.__match_args__ must be a tuple (got {ma.ob_type.tp_name})");
                    matchArgs = mt;
                }
                else matchSelf = (t.tp_flags & TypeFlags.MatchSelf) != 0;
                int allowed = matchSelf ? 1 : matchArgs?.Count ?? 0;
                if (allowed < nargs)
                {
                    string plural = allowed == 1 ? "" : "s";
                    return Errors.SetString(PyExc.TypeError, $"{t.Name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)");
                }
                if (matchSelf) attrs.Add(Py.NewRef(subject));
                else
                {
                    for (int i = 0; i < nargs; i++)
                    {
                        var name = matchArgs!.Items[i];
                        if (name is not PyUnicode nu)
                            return Errors.SetString(PyExc.TypeError, $"__match_args__ elements must be strings (got {name.ob_type.tp_name})");
                        var a = MatchAttribute(subject, t, nu, seen);
                        if (a == null) return Errors.Occurred() ? null : Py.None;
                        attrs.Add(a);
                    }
                }
            }
            foreach (var name in kwargs.Items)
            {
                var a = MatchAttribute(subject, t, (PyUnicode)name, seen);
                if (a == null) return Errors.Occurred() ? null : Py.None;
                attrs.Add(a);
            }
            ok = true;
            return PyTuple.FromStolen(attrs.ToArray());
        }
        finally
        {
            if (!ok) foreach (var a in attrs) Py.DECREF(a);
        }
    }

    /// <summary>One attribute for a class pattern; null without an error when it is missing.</summary>
    static PyObject? MatchAttribute(PyObject subject, PyType t, PyUnicode name, System.Collections.Generic.List<string> seen)
    {
        if (seen.Contains(name.Value))
            return Errors.SetString(PyExc.TypeError, $"{t.Name}() got multiple sub-patterns for attribute '{name.Value}'");
        seen.Add(name.Value);
        int r = Abstract.LookupAttr(subject, name, out var value);
        return r > 0 ? value : null;
    }
}
