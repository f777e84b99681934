using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Zoneinfo;

/// <summary>
/// `zoneinfo.ZoneInfo` (Modules/_zoneinfo.c): a `datetime.tzinfo` for one zone of the IANA
/// database, read from a TZif file: its transitions (in UTC and as wall times for each fold),
/// the ttinfo of each period, and the TZ-string rule for the times after the last
/// transition. `ZoneInfo(key)` answers from the class's caches (see <see cref="ZoneinfoState"/>);
/// each subclass gets a weak cache of its own from `__init_subclass__`. The type is made at
/// import (its base is `datetime.tzinfo`, a class of `_pydatetime`).
/// </summary>
[PyType("zoneinfo.ZoneInfo", BaseType = true, FromSpec = true)]
public sealed partial class PyZoneInfo : PyObject, IWeakReferenceable
{
    /// <summary>How the zone was made: what pickling records (SOURCE_NOCACHE, SOURCE_CACHE, SOURCE_FILE).</summary>
    internal enum ZoneSource : byte { NoCache = 0, Cache = 1, File = 2 }

    /// <summary>The key, or None for a zone from a file without one.</summary>
    PyObject? _key;
    /// <summary>repr() of the file a zone came from (from_file), for its own repr.</summary>
    PyObject? _fileRepr;
    public PyWeakReference? WeakRefList { get; set; }

    long[] _transListUtc = [];
    /// <summary>The transitions as wall times: [0] for fold=0, [1] for fold=1.</summary>
    long[][] _transListWall = [[], []];
    /// <summary>The ttinfo each transition starts (entries of <see cref="_ttinfos"/>).</summary>
    TtInfo[] _transTtinfos = [];
    /// <summary>What applies before the first transition.</summary>
    TtInfo? _ttinfoBefore;
    TzRule? _tzruleAfter;
    /// <summary>Every ttinfo of the file, once: these own the references.</summary>
    TtInfo[] _ttinfos = [];
    /// <summary>utcoffset() and friends do not depend on the datetime (what a time without a date may use).</summary>
    bool _fixedOffset;
    internal ZoneSource Source;

    PyZoneInfo(PyType type) : base(type) { }

    // ---- construction and the caches ----

