using System.Collections.Generic;
using System.Numerics;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// `seq[start:stop:step]` of a constant str, bytes or tuple by a constant slice, as the
/// flowgraph folds it (PySlice_Unpack and PySlice_AdjustIndices, then the sequence's own
/// slicing). Returns false where CPython would raise (non-int bounds, zero step).
/// </summary>
static class ConstSlicing
{
    public static bool TrySlice(object seq, SliceConstant s, out object? result)
    {
        result = null;
        int[]? cps = StrValue.Is(seq) ? StrValue.CodePoints(seq) : null;
        int length = seq switch
        {
            _ when cps != null => cps.Length,
            byte[] b => b.Length,
            object?[] t => t.Length,
            _ => -1,
        };
        if (length < 0) return false;
        if (!Bound(s.Step, 1, out var step) || step.IsZero) return false;
        bool neg = step.Sign < 0;
        if (!Bound(s.Start, neg ? length - 1 : 0, out var start) || !Bound(s.Stop, neg ? -1 : length, out var stop))
            return false;
        if (s.Start != null) start = Adjust(start, length, neg);
        if (s.Stop != null) stop = Adjust(stop, length, neg);
        var indices = new List<int>();
        if (neg)
            for (var i = start; i > stop; i += step) indices.Add((int)i);
        else
            for (var i = start; i < stop; i += step) indices.Add((int)i);
        if (cps != null)
        {
            var r = new int[indices.Count];
            for (int k = 0; k < r.Length; k++) r[k] = cps[indices[k]];
            result = StrValue.FromCodePoints(r);
            return true;
        }
        switch (seq)
        {
            case byte[] b:
            {
                var r = new byte[indices.Count];
                for (int k = 0; k < r.Length; k++) r[k] = b[indices[k]];
                result = r;
                break;
            }
            case object?[] t:
            {
                var r = new object?[indices.Count];
                for (int k = 0; k < r.Length; k++) r[k] = t[indices[k]];
                result = r;
                break;
            }
        }
        return true;
    }

    static bool Bound(object? v, BigInteger dflt, out BigInteger value)
    {
        switch (v)
        {
            case null: value = dflt; return true;
            case long l: value = l; return true;
            case BigInteger b: value = b; return true;
            case bool b: value = b ? 1 : 0; return true;
            default: value = 0; return false;
        }
    }

    /// <summary>PySlice_AdjustIndices for one bound.</summary>
    static BigInteger Adjust(BigInteger x, int length, bool negStep)
    {
        if (x < 0)
        {
            x += length;
            if (x < 0) x = negStep ? -1 : 0;
        }
        else if (x >= length)
            x = negStep ? length - 1 : length;
        return x;
    }
}
