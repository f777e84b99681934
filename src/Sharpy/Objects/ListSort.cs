using System;
using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// list.sort: CPython's timsort (Objects/listobject.c, Objects/listsort.txt) with the
/// powersort merge policy, binary insertion for short runs, count_run's handling of
/// descending runs and galloping merges; so the sequence of comparisons, and hence what
/// a key or __lt__ with side effects observes, is CPython's. While sorting the list looks
/// empty; changing it raises "list modified during sort".
/// </summary>
internal sealed class ListSort
{
    const int MaxMinRun = 64, MinGallop = 7, MaxMergePending = 85;
    static readonly PyObject[] s_sortingItems = new PyObject[0];

    /// <summary>
    /// The pre-checked comparisons of CPython's list_sort_impl: when every key is an exact int
    /// (that fits a long), an exact float or an exact str without surrogates, compare the values
    /// (unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare); when every key is a non-empty exact tuple, compare as tuples do,
    /// with the first elements' own pre-checked comparison (unsafe_tuple_compare).
    /// </summary>
    enum CompareKind { Generic, Long, Float, Str, Tuple }

    readonly PyObject[] _k;      // the keys being sorted
    readonly PyObject[]? _v;     // the items, permuted with the keys when a key function is used
    PyObject[] _tk = [];         // merge temp for keys
    PyObject[]? _tv;             // merge temp for values
    int _minGallop = MinGallop;
    readonly int _listLen;
    readonly CompareKind _cmp;
    readonly CompareKind _tupleElemCmp;  // for Tuple: how the keys' first elements compare
    int _n;                      // pending runs
    readonly int[] _runBase = new int[MaxMergePending];
    readonly int[] _runLen = new int[MaxMergePending];
    readonly int[] _runPower = new int[MaxMergePending];

    ListSort(PyObject[] keys, PyObject[]? values, int n)
    {
        _k = keys;
        _v = values;
        _listLen = n;
        _cmp = PickCompare(keys, n);
        if (_cmp == CompareKind.Tuple) _tupleElemCmp = PickTupleElemCompare(keys, n);
        if (values != null) _tv = [];
    }

    /// <summary>list.sort(key=keyfunc, reverse=reverse): 0, or -1 with an exception set.</summary>
    public static int Sort(PyList self, PyObject? keyfunc, bool reverse)
    {
        int savedSize = self.Count;
        var savedItems = self.Items;
        int savedAllocated = self.Allocated;
        self.Items = s_sortingItems;
        self.Allocated = 0;
        self.Count = 0;
        bool ok = false;
        PyObject[] keys = savedItems;
        bool keysOwned = false;
        int nkeys = 0;
        if (keyfunc != null)
        {
            keys = new PyObject[savedSize];
            keysOwned = true;
            for (; nkeys < savedSize; nkeys++)
            {
                var k = Calls.CallOneArg(keyfunc, savedItems[nkeys]);
                if (k == null) break;
                keys[nkeys] = k;
            }
        }
        if (!keysOwned || nkeys == savedSize)
        {
            if (savedSize < 2) ok = true;
            else
            {
                if (reverse)
                {
                    if (keysOwned) Array.Reverse(keys, 0, savedSize);
                    Array.Reverse(savedItems, 0, savedSize);
                }
                var ms = new ListSort(keys, keysOwned ? savedItems : null, savedSize);
                ok = ms.Run() == 0;
            }
            if (keysOwned)
                for (int i = 0; i < nkeys; i++) Py.DECREF(keys[i]);
            if (ok && (self.Items != s_sortingItems || self.Count != 0))
            {
                Errors.SetString(PyExc.ValueError, "list modified during sort");
                ok = false;
            }
            if (reverse && savedSize > 1) Array.Reverse(savedItems, 0, savedSize);
        }
        else
        {
            for (int i = 0; i < nkeys; i++) Py.DECREF(keys[i]);
        }
        var finalItems = self.Items;
        int finalCount = self.Count;
        self.Items = savedItems;
        self.Allocated = savedAllocated;
        self.Count = savedSize;
        while (--finalCount >= 0) Py.DECREF(finalItems[finalCount]);
        return ok ? 0 : -1;
    }