    static readonly ArgParse.Parser s_newParser = new("ZoneInfo", 0, ["key"], 1, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_newParser, buf)) return null;
        return NewCached(ZoneinfoState.Get(), type, buf[0]!);
    }

    /// <summary>zoneinfo_ZoneInfo_impl: the zone from the strong cache, the weak cache, or the file (then cached).</summary>
    static PyObject? NewCached(ZoneinfoState st, PyType type, PyObject key)
    {
        var instance = st.ZoneFromStrongCache(type, key);
        if (instance != null || Errors.Occurred()) return instance;
        var weakCache = st.WeakCacheOf(type);
        if (weakCache == null) return null;
        instance = Calls.CallMethod(weakCache, "get", key, Py.None);
        if (instance == null) return null;
        if (instance == Py.None)
        {
            Py.DECREF(instance);
            var fresh = NewInstance(st, type, key);
            if (fresh == null) return null;
            instance = Calls.CallMethod(weakCache, "setdefault", key, fresh);
            Py.DECREF(fresh);
            if (instance == null || !CheckCached(type, key, instance)) return null;
            ((PyZoneInfo)instance).Source = ZoneSource.Cache;
        }
        else if (!CheckCached(type, key, instance)) return null;
        st.UpdateStrongCache(type, key, instance);
        return instance;
    }

    /// <summary>A subclass's `_weak_cache` may be anything: what it gives must be an instance of the class (else RuntimeError, and <paramref name="instance"/> is released).</summary>
    static bool CheckCached(PyType type, PyObject key, PyObject instance)
    {
        if (instance is PyZoneInfo && Abstract.TypeCheck(instance, type)) return true;
        var keyRepr = Abstract.Repr(key);
        if (keyRepr != null)
        {
            Errors.SetString(PyExc.RuntimeError,
                $"Unexpected instance of {TypeAttrs.FullyQualifiedName(instance.ob_type)} in {type.Name} weak cache for key {((PyUnicode)keyRepr).Value}");
            Py.DECREF(keyRepr);
        }
        Py.DECREF(instance);
        return false;
    }

    /// <summary>
    /// zoneinfo_new_instance: a zone read from the file TZPATH gives for key, or from the tzdata
    /// package when no directory of TZPATH has it.
    /// </summary>
    static PyObject? NewInstance(ZoneinfoState st, PyType type, PyObject key)
    {
        var filePath = Calls.CallOneArg(st.FindTzfile, key);
        if (filePath == null) return null;
        PyObject? fileObj = null;
        if (filePath == Py.None)
        {
            fileObj = Calls.CallMethod(st.CommonMod, "load_tzdata", key);
            if (fileObj == null)
            {
                Py.DECREF(filePath);
                return null;
            }
        }
        var self = new PyZoneInfo(type);
        PyZoneInfo? result = null;
        if (fileObj == null)
        {
            var mode = PyUnicode.FromString("rb");
            fileObj = Calls.CallArgs(st.IoOpen, [filePath, mode]);
            Py.DECREF(mode);
        }
        if (fileObj != null && self.LoadData(st, fileObj))
        {
            var closed = Calls.CallMethod(fileObj, "close");
            Py.DECREF(fileObj);
            fileObj = null;
            if (closed != null)
            {
                Py.DECREF(closed);
                self._key = Py.NewRef(key);
                result = self;
            }
        }
        if (result == null) Py.DECREF(self);
        if (fileObj != null)
        {
            // The file is closed on failure too; an error in close() is chained to the first.
            var exc = Errors.GetRaisedException();
            var closed = Calls.CallMethod(fileObj, "close");
            Errors.ChainExceptions(exc);
            Py.XDECREF(closed);
            Py.DECREF(fileObj);
        }
        Py.DECREF(filePath);
        return result;
    }

    [PyMethod("clear_cache", Class = true)]
    static PyObject? ClearCache(PyType cls, [KeywordOnly] PyObject? only_keys = null)
    {
        var st = ZoneinfoState.Get();
        var weakCache = st.WeakCacheOf(cls);
        if (weakCache == null) return null;
        if (only_keys == null || only_keys == Py.None)
        {
            var r = Calls.CallMethod(weakCache, "clear");
            Py.XDECREF(r);
            st.ClearStrongCache(cls);
        }
        else
        {
            var it = Abstract.GetIter(only_keys);
            if (it == null) return null;
            PyObject? item;
            while ((item = Abstract.IterNext(it)) != null)
            {
                st.EjectFromStrongCache(cls, item);
                PyObject? r = Errors.Occurred() ? null : Calls.CallMethod(weakCache, "pop", item, Py.None);
                Py.DECREF(item);
                if (r == null) break;
                Py.DECREF(r);
            }
            Py.DECREF(it);
        }
        return Errors.Occurred() ? null : Py.None;
    }

    [PyMethod("no_cache", Class = true)]
    static PyObject? NoCache(PyType cls, [Keyword] PyObject key)
    {
        var z = NewInstance(ZoneinfoState.Get(), cls, key);
        if (z is PyZoneInfo zi) zi.Source = ZoneSource.NoCache;
        return z;
    }

    [PyMethod("from_file", Class = true)]
    static PyObject? FromFile(PyType cls, PyObject file_obj, [Keyword] PyObject? key = null)
    {
        var self = new PyZoneInfo(cls);
        var fileRepr = Abstract.Repr(file_obj);
        if (fileRepr == null || !self.LoadData(ZoneinfoState.Get(), file_obj))
        {
            Py.XDECREF(fileRepr);
            Py.DECREF(self);
            return null;
        }
        self.Source = ZoneSource.File;
        self._fileRepr = fileRepr;
        self._key = Py.NewRef(key ?? Py.None);
        return self;
    }

    // ---- the tzinfo methods ----

    static readonly ArgParse.Parser s_utcoffsetParser = new("utcoffset", 1, [], 1, 1, 0);
    static readonly ArgParse.Parser s_dstParser = new("dst", 1, [], 1, 1, 0);
    static readonly ArgParse.Parser s_tznameParser = new("tzname", 1, [], 1, 1, 0);

    /// <summary>The one positional argument of utcoffset, dst and tzname (clinic's defining_class form, hence getargs' messages).</summary>
    static PyObject? OneArg(ReadOnlySpan<StackRef> args, PyTuple? kwnames, ArgParse.Parser p)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        return ArgParse.UnpackKeywords(args, kwnames, p, buf) ? buf[0] : null;
    }

    [PyMethod("utcoffset", TextSignature = "($self, dt, /)", Raw = "clinic's defining_class form: getargs' messages for a single positional argument",
        Doc = "Retrieve a timedelta representing the UTC offset in a zone at the given datetime.")]
    static PyObject? UtcOffset(PyZoneInfo self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var dt = OneArg(args, kwnames, s_utcoffsetParser);
        return dt == null ? null : Py.XNewRef(self.FindTtinfo(ZoneinfoState.Get(), dt)?.UtcOff);
    }

    [PyMethod("dst", TextSignature = "($self, dt, /)", Raw = "clinic's defining_class form: getargs' messages for a single positional argument",
        Doc = "Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime.")]
    static PyObject? Dst(PyZoneInfo self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var dt = OneArg(args, kwnames, s_dstParser);
        return dt == null ? null : Py.XNewRef(self.FindTtinfo(ZoneinfoState.Get(), dt)?.DstOff);
    }

    [PyMethod("tzname", TextSignature = "($self, dt, /)", Raw = "clinic's defining_class form: getargs' messages for a single positional argument",
        Doc = "Retrieve a string containing the abbreviation for the time zone that applies in a zone at a given datetime.")]
    static PyObject? TzName(PyZoneInfo self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var dt = OneArg(args, kwnames, s_tznameParser);
        return dt == null ? null : Py.XNewRef(self.FindTtinfo(ZoneinfoState.Get(), dt)?.TzName);
    }

    [PyMethod("fromutc", TextSignature = "($self, object, /)", Doc = "Given a datetime with local time in UTC, retrieve an adjusted datetime in local time.")]
    static PyObject? FromUtc(PyZoneInfo self, PyObject dt)
    {
        var st = ZoneinfoState.Get();
        if (!Abstract.TypeCheck(dt, st.DateTimeType))
            return Errors.SetString(PyExc.TypeError, "fromutc: argument must be a datetime");
        var tz = Abstract.GetAttr(dt, "tzinfo");
        if (tz == null) return null;
        Py.DECREF(tz);
        if (tz != self) return Errors.SetString(PyExc.ValueError, "fromutc: dt.tzinfo is not self");
        if (!LocalTimestamp(st, dt, out long timestamp)) return null;

        int numTrans = self._transListUtc.Length;
        TtInfo tti;
        bool fold = false;
        if (numTrans >= 1 && timestamp < self._transListUtc[0])
            tti = self._ttinfoBefore!;
        else if (numTrans == 0 || timestamp > self._transListUtc[numTrans - 1])
        {
            if (!IntAttr(dt, "year", out long year)) return null;
            tti = self._tzruleAfter!.FindFromUtc(timestamp, (int)year, out fold);
            // Just after the last listed transition, the fold is between that transition's
            // ttinfo and the rule's, not between the rule's standard time and DST.
            if (numTrans > 0)
            {
                var prev = numTrans == 1 ? self._ttinfoBefore! : self._transTtinfos[numTrans - 2];
                long diff = prev.UtcOffSeconds - tti.UtcOffSeconds;
                if (diff > 0 && timestamp < self._transListUtc[numTrans - 1] + diff) fold = true;
            }
        }
        else
        {
            int idx = Bisect(timestamp, self._transListUtc);
            TtInfo prev;
            if (idx >= 2)
            {
                prev = self._transTtinfos[idx - 2];
                tti = self._transTtinfos[idx - 1];
            }
            else
            {
                prev = self._ttinfoBefore!;
                tti = self._transTtinfos[0];
            }
            long shift = prev.UtcOffSeconds - tti.UtcOffSeconds;
            if (shift > timestamp - self._transListUtc[idx - 1]) fold = true;
        }

        var local = Abstract.BinaryOp(dt, tti.UtcOff, Compiler.NbOp.ADD);
        if (local == null || !fold) return local;
        // The result is a new datetime: replace(fold=1) gives the same value with the fold set.
        var replace = Abstract.GetAttr(local, "replace");
        Py.DECREF(local);
        if (replace == null) return null;
        var kwargs = PyDict.New();
        kwargs.SetItemString("fold", PyLong.FromLong(1));
        var r = Calls.CallTuple(replace, PyTuple.Empty, kwargs);
        Py.DECREF(kwargs);
        Py.DECREF(replace);
        return r;
    }

    // ---- repr, str and pickling ----

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (PyZoneInfo)o;
        string typeName = o.ob_type.tp_name;
        if (self._key != Py.None)
        {
            var key = Abstract.Repr(self._key!);
            if (key == null) return null;
            var r = PyUnicode.FromString($"{typeName}(key={((PyUnicode)key).Value})");
            Py.DECREF(key);
            return r;
        }
        return PyUnicode.FromString($"{typeName}.from_file({((PyUnicode)self._fileRepr!).Value})");
    }

    [PySlot("tp_str")]
    static PyObject? Str(PyObject o)
    {
        var self = (PyZoneInfo)o;
        return self._key != Py.None ? Py.NewRef(self._key!) : Repr(o);
    }

    /// <summary>
    /// Zones are pickled by key, with whether they came from the cache (a cached zone
    /// unpickles to the unpickling process's cached one). Zones from files are not picklable.
    /// </summary>
    [PyMethod("__reduce__", Doc = "Function for serialization with the pickle protocol.")]
    static PyObject? Reduce(PyZoneInfo self)
    {
        if (self.Source == ZoneSource.File)
        {
            var pickle = Import.ImportModule("pickle");
            if (pickle == null) return null;
            var error = Abstract.GetAttr(pickle, "PicklingError");
            Py.DECREF(pickle);
            if (error == null) return null;
            if (error is PyType et) Errors.SetString(et, "Cannot pickle a ZoneInfo file from a file stream.");
            else Errors.SetString(PyExc.TypeError, "exceptions must derive from BaseException");
            Py.DECREF(error);
            return null;
        }
        var constructor = Abstract.GetAttr(self, "_unpickle");
        if (constructor == null) return null;
        var args = PyTuple.FromStolen([Py.NewRef(self._key!), PyLong.FromLong(self.Source == ZoneSource.Cache ? 1 : 0)]);
        return PyTuple.FromStolen([constructor, args]);
    }

    static readonly ArgParse.Parser s_unpickleParser = new("_unpickle", 2, [], 2, 2, 0);

    [PyMethod("_unpickle", Class = true, TextSignature = "($type, key, from_cache, /)",
        Raw = "clinic's defining_class form: getargs' messages for positional-only arguments")]
    static PyObject? Unpickle(PyType cls, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_unpickleParser, buf)) return null;
        // from_cache is an unsigned char ('b' with a bitmask: no range check).
        var index = Abstract.Index(buf[1]!);
        if (index == null) return null;
        bool fromCache = (index.ToBigInteger() & 0xFF) != 0;
        Py.DECREF(index);
        var st = ZoneinfoState.Get();
        return fromCache ? NewCached(st, cls, buf[0]!) : NewInstance(st, cls, buf[0]!);
    }

    [PyMethod("__init_subclass__", Class = true, TextSignature = "", Doc = "Function to initialize subclasses.", KeywordDict = true)]
    static PyObject? InitSubclass(PyType cls, [VarArgs] PyTuple args, [VarKeywords] PyDict? kwargs)
    {
        // Each subclass caches its own instances (and has no strong cache).
        var weakCache = ZoneinfoState.NewWeakCache();
        if (weakCache == null) return null;
        var name = PyUnicode.FromString("_weak_cache");
        int r = Abstract.SetAttr(cls, name, weakCache);
        Py.DECREF(name);
        Py.DECREF(weakCache);
        return r < 0 ? null : Py.None;
    }

    // ---- references ----

    protected internal override void Traverse(Visitor visit)
    {
        if (_key != null) visit(_key);
        if (_fileRepr != null) visit(_fileRepr);
        foreach (var t in _ttinfos) t.Traverse(visit);
        _tzruleAfter?.Traverse(visit);
    }

    /// <summary>zoneinfo_clear: the key and the file's repr; the ttinfos hold only timedeltas and strs.</summary>
    protected internal override void Clear()
    {
        Py.CLEAR(ref _key);
        Py.CLEAR(ref _fileRepr);
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        var ttinfos = _ttinfos;
        var rule = _tzruleAfter;
        _ttinfos = [];
        _transTtinfos = [];
        _ttinfoBefore = null;
        _tzruleAfter = null;
        foreach (var t in ttinfos) t.Release();
        rule?.Release();
    }

    /// <summary>zoneinfo_members: `key` (T_OBJECT_EX, read-only).</summary>
    internal static void AddMembers(PyType t)
        => t.tp_dict.SetItemString("key", new PyMemberDescr(t, "key", static o => ref ((PyZoneInfo)o)._key, readOnly: true));
}
