using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;
using SysMath = System.Math;

namespace Sharpy.Modules;

// The accumulating functions, each with CPython's algorithm so the last bit agrees: fsum
// (Shewchuk's exact partials), hypot and dist (vector_norm), sumprod (triple-length
// accumulation) and prod (its int and float fast paths, which decide overflow behaviour).
public static partial class MathModule
{
    /// <summary>ASSIGN_DOUBLE: an exact float's value, else PyFloat_AsDouble.</summary>
    static bool ItemDouble(PyObject o, out double d) => ToDouble(o, out d);

    [PyMethod("fsum", Doc = "Return an accurate floating-point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating-point arithmetic.")]
    static PyObject? Fsum(PyObject seq)
    {
        var iter = Abstract.GetIter(seq);
        if (iter == null) return null;
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        try
        {
            while (true)
            {
                var item = Abstract.IterNext(iter);
                if (item == null)
                {
                    if (Errors.Occurred()) return null;
                    break;
                }
                bool ok = ItemDouble(item, out double x);
                Py.DECREF(item);
                if (!ok) return null;
                double xsave = x;
                int i = 0;
                for (int j = 0; j < p.Count; j++)
                {
                    double y = p[j];
                    if (SysMath.Abs(x) < SysMath.Abs(y)) (x, y) = (y, x);
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) p[i++] = lo;
                    x = hi;
                }
                p.RemoveRange(i, p.Count - i);
                if (x != 0.0)
                {
                    if (!double.IsFinite(x))
                    {
                        // From an inf or nan summand, or an intermediate overflow.
                        if (double.IsFinite(xsave))
                            return Errors.SetString(PyExc.OverflowError, "intermediate overflow in fsum");
                        if (double.IsInfinity(xsave)) infSum += xsave;
                        specialSum += xsave;
                        p.Clear();
                    }
                    else p.Add(x);
                }
            }
        }
        finally
        {
            Py.DECREF(iter);
        }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) return Errors.SetString(PyExc.ValueError, "-inf + inf in fsum");
            return PyFloat.FromDouble(specialSum);
        }
        double total = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            double lo = 0.0;
            total = p[--n];
            // Sum from the top down, stopping when the sum becomes inexact.
            while (n > 0)
            {
                double x = total, y = p[--n];
                total = x + y;
                double yr = total - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            // Round half-even across several partials: sum([1e-16, 1, 1e16]) rounds up.
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = total + y;
                double yr = x - total;
                if (y == yr) total = x;
            }
        }
        return PyFloat.FromDouble(total);
    }

    /// <summary>
    /// vector_norm: sqrt(sum(x*x)) for |x| values with maximum <paramref name="max"/>, with
    /// power-of-two scaling, Veltkamp-Dekker squaring, compensated summation and a final
    /// differential correction of the root, as CPython computes it.
    /// </summary>
    static double VectorNorm(double[] vec, int n, double max, bool foundNan)
    {
        const double T27 = 134217729.0; // 2**27 + 1
        if (double.IsInfinity(max)) return max;
        if (foundNan) return PyFloat.NaN;
        if (max == 0.0 || n <= 1) return max;
        CFrexp(max, out int maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, x, oldcsum, t, hi, lo, h;
        if (maxE >= -1023)
        {
            double scale = SysMath.ScaleB(1.0, -maxE);
            for (int i = 0; i < n; i++)
            {
                x = vec[i] * scale;
                t = x * T27;
                hi = t - (t - x);
                lo = x - hi;
                x = hi * hi;
                oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            h = SysMath.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            x = h;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = -hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // ldexp(1.0, -max_e) would overflow: divide by max instead.
        for (int i = 0; i < n; i++)
        {
            x = vec[i] / max;
            x *= x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * SysMath.Sqrt(csum - 1.0 + frac1);
    }

    [PyMethod("hypot", TextSignature = "($module, /, *coordinates)", Doc = "Multidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n")]
    static PyObject? Hypot([VarArgs] PyTuple args)
    {
        int n = args.Count;
        var coords = new double[n];
        double max = 0.0;
        bool foundNan = false;
        for (int i = 0; i < n; i++)
        {
            if (!ItemDouble(args.Items[i], out double x)) return null;
            x = SysMath.Abs(x);
            coords[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return PyFloat.FromDouble(VectorNorm(coords, n, max, foundNan));
    }

    [PyMethod("dist", Doc = "Return the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))")]
    static PyObject? Dist(PyObject p, PyObject q)
    {
        PyTuple? pt = p as PyTuple, qt = q as PyTuple;
        bool pAlloc = false, qAlloc = false;
        try
        {
            if (pt == null)
            {
                pt = PyTuple.FromIterable(p);
                if (pt == null) return null;
                pAlloc = true;
            }
            if (qt == null)
            {
                qt = PyTuple.FromIterable(q);
                if (qt == null) return null;
                qAlloc = true;
            }
            int n = qt.Count;
            if (pt.Count != n)
                return Errors.SetString(PyExc.ValueError, "both points must have the same number of dimensions");
            var diffs = new double[n];
            double max = 0.0;
            bool foundNan = false;
            for (int i = 0; i < n; i++)
            {
                if (!ItemDouble(pt.Items[i], out double px) || !ItemDouble(qt.Items[i], out double qx)) return null;
                double x = SysMath.Abs(px - qx);
                diffs[i] = x;
                foundNan |= double.IsNaN(x);
                if (x > max) max = x;
            }
            return PyFloat.FromDouble(VectorNorm(diffs, n, max, foundNan));
        }
        finally
        {
            if (pAlloc) Py.DECREF(pt!);
            if (qAlloc) Py.DECREF(qt!);
        }
    }

    // Double- and triple-length arithmetic (Ogita, Rump and Oishi, "Accurate Sum and Dot Product").
    static (double Hi, double Lo) DlSum(double a, double b)
    {
        double x = a + b;
        double z = x - a;
        double y = (a - (x - z)) + (b - z);
        return (x, y);
    }

    static (double Hi, double Lo) DlMul(double x, double y)
    {
        double z = x * y;
        double zz = SysMath.FusedMultiplyAdd(x, y, -z);
        return (z, zz);
    }

    static (double Hi, double Lo, double Tiny) TlFma(double x, double y, (double Hi, double Lo, double Tiny) total)
    {
        var pr = DlMul(x, y);
        var sm = DlSum(total.Hi, pr.Hi);
        var r1 = DlSum(total.Lo, pr.Lo);
        var r2 = DlSum(r1.Hi, sm.Lo);
        return (sm.Hi, r2.Hi, total.Tiny + r1.Lo + r2.Lo);
    }

    static double TlToDouble((double Hi, double Lo, double Tiny) total)
    {
        var last = DlSum(total.Lo, total.Hi);
        return total.Tiny + last.Lo + last.Hi;
    }

    static bool LongMulOverflows(long a, long b)
    {
        long longprod = unchecked(a * b);
        double doubleprod = (double)a * b;
        double doubledLongprod = longprod;
        if (doubledLongprod == doubleprod) return false;
        double absdiff = SysMath.Abs(doubledLongprod - doubleprod);
        return !(32.0 * absdiff <= SysMath.Abs(doubleprod));
    }

    static bool AddOverflows(long a, long b) => a > 0 ? b > long.MaxValue - a : b < long.MinValue - a;

    /// <summary>Whether o is an exact int that fits a C long, and its value.</summary>
    static bool SmallExactInt(PyObject o, out long v)
    {
        v = 0;
        return o.ob_type == PyLong.Type && ((PyLong)o).TryGetLong(out v);
    }

    /// <summary>total += term (stealing term); false with the exception set.</summary>
    static bool AddTo(ref PyObject total, PyObject term)
    {
        var nt = Abstract.BinaryOp(total, term, NbOp.ADD);
        Py.DECREF(term);
        if (nt == null) return false;
        Py.DECREF(total);
        total = nt;
        return true;
    }

    [PyMethod("sumprod", Doc = "Return the sum of products of values from two iterables p and q.\n\nRoughly equivalent to:\n\n    sum(map(operator.mul, p, q, strict=True))\n\nFor float and mixed int/float inputs, the intermediate products\nand sums are computed with extended precision.")]
    static PyObject? Sumprod(PyObject p, PyObject q)
    {
        var pIt = Abstract.GetIter(p);
        if (pIt == null) return null;
        var qIt = Abstract.GetIter(q);
        if (qIt == null) { Py.DECREF(pIt); return null; }
        PyObject total = PyLong.FromLong(0);
        PyObject? pi = null, qi = null;
        bool intPath = true, intInUse = false, fltPath = true, fltInUse = false;
        long intTotal = 0;
        (double Hi, double Lo, double Tiny) fltTotal = (0.0, 0.0, 0.0);
        bool failed = true;
        try
        {
            while (true)
            {
                pi = Abstract.IterNext(pIt);
                if (pi == null && Errors.Occurred()) return null;
                qi = Abstract.IterNext(qIt);
                if (qi == null && Errors.Occurred()) return null;
                if ((pi == null) != (qi == null))
                    return Errors.SetString(PyExc.ValueError, "Inputs are not the same length");
                bool finished = pi == null;

                if (intPath)
                {
                    if (!finished && SmallExactInt(pi!, out long ip) && SmallExactInt(qi!, out long iq)
                        && !LongMulOverflows(ip, iq) && !AddOverflows(intTotal, ip * iq))
                    {
                        intTotal += ip * iq;
                        intInUse = true;
                        Py.CLEAR(ref pi);
                        Py.CLEAR(ref qi);
                        continue;
                    }
                    // Finished, overflowed, or a non-int: fold the int total in and leave the path.
                    intPath = false;
                    if (intInUse)
                    {
                        if (!AddTo(ref total, PyLong.FromLong(intTotal))) return null;
                        intInUse = false;
                    }
                }

                if (fltPath)
                {
                    if (!finished && FloatPair(pi!, qi!, out double fp, out double fq))
                    {
                        var next = TlFma(fp, fq, fltTotal);
                        if (double.IsFinite(next.Hi))
                        {
                            fltTotal = next;
                            fltInUse = true;
                            Py.CLEAR(ref pi);
                            Py.CLEAR(ref qi);
                            continue;
                        }
                    }
                    fltPath = false;
                    if (fltInUse)
                    {
                        if (!AddTo(ref total, PyFloat.FromDouble(TlToDouble(fltTotal)))) return null;
                        fltInUse = false;
                    }
                }

                if (finished) break;
                var term = Abstract.BinaryOp(pi!, qi!, NbOp.MULTIPLY);
                if (term == null) return null;
                if (!AddTo(ref total, term)) return null;
                Py.CLEAR(ref pi);
                Py.CLEAR(ref qi);
            }
            failed = false;
            return total;
        }
        finally
        {
            Py.DECREF(pIt);
            Py.DECREF(qIt);
            if (pi != null) Py.DECREF(pi);
            if (qi != null) Py.DECREF(qi);
            if (failed) Py.DECREF(total);
        }
    }

    /// <summary>The float path's operands: float*float, or a float with an exact int or a bool.</summary>
    static bool FloatPair(PyObject p, PyObject q, out double fp, out double fq)
    {
        fp = fq = 0;
        bool pf = p.ob_type == PyFloat.Type, qf = q.ob_type == PyFloat.Type;
        if (pf && qf)
        {
            fp = ((PyFloat)p).Value;
            fq = ((PyFloat)q).Value;
            return true;
        }
        if (pf && q is PyLong ql && (q.ob_type == PyLong.Type || q.ob_type == PyBool.Type))
        {
            fp = ((PyFloat)p).Value;
            return PyLong.AsDouble(ql, out fq) || ClearFalse();
        }
        if (qf && p is PyLong pl && (p.ob_type == PyLong.Type || p.ob_type == PyBool.Type))
        {
            fq = ((PyFloat)q).Value;
            return PyLong.AsDouble(pl, out fp) || ClearFalse();
        }
        return false;
    }

    static bool ClearFalse()
    {
        Errors.Clear();
        return false;
    }

    [PyMethod("prod", Doc = "Calculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.")]
    static PyObject? Prod(PyObject iterable, [KeywordOnly] PyObject? start = null)
    {
        var iter = Abstract.GetIter(iterable);
        if (iter == null) return null;
        PyObject? result = Py.NewRef(start ?? PyLong.FromLong(1));
        try
        {
            // Fast paths keep the product in a long, then in a double, while the items allow.
            if (SmallExactInt(result, out long iResult))
            {
                Py.CLEAR(ref result);
                while (result == null)
                {
                    var item = Abstract.IterNext(iter);
                    if (item == null) return Errors.Occurred() ? null : PyLong.FromLong(iResult);
                    if (SmallExactInt(item, out long b) && !LongMulOverflows(iResult, b))
                    {
                        iResult *= b;
                        Py.DECREF(item);
                        continue;
                    }
                    var acc = PyLong.FromLong(iResult);
                    result = Abstract.BinaryOp(acc, item, NbOp.MULTIPLY);
                    Py.DECREF(acc);
                    Py.DECREF(item);
                    if (result == null) return null;
                }
            }
            if (result.ob_type == PyFloat.Type)
            {
                double fResult = ((PyFloat)result).Value;
                Py.CLEAR(ref result);
                while (result == null)
                {
                    var item = Abstract.IterNext(iter);
                    if (item == null) return Errors.Occurred() ? null : PyFloat.FromDouble(fResult);
                    if (item.ob_type == PyFloat.Type)
                    {
                        fResult *= ((PyFloat)item).Value;
                        Py.DECREF(item);
                        continue;
                    }
                    if (SmallExactInt(item, out long lv))
                    {
                        fResult *= lv;
                        Py.DECREF(item);
                        continue;
                    }
                    var acc = PyFloat.FromDouble(fResult);
                    result = Abstract.BinaryOp(acc, item, NbOp.MULTIPLY);
                    Py.DECREF(acc);
                    Py.DECREF(item);
                    if (result == null) return null;
                }
            }
            while (true)
            {
                var item = Abstract.IterNext(iter);
                if (item == null)
                {
                    if (Errors.Occurred()) { Py.CLEAR(ref result); return null; }
                    var r = result;
                    result = null;
                    return r;
                }
                var temp = Abstract.BinaryOp(result, item, NbOp.MULTIPLY);
                Py.DECREF(item);
                Py.CLEAR(ref result);
                if (temp == null) return null;
                result = temp;
            }
        }
        finally
        {
            Py.DECREF(iter);
            if (result != null) Py.DECREF(result);
        }
    }
}