    static CompareKind PickCompare(PyObject[] keys, int n)
    {
        if (n == 0) return CompareKind.Generic;
        var t = keys[0].ob_type;
        if (t == PyLong.Type)
        {
            for (int i = 0; i < n; i++)
                if (keys[i].ob_type != t || ((PyLong)keys[i]).IsBig) return CompareKind.Generic;
            return CompareKind.Long;
        }
        if (t == PyFloat.Type)
        {
            for (int i = 0; i < n; i++)
                if (keys[i].ob_type != t) return CompareKind.Generic;
            return CompareKind.Float;
        }
        if (t == PyUnicode.Type)
        {
            for (int i = 0; i < n; i++)
                if (keys[i].ob_type != t || !((PyUnicode)keys[i]).IsSimple) return CompareKind.Generic;
            return CompareKind.Str;
        }
        if (t == PyTuple.Type)
        {
            for (int i = 0; i < n; i++)
                if (keys[i].ob_type != t || ((PyTuple)keys[i]).Count == 0) return CompareKind.Generic;
            return CompareKind.Tuple;
        }
        return CompareKind.Generic;
    }

    /// <summary>The comparison of the first elements of tuple keys (all non-empty).</summary>
    static CompareKind PickTupleElemCompare(PyObject[] keys, int n)
    {
        var t = ((PyTuple)keys[0]).Items[0].ob_type;
        if (t == PyLong.Type)
        {
            for (int i = 0; i < n; i++)
            {
                var e = ((PyTuple)keys[i]).Items[0];
                if (e.ob_type != t || ((PyLong)e).IsBig) return CompareKind.Generic;
            }
            return CompareKind.Long;
        }
        if (t == PyFloat.Type)
        {
            for (int i = 0; i < n; i++)
                if (((PyTuple)keys[i]).Items[0].ob_type != t) return CompareKind.Generic;
            return CompareKind.Float;
        }
        if (t == PyUnicode.Type)
        {
            for (int i = 0; i < n; i++)
            {
                var e = ((PyTuple)keys[i]).Items[0];
                if (e.ob_type != t || !((PyUnicode)e).IsSimple) return CompareKind.Generic;
            }
            return CompareKind.Str;
        }
        return CompareKind.Generic;
    }

    /// <summary>
    /// x &lt; y for keys of a pre-checked kind (the types are known, so no cast checks). Strs
    /// without surrogate code units compare by their chars, which is code point order
    /// (CPython's unsafe_latin_compare, for any such str).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool KindLt(CompareKind kind, PyObject x, PyObject y) => kind switch
    {
        CompareKind.Long => Unsafe.As<PyLong>(x).Value < Unsafe.As<PyLong>(y).Value,
        CompareKind.Float => Unsafe.As<PyFloat>(x).Value < Unsafe.As<PyFloat>(y).Value,
        _ => string.CompareOrdinal(Unsafe.As<PyUnicode>(x).Value, Unsafe.As<PyUnicode>(y).Value) < 0,
    };

    /// <summary>ISLT: 1 if x &lt; y, 0 if not, -1 on error.</summary>
    int IsLt(PyObject x, PyObject y)
    {
        switch (_cmp)
        {
            case CompareKind.Generic: return Abstract.RichCompareBool(x, y, CompareOp.Lt);
            case CompareKind.Tuple: return TupleLt(Unsafe.As<PyTuple>(x), Unsafe.As<PyTuple>(y));
            default: return KindLt(_cmp, x, y) ? 1 : 0;
        }
    }

    /// <summary>
    /// unsafe_tuple_compare: the first index where the items differ (by ==), then &lt; there:
    /// the pre-checked comparison at index 0, the generic one after. Exact ints that fit a
    /// long compare by value, which is what their == and &lt; do.
    /// </summary>
    int TupleLt(PyTuple v, PyTuple w)
    {
        var vt = v.Items;
        var wt = w.Items;
        int vlen = vt.Length, wlen = wt.Length;
        int i = 0;
        for (; i < vlen && i < wlen; i++)
        {
            var a = vt[i];
            var b = wt[i];
            if (a == b) continue;
            int k;
            if (IntFastPaths.AreSmallExactInts(a, b, out long av, out long bv))
                k = av == bv ? 1 : 0;
            else
                k = Abstract.RichCompareBool(a, b, CompareOp.Eq);
            if (k < 0) return -1;
            if (k == 0) break;
        }
        if (i >= vlen || i >= wlen) return vlen < wlen ? 1 : 0;
        var x = vt[i];
        var y = wt[i];
        if (i == 0 && _tupleElemCmp != CompareKind.Generic) return KindLt(_tupleElemCmp, x, y) ? 1 : 0;
        if (x.ob_type == PyLong.Type && y.ob_type == PyLong.Type && !((PyLong)x).IsBig && !((PyLong)y).IsBig)
            return ((PyLong)x).Value < ((PyLong)y).Value ? 1 : 0;
        return Abstract.RichCompareBool(x, y, CompareOp.Lt);
    }

