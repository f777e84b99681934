using System;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// Code objects compare by content (Objects/codeobject.c code_richcompare, code_hash):
// a code object read back by marshal equals the one written.
public sealed partial class PyCode
{
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || v is not PyCode a || w is not PyCode b) return Py.NotImplemented;
        int eq = CodeEqual(a, b);
        if (eq < 0) return null;
        return Py.NewBool((eq == 1) == (op == CompareOp.Eq));
    }

    /// <summary>1 when the fields code_richcompare compares are equal, 0 when not, -1 on error.</summary>
    static int CodeEqual(PyCode a, PyCode b)
    {
        if (a == b) return 1;
        CodeObject x = a.Co, y = b.Co;
        if (a.Name.Value != b.Name.Value || x.ArgCount != y.ArgCount || x.PosOnlyArgCount != y.PosOnlyArgCount
            || x.KwOnlyArgCount != y.KwOnlyArgCount || x.Flags != y.Flags || x.FirstLineno != y.FirstLineno
            || !x.Code.AsSpan().SequenceEqual(y.Code) || !x.LineTable.AsSpan().SequenceEqual(y.LineTable)
            || !x.ExceptionTable.AsSpan().SequenceEqual(y.ExceptionTable)
            || !x.Names.AsSpan().SequenceEqual(y.Names) || !x.LocalsPlusNames.AsSpan().SequenceEqual(y.LocalsPlusNames)
            || !x.LocalsPlusKinds.AsSpan().SequenceEqual(y.LocalsPlusKinds) || a.Consts.Length != b.Consts.Length)
            return 0;
        for (int i = 0; i < a.Consts.Length; i++)
        {
            int eq = ConstantEqual(a.Consts[i], b.Consts[i]);
            if (eq != 1) return eq;
        }
        return 1;
    }

    /// <summary>
    /// Equality of constants as their _PyCode_ConstantKey keys compare: types must match exactly
    /// (1, 1.0 and True differ), 0.0 and -0.0 differ, containers compare item by item this way.
    /// </summary>
    static int ConstantEqual(PyObject a, PyObject b)
    {
        if (a == b) return 1;
        if (a.ob_type != b.ob_type) return 0;
        switch (a)
        {
            case PyFloat fa:
            {
                double p = fa.Value, q = ((PyFloat)b).Value;
                return p == q && double.IsNegative(p) == double.IsNegative(q) ? 1 : 0;
            }
            case PyComplex ca:
            {
                var p = ca.Value;
                var q = ((PyComplex)b).Value;
                return p == q && double.IsNegative(p.Real) == double.IsNegative(q.Real)
                    && double.IsNegative(p.Imaginary) == double.IsNegative(q.Imaginary) ? 1 : 0;
            }
            case PyTuple ta:
            {
                var tb = (PyTuple)b;
                if (ta.Count != tb.Count) return 0;
                for (int i = 0; i < ta.Count; i++)
                {
                    int eq = ConstantEqual(ta.Items[i], tb.Items[i]);
                    if (eq != 1) return eq;
                }
                return 1;
            }
            case PyFrozenSet sa:
            {
                var sb = (PyFrozenSet)b;
                if (sa.Count != sb.Count) return 0;
                int pos = 0;
                while (sa.NextEntry(ref pos, out var item, out _))
                {
                    bool found = false;
                    int pos2 = 0;
                    while (!found && sb.NextEntry(ref pos2, out var other, out _))
                    {
                        int eq = ConstantEqual(item, other);
                        if (eq < 0) return -1;
                        found = eq == 1;
                    }
                    if (!found) return 0;
                }
                return 1;
            }
            case PyCode ka: return CodeEqual(ka, (PyCode)b);
        }
        return Abstract.RichCompareBool(a, b, CompareOp.Eq);
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var c = (PyCode)o;
        // Over the fields compared above that are cheap to combine; equal code objects hash alike.
        var h = new HashCode();
        h.Add(c.Name.Value);
        h.Add(c.Co.ArgCount);
        h.Add(c.Co.PosOnlyArgCount);
        h.Add(c.Co.KwOnlyArgCount);
        h.Add(c.Co.Flags);
        h.Add(c.Co.FirstLineno);
        h.Add(c.Co.Code.Length);
        h.Add(c.Consts.Length);
        long r = h.ToHashCode();
        return r == -1 ? -2 : r;
    }
}
