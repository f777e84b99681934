namespace Sharpy.Compiler;

/// <summary>The co_varnames / co_cellvars / co_freevars views derived from the localsplus kinds.</summary>
public sealed partial class CodeObject
{
    string[] NamesOfKind(byte kind)
    {
        var list = new System.Collections.Generic.List<string>();
        for (int i = 0; i < LocalsPlusNames.Length; i++)
            if ((LocalsPlusKinds[i] & kind) != 0)
                list.Add(LocalsPlusNames[i]);
        return list.ToArray();
    }

    public string[] VarNames => NamesOfKind(CO_FAST_LOCAL);
    public string[] CellVars => NamesOfKind(CO_FAST_CELL);
    public string[] FreeVars => NamesOfKind(CO_FAST_FREE);
    public int NLocals => VarNames.Length;
    public int FreeVarCount => FreeVars.Length;
}
