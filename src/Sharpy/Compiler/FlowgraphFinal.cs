using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>
/// The late CFG passes of Python/flowgraph.c: cold block placement, line number
/// propagation, stack depth, cell/free offsets and the final instruction sequence.
/// </summary>
sealed partial class Cfg
{
    void MarkWarm()
    {
        var stack = new Stack<BasicBlock>();
        stack.Push(Entry);
        Entry.Visited = true;
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Warm = true;
            var next = b.Next;
            if (next != null && b.HasFallthrough && !next.Visited)
            {
                stack.Push(next);
                next.Visited = true;
            }
            for (int i = 0; i < b.IUsed; i++)
                if (OpcodeInfo.HasJump(b[i].Opcode) && !b[i].Target!.Visited)
                {
                    stack.Push(b[i].Target!);
                    b[i].Target!.Visited = true;
                }
        }
    }

    void MarkCold()
    {
        ResetVisited();
        MarkWarm();
        ResetVisited();
        var stack = new Stack<BasicBlock>();
        for (var b = Entry; b != null; b = b.Next)
            if (b.ExceptHandler)
            {
                stack.Push(b);
                b.Visited = true;
            }
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            b.Cold = true;
            var next = b.Next;
            if (next != null && b.HasFallthrough && !next.Warm && !next.Visited)
            {
                stack.Push(next);
                next.Visited = true;
            }
            for (int i = 0; i < b.IUsed; i++)
                if (OpcodeInfo.HasJump(b[i].Opcode))
                {
                    var target = b[i].Target!;
                    if (!target.Warm && !target.Visited)
                    {
                        stack.Push(target);
                        target.Visited = true;
                    }
                }
        }
    }

    void PushColdBlocksToEnd()
    {
        if (Entry.Next == null)
            return;
        MarkCold();
        int nextLbl = GetMaxLabel() + 1;
        for (var b = Entry; b != null; b = b.Next)
            if (b.Cold && b.HasFallthrough && b.Next != null && b.Next.Warm)
            {
                var explicitJump = NewBlock();
                if (b.Next.Label < 0)
                    b.Next.Label = nextLbl++;
                explicitJump.Addop(Op.JUMP_NO_INTERRUPT, b.Next.Label, Location.NoLocation, b.Next);
                explicitJump.Cold = true;
                explicitJump.Next = b.Next;
                explicitJump.Predecessors = 1;
                b.Next = explicitJump;
            }
        BasicBlock? coldBlocks = null, coldBlocksTail = null;
        var blk = Entry;
        while (blk.Next != null)
        {
            while (blk.Next != null && !blk.Next.Cold)
                blk = blk.Next;
            if (blk.Next == null)
                break;
            var bEnd = blk.Next;
            while (bEnd.Next != null && bEnd.Next.Cold)
                bEnd = bEnd.Next;
            if (coldBlocks == null)
                coldBlocks = blk.Next;
            else
                coldBlocksTail!.Next = blk.Next;
            coldBlocksTail = bEnd;
            blk.Next = bEnd.Next;
            bEnd.Next = null;
        }
        blk.Next = coldBlocks;
        if (coldBlocks != null)
            RemoveRedundantNopsAndJumps();
    }

    static bool IsExitOrEvalCheckWithoutLineno(BasicBlock b) =>
        (b.ExitsScope || b.HasEvalBreak()) && b.HasNoLineno();

    static BasicBlock CopyBasicBlock(Cfg g, BasicBlock block)
    {
        var result = g.NewBlock();
        result.AppendInstructions(block);
        return result;
    }

    void DuplicateExitsWithoutLineno()
    {
        int nextLbl = GetMaxLabel() + 1;
        for (var b = Entry; b != null; b = b.Next)
        {
            if (b.IUsed == 0) continue;
            ref var last = ref b.Last;
            if (OpcodeInfo.HasJump(last.Opcode))
            {
                var target = NextNonemptyBlock(last.Target)!;
                if (IsExitOrEvalCheckWithoutLineno(target) && target.Predecessors > 1)
                {
                    var newTarget = CopyBasicBlock(this, target);
                    newTarget[0].Loc = last.Loc;
                    last.Target = newTarget;
                    target.Predecessors--;
                    newTarget.Predecessors = 1;
                    newTarget.Next = target.Next;
                    newTarget.Label = nextLbl++;
                    target.Next = newTarget;
                }
            }
        }
        for (var b = Entry; b != null; b = b.Next)
            if (b.HasFallthrough && b.Next != null && b.IUsed > 0 && IsExitOrEvalCheckWithoutLineno(b.Next))
                b.Next[0].Loc = b.Last.Loc;
    }

    void PropagateLineNumbers()
    {
        for (var b = Entry; b != null; b = b.Next)
        {
            if (b.IUsed == 0) continue;
            var prevLocation = Location.NoLocation;
            for (int i = 0; i < b.IUsed; i++)
            {
                if (b[i].Loc.Lineno == -1)
                    b[i].Loc = prevLocation;
                else
                    prevLocation = b[i].Loc;
            }
            if (b.HasFallthrough && b.Next!.Predecessors == 1 && b.Next.IUsed > 0 && b.Next[0].Loc.Lineno == -1)
                b.Next[0].Loc = prevLocation;
            ref var last = ref b.Last;
            if (OpcodeInfo.HasJump(last.Opcode))
            {
                var target = last.Target!;
                if (target.Predecessors == 1 && target.IUsed > 0 && target[0].Loc.Lineno == -1)
                    target[0].Loc = prevLocation;
            }
        }
    }

    void ResolveLineNumbers(int firstlineno)
    {
        DuplicateExitsWithoutLineno();
        PropagateLineNumbers();
    }

    int CalculateStackdepth()
    {
        for (var b = Entry; b != null; b = b.Next)
            b.StartDepth = int.MinValue;
        var stack = new Stack<BasicBlock>();
        int maxdepth = 0;
        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth < depth && b.StartDepth < 100)
            {
                b.StartDepth = depth;
                stack.Push(b);
            }
        }
        Push(Entry, 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            var next = b.Next;
            for (int i = 0; i < b.IUsed; i++)
            {
                ref var instr = ref b[i];
                int newDepth = depth + Op.StackEffect(instr.Opcode, instr.Oparg, false);
                maxdepth = System.Math.Max(maxdepth, depth);
                if (OpcodeInfo.HasTarget(instr.Opcode) && instr.Opcode != Op.END_ASYNC_FOR)
                {
                    int targetDepth = depth + Op.StackEffect(instr.Opcode, instr.Oparg, true);
                    Push(instr.Target!, targetDepth);
                }
                depth = newDepth;
                if (OpcodeInfo.IsUnconditionalJump(instr.Opcode) || OpcodeInfo.IsScopeExit(instr.Opcode))
                {
                    next = null;
                    break;
                }
            }
            if (next != null)
                Push(next, depth);
        }
        return maxdepth;
    }

    void ConvertPseudoConditionalJumps()
    {
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
            {
                ref var instr = ref b[i];
                if (instr.Opcode is Op.JUMP_IF_FALSE or Op.JUMP_IF_TRUE)
                {
                    instr.Opcode = instr.Opcode == Op.JUMP_IF_FALSE ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
                    var loc = instr.Loc;
                    var except = instr.Except;
                    b.InsertInstruction(i++, new CfgInstr { Opcode = Op.COPY, Oparg = 1, Loc = loc, Except = except });
                    b.InsertInstruction(i++, new CfgInstr { Opcode = Op.TO_BOOL, Oparg = 0, Loc = loc, Except = except });
                }
            }
    }

    void ConvertPseudoOps()
    {
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
            {
                ref var instr = ref b[i];
                if (OpcodeInfo.IsBlockPush(instr.Opcode))
                    instr.SetOp0(Op.NOP);
                else if (instr.Opcode == Op.LOAD_CLOSURE)
                    instr.Opcode = Op.LOAD_FAST;
                else if (instr.Opcode == Op.STORE_FAST_MAYBE_NULL)
                    instr.Opcode = Op.STORE_FAST;
            }
        RemoveRedundantNopsAndJumps();
    }

    void NormalizeJumpsInBlock(BasicBlock b)
    {
        if (b.IUsed == 0) return;
        ref var last = ref b.Last;
        if (!OpcodeInfo.IsConditionalJump(last.Opcode)) return;
        bool isForward = !last.Target!.Visited;
        if (isForward)
        {
            b.Addop(Op.NOT_TAKEN, 0, b.Last.Loc);
            return;
        }
        int reversed = last.Opcode switch
        {
            Op.POP_JUMP_IF_NOT_NONE => Op.POP_JUMP_IF_NONE,
            Op.POP_JUMP_IF_NONE => Op.POP_JUMP_IF_NOT_NONE,
            Op.POP_JUMP_IF_FALSE => Op.POP_JUMP_IF_TRUE,
            _ => Op.POP_JUMP_IF_FALSE,
        };
        var target = last.Target;
        var backwardsJump = NewBlock();
        backwardsJump.Addop(Op.NOT_TAKEN, 0, last.Loc);
        backwardsJump.Addop(Op.JUMP, target.Label, last.Loc, target);
        backwardsJump.StartDepth = target.StartDepth;
        last.Opcode = reversed;
        last.Target = b.Next;
        backwardsJump.Cold = b.Cold;
        backwardsJump.Next = b.Next;
        b.Next = backwardsJump;
    }

    void NormalizeJumps()
    {
        ResetVisited();
        for (var b = Entry; b != null; b = b.Next)
        {
            b.Visited = true;
            NormalizeJumpsInBlock(b);
        }
    }

    /// <summary>_PyCfg_OptimizedCfgToInstructionSequence, returning the final instructions.</summary>
    public List<SeqInstr> ToFinalInstructions(CompilerUnit u, int codeFlags, out int stackdepth, out int nlocalsplus)
    {
        ConvertPseudoConditionalJumps();
        // CPython's code objects always report room for at least one item (the implicit
        // `return None` needs it even when it is unreachable).
        stackdepth = System.Math.Max(1, CalculateStackdepth());
        nlocalsplus = PrepareLocalsplus(u, codeFlags);
        ConvertPseudoOps();
        NormalizeJumps();
        OptimizeLoadFast();
        return ToInstructionSequence();
    }

    List<SeqInstr> ToInstructionSequence()
    {
        int lbl = 0;
        for (var b = Entry; b != null; b = b.Next)
            b.Label = lbl++;
        var labelStart = new Dictionary<int, int>();
        var result = new List<SeqInstr>();
        for (var b = Entry; b != null; b = b.Next)
        {
            labelStart[b.Label] = result.Count;
            for (int i = 0; i < b.IUsed; i++)
            {
                ref var instr = ref b[i];
                var si = new SeqInstr { Opcode = instr.Opcode, Oparg = instr.Oparg, Loc = instr.Loc };
                if (OpcodeInfo.HasTarget(instr.Opcode))
                    si.Oparg = instr.Target!.Label;
                if (instr.Except != null)
                    si.Handler = new ExceptHandlerInfo
                    {
                        Label = instr.Except.Label, StartDepth = instr.Except.StartDepth, PreserveLasti = instr.Except.PreserveLasti,
                    };
                else
                    si.Handler = new ExceptHandlerInfo { Label = -1 };
                result.Add(si);
            }
        }
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result);
        for (int i = 0; i < span.Length; i++)
        {
            if (OpcodeInfo.HasTarget(span[i].Opcode))
                span[i].Oparg = labelStart[span[i].Oparg];
            if (span[i].Handler.Label >= 0)
                span[i].Handler.Label = labelStart[span[i].Handler.Label];
        }
        return result;
    }

    int[] BuildCellFixedOffsets(CompilerUnit u)
    {
        int nlocals = u.Varnames.Count, ncellvars = u.Cellvars.Count, nfreevars = u.Freevars.Count;
        var fixedOffsets = new int[ncellvars + nfreevars];
        for (int i = 0; i < fixedOffsets.Length; i++)
            fixedOffsets[i] = nlocals + i;
        foreach (var (name, cellindex) in u.Cellvars.Items)
            if (u.Varnames.TryGet(name, out int argoffset))
                fixedOffsets[cellindex] = argoffset;
        return fixedOffsets;
    }

    void InsertPrefixInstructions(CompilerUnit u, int[] fixedOffsets, int nfreevars, int codeFlags)
    {
        if ((codeFlags & (CodeFlags.CO_GENERATOR | CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR)) != 0)
        {
            var loc = new Location(u.FirstLineno, u.FirstLineno, -1, -1);
            Entry.InsertInstruction(0, new CfgInstr { Opcode = Op.RETURN_GENERATOR, Loc = loc });
            Entry.InsertInstruction(1, new CfgInstr { Opcode = Op.POP_TOP, Loc = loc });
        }
        int ncellvars = u.Cellvars.Count;
        if (ncellvars > 0)
        {
            int nvars = ncellvars + u.Varnames.Count;
            var sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++)
                sorted[fixedOffsets[i]] = i + 1;
            for (int i = 0, ncellsused = 0; ncellsused < ncellvars; i++)
            {
                int oldindex = sorted[i] - 1;
                if (oldindex == -1) continue;
                Entry.InsertInstruction(ncellsused, new CfgInstr { Opcode = Op.MAKE_CELL, Oparg = oldindex, Loc = Location.NoLocation });
                ncellsused++;
            }
        }
        if (nfreevars > 0)
            Entry.InsertInstruction(0, new CfgInstr { Opcode = Op.COPY_FREE_VARS, Oparg = nfreevars, Loc = Location.NoLocation });
    }

    int FixCellOffsets(CompilerUnit u, int[] fixedmap)
    {
        int nlocals = u.Varnames.Count;
        int noffsets = fixedmap.Length;
        int numdropped = 0;
        for (int i = 0; i < noffsets; i++)
        {
            if (fixedmap[i] == i + nlocals)
                fixedmap[i] -= numdropped;
            else
                numdropped++;
        }
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
                switch (b[i].Opcode)
                {
                    case Op.MAKE_CELL or Op.LOAD_CLOSURE or Op.LOAD_DEREF or Op.STORE_DEREF or Op.DELETE_DEREF
                        or Op.LOAD_FROM_DICT_OR_DEREF:
                        b[i].Oparg = fixedmap[b[i].Oparg];
                        break;
                }
        return numdropped;
    }

    int PrepareLocalsplus(CompilerUnit u, int codeFlags)
    {
        int nlocalsplus = u.Varnames.Count + u.Cellvars.Count + u.Freevars.Count;
        var fixedOffsets = BuildCellFixedOffsets(u);
        InsertPrefixInstructions(u, fixedOffsets, u.Freevars.Count, codeFlags);
        int numdropped = FixCellOffsets(u, fixedOffsets);
        return nlocalsplus - numdropped;
    }
}
