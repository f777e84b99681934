using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Zoneinfo;

/// <summary>
/// Reading a zone (load_data): `zoneinfo._common.load_data` parses the TZif file into Python
/// values; this turns them into the zone's arrays and derives what the file does not hold
/// (each period's DST amount, the transitions as wall times). And finding what applies at a
/// datetime (find_ttinfo).
/// </summary>
public sealed partial class PyZoneInfo
{
    /// <summary>load_data: false with an exception set; the zone's fields are set only on success.</summary>
    bool LoadData(ZoneinfoState st, PyObject fileObj)
    {
        var data = Calls.CallMethod(st.CommonMod, "load_data", fileObj);
        if (data == null) return false;
        bool ok = LoadTuple(st, data);
        Py.DECREF(data);
        return ok;
    }

    static PyTuple? TupleItem(PyTuple t, int i)
    {
        if (i >= t.Count) return (PyTuple?)Errors.SetString(PyExc.IndexError, "tuple index out of range");
        if (t.Items[i] is PyTuple r) return r;
        return (PyTuple?)Errors.SetString(PyExc.SystemError, "bad argument to internal function");
    }

    bool LoadTuple(ZoneinfoState st, PyObject data)
    {
        if (data.ob_type != PyTuple.Type)
        {
            var repr = Abstract.Repr(data);
            if (repr != null)
            {
                Errors.SetString(PyExc.TypeError, $"Invalid data result type: {((PyUnicode)repr).Value}");
                Py.DECREF(repr);
            }
            return false;
        }
        var tuple = (PyTuple)data;
        // (trans_idx, trans_list_utc, utcoff, isdst, abbr, tz_str)
        var transIdxList = TupleItem(tuple, 0);
        if (transIdxList == null) return false;
        var transUtc = TupleItem(tuple, 1);
        if (transUtc == null) return false;
        var utcoffList = TupleItem(tuple, 2);
        if (utcoffList == null) return false;
        var isdstList = TupleItem(tuple, 3);
        if (isdstList == null) return false;
        var abbr = TupleItem(tuple, 4);
        if (abbr == null) return false;
        if (tuple.Count <= 5)
        {
            Errors.SetString(PyExc.IndexError, "tuple index out of range");
            return false;
        }
        var tzStr = tuple.Items[5];

        int numTransitions = transUtc.Count;
        int numTtinfos = utcoffList.Count;
        var transListUtc = new long[numTransitions];
        var transIdx = new int[numTransitions];
        for (int i = 0; i < numTransitions; i++)
        {
            transListUtc[i] = Abstract.AsSsize(transUtc.Items[i], PyExc.OverflowError);
            if (transListUtc[i] == -1 && Errors.Occurred()) return false;
            if (i >= transIdxList.Count)
            {
                Errors.SetString(PyExc.IndexError, "tuple index out of range");
                return false;
            }
            long idx = Abstract.AsSsize(transIdxList.Items[i], PyExc.OverflowError);
            if (idx == -1 && Errors.Occurred()) return false;
            if (idx < 0 || idx >= numTtinfos)
            {
                Errors.SetString(PyExc.ValueError, $"Invalid transition index found while reading TZif: {idx}");
                return false;
            }
            transIdx[i] = (int)idx;
        }

        var utcoff = new long[numTtinfos];
        var isdst = new bool[numTtinfos];
        for (int i = 0; i < numTtinfos; i++)
        {
            utcoff[i] = Abstract.AsSsize(utcoffList.Items[i], PyExc.OverflowError);
            if (utcoff[i] == -1 && Errors.Occurred()) return false;
            if (i >= isdstList.Count || i >= abbr.Count)
            {
                Errors.SetString(PyExc.IndexError, "tuple index out of range");
                return false;
            }
            int t = Abstract.IsTrue(isdstList.Items[i]);
            if (t < 0) return false;
            isdst[i] = t > 0;
        }
        var dstoff = UtcoffToDstoff(transIdx, utcoff, isdst);
        var transListWall = TsToLocal(transIdx, transListUtc, utcoff);

        var ttinfos = new TtInfo[numTtinfos];
        int built = 0;
        TzRule? rule = null;
        bool ok = false;
        try
        {
            for (; built < numTtinfos; built++)
            {
                var tti = TtInfo.Build(st, utcoff[built], dstoff[built], abbr.Items[built]);
                if (tti == null) return false;
                ttinfos[built] = tti;
            }
            var transTtinfos = new TtInfo[numTransitions];
            for (int i = 0; i < numTransitions; i++) transTtinfos[i] = ttinfos[transIdx[i]];
            // Before the first transition: the first standard-time ttinfo, else the first.
            TtInfo? before = null;
            for (int i = 0; i < numTtinfos && before == null; i++)
                if (!isdst[i]) before = ttinfos[i];
            if (before == null && numTtinfos > 0) before = ttinfos[0];

            if (tzStr != Py.None)
            {
                int truth = Abstract.IsTrue(tzStr);
                if (truth < 0) return false;
                if (truth == 0) tzStr = Py.None;
            }
            if (tzStr != Py.None)
            {
                if (tzStr is not PyBytes tzBytes)
                {
                    Errors.SetString(PyExc.TypeError, $"expected bytes, {tzStr.ob_type.tp_name} found");
                    return false;
                }
                rule = TzRule.Parse(st, tzBytes);
                if (rule == null) return false;
            }
            else
            {
                if (numTtinfos == 0)
                {
                    Errors.SetString(PyExc.ValueError, "No time zone information found.");
                    return false;
                }
                // No TZ string: the last period goes on forever, as standard time with its DST amount.
                var last = ttinfos[numTransitions == 0 ? numTtinfos - 1 : transIdx[numTransitions - 1]];
                var std = TtInfo.Build(st, last.UtcOffSeconds, 0, last.TzName);
                if (std == null) return false;
                rule = TzRule.StdOnlyRule(std);
                int hasDst = Abstract.IsTrue(last.DstOff);
                if (hasDst < 0) return false;
                if (hasDst > 0) std.SetDstOff(last.DstOff);
            }

            // A fixed offset: one ttinfo, equal to a rule of standard time only (exotic files
            // with unused ttinfos or rules that never apply are not recognized).
            bool fixedOffset;
            if (numTtinfos > 1 || !rule.StdOnly) fixedOffset = false;
            else if (numTtinfos == 0) fixedOffset = true;
            else
            {
                int eq = TtInfo.Equal(ttinfos[0], rule.Std);
                if (eq < 0) return false;
                fixedOffset = eq > 0;
            }

            _transListUtc = transListUtc;
            _transListWall = transListWall;
            _ttinfos = ttinfos;
            _transTtinfos = transTtinfos;
            _ttinfoBefore = before;
            _tzruleAfter = rule;
            _fixedOffset = fixedOffset;
            ok = true;
            return true;
        }
        finally
        {
            if (!ok)
            {
                for (int i = 0; i < built; i++) ttinfos[i].Release();
                rule?.Release();
            }
        }
    }

