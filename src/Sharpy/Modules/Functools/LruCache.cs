using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Functools;

/// <summary>
/// `functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`: what
/// lru_cache and cache return. maxsize None caches without bound, 0 does not cache, n keeps
/// the n most recently used results: the cache dict maps each key to a link of a circular
/// list whose root's next is the oldest entry.
/// </summary>
[PyType("functools._lru_cache_wrapper")]
public sealed partial class LruCacheWrapper : PyObject, IInstanceDict, IWeakReferenceable
{
    PyObject? _func;
    PyDict? _cache;
    PyObject? _cacheInfoType;
    PyObject? _kwdMark;
    readonly LruListElem _root = LruListElem.NewRoot();
    long _maxsize;   // -1: no bound
    bool _typed;
    long _hits, _misses;
    public PyDict? Dict { get; set; }
    public PyWeakReference? WeakRefList { get; set; }

    static readonly ArgParse.Parser s_parser = new("lru_cache", 0, ["user_function", "maxsize", "typed", "cache_info_type"], 4, 4, 0);

    LruCacheWrapper(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null, null, null, null];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_parser, a)) return null;
        var func = a[0]!;
        int typed = Abstract.IsTrue(a[2]!);
        if (typed < 0) return null;
        if (func.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "the first argument must be callable");
        long maxsize;
        var maxsizeArg = a[1]!;
        if (maxsizeArg == Py.None) maxsize = -1;
        else if (SeqSupport.IsIndex(maxsizeArg))
        {
            maxsize = Abstract.AsSsize(maxsizeArg, PyExc.OverflowError);
            if (maxsize == -1 && Errors.Occurred()) return null;
            if (maxsize < 0) maxsize = 0;
        }
        else return Errors.SetString(PyExc.TypeError, "maxsize should be integer or None");
        return new LruCacheWrapper(type)
        {
            _func = Py.NewRef(func),
            _cache = PyDict.New(),
            _cacheInfoType = Py.NewRef(a[3]!),
            _kwdMark = PyBaseObject.Type.tp_alloc!(PyBaseObject.Type),
            _maxsize = maxsize,
            _typed = typed > 0,
        };
    }

    /// <summary>
    /// lru_cache_make_key: a lone str or int argument is its own key; otherwise a tuple of the
    /// arguments, then the keyword mark and the keyword pairs, then (typed) the types.
    /// </summary>
    PyObject MakeKey(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (!_typed && nkw == 0)
        {
            if (nargs == 1)
            {
                var only = args[0].AsBorrowed;
                if (only.ob_type == PyUnicode.Type || only.ob_type == PyLong.Type) return Py.NewRef(only);
            }
            var t = new PyObject[nargs];
            for (int i = 0; i < nargs; i++) t[i] = Py.NewRef(args[i].AsBorrowed);
            return PyTuple.FromStolen(t);
        }
        int size = nargs + (nkw > 0 ? nkw * 2 + 1 : 0) + (_typed ? nargs + nkw : 0);
        var key = new PyObject[size];
        int pos = 0;
        for (int i = 0; i < nargs; i++) key[pos++] = Py.NewRef(args[i].AsBorrowed);
        if (nkw > 0)
        {
            key[pos++] = Py.NewRef(_kwdMark!);
            for (int k = 0; k < nkw; k++)
            {
                key[pos++] = Py.NewRef(kwnames!.Items[k]);
                key[pos++] = Py.NewRef(args[nargs + k].AsBorrowed);
            }
        }
        if (_typed)
        {
            for (int i = 0; i < nargs; i++) key[pos++] = Py.NewRef(args[i].AsBorrowed.ob_type);
            for (int k = 0; k < nkw; k++) key[pos++] = Py.NewRef(args[nargs + k].AsBorrowed.ob_type);
        }
        return PyTuple.FromStolen(key);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var w = (LruCacheWrapper)self;
        if (w._maxsize == 0)
        {
            w._misses++;
            return Calls.Call(w._func!, args, kwnames);
        }
        var key = w.MakeKey(args, kwnames);
        long hash = Abstract.Hash(key);
        if (hash == -1)
        {
            Py.DECREF(key);
            return null;
        }
        var r = w._maxsize < 0 ? w.InfiniteCall(key, hash, args, kwnames) : w.BoundedCall(key, hash, args, kwnames);
        return r;
    }

    /// <summary>infinite_lru_cache_wrapper; takes over the key.</summary>
    PyObject? InfiniteCall(PyObject key, long hash, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var cache = _cache!;
        var found = cache.GetItemKnownHash(key, hash);
        if (found != null)
        {
            _hits++;
            Py.DECREF(key);
            return Py.NewRef(found);
        }
        if (Errors.Occurred())
        {
            Py.DECREF(key);
            return null;
        }
        _misses++;
        var result = Calls.Call(_func!, args, kwnames);
        if (result == null)
        {
            Py.DECREF(key);
            return null;
        }
        if (cache.SetItemKnownHash(key, result, hash) < 0)
        {
            Py.DECREF(result);
            Py.DECREF(key);
            return null;
        }
        Py.DECREF(key);
        return result;
    }

    /// <summary>bounded_lru_cache_wrapper; takes over the key. Careful with reentrant calls and __eq__, as CPython.</summary>
    PyObject? BoundedCall(PyObject key, long hash, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var cache = _cache!;
        if (cache.GetItemKnownHash(key, hash) is LruListElem hit)
        {
            hit.Extract();
            _root.InsertBefore(hit);
            _hits++;
            Py.DECREF(key);
            return Py.NewRef(hit.Result!);
        }
        if (Errors.Occurred())
        {
            Py.DECREF(key);
            return null;
        }
        _misses++;
        var result = Calls.Call(_func!, args, kwnames);
        if (result == null)
        {
            Py.DECREF(key);
            return null;
        }
        if (cache.GetItemKnownHash(key, hash) != null)
        {
            // The call added the same key; the links are already up to date.
            Py.DECREF(key);
            return result;
        }
        if (Errors.Occurred())
        {
            Py.DECREF(key);
            Py.DECREF(result);
            return null;
        }
        if (cache.Count < _maxsize || _root.Next == _root)
        {
            // Not full: a new link (the dict holds it; the list borrows it).
            var link = new LruListElem { Hash = hash, Key = key, Result = result };
            if (cache.SetItemKnownHash(key, link, hash) < 0)
            {
                Py.DECREF(link);
                return null;
            }
            Py.DECREF(link);
            _root.InsertBefore(link);
            return Py.NewRef(result);
        }
        // Full: reuse the oldest link for the new entry.
        var oldest = _root.Next!;
        oldest.Extract();
        var popped = cache.Pop(oldest.Key!, raiseMissing: false);
        if (popped == null)
        {
            if (Errors.Occurred())
            {
                // Put the link back as the oldest; the error propagates like the function's own.
                _root.InsertAfter(oldest);
                Py.DECREF(key);
                Py.DECREF(result);
                return null;
            }
            // The call removed the old key already: the link is an orphan, left out.
            Py.DECREF(key);
            return result;
        }
        // popped is the link's dict reference; keep the old key and result alive until the links are consistent.
        var oldKey = oldest.Key!;
        var oldResult = oldest.Result!;
        oldest.Hash = hash;
        oldest.Key = key;
        oldest.Result = result;
        if (cache.SetItemKnownHash(key, oldest, hash) < 0)
        {
            Py.DECREF(popped);
            Py.DECREF(oldKey);
            Py.DECREF(oldResult);
            return null;
        }
        _root.InsertBefore(oldest);
        Py.INCREF(result);
        Py.DECREF(popped);
        Py.DECREF(oldKey);
        Py.DECREF(oldResult);
        return result;
    }

    [PyMethod("cache_info", Doc = "Report cache statistics")]
    static PyObject? CacheInfo(LruCacheWrapper self)
    {
        long currsize = self._maxsize == 0 ? 0 : self._cache!.Count;
        var hits = PyLong.FromLong(self._hits);
        var misses = PyLong.FromLong(self._misses);
        PyObject maxsize = self._maxsize < 0 ? Py.None : PyLong.FromLong(self._maxsize);
        var size = PyLong.FromLong(currsize);
        var r = Calls.CallArgs(self._cacheInfoType!, hits, misses, maxsize, size);
        Py.DECREF(hits);
        Py.DECREF(misses);
        Py.DECREF(maxsize);
        Py.DECREF(size);
        return r;
    }

    [PyMethod("cache_clear", Doc = "Clear the cache and cache statistics")]
    static void CacheClear(LruCacheWrapper self)
    {
        self._hits = self._misses = 0;
        self.ClearCache();
    }

    /// <summary>Empty the list, then the dict (which may run arbitrary code as keys and results die).</summary>
    void ClearCache()
    {
        _root.Next = _root.Prev = _root;
        _cache?.Clear();
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        if (obj == null || obj == Py.None) return Py.NewRef(self);
        return new PyMethod(self, obj);
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(LruCacheWrapper self) => Abstract.GetAttr(self, "__qualname__");

    [PyMethod("__copy__")]
    static PyObject? Copy(LruCacheWrapper self) => Py.NewRef(self);

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopy(LruCacheWrapper self, PyObject memo) => Py.NewRef(self);

    [PyGetter("__dict__")] static PyObject? GetDict(LruCacheWrapper self) => InstanceDictAttr.Get(self);
    [PySetter("__dict__")] static int SetDict(LruCacheWrapper self, PyObject? value) => InstanceDictAttr.Set(self, value);

    protected internal override void ReleaseReferences()
    {
        ClearCache();
        Py.DECREF(_root);
        Py.CLEAR(ref _cache);
        Py.CLEAR(ref _func);
        Py.CLEAR(ref _kwdMark);
        Py.CLEAR(ref _cacheInfoType);
        var d = Dict;
        Dict = null;
        Py.XDECREF(d);
    }

    protected internal override void Traverse(Visitor visit)
    {
        // The links are not tracked: their keys and results are visited here.
        for (var link = _root.Next; link != null && link != _root; link = link.Next)
        {
            if (link.Key != null) visit(link.Key);
            if (link.Result != null) visit(link.Result);
        }
        if (_cache != null) visit(_cache);
        if (_func != null) visit(_func);
        if (_kwdMark != null) visit(_kwdMark);
        if (_cacheInfoType != null) visit(_cacheInfoType);
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear()
    {
        ClearCache();
        Py.CLEAR(ref _func);
        Py.CLEAR(ref _cacheInfoType);
        var d = Dict;
        Dict = null;
        Py.XDECREF(d);
    }
}

/// <summary>
/// `functools._lru_list_elem`: one cached entry, owned by the cache dict and linked (without
/// counted references) into the wrapper's recency list. Not tracked by the cycle collector:
/// the wrapper visits its key and result.
/// </summary>
[PyType("functools._lru_list_elem")]
public sealed partial class LruListElem : PyObject
{
    internal LruListElem? Prev, Next;
    internal long Hash;
    internal PyObject? Key, Result;

    internal LruListElem() : base(Type) { }

    /// <summary>The list's root: not a Python-visible object, linked to itself when the list is empty.</summary>
    internal static LruListElem NewRoot()
    {
        var root = new LruListElem();
        root.Prev = root.Next = root;
        return root;
    }

    internal void Extract()
    {
        Prev!.Next = Next;
        Next!.Prev = Prev;
    }

    /// <summary>Link <paramref name="link"/> just before this (the root): the most recently used position.</summary>
    internal void InsertBefore(LruListElem link)
    {
        var last = Prev!;
        last.Next = Prev = link;
        link.Prev = last;
        link.Next = this;
    }

    /// <summary>Link <paramref name="link"/> just after this (the root): the oldest position.</summary>
    internal void InsertAfter(LruListElem link)
    {
        var first = Next!;
        first.Prev = Next = link;
        link.Prev = this;
        link.Next = first;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Key);
        Py.CLEAR(ref Result);
    }
}
