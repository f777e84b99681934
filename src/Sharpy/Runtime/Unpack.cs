using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>UNPACK_SEQUENCE and UNPACK_EX (ceval.c unpack_iterable).</summary>
public static class Unpack
{
    /// <summary>
    /// Items <paramref name="from"/> to <paramref name="n"/> - 1 of an exact tuple or list onto
    /// the stack at <paramref name="at"/>, last item lowest, each a new reference
    /// (UNPACK_SEQUENCE_TUPLE's loop, for the items no fused STORE_FAST took; out of the eval
    /// loop, whose many locals leave it no registers).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ExactItems(PyObject[] items, int from, int n, StackRef[] s, int at)
    {
        // (Array stores, not a Span's: an array element takes the unchecked write barrier.)
        for (int i = from, j = at + n - 1 - from; i < n; i++, j--) s[j] = StackRef.FromNew(items[i]);
    }

    /// <summary>
    /// Unpack <paramref name="seq"/> onto the stack at <paramref name="at"/>: the last item
    /// lowest, as CPython leaves them (so the first target is stored first). With
    /// <paramref name="after"/> >= 0 a starred list collects the middle.
    /// </summary>
    public static int Sequence(PyObject seq, int before, int after, StackRef[] s, int at)
    {
        if (after < 0 && (seq.ob_type == PyTuple.Type || seq.ob_type == PyList.Type))
        {
            var items = seq is PyTuple t ? t.Items : ((PyList)seq).Items;
            int n = seq is PyTuple t2 ? t2.Count : ((PyList)seq).Count;
            if (n != before) return WrongCount(before, n, exact: true);
            for (int i = 0; i < n; i++) s[at + n - 1 - i] = StackRef.FromNew(items[i]);
            return 0;
        }
        var it = Abstract.GetIter(seq);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError) && seq.ob_type.tp_iter == null)
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"cannot unpack non-iterable {seq.ob_type.tp_name} object");
            }
            return -1;
        }
        var got = new System.Collections.Generic.List<PyObject>();
        try
        {
            for (int i = 0; i < before; i++)
            {
                var item = Abstract.IterNext(it);
                if (item == null)
                {
                    if (Errors.Occurred()) return -1;
                    return after < 0 ? WrongCount(before, i, exact: true) : NotEnough(before + after, i, atLeast: true);
                }
                got.Add(item);
            }
            if (after < 0)
            {
                var extra = Abstract.IterNext(it);
                if (extra != null)
                {
                    Py.DECREF(extra);
                    // Only an exact list, tuple or dict reports its length (a subclass's __len__ may lie).
                    if (seq.ob_type == PyList.Type || seq.ob_type == PyTuple.Type || seq.ob_type == PyDict.Type)
                    {
                        long len = Abstract.Length(seq);
                        if (len > before)
                            return Fail($"too many values to unpack (expected {before}, got {len})");
                    }
                    return Fail($"too many values to unpack (expected {before})");
                }
                if (Errors.Occurred()) return -1;
                for (int i = 0; i < before; i++) s[at + before - 1 - i] = StackRef.FromSteal(got[i]);
                got.Clear();
                return 0;
            }
            var rest = PyList.New();
            while (true)
            {
                var item = Abstract.IterNext(it);
                if (item == null) break;
                rest.AppendSteal(item);
            }
            if (Errors.Occurred()) { Py.DECREF(rest); return -1; }
            if (rest.Count < after)
            {
                int have = before + rest.Count;
                Py.DECREF(rest);
                return NotEnough(before + after, have, atLeast: true);
            }
            int total2 = before + 1 + after;
            // Layout (top of stack first): before items, the list, after items.
            for (int i = 0; i < before; i++) s[at + total2 - 1 - i] = StackRef.FromSteal(got[i]);
            got.Clear();
            for (int i = 0; i < after; i++)
            {
                var item = rest.Items[rest.Count - after + i];
                s[at + after - 1 - i] = StackRef.FromSteal(item);
            }
            rest.Count -= after;
            s[at + after] = StackRef.FromSteal(rest);
            return 0;
        }
        finally
        {
            foreach (var o in got) Py.DECREF(o);
            Py.DECREF(it);
        }
    }

    static int Fail(string msg)
    {
        Errors.SetString(PyExc.ValueError, msg);
        return -1;
    }

    static int WrongCount(int expected, int got, bool exact)
    {
        if (got < expected) return NotEnough(expected, got, atLeast: false);
        return Fail($"too many values to unpack (expected {expected}, got {got})");
    }

    static int NotEnough(int expected, int got, bool atLeast)
        => Fail($"not enough values to unpack (expected {(atLeast ? "at least " : "")}{expected}, got {got})");
}
