using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>An instruction of the control flow graph (cfg_instr).</summary>
struct CfgInstr
{
    public int Opcode;
    public int Oparg;
    public Location Loc;
    public BasicBlock? Target;
    public BasicBlock? Except;

    public void SetOp0(int op)
    {
        Opcode = op;
        Oparg = 0;
    }

    public void SetOp1(int op, int arg)
    {
        Opcode = op;
        Oparg = arg;
    }
}

/// <summary>A basic block (basicblock in Python/flowgraph.c).</summary>
sealed class BasicBlock
{
    public CfgInstr[] Instr = new CfgInstr[4];
    public int IUsed;
    public int Label = -1;
    public BasicBlock? Next;
    public int Predecessors;
    public int StartDepth;
    public bool PreserveLasti, Visited, ExceptHandler, Cold, Warm;
    public ulong UnsafeLocalsMask;
    public ExceptStack? ExceptStackAtStart;

    public ref CfgInstr this[int i] => ref Instr[i];

    public int NextInstr()
    {
        if (IUsed == Instr.Length)
            System.Array.Resize(ref Instr, Instr.Length * 2);
        return IUsed++;
    }

    /// <summary>basicblock_addop. Like CPython it leaves i_except as the slot had it: a slot
    /// freed by an earlier removal keeps its old handler, which shows in the exception table.</summary>
    public void Addop(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        int off = NextInstr();
        ref var i = ref Instr[off];
        i.Opcode = opcode;
        i.Oparg = oparg;
        i.Loc = loc;
        i.Target = target;
    }

    public void InsertInstruction(int pos, CfgInstr instr)
    {
        NextInstr();
        for (int i = IUsed - 1; i > pos; i--)
            Instr[i] = Instr[i - 1];
        Instr[pos] = instr;
    }

    public void AppendInstructions(BasicBlock from)
    {
        int count = from.IUsed;
        for (int i = 0; i < count; i++)
        {
            int n = NextInstr();
            Instr[n] = from.Instr[i];
        }
    }

    public ref CfgInstr Last => ref Instr[IUsed - 1];

    public bool ExitsScope => IUsed > 0 && OpcodeInfo.IsScopeExit(Last.Opcode);

    public bool NoFallthrough => IUsed > 0 && (OpcodeInfo.IsScopeExit(Last.Opcode) || OpcodeInfo.IsUnconditionalJump(Last.Opcode));

    public bool HasFallthrough => !NoFallthrough;

    public bool HasNoLineno()
    {
        for (int i = 0; i < IUsed; i++)
            if (Instr[i].Loc.Lineno >= 0) return false;
        return true;
    }

    public bool HasEvalBreak()
    {
        for (int i = 0; i < IUsed; i++)
            if (OpcodeInfo.HasEvalBreak(Instr[i].Opcode)) return true;
        return false;
    }
}

/// <summary>The exception handler stack while labelling exception targets.</summary>
sealed class ExceptStack
{
    public readonly List<BasicBlock?> Handlers = new() { null };

    public ExceptStack Copy()
    {
        var c = new ExceptStack();
        c.Handlers.Clear();
        c.Handlers.AddRange(Handlers);
        return c;
    }

    public int Depth => Handlers.Count - 1;

    public BasicBlock? Top => Handlers[^1];
}

/// <summary>The control flow graph of one code unit (cfg_builder).</summary>
sealed partial class Cfg
{
    public BasicBlock Entry;
    readonly List<BasicBlock> _allBlocks = new();
    BasicBlock _cur;
    int _currentLabel = -1;

    Cfg()
    {
        Entry = _cur = NewBlock();
    }

    public BasicBlock NewBlock()
    {
        var b = new BasicBlock();
        _allBlocks.Add(b);
        return b;
    }

    bool CurrentBlockIsTerminated()
    {
        if (_cur.IUsed > 0 && OpcodeInfo.IsTerminator(_cur.Last.Opcode))
            return true;
        if (_currentLabel >= 0)
        {
            if (_cur.IUsed > 0 || _cur.Label >= 0)
                return true;
            _cur.Label = _currentLabel;
            _currentLabel = -1;
        }
        return false;
    }

    void MaybeStartNewBlock()
    {
        if (CurrentBlockIsTerminated())
        {
            var b = NewBlock();
            b.Label = _currentLabel;
            _currentLabel = -1;
            _cur.Next = b;
            _cur = b;
        }
    }

    void UseLabel(int label)
    {
        _currentLabel = label;
        MaybeStartNewBlock();
    }

    void Addop(int opcode, int oparg, Location loc)
    {
        MaybeStartNewBlock();
        _cur.Addop(opcode, oparg, loc);
    }

