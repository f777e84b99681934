using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// dict.update and friends (dict_merge, dict_merge_from_seq2, dict_update_arg).
public partial class PyDict
{
    /// <summary>
    /// PyDict_Merge: add the items of a mapping <paramref name="b"/> (a dict, or anything with
    /// keys() and __getitem__). Existing keys are replaced only if <paramref name="overrideExisting"/>.
    /// </summary>
    public int Merge(PyObject b, bool overrideExisting)
    {
        if (b is PyDict other && (other.ob_type == Type || other.ob_type.tp_iter == Type.tp_iter))
        {
            if (other == this || other._used == 0) return 0;
            if (_used == 0 && overrideExisting && other._used >= (other._nentries * 2) / 3 && other.ob_type == Type)
            {
                var copy = other.Copy();
                SwapContents(copy);
                Py.DECREF(copy);
                return 0;
            }
            // Grow once up front when we expect few overlapping keys.
            if (_entries.Length - _nentries < other._used) Resize(EstimateSize((long)_used + other._used));
            var entries = other._entries;
            int n = other._nentries;
            for (int j = 0; j < n; j++)
            {
                var e = entries[j];
                if (e.Key == null) continue;
                var key = Py.NewRef(e.Key);
                var value = Py.NewRef(e.Value!);
                int r = 0;
                if (overrideExisting) r = SetItemKnownHash(key, value, e.Hash);
                else
                {
                    int has = ContainsKnownHash(key, e.Hash);
                    if (has < 0) r = -1;
                    else if (has == 0) r = SetItemKnownHash(key, value, e.Hash);
                }
                Py.DECREF(key);
                Py.DECREF(value);
                if (r < 0) return -1;
                if (other._nentries != n || other._entries != entries)
                {
                    Errors.SetString(PyExc.RuntimeError, "dict mutated during update");
                    return -1;
                }
            }
            return 0;
        }
        // A generic mapping: iterate b.keys() and look each one up.
        var keys = Calls.CallMethod(b, "keys");
        if (keys == null) return -1;
        var it = Abstract.GetIter(keys);
        Py.DECREF(keys);
        if (it == null) return -1;
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            if (!overrideExisting)
            {
                int has = Contains(key);
                if (has != 0)
                {
                    Py.DECREF(key);
                    if (has < 0)
                    {
                        Py.DECREF(it);
                        return -1;
                    }
                    continue;
                }
            }
            var value = Abstract.GetItem(b, key);
            if (value == null)
            {
                Py.DECREF(key);
                Py.DECREF(it);
                return -1;
            }
            int r = SetItem(key, value);
            Py.DECREF(key);
            Py.DECREF(value);
            if (r < 0)
            {
                Py.DECREF(it);
                return -1;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : 0;
    }

    void SwapContents(PyDict other)
    {
        (_indices, other._indices) = (other._indices, _indices);
        (_entries, other._entries) = (other._entries, _entries);
        (_nentries, other._nentries) = (other._nentries, _nentries);
        (_used, other._used) = (other._used, _used);
        Mutated();
        other.Mutated();
    }

    /// <summary>PyDict_MergeFromSeq2: add the (key, value) pairs an iterable yields.</summary>
    public int MergeFromSeq2(PyObject seq2, bool overrideExisting)
    {
        var it = Abstract.GetIter(seq2);
        if (it == null) return -1;
        for (long i = 0; ; i++)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            var fast = SeqSupport.Fast(item, "object is not iterable");
            if (fast == null)
            {
                if (Errors.ExceptionMatches(PyExc.TypeError) && Errors.OccurredException() is { } exc)
                {
                    var note = PyUnicode.FromString($"Cannot convert dictionary update sequence element #{i} to a sequence");
                    ExceptionNotes.Add(exc, note);
                    Py.DECREF(note);
                }
                Py.DECREF(item);
                Py.DECREF(it);
                return -1;
            }
            var pair = SeqSupport.FastItems(fast);
            if (pair.Length != 2)
            {
                Errors.SetString(PyExc.ValueError, $"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
                Py.DECREF(fast);
                Py.DECREF(item);
                Py.DECREF(it);
                return -1;
            }
            var key = Py.NewRef(pair[0]);
            var value = Py.NewRef(pair[1]);
            int r = 0;
            if (overrideExisting) r = SetItem(key, value);
            else
            {
                int has = Contains(key);
                if (has < 0) r = -1;
                else if (has == 0) r = SetItem(key, value);
            }
            Py.DECREF(key);
            Py.DECREF(value);
            Py.DECREF(fast);
            Py.DECREF(item);
            if (r < 0)
            {
                Py.DECREF(it);
                return -1;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : 0;
    }

    /// <summary>dict_update_arg: a dict or anything with keys() merges as a mapping, else as pairs.</summary>
    public int UpdateArg(PyObject arg)
    {
        if (arg.ob_type == Type) return Merge(arg, true);
        int has = Abstract.LookupAttr(arg, PyUnicode.Intern("keys"), out var keys);
        if (has < 0) return -1;
        Py.XDECREF(keys);
        if (has > 0) return Merge(arg, true);
        return MergeFromSeq2(arg, true);
    }

    /// <summary>dict_update_common: at most one positional argument, then keyword arguments.</summary>
    internal int UpdateCommon(ReadOnlySpan<StackRef> args, PyTuple? kwnames, string methName)
    {
        int nk = kwnames?.Count ?? 0;
        int nargs = args.Length - nk;
        if (nargs > 1)
        {
            Errors.SetString(PyExc.TypeError, $"{methName} expected at most 1 argument, got {nargs}");
            return -1;
        }
        if (nargs == 1 && UpdateArg(args[0].AsBorrowed) < 0) return -1;
        for (int i = 0; i < nk; i++)
            if (SetItem(kwnames!.Items[i], args[nargs + i].AsBorrowed) < 0) return -1;
        return 0;
    }
}