    int Run()
    {
        int lo = 0;
        int nremaining = _listLen;
        int minrun = ComputeMinRun(nremaining);
        do
        {
            int n = CountRun(lo, nremaining);
            if (n < 0) return -1;
            if (n < minrun)
            {
                int force = nremaining <= minrun ? nremaining : minrun;
                if (BinarySort(lo, force, n) < 0) return -1;
                n = force;
            }
            if (FoundNewRun(n) < 0) return -1;
            _runBase[_n] = lo;
            _runLen[_n] = n;
            _n++;
            lo += n;
            nremaining -= n;
        } while (nremaining > 0);
        return ForceCollapse();
    }

    static int ComputeMinRun(int n)
    {
        int r = 0;
        while (n >= MaxMinRun)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    void ReverseRange(int lo, int n)
    {
        Array.Reverse(_k, lo, n);
        if (_v != null) Array.Reverse(_v, lo, n);
    }

    /// <summary>binarysort: _k[lo..lo+n) with _k[lo..lo+ok) already sorted, by stable binary insertion.</summary>
    int BinarySort(int lo, int n, int ok)
    {
        var a = _k;
        if (ok == 0) ok = 1;
        for (; ok < n; ok++)
        {
            int l = 0, r = ok;
            var pivot = a[lo + ok];
            do
            {
                int m = (l + r) >> 1;
                int k = IsLt(pivot, a[lo + m]);
                if (k < 0) return -1;
                if (k > 0) r = m;
                else l = m + 1;
            } while (l < r);
            Array.Copy(a, lo + l, a, lo + l + 1, ok - l);
            Store(a, lo + l, pivot);
            if (_v != null)
            {
                var vp = _v[lo + ok];
                Array.Copy(_v, lo + l, _v, lo + l + 1, ok - l);
                Store(_v, lo + l, vp);
            }
        }
        return 0;
    }

    /// <summary>count_run: the length of the run at lo, made ascending in place. -1 on error.</summary>
    int CountRun(int lo, int nremaining)
    {
        var a = _k;
        int n, k;
        for (n = 1; n < nremaining; n++)
        {
            k = IsLt(a[lo + n], a[lo + n - 1]);
            if (k < 0) return -1;
            if (k > 0) break;
        }
        if (n == nremaining) return n;
        // a[lo+n] is strictly less than its predecessor.
        if (n > 1)
        {
            k = IsLt(a[lo], a[lo + n - 1]);
            if (k < 0) return -1;
            if (k > 0) return n;
            // The ascending prefix is all equal: it starts a descending run.
            ReverseRange(lo, n);
        }
        n++;
        int neq = 0;
        for (; n < nremaining; n++)
        {
            k = IsLt(a[lo + n], a[lo + n - 1]);
            if (k < 0) return -1;
            if (k > 0)
            {
                if (neq > 0)
                {
                    neq++;
                    ReverseRange(lo + n - neq, neq);
                    neq = 0;
                }
            }
            else
            {
                k = IsLt(a[lo + n - 1], a[lo + n]);
                if (k < 0) return -1;
                if (k > 0) break;
                neq++;
            }
        }
        if (neq > 0)
        {
            neq++;
            ReverseRange(lo + n - neq, neq);
        }
        ReverseRange(lo, n);
        for (; n < nremaining; n++)
        {
            k = IsLt(a[lo + n], a[lo + n - 1]);
            if (k < 0) return -1;
            if (k > 0) break;
        }
        return n;
    }

    /// <summary>gallop_left: k with a[k-1] &lt; key &lt;= a[k] in a[b..b+n), searching from hint. -1 on error.</summary>
    int GallopLeft(PyObject key, PyObject[] a, int b, int n, int hint)
    {
        int ofs = 1, lastofs = 0, k;
        int p = b + hint;
        k = IsLt(a[p], key);
        if (k < 0) return -1;
        if (k > 0)
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                k = IsLt(a[p + ofs], key);
                if (k < 0) return -1;
                if (k == 0) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        else
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                k = IsLt(a[p - ofs], key);
                if (k < 0) return -1;
                if (k > 0) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int tmp = lastofs;
            lastofs = hint - ofs;
            ofs = hint - tmp;
        }
        lastofs++;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            k = IsLt(a[b + m], key);
            if (k < 0) return -1;
            if (k > 0) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /// <summary>gallop_right: k with a[k-1] &lt;= key &lt; a[k] in a[b..b+n), searching from hint. -1 on error.</summary>
    int GallopRight(PyObject key, PyObject[] a, int b, int n, int hint)
    {
        int ofs = 1, lastofs = 0, k;
        int p = b + hint;
        k = IsLt(key, a[p]);
        if (k < 0) return -1;
        if (k > 0)
        {
            int maxofs = hint + 1;
            while (ofs < maxofs)
            {
                k = IsLt(key, a[p - ofs]);
                if (k < 0) return -1;
                if (k == 0) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            int tmp = lastofs;
            lastofs = hint - ofs;
            ofs = hint - tmp;
        }
        else
        {
            int maxofs = n - hint;
            while (ofs < maxofs)
            {
                k = IsLt(key, a[p + ofs]);
                if (k < 0) return -1;
                if (k > 0) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs)
        {
            int m = lastofs + ((ofs - lastofs) >> 1);
            k = IsLt(key, a[b + m]);
            if (k < 0) return -1;
            if (k > 0) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    void EnsureTemp(int need)
    {
        if (_tk.Length >= need) return;
        _tk = new PyObject[need];
        if (_v != null) _tv = new PyObject[need];
    }

    /// <summary>Copy n keys (and values) from the main arrays to the main arrays (overlap-safe).</summary>
    void MoveMain(int src, int dst, int n)
    {
        Array.Copy(_k, src, _k, dst, n);
        if (_v != null) Array.Copy(_v, src, _v, dst, n);
    }

    void TempToMain(int src, int dst, int n)
    {
        Array.Copy(_tk, src, _k, dst, n);
        if (_v != null) Array.Copy(_tv!, src, _v, dst, n);
    }

    void MainToTemp(int src, int dst, int n)
    {
        Array.Copy(_k, src, _tk, dst, n);
        if (_v != null) Array.Copy(_v, src, _tv!, dst, n);
    }

    void OneMain(int src, int dst)
    {
        Store(_k, dst, _k[src]);
        if (_v != null) Store(_v, dst, _v[src]);
    }

    void OneTemp(int src, int dst)
    {
        Store(_k, dst, _tk[src]);
        if (_v != null) Store(_v, dst, _tv![src]);
    }

    /// <summary>
    /// a[i] = o without the covariant-store type check a PyObject[] element store makes (these
    /// arrays are PyObject[] themselves, never an array of a subclass): a tenth of an int sort.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Store(PyObject[] a, int i, PyObject o)
    {
        if ((uint)i >= (uint)a.Length) throw new IndexOutOfRangeException();
        Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(a), i) = o;
    }

    /// <summary>merge_lo: merge the runs at pa (na items) and pb = pa + na (nb items), na &lt;= nb.</summary>
    int MergeLo(int pa, int na, int pb, int nb)
    {
        EnsureTemp(na);
        MainToTemp(pa, 0, na);
        int dest = pa, a = 0, b = pb;
        int result = -1;
        OneMain(b++, dest++);
        if (--nb == 0) goto Succeed;
        if (na == 1) goto CopyB;
        int minGallop = _minGallop;
        while (true)
        {
            int acount = 0, bcount = 0, k;
            while (true)
            {
                k = IsLt(_k[b], _tk[a]);
                if (k < 0) goto Fail;
                if (k > 0)
                {
                    OneMain(b++, dest++);
                    bcount++;
                    acount = 0;
                    if (--nb == 0) goto Succeed;
                    if (bcount >= minGallop) break;
                }
                else
                {
                    OneTemp(a++, dest++);
                    acount++;
                    bcount = 0;
                    if (--na == 1) goto CopyB;
                    if (acount >= minGallop) break;
                }
            }
            minGallop++;
            do
            {
                if (minGallop > 1) minGallop--;
                _minGallop = minGallop;
                k = GallopRight(_k[b], _tk, a, na, 0);
                acount = k;
                if (k != 0)
                {
                    if (k < 0) goto Fail;
                    TempToMain(a, dest, k);
                    dest += k;
                    a += k;
                    na -= k;
                    if (na == 1) goto CopyB;
                    if (na == 0) goto Succeed;
                }
                OneMain(b++, dest++);
                if (--nb == 0) goto Succeed;
                k = GallopLeft(_tk[a], _k, b, nb, 0);
                bcount = k;
                if (k != 0)
                {
                    if (k < 0) goto Fail;
                    MoveMain(b, dest, k);
                    dest += k;
                    b += k;
                    nb -= k;
                    if (nb == 0) goto Succeed;
                }
                OneTemp(a++, dest++);
                if (--na == 1) goto CopyB;
            } while (acount >= MinGallop || bcount >= MinGallop);
            minGallop++;
            _minGallop = minGallop;
        }
    Succeed:
        result = 0;
    Fail:
        if (na > 0) TempToMain(a, dest, na);
        return result;
    CopyB:
        MoveMain(b, dest, nb);
        OneTemp(a, dest + nb);
        return 0;
    }

    /// <summary>merge_hi: merge the runs at pa (na items) and pb = pa + na (nb items), na &gt;= nb.</summary>
    int MergeHi(int pa, int na, int pb, int nb)
    {
        EnsureTemp(nb);
        int dest = pb + nb - 1;
        MainToTemp(pb, 0, nb);
        int basea = pa;
        int b = nb - 1;
        int a = pa + na - 1;
        int result = -1;
        OneMain(a--, dest--);
        if (--na == 0) goto Succeed;
        if (nb == 1) goto CopyA;
        int minGallop = _minGallop;
        while (true)
        {
            int acount = 0, bcount = 0, k;
            while (true)
            {
                k = IsLt(_tk[b], _k[a]);
                if (k < 0) goto Fail;
                if (k > 0)
                {
                    OneMain(a--, dest--);
                    acount++;
                    bcount = 0;
                    if (--na == 0) goto Succeed;
                    if (acount >= minGallop) break;
                }
                else
                {
                    OneTemp(b--, dest--);
                    bcount++;
                    acount = 0;
                    if (--nb == 1) goto CopyA;
                    if (bcount >= minGallop) break;
                }
            }
            minGallop++;
            do
            {
                if (minGallop > 1) minGallop--;
                _minGallop = minGallop;
                k = GallopRight(_tk[b], _k, basea, na, na - 1);
                if (k < 0) goto Fail;
                k = na - k;
                acount = k;
                if (k != 0)
                {
                    dest -= k;
                    a -= k;
                    MoveMain(a + 1, dest + 1, k);
                    na -= k;
                    if (na == 0) goto Succeed;
                }
                OneTemp(b--, dest--);
                if (--nb == 1) goto CopyA;
                k = GallopLeft(_k[a], _tk, 0, nb, nb - 1);
                if (k < 0) goto Fail;
                k = nb - k;
                bcount = k;
                if (k != 0)
                {
                    dest -= k;
                    b -= k;
                    TempToMain(b + 1, dest + 1, k);
                    nb -= k;
                    if (nb == 1) goto CopyA;
                    if (nb == 0) goto Succeed;
                }
                OneMain(a--, dest--);
                if (--na == 0) goto Succeed;
            } while (acount >= MinGallop || bcount >= MinGallop);
            minGallop++;
            _minGallop = minGallop;
        }
    Succeed:
        result = 0;
    Fail:
        if (nb > 0) TempToMain(0, dest - (nb - 1), nb);
        return result;
    CopyA:
        MoveMain(a + 1 - na, dest + 1 - na, na);
        dest -= na;
        OneTemp(b, dest);
        return 0;
    }

    /// <summary>merge_at: merge the runs at stack indices i and i+1.</summary>
    int MergeAt(int i)
    {
        int pa = _runBase[i], na = _runLen[i];
        int pb = _runBase[i + 1], nb = _runLen[i + 1];
        _runLen[i] = na + nb;
        if (i == _n - 3)
        {
            _runBase[i + 1] = _runBase[i + 2];
            _runLen[i + 1] = _runLen[i + 2];
            _runPower[i + 1] = _runPower[i + 2];
        }
        _n--;
        int k = GallopRight(_k[pb], _k, pa, na, 0);
        if (k < 0) return -1;
        pa += k;
        na -= k;
        if (na == 0) return 0;
        nb = GallopLeft(_k[pa + na - 1], _k, pb, nb, nb - 1);
        if (nb <= 0) return nb;
        return na <= nb ? MergeLo(pa, na, pb, nb) : MergeHi(pa, na, pb, nb);
    }

    /// <summary>powerloop: the powersort "power" of the run boundary between two adjacent runs.</summary>
    static int PowerLoop(long s1, long n1, long n2, long n)
    {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n) break;
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    int FoundNewRun(int n2)
    {
        if (_n == 0) return 0;
        int s1 = _runBase[_n - 1];
        int n1 = _runLen[_n - 1];
        int power = PowerLoop(s1, n1, n2, _listLen);
        while (_n > 1 && _runPower[_n - 2] > power)
            if (MergeAt(_n - 2) < 0) return -1;
        _runPower[_n - 1] = power;
        return 0;
    }

    int ForceCollapse()
    {
        while (_n > 1)
        {
            int n = _n - 2;
            if (n > 0 && _runLen[n - 1] < _runLen[n + 1]) n--;
            if (MergeAt(n) < 0) return -1;
        }
        return 0;
    }
}
