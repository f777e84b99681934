using System;
using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Modules.Json;

/// <summary>
/// The memo of one scanner call (scanner_call's memo dict): each distinct object key text
/// becomes one str object, shared by every object that has the key. A key without escapes
/// is looked up by its text in the input, so a key seen before costs no allocation (CPython
/// builds the str and then finds it in the memo). Keys with surrogate code units, whose text
/// alone does not decide equality as str, go through a dict as in CPython.
/// </summary>
internal sealed class JsonKeyMemo
{
    readonly Dictionary<string, PyUnicode> _simple = new();
    readonly Dictionary<string, PyUnicode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    PyDict? _other;

    public JsonKeyMemo() => _bySpan = _simple.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The memoized key for s[start, start+count) of a simple input (a new reference).</summary>
    public PyUnicode FromSpan(PyUnicode s, int start, int count)
    {
        if (_bySpan.TryGetValue(s.Value.AsSpan(start, count), out var known)) return Py.NewRef(known);
        var key = s.Substring(start, count);
        _simple.Add(key.Value, Py.NewRef(key));
        return key;
    }

    /// <summary>The memoized key equal to <paramref name="key"/>, taking over the caller's reference to it; null on error.</summary>
    public PyUnicode? Intern(PyUnicode key)
    {
        if (key.IsSimple)
        {
            if (_simple.TryGetValue(key.Value, out var known))
            {
                Py.DECREF(key);
                return Py.NewRef(known);
            }
            _simple.Add(key.Value, Py.NewRef(key));
            return key;
        }
        _other ??= PyDict.New();
        var memoKey = _other.SetDefault(key, key);
        if (memoKey == null)
        {
            Py.DECREF(key);
            return null;
        }
        var r = (PyUnicode)Py.NewRef(memoKey);
        Py.DECREF(key);
        return r;
    }

    /// <summary>Release the keys (the end of the scanner call).</summary>
    public void Clear()
    {
        foreach (var key in _simple.Values) Py.DECREF(key);
        _simple.Clear();
        Py.CLEAR(ref _other);
    }
}