    /// <summary>
    /// utcoff_to_dstoff: a TZif file gives each period's offset and whether it is DST, not how
    /// much DST it adds; that is inferred from the standard-time neighbours of its transitions,
    /// and an amount not found is taken to be an hour (so that bool(dst()) matches isdst).
    /// </summary>
    static long[] UtcoffToDstoff(int[] transIdx, long[] utcoffs, bool[] isdsts)
    {
        int numTtinfos = utcoffs.Length;
        var dstoffs = new long[numTtinfos];
        int dstCount = 0, dstFound = 0;
        foreach (var d in isdsts) if (d) dstCount++;
        for (int i = 1; i < transIdx.Length && dstFound < dstCount; i++)
        {
            int idx = transIdx[i];
            int compIdx = transIdx[i - 1];
            // Only DST periods not assigned yet.
            if (!isdsts[idx] || dstoffs[idx] != 0) continue;
            long dstoff = 0;
            long utcoff = utcoffs[idx];
            if (!isdsts[compIdx]) dstoff = utcoff - utcoffs[compIdx];
            if (dstoff == 0 && idx < numTtinfos - 1 && i + 1 < transIdx.Length)
            {
                compIdx = transIdx[i + 1];
                // The next period is DST too: perhaps a later transition tells.
                if (isdsts[compIdx]) continue;
                dstoff = utcoff - utcoffs[compIdx];
            }
            if (dstoff != 0)
            {
                dstFound++;
                dstoffs[idx] = dstoff;
            }
        }
        if (dstFound < dstCount)
            for (int idx = 0; idx < numTtinfos; idx++)
                if (isdsts[idx] && dstoffs[idx] == 0) dstoffs[idx] = 3600;
        return dstoffs;
    }

