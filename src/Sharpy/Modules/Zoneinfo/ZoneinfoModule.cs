using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Zoneinfo;

/// <summary>
/// The `_zoneinfo` module (Modules/_zoneinfo.c): the C implementation of `zoneinfo.ZoneInfo`,
/// which Lib/zoneinfo imports (the installed stdlib has no pure-Python `_zoneinfo.py`).
/// </summary>
[PyModule("_zoneinfo", Doc = "C implementation of the zoneinfo module")]
public static partial class ZoneinfoModule
{
    static PyObject? AttrOf(string module, string name)
    {
        var m = Import.ImportModule(module);
        if (m == null) return null;
        var r = Abstract.GetAttr(m, name);
        Py.DECREF(m);
        return r;
    }

    static int InitModule(PyModule m)
    {
        // A second import (importlib's fresh imports) shares the first one's type and caches.
        if (ModuleState<ZoneinfoState>.Find(Interpreter.Current) is { } existing)
            return m.Add("ZoneInfo", Py.NewRef(existing.ZoneInfoType));

        var tzinfo = AttrOf("datetime", "tzinfo");
        if (tzinfo == null) return -1;
        if (tzinfo is not PyType tzinfoType)
        {
            Py.DECREF(tzinfo);
            Errors.SetString(PyExc.TypeError, "datetime.tzinfo is not a class");
            return -1;
        }
        var type = HeapTypeSpec.New("zoneinfo.ZoneInfo", typeof(PyZoneInfo), tzinfoType, PyZoneInfo.FillType, PyZoneInfo.FillMethods,
            PyZoneInfo.AddMembers, baseType: true, immutable: true);
        Py.DECREF(tzinfo);
        if (type == null) return -1;

        var dateTime = AttrOf("datetime", "datetime");
        var delta = AttrOf("datetime", "timedelta");
        var findTzfile = AttrOf("zoneinfo._tzpath", "find_tzfile");
        var ioOpen = AttrOf("io", "open");
        var common = findTzfile == null || ioOpen == null ? null : Import.ImportModule("zoneinfo._common");
        var weakCache = common == null ? null : ZoneinfoState.NewWeakCache();
        if (dateTime is not PyType dateTimeType || delta is not PyType deltaType || findTzfile == null || ioOpen == null
            || common == null || weakCache == null)
        {
            if (!Errors.Occurred()) Errors.SetString(PyExc.TypeError, "datetime.datetime and datetime.timedelta must be classes");
            Py.XDECREF(dateTime);
            Py.XDECREF(delta);
            Py.XDECREF(findTzfile);
            Py.XDECREF(ioOpen);
            Py.XDECREF(common);
            Py.XDECREF(weakCache);
            Py.DECREF(type);
            return -1;
        }
        var st = new ZoneinfoState(type, ioOpen, findTzfile, common, dateTimeType, deltaType, weakCache);
        ModuleState<ZoneinfoState>.Set(Interpreter.Current, st);
        return m.Add("ZoneInfo", Py.NewRef(type));
    }
}
