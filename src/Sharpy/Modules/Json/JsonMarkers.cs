using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Json;

/// <summary>
/// The circular-reference check of one encoder call. CPython keeps every container being
/// encoded in the markers dict, keyed by id(container), from entering it until it is done
/// (and leaves them there when an error unwinds). id() is costly here (a table of object
/// identities), so while no Python code can have looked at the dict, the open containers
/// are only kept on a stack, compared by reference. <see cref="Publish"/> writes them into
/// the dict, exactly as CPython would have it, before anything runs that could see it (the
/// default hook, a custom string encoder, a mapping's items(), comparisons of foreign keys,
/// the repr in an error message) and when an error is left behind; from then on the call
/// uses the dict itself.
/// </summary>
internal sealed class JsonMarkers
{
    readonly PyDict _dict;
    /// <summary>The containers being encoded, outermost first (borrowed: their encoders hold them).</summary>
    PyObject[] _open = new PyObject[16];
    /// <summary>For each open container, its id as stored in the dict, or null while only on the stack.</summary>
    PyObject?[] _ids = new PyObject?[16];
    int _n;
    /// <summary>The dict is the truth: every open container is in it.</summary>
    bool _published;

    public JsonMarkers(PyDict dict)
    {
        _dict = dict;
        // Markers given with entries already in them can only be honoured in the dict.
        _published = dict.Count != 0;
    }

    /// <summary>Enter a container: false with "Circular reference detected" (or another error) set.</summary>
    public bool Enter(PyObject obj)
    {
        PyObject? ident = null;
        if (_published)
        {
            ident = PyLong.FromLong(Interpreter.IdOf(obj));
            int has = _dict.Contains(ident);
            if (has == 0) has = _dict.SetItem(ident, obj) < 0 ? -1 : 0;
            else if (has > 0) Errors.SetString(PyExc.ValueError, "Circular reference detected");
            if (has != 0)
            {
                Py.DECREF(ident);
                return false;
            }
        }
        else
        {
            for (int i = 0; i < _n; i++)
            {
                if (ReferenceEquals(_open[i], obj))
                {
                    Errors.SetString(PyExc.ValueError, "Circular reference detected");
                    return false;
                }
            }
        }
        if (_n == _open.Length)
        {
            Array.Resize(ref _open, _n * 2);
            Array.Resize(ref _ids, _n * 2);
        }
        _open[_n] = obj;
        _ids[_n] = ident;
        _n++;
        return true;
    }

    /// <summary>Leave the innermost container, done encoding: 0, or -1 when its id is no longer in the dict.</summary>
    public int Leave()
    {
        _n--;
        var ident = _ids[_n];
        _open[_n] = null!;
        _ids[_n] = null;
        if (ident == null) return 0;
        int r = _dict.DelItem(ident);
        Py.DECREF(ident);
        return r;
    }

    /// <summary>Put the open containers into the dict (before Python code runs, or as an error leaves them); 0 or -1.</summary>
    public int Publish()
    {
        _published = true;
        for (int i = 0; i < _n; i++)
        {
            if (_ids[i] != null) continue;
            var ident = PyLong.FromLong(Interpreter.IdOf(_open[i]));
            if (_dict.SetItem(ident, _open[i]) < 0)
            {
                Py.DECREF(ident);
                return -1;
            }
            _ids[i] = ident;
        }
        return 0;
    }

    /// <summary>After the call: an error leaves its open containers in the dict (as CPython's bail paths do); the stack's ids are dropped.</summary>
    public void Finish(bool failed)
    {
        if (failed && _n > 0)
        {
            var exc = Errors.GetRaisedException();
            Publish();
            Errors.SetRaisedException(exc);
        }
        for (int i = 0; i < _n; i++) Py.CLEAR(ref _ids[i]);
        _n = 0;
    }
}