    /// <summary>
    /// ts_to_local: each transition as a wall time (nominal seconds since 1970-01-01 in local
    /// time), which is ambiguous: [0] is the fold=0 reading (the larger of the offsets before
    /// and after), [1] the fold=1 reading (the smaller).
    /// </summary>
    static long[][] TsToLocal(int[] transIdx, long[] transUtc, long[] utcoff)
    {
        int n = transUtc.Length;
        var local = new long[2][] { (long[])transUtc.Clone(), (long[])transUtc.Clone() };
        if (n == 0) return local;
        long offset0, offset1;
        if (utcoff.Length > 1)
        {
            offset0 = utcoff[0];
            offset1 = utcoff[transIdx[0]];
            if (offset1 > offset0) (offset0, offset1) = (offset1, offset0);
        }
        else offset0 = offset1 = utcoff[0];
        local[0][0] += offset0;
        local[1][0] += offset1;
        for (int i = 1; i < n; i++)
        {
            offset0 = utcoff[transIdx[i - 1]];
            offset1 = utcoff[transIdx[i]];
            if (offset1 > offset0) (offset0, offset1) = (offset1, offset0);
            local[0][i] += offset0;
            local[1][i] += offset1;
        }
        return local;
    }

    /// <summary>_bisect: bisect_right.</summary>
    static int Bisect(long value, long[] arr)
    {
        int lo = 0, hi = arr.Length;
        while (lo < hi)
        {
            int m = (lo + hi) / 2;
            if (arr[m] > value) hi = m;
            else lo = m + 1;
        }
        return hi;
    }

    /// <summary>An int attribute of a datetime (PyLong_AsLong of it); false with an exception set.</summary>
    static bool IntAttr(PyObject dt, string name, out long value)
    {
        value = 0;
        var v = Abstract.GetAttr(dt, name);
        if (v == null) return false;
        value = Abstract.AsSsize(v, PyExc.OverflowError);
        Py.DECREF(v);
        return !(value == -1 && Errors.Occurred());
    }

    /// <summary>
    /// get_local_timestamp: the datetime's wall time as seconds since 1970-01-01 (in the units
    /// of the wall-time transitions). A subclass of datetime is asked for toordinal().
    /// </summary>
    static bool LocalTimestamp(ZoneinfoState st, PyObject dt, out long ts)
    {
        ts = 0;
        long ord;
        if (dt.ob_type == st.DateTimeType)
        {
            if (!IntAttr(dt, "year", out long y) || !IntAttr(dt, "month", out long m) || !IntAttr(dt, "day", out long d)) return false;
            ord = ZoneCalendar.YmdToOrd((int)y, (int)m, (int)d);
        }
        else
        {
            var num = Calls.CallMethod(dt, "toordinal");
            if (num == null) return false;
            ord = Abstract.AsSsize(num, PyExc.OverflowError);
            Py.DECREF(num);
            if (ord == -1 && Errors.Occurred()) return false;
        }
        if (!IntAttr(dt, "hour", out long hour) || !IntAttr(dt, "minute", out long minute) || !IntAttr(dt, "second", out long second))
            return false;
        ts = (ord - ZoneCalendar.EpochOrdinal) * 86400 + hour * 3600 + minute * 60 + second;
        return true;
    }

    /// <summary>find_ttinfo: what applies at a local datetime (borrowed), or null with an exception set.</summary>
    TtInfo? FindTtinfo(ZoneinfoState st, PyObject dt)
    {
        // datetime.time passes None: only a fixed offset can answer.
        if (dt == Py.None) return _fixedOffset ? _tzruleAfter!.Std : TtInfo.None;
        if (!LocalTimestamp(st, dt, out long ts)) return null;
        if (!IntAttr(dt, "fold", out long foldValue)) return null;
        int fold = foldValue != 0 ? 1 : 0;
        var localTransitions = _transListWall[fold];
        int numTrans = localTransitions.Length;
        if (numTrans > 0 && ts < localTransitions[0]) return _ttinfoBefore;
        if (numTrans == 0 || ts > localTransitions[numTrans - 1])
        {
            if (!IntAttr(dt, "year", out long year)) return null;
            return _tzruleAfter!.Find(ts, fold == 1, (int)year);
        }
        return _transTtinfos[Bisect(ts, localTransitions) - 1];
    }
}
