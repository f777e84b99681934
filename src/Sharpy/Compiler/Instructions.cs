using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>A source range (_Py_SourceLocation); columns in UTF-8 bytes, -1 when unknown.</summary>
readonly record struct Location(int Lineno, int EndLineno, int ColOffset, int EndColOffset)
{
    public static readonly Location NoLocation = new(-1, -1, -1, -1);
    /// <summary>Takes the location of the next instruction (used by pattern matching).</summary>
    public static readonly Location NextLocation = new(-2, -2, -2, -2);

    public static Location Of(Sharpy.Parser.Ast.LocatedNode n) => new(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);
}

/// <summary>Where an exception raised by an instruction goes (_PyExceptHandlerInfo).</summary>
struct ExceptHandlerInfo
{
    public int Label;
    public int StartDepth;
    public bool PreserveLasti;
}

/// <summary>An instruction of an instruction sequence (_PyInstruction).</summary>
struct SeqInstr
{
    public int Opcode;
    public int Oparg;
    public Location Loc;
    public bool IsTarget;
    public int Offset;
    public ExceptHandlerInfo Handler;
}

/// <summary>
/// The codegen output: a flat list of instructions whose jumps name labels
/// (Python/instruction_sequence.c).
/// </summary>
sealed class InstructionSequence
{
    public readonly List<SeqInstr> Instrs = new();
    readonly List<int> _labelMap = new();

    public int NewLabel()
    {
        _labelMap.Add(-1);
        return _labelMap.Count - 1;
    }

    public void UseLabel(int label) => _labelMap[label] = Instrs.Count;

    public void Addop(int opcode, int oparg, Location loc) =>
        Instrs.Add(new SeqInstr { Opcode = opcode, Oparg = oparg, Loc = loc });

    public void InsertInstruction(int pos, int opcode, int oparg, Location loc)
    {
        Instrs.Insert(pos, new SeqInstr { Opcode = opcode, Oparg = oparg, Loc = loc });
        for (int i = 0; i < _labelMap.Count; i++)
            if (_labelMap[i] >= pos)
                _labelMap[i]++;
    }

    /// <summary>Insert another sequence (with its own labels) before instruction <paramref name="pos"/>.</summary>
    public void InjectSequence(int pos, InstructionSequence injected)
    {
        var newLabels = new int[injected._labelMap.Count];
        for (int i = 0; i < newLabels.Length; i++) newLabels[i] = NewLabel();
        for (int i = 0; i < injected.Instrs.Count; i++)
        {
            var instr = injected.Instrs[i];
            if (OpcodeInfo.HasTarget(instr.Opcode))
                instr.Oparg = newLabels[instr.Oparg];
            InsertInstruction(pos + i, instr.Opcode, instr.Oparg, instr.Loc);
        }
        for (int i = 0; i < newLabels.Length; i++)
            _labelMap[newLabels[i]] = injected._labelMap[i] < 0 ? -1 : pos + injected._labelMap[i];
    }

    /// <summary>Replace label ids in jump opargs by instruction indices.</summary>
    public void ApplyLabelMap()
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Instrs);
        for (int i = 0; i < span.Length; i++)
            if (OpcodeInfo.HasTarget(span[i].Opcode))
                span[i].Oparg = _labelMap[span[i].Oparg];
    }
}
