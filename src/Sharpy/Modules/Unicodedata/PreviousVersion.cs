using System;
using System.Collections.Generic;
using System.IO;

namespace Sharpy.Modules.Unicodedata;

/// <summary>
/// The Unicode 3.2.0 database behind `unicodedata.ucd_3_2_0` (CPython's change records,
/// get_change_3_2_0 and normalization_3_2_0): for each property, the runs of code points
/// where 3.2.0's answer differs from 16.0's and that answer; the code points 3.2.0 did not
/// assign (they have no name and no decomposition there); and the normalization
/// corrections made after 3.2.0, undone (a code point whose 3.2.0 decomposition was a
/// different single character).
/// </summary>
internal sealed class PreviousVersion
{
    public enum Field { Category, Bidirectional, EastAsianWidth, Mirrored, Combining, Decimal, Digit, Decomposition, Count }

    public string Version = "";
    /// <summary>(first, last) pairs, sorted.</summary>
    int[] _unassigned = [];
    /// <summary>Per field: (first, last, value) triples, sorted.</summary>
    readonly int[][] _runs = new int[(int)Field.Count][];
    /// <summary>The 3.2.0 decomposition strings the Decomposition runs index.</summary>
    string[] _decompositions = [];
    int[] _numericRuns = [];
    double[] _numericValues = [];
    readonly Dictionary<int, int> _corrections = new();

    public static PreviousVersion Read(BinaryReader r, UnicodeDatabase db)
    {
        var p = new PreviousVersion { Version = UnicodeDatabase.ReadString(r) };
        p._unassigned = UnicodeDatabase.ReadInts(r);
        for (int f = 0; f < (int)Field.Count; f++) p._runs[f] = UnicodeDatabase.ReadInts(r);
        p._decompositions = UnicodeDatabase.ReadStrings(r);
        p._numericRuns = UnicodeDatabase.ReadInts(r);
        p._numericValues = UnicodeDatabase.ReadDoubles(r, p._numericRuns.Length / 2);
        var corrections = UnicodeDatabase.ReadInts(r);
        for (int i = 0; i < corrections.Length; i += 2) p._corrections[corrections[i]] = corrections[i + 1];
        return p;
    }

    /// <summary>The index of the run (of <paramref name="stride"/> ints, first and last
    /// leading) that holds <paramref name="cp"/>, or -1.</summary>
    static int FindRun(int[] runs, int stride, int cp)
    {
        int lo = 0, hi = runs.Length / stride - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < runs[mid * stride]) hi = mid - 1;
            else if (cp > runs[mid * stride + 1]) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Assigned in 16.0 but not in 3.2.0.</summary>
    public bool IsUnassigned(int cp) => FindRun(_unassigned, 2, cp) >= 0;

    /// <summary>3.2.0's value of an int field where it differs from 16.0's.</summary>
    public bool TryGet(Field field, int cp, out int value)
    {
        var runs = _runs[(int)field];
        int i = FindRun(runs, 3, cp);
        value = i >= 0 ? runs[i * 3 + 2] : 0;
        return i >= 0;
    }

    /// <summary>3.2.0's decomposition string where it differs from 16.0's, else null.</summary>
    public string? Decomposition(int cp) => TryGet(Field.Decomposition, cp, out int i) ? _decompositions[i] : null;

    /// <summary>3.2.0's numeric value (-1.0 for none) where it differs from 16.0's.</summary>
    public bool TryGetNumeric(int cp, out double value)
    {
        int i = FindRun(_numericRuns, 2, cp);
        value = i >= 0 ? _numericValues[i] : 0;
        return i >= 0;
    }

    /// <summary>normalization_3_2_0: the character 3.2.0 decomposed <paramref name="cp"/> to, if corrected since.</summary>
    public bool TryGetCorrection(int cp, out int value) => _corrections.TryGetValue(cp, out value);
}
