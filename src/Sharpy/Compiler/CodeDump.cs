using System.Collections.Generic;
using System.Text;

namespace Sharpy.Compiler;

/// <summary>The text /work/shared/tools/codedump.py prints for a module's code objects (without its "== path" line).</summary>
public static class CodeDump
{
    public static string Dump(CodeObject code)
    {
        var lines = new List<string>();
        Describe(code, lines);
        return string.Join("\n", lines);
    }

    static string TupleRepr(string[] items)
    {
        var parts = new string[items.Length];
        for (int i = 0; i < items.Length; i++) parts[i] = ConstRepr.StrRepr(items[i]);
        return items.Length == 1 ? $"({parts[0]},)" : "(" + string.Join(", ", parts) + ")";
    }

    static string Hex(byte[] b) => System.Convert.ToHexString(b).ToLowerInvariant();

    static void Describe(CodeObject co, List<string> o)
    {
        o.Add($"code {co.QualName}");
        o.Add($"name {co.Name}");
        o.Add($"firstlineno {co.FirstLineno}");
        o.Add($"argcount {co.ArgCount} posonlyargcount {co.PosOnlyArgCount} kwonlyargcount {co.KwOnlyArgCount}");
        o.Add($"nlocals {co.NLocals} stacksize {co.StackSize} flags 0x{co.Flags:x}");
        o.Add($"varnames {TupleRepr(co.VarNames)}");
        o.Add($"cellvars {TupleRepr(co.CellVars)}");
        o.Add($"freevars {TupleRepr(co.FreeVars)}");
        o.Add($"names {TupleRepr(co.Names)}");
        var consts = new string[co.Consts.Length];
        for (int i = 0; i < consts.Length; i++) consts[i] = ConstRepr.Repr(co.Consts[i]);
        o.Add("consts (" + string.Join(", ", consts) + ")");
        o.Add($"code {Hex(co.Code)}");
        o.Add($"exceptiontable {Hex(co.ExceptionTable)}");
        o.Add($"linetable {Hex(co.LineTable)}");
        foreach (var c in co.Consts)
            if (c is CodeObject nested)
                Describe(nested, o);
    }
}
