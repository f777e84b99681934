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
            || !BaseInstructionsEqual(a.Instructions, b.Instructions) || a.Consts.Length != b.Consts.Length)
            return 0;
        for (int i = 0; i < a.Consts.Length; i++)
        {
            int eq = ConstantEqual(a.Consts[i], b.Consts[i]);
            if (eq != 1) return eq;
        }
        int r;
        if ((r = Abstract.RichCompareBool(a.NamesTuple, b.NamesTuple, CompareOp.Eq)) != 1) return r;
        if ((r = Abstract.RichCompareBool(a.LocalsPlusNamesTuple, b.LocalsPlusNamesTuple, CompareOp.Eq)) != 1) return r;
        if ((r = Abstract.RichCompareBool(a.LineTableBytes, b.LineTableBytes, CompareOp.Eq)) != 1) return r;
        return Abstract.RichCompareBool(a.ExceptionTableBytes, b.ExceptionTableBytes, CompareOp.Eq);
    }

    /// <summary>The instructions (opcode and oparg) are the same; inline caches are not compared.</summary>
    static bool BaseInstructionsEqual(ushort[] x, ushort[] y)
    {
        if (x.Length != y.Length) return false;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i]) return false;
            i += Op.CacheEntries(x[i] & 0xff);
        }
        return true;
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

    /// <summary>code_hash: the fields compared above, scrambled in as CPython does; the instructions without their caches.</summary>
    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var c = (PyCode)o;
        ulong h = 20221211;
        foreach (var field in (ReadOnlySpan<PyObject>)[c.Name, c.ConstsTuple, c.NamesTuple, c.LocalsPlusNamesTuple, c.LineTableBytes, c.ExceptionTableBytes])
        {
            long fh = Abstract.Hash(field);
            if (fh == -1) return -1;
            h = Scramble(h, fh);
        }
        var co = c.Co;
        foreach (int v in (ReadOnlySpan<int>)[co.ArgCount, co.PosOnlyArgCount, co.KwOnlyArgCount, co.Flags, co.FirstLineno, c.Instructions.Length])
            h = Scramble(h, v);
        var code = c.Instructions;
        for (int i = 0; i < code.Length; i++)
        {
            int op = code[i] & 0xff;
            h = Scramble(Scramble(h, op), code[i] >> 8);
            i += Op.CacheEntries(op);
        }
        return (long)h == -1 ? -2 : (long)h;
    }

    /// <summary>SCRAMBLE_IN: xor in, then multiply by _PyHASH_MULTIPLIER.</summary>
    static ulong Scramble(ulong h, long v) => (h ^ (ulong)v) * 1000003UL;
}