    /// <summary>_PyCfg_FromInstructionSequence: jump targets become labels named by instruction index.</summary>
    public static Cfg FromInstructionSequence(InstructionSequence seq)
    {
        seq.ApplyLabelMap();
        var g = new Cfg();
        var instrs = seq.Instrs;
        var isTarget = new bool[instrs.Count + 1];
        foreach (var i in instrs)
            if (OpcodeInfo.HasTarget(i.Opcode))
                isTarget[i.Oparg] = true;
        for (int i = 0; i < instrs.Count; i++)
        {
            if (isTarget[i])
                g.UseLabel(i);
            g.Addop(instrs[i].Opcode, instrs[i].Oparg, instrs[i].Loc);
        }
        return g;
    }

    int GetMaxLabel()
    {
        int lbl = -1;
        for (var b = Entry; b != null; b = b.Next)
            if (b.Label > lbl) lbl = b.Label;
        return lbl;
    }

    void TranslateJumpLabelsToTargets()
    {
        var label2block = new Dictionary<int, BasicBlock>();
        for (var b = Entry; b != null; b = b.Next)
            if (b.Label >= 0)
                label2block[b.Label] = b;
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
                if (OpcodeInfo.HasTarget(b[i].Opcode))
                    b[i].Target = label2block[b[i].Oparg];
    }

    void MarkExceptHandlers()
    {
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
                if (OpcodeInfo.IsBlockPush(b[i].Opcode))
                    b[i].Target!.ExceptHandler = true;
    }

    static BasicBlock PushExceptBlock(ExceptStack stack, ref CfgInstr setup)
    {
        var target = setup.Target!;
        if (setup.Opcode is Op.SETUP_WITH or Op.SETUP_CLEANUP)
            target.PreserveLasti = true;
        stack.Handlers.Add(target);
        return target;
    }

    static BasicBlock? PopExceptBlock(ExceptStack stack)
    {
        stack.Handlers.RemoveAt(stack.Handlers.Count - 1);
        return stack.Top;
    }

    void ResetVisited()
    {
        for (var b = Entry; b != null; b = b.Next)
            b.Visited = false;
    }

    void LabelExceptionTargets()
    {
        ResetVisited();
        var todo = new Stack<BasicBlock>();
        Entry.Visited = true;
        Entry.ExceptStackAtStart = new ExceptStack();
        todo.Push(Entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var exceptStack = b.ExceptStackAtStart!;
            b.ExceptStackAtStart = null;
            var handler = exceptStack.Top;
            int lastYieldExceptDepth = -1;
            for (int i = 0; i < b.IUsed; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeInfo.IsBlockPush(instr.Opcode))
                {
                    if (!instr.Target!.Visited)
                    {
                        instr.Target.ExceptStackAtStart = exceptStack.Copy();
                        instr.Target.Visited = true;
                        todo.Push(instr.Target);
                    }
                    handler = PushExceptBlock(exceptStack, ref instr);
                }
                else if (instr.Opcode == Op.POP_BLOCK)
                {
                    handler = PopExceptBlock(exceptStack);
                    instr.SetOp0(Op.NOP);
                }
                else if (OpcodeInfo.HasJump(instr.Opcode))
                {
                    instr.Except = handler;
                    if (!instr.Target!.Visited)
                    {
                        instr.Target.ExceptStackAtStart = b.HasFallthrough ? exceptStack.Copy() : exceptStack;
                        instr.Target.Visited = true;
                        todo.Push(instr.Target);
                    }
                }
                else if (instr.Opcode == Op.YIELD_VALUE)
                {
                    instr.Except = handler;
                    lastYieldExceptDepth = exceptStack.Depth;
                }
                else if (instr.Opcode == Op.RESUME)
                {
                    instr.Except = handler;
                    if (instr.Oparg != Oparg.RESUME_AT_FUNC_START)
                    {
                        if (lastYieldExceptDepth == 1)
                            instr.Oparg |= Oparg.RESUME_OPARG_DEPTH1_MASK;
                        lastYieldExceptDepth = -1;
                    }
                }
                else
                    instr.Except = handler;
            }
            if (b.HasFallthrough && b.Next != null && !b.Next.Visited)
            {
                b.Next.ExceptStackAtStart = exceptStack;
                b.Next.Visited = true;
                todo.Push(b.Next);
            }
        }
    }

    static BasicBlock? NextNonemptyBlock(BasicBlock? b)
    {
        while (b != null && b.IUsed == 0)
            b = b.Next;
        return b;
    }
}
