using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>The CFG optimizations of Python/flowgraph.c (optimize_cfg and its passes).</summary>
sealed partial class Cfg
{
    const int MaxCopySize = 4;

    /// <summary>_PyCfg_OptimizeCodeUnit.</summary>
    public void OptimizeCodeUnit(List<object?> consts, int nlocals, int nparams, int firstlineno)
    {
        TranslateJumpLabelsToTargets();
        MarkExceptHandlers();
        LabelExceptionTargets();
        OptimizeCfg(consts, firstlineno);
        RemoveUnusedConsts(consts);
        AddChecksForLoadsOfUninitializedVariables(nlocals, nparams);
        InsertSuperinstructions();
        PushColdBlocksToEnd();
        ResolveLineNumbers(firstlineno);
    }

    void OptimizeCfg(List<object?> consts, int firstlineno)
    {
        InlineSmallOrNoLinenoBlocks();
        RemoveUnreachable();
        ResolveLineNumbers(firstlineno);
        OptimizeLoadConst(consts);
        for (var b = Entry; b != null; b = b.Next)
            OptimizeBasicBlock(b, consts);
        RemoveRedundantNopsAndPairs();
        RemoveUnreachable();
        RemoveRedundantNopsAndJumps();
    }

    static bool InlineSmallOrNoLinenoBlock(BasicBlock bb)
    {
        if (bb.IUsed == 0) return false;
        ref var last = ref bb.Last;
        if (!OpcodeInfo.IsUnconditionalJump(last.Opcode)) return false;
        var target = last.Target!;
        bool smallExitBlock = target.ExitsScope && target.IUsed <= MaxCopySize;
        bool noLinenoNoFallthrough = target.HasNoLineno() && !target.HasFallthrough;
        if (smallExitBlock || noLinenoNoFallthrough)
        {
            int removedJumpOpcode = last.Opcode;
            last.SetOp0(Op.NOP);
            bb.AppendInstructions(target);
            if (noLinenoNoFallthrough)
            {
                ref var l = ref bb.Last;
                if (OpcodeInfo.IsUnconditionalJump(l.Opcode) && removedJumpOpcode == Op.JUMP)
                    l.Opcode = Op.JUMP;
            }
            target.Predecessors--;
            return true;
        }
        return false;
    }

    void InlineSmallOrNoLinenoBlocks()
    {
        bool changes;
        do
        {
            changes = false;
            for (var b = Entry; b != null; b = b.Next)
                if (InlineSmallOrNoLinenoBlock(b))
                    changes = true;
        } while (changes);
    }

    void RemoveUnreachable()
    {
        for (var b = Entry; b != null; b = b.Next)
        {
            b.Predecessors = 0;
            b.Visited = false;
        }
        var stack = new Stack<BasicBlock>();
        Entry.Predecessors = 1;
        stack.Push(Entry);
        Entry.Visited = true;
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next != null && b.HasFallthrough)
            {
                if (!b.Next.Visited)
                {
                    stack.Push(b.Next);
                    b.Next.Visited = true;
                }
                b.Next.Predecessors++;
            }
            for (int i = 0; i < b.IUsed; i++)
            {
                int op = b[i].Opcode;
                if (OpcodeInfo.HasJump(op) || OpcodeInfo.IsBlockPush(op))
                {
                    var target = b[i].Target!;
                    if (!target.Visited)
                    {
                        stack.Push(target);
                        target.Visited = true;
                    }
                    target.Predecessors++;
                }
            }
        }
        for (var b = Entry; b != null; b = b.Next)
            if (b.Predecessors == 0)
            {
                b.IUsed = 0;
                b.ExceptHandler = false;
            }
    }

    static int BasicblockRemoveRedundantNops(BasicBlock bb)
    {
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < bb.IUsed; src++)
        {
            int lineno = bb[src].Loc.Lineno;
            if (bb[src].Opcode == Op.NOP)
            {
                if (lineno < 0) continue;
                if (prevLineno == lineno) continue;
                if (src < bb.IUsed - 1)
                {
                    int nextLineno = bb[src + 1].Loc.Lineno;
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0)
                    {
                        bb[src + 1].Loc = bb[src].Loc;
                        continue;
                    }
                }
                else
                {
                    var next = NextNonemptyBlock(bb.Next);
                    if (next != null)
                    {
                        var nextLoc = Location.NoLocation;
                        for (int ni = 0; ni < next.IUsed; ni++)
                        {
                            ref var instr = ref next[ni];
                            if (instr.Opcode == Op.NOP && instr.Loc.Lineno < 0) continue;
                            nextLoc = instr.Loc;
                            break;
                        }
                        if (lineno == nextLoc.Lineno) continue;
                    }
                }
            }
            if (dest != src)
                bb[dest] = bb[src];
            dest++;
            prevLineno = lineno;
        }
        int removed = bb.IUsed - dest;
        bb.IUsed = dest;
        return removed;
    }

    int RemoveRedundantNops()
    {
        int changes = 0;
        for (var b = Entry; b != null; b = b.Next)
            changes += BasicblockRemoveRedundantNops(b);
        return changes;
    }

    void RemoveRedundantNopsAndPairs()
    {
        bool done = false;
        while (!done)
        {
            done = true;
            BasicBlock? instrBlock = null;
            int instrIdx = -1;
            for (var b = Entry; b != null; b = b.Next)
            {
                BasicblockRemoveRedundantNops(b);
                if (b.Label >= 0)
                    instrBlock = null;
                for (int i = 0; i < b.IUsed; i++)
                {
                    var prevBlock = instrBlock;
                    int prevIdx = instrIdx;
                    instrBlock = b;
                    instrIdx = i;
                    int prevOpcode = prevBlock != null ? prevBlock[prevIdx].Opcode : 0;
                    int prevOparg = prevBlock != null ? prevBlock[prevIdx].Oparg : 0;
                    bool redundant = false;
                    if (b[i].Opcode == Op.POP_TOP)
                    {
                        if (prevOpcode is Op.LOAD_CONST or Op.LOAD_SMALL_INT)
                            redundant = true;
                        else if (prevOpcode == Op.COPY && prevOparg == 1)
                            redundant = true;
                    }
                    if (redundant)
                    {
                        prevBlock![prevIdx].SetOp0(Op.NOP);
                        b[i].SetOp0(Op.NOP);
                        done = false;
                    }
                }
                if ((instrBlock != null && instrBlock.IUsed > instrIdx && instrIdx >= 0
                        && OpcodeInfo.HasJump(instrBlock[instrIdx].Opcode)) || !b.HasFallthrough)
                    instrBlock = null;
            }
        }
    }

    int RemoveRedundantJumps()
    {
        int changes = 0;
        for (var b = Entry; b != null; b = b.Next)
        {
            if (b.IUsed == 0) continue;
            ref var last = ref b.Last;
            if (OpcodeInfo.IsUnconditionalJump(last.Opcode))
            {
                var jumpTarget = NextNonemptyBlock(last.Target);
                var next = NextNonemptyBlock(b.Next);
                if (jumpTarget == next)
                {
                    changes++;
                    last.SetOp0(Op.NOP);
                }
            }
        }
        return changes;
    }

    void RemoveRedundantNopsAndJumps()
    {
        int removedNops, removedJumps;
        do
        {
            removedNops = RemoveRedundantNops();
            removedJumps = RemoveRedundantJumps();
        } while (removedNops + removedJumps > 0);
    }

    static bool JumpThread(BasicBlock bb, ref CfgInstr inst, in CfgInstr target, int opcode)
    {
        if (inst.Target != target.Target)
        {
            inst.SetOp0(Op.NOP);
            bb.Addop(opcode, target.Target!.Label, target.Loc, target.Target);
            return true;
        }
        return false;
    }

    static bool LoadsConst(int op) => op is Op.LOAD_CONST or Op.LOAD_SMALL_INT;

    static object? GetConstValue(int opcode, int oparg, List<object?> consts) =>
        opcode == Op.LOAD_SMALL_INT ? (long)oparg : consts[oparg];

    static int AddConst(object? newconst, List<object?> consts)
    {
        for (int i = 0; i < consts.Count; i++)
            if (SameConstObject(consts[i], newconst))
                return i;
        consts.Add(newconst);
        return consts.Count - 1;
    }

    /// <summary>Whether two constants would be the same object after CPython's constant merging.</summary>
    static bool SameConstObject(object? a, object? b) => ConstEquality.Instance.Equals(a, b);

    static bool MaybeMakeLoadSmallInt(ref CfgInstr instr, object? newconst)
    {
        if (newconst is long l && l >= 0 && l < 256)
        {
            instr.SetOp1(Op.LOAD_SMALL_INT, (int)l);
            return true;
        }
        if (newconst is System.Numerics.BigInteger bi && bi >= 0 && bi < 256)
        {
            instr.SetOp1(Op.LOAD_SMALL_INT, (int)bi);
            return true;
        }
        return false;
    }

    static void InstrMakeLoadConst(ref CfgInstr instr, object? newconst, List<object?> consts)
    {
        if (MaybeMakeLoadSmallInt(ref instr, newconst))
            return;
        instr.SetOp1(Op.LOAD_CONST, AddConst(newconst, consts));
    }

    static bool GetConstLoadingInstrs(BasicBlock bb, int start, int[] instrs, int size)
    {
        for (; start >= 0 && size > 0; start--)
        {
            if (bb[start].Opcode == Op.NOP) continue;
            if (!LoadsConst(bb[start].Opcode)) return false;
            instrs[--size] = start;
        }
        return size == 0;
    }

    static void NopOut(BasicBlock bb, int[] instrs, int size)
    {
        for (int i = 0; i < size; i++)
        {
            bb[instrs[i]].SetOp0(Op.NOP);
            bb[instrs[i]].Loc = Location.NoLocation;
        }
    }

    const int StackUseGuideline = 30;

    static void FoldTupleOfConstants(BasicBlock bb, int i, List<object?> consts)
    {
        int seqSize = bb[i].Oparg;
        if (seqSize > StackUseGuideline) return;
        var constInstrs = new int[seqSize];
        if (!GetConstLoadingInstrs(bb, i - 1, constInstrs, seqSize)) return;
        var tuple = new object?[seqSize];
        for (int k = 0; k < seqSize; k++)
            tuple[k] = GetConstValue(bb[constInstrs[k]].Opcode, bb[constInstrs[k]].Oparg, consts);
        NopOut(bb, constInstrs, seqSize);
        InstrMakeLoadConst(ref bb[i], tuple, consts);
    }

    static void FoldConstantIntrinsicListToTuple(BasicBlock bb, int i, List<object?> consts)
    {
        int constsFound = 0;
        bool expectAppend = true;
        for (int pos = i - 1; pos >= 0; pos--)
        {
            int opcode = bb[pos].Opcode, oparg = bb[pos].Oparg;
            if (opcode == Op.NOP) continue;
            if (opcode == Op.BUILD_LIST && oparg == 0)
            {
                if (!expectAppend) return;
                var newconst = new object?[constsFound];
                for (int newpos = i - 1; newpos >= pos; newpos--)
                {
                    if (bb[newpos].Opcode == Op.NOP) continue;
                    if (LoadsConst(bb[newpos].Opcode))
                        newconst[--constsFound] = GetConstValue(bb[newpos].Opcode, bb[newpos].Oparg, consts);
                    bb[newpos].SetOp0(Op.NOP);
                    bb[newpos].Loc = Location.NoLocation;
                }
                InstrMakeLoadConst(ref bb[i], newconst, consts);
                return;
            }
            if (expectAppend)
            {
                if (opcode != Op.LIST_APPEND || oparg != 1) return;
            }
            else
            {
                if (!LoadsConst(opcode)) return;
                constsFound++;
            }
            expectAppend = !expectAppend;
        }
    }

    const int MinConstSequenceSize = 3;

    static void OptimizeListsAndSets(BasicBlock bb, int i, int nextop, List<object?> consts)
    {
        ref var instr = ref bb[i];
        bool containsOrIter = nextop is Op.GET_ITER or Op.CONTAINS_OP;
        int seqSize = instr.Oparg;
        if (seqSize > StackUseGuideline || (seqSize < MinConstSequenceSize && !containsOrIter))
            return;
        var constInstrs = new int[seqSize];
        if (!GetConstLoadingInstrs(bb, i - 1, constInstrs, seqSize))
        {
            if (containsOrIter && instr.Opcode == Op.BUILD_LIST)
                instr.SetOp1(Op.BUILD_TUPLE, instr.Oparg);
            return;
        }
        var items = new object?[seqSize];
        for (int k = 0; k < seqSize; k++)
            items[k] = GetConstValue(bb[constInstrs[k]].Opcode, bb[constInstrs[k]].Oparg, consts);
        object result = instr.Opcode == Op.BUILD_SET ? new FrozenSetConstant(Dedupe(items)) : items;
        int index = AddConst(result, consts);
        NopOut(bb, constInstrs, seqSize);
        if (containsOrIter)
            instr.SetOp1(Op.LOAD_CONST, index);
        else
        {
            int op = instr.Opcode;
            bb[i - 2].Loc = instr.Loc;
            bb[i - 2].SetOp1(op, 0);
            bb[i - 1].SetOp1(Op.LOAD_CONST, index);
            bb[i].SetOp1(op == Op.BUILD_LIST ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
        }
    }

    static object?[] Dedupe(object?[] items)
    {
        var result = new List<object?>();
        foreach (var it in items)
            if (!result.Exists(x => ConstFolding.PyEquals(x, it)))
                result.Add(it);
        return result.ToArray();
    }

    static void FoldConstBinop(BasicBlock bb, int i, List<object?> consts)
    {
        var operands = new int[2];
        if (!GetConstLoadingInstrs(bb, i - 1, operands, 2)) return;
        var lhs = GetConstValue(bb[operands[0]].Opcode, bb[operands[0]].Oparg, consts);
        var rhs = GetConstValue(bb[operands[1]].Opcode, bb[operands[1]].Oparg, consts);
        if (!ConstFolding.BinaryOp(lhs, bb[i].Oparg, rhs, out var newconst)) return;
        NopOut(bb, operands, 2);
        InstrMakeLoadConst(ref bb[i], newconst, consts);
    }

    static void FoldConstUnaryop(BasicBlock bb, int i, List<object?> consts)
    {
        var operand = new int[1];
        if (!GetConstLoadingInstrs(bb, i - 1, operand, 1)) return;
        var value = GetConstValue(bb[operand[0]].Opcode, bb[operand[0]].Oparg, consts);
        if (!ConstFolding.UnaryOp(value, bb[i].Opcode, out var newconst)) return;
        NopOut(bb, operand, 1);
        InstrMakeLoadConst(ref bb[i], newconst, consts);
    }

    static void OptimizeLoadConstBlock(BasicBlock bb, List<object?> consts)
    {
        int opcode = 0, oparg = 0;
        for (int i = 0; i < bb.IUsed; i++)
        {
            ref var inst = ref bb[i];
            if (inst.Opcode == Op.LOAD_CONST)
                MaybeMakeLoadSmallInt(ref inst, consts[inst.Oparg]);
            bool isCopyOfLoadConst = opcode == Op.LOAD_CONST && inst.Opcode == Op.COPY && inst.Oparg == 1;
            if (!isCopyOfLoadConst)
            {
                opcode = inst.Opcode;
                oparg = inst.Oparg;
            }
            if (opcode != Op.LOAD_CONST && opcode != Op.LOAD_SMALL_INT) continue;
            int nextop = i + 1 < bb.IUsed ? bb[i + 1].Opcode : 0;
            switch (nextop)
            {
                case Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE or Op.JUMP_IF_FALSE or Op.JUMP_IF_TRUE:
                {
                    bool isTrue = ConstValue.IsTrue(GetConstValue(opcode, oparg, consts));
                    if (nextop is Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE)
                        inst.SetOp0(Op.NOP);
                    bool jumpIfTrue = nextop is Op.POP_JUMP_IF_TRUE or Op.JUMP_IF_TRUE;
                    if (isTrue == jumpIfTrue)
                        bb[i + 1].Opcode = Op.JUMP;
                    else
                        bb[i + 1].SetOp0(Op.NOP);
                    break;
                }
                case Op.IS_OP:
                {
                    if (GetConstValue(opcode, oparg, consts) != null) break;
                    if (bb.IUsed <= i + 2) break;
                    int isIdx = i + 1, jumpIdx = i + 2;
                    if (bb[jumpIdx].Opcode == Op.TO_BOOL)
                    {
                        bb[jumpIdx].SetOp0(Op.NOP);
                        if (bb.IUsed <= i + 3) break;
                        jumpIdx = i + 3;
                    }
                    bool invert = bb[isIdx].Oparg != 0;
                    if (bb[jumpIdx].Opcode == Op.POP_JUMP_IF_FALSE)
                        invert = !invert;
                    else if (bb[jumpIdx].Opcode != Op.POP_JUMP_IF_TRUE)
                        break;
                    inst.SetOp0(Op.NOP);
                    bb[isIdx].SetOp0(Op.NOP);
                    bb[jumpIdx].Opcode = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
                    break;
                }
                case Op.TO_BOOL:
                {
                    bool isTrue = ConstValue.IsTrue(GetConstValue(opcode, oparg, consts));
                    int index = AddConst(isTrue, consts);
                    inst.SetOp0(Op.NOP);
                    bb[i + 1].SetOp1(Op.LOAD_CONST, index);
                    break;
                }
            }
        }
    }

    void OptimizeLoadConst(List<object?> consts)
    {
        for (var b = Entry; b != null; b = b.Next)
            OptimizeLoadConstBlock(b, consts);
    }

    static void OptimizeBasicBlock(BasicBlock bb, List<object?> consts)
    {
        var nop = new CfgInstr { Opcode = Op.NOP };
        for (int i = 0; i < bb.IUsed; i++)
        {
            ref var inst = ref bb[i];
            CfgInstr target = OpcodeInfo.HasTarget(inst.Opcode) && inst.Target!.IUsed > 0 ? inst.Target[0] : nop;
            int opcode = inst.Opcode, oparg = inst.Oparg;
            int nextop = i + 1 < bb.IUsed ? bb[i + 1].Opcode : 0;
            switch (opcode)
            {
                case Op.BUILD_TUPLE:
                    if (nextop == Op.UNPACK_SEQUENCE && oparg == bb[i + 1].Oparg)
                    {
                        if (oparg == 1)
                        {
                            inst.SetOp0(Op.NOP);
                            bb[i + 1].SetOp0(Op.NOP);
                            continue;
                        }
                        if (oparg is 2 or 3)
                        {
                            inst.SetOp0(Op.NOP);
                            bb[i + 1].Opcode = Op.SWAP;
                            continue;
                        }
                    }
                    FoldTupleOfConstants(bb, i, consts);
                    break;
                case Op.BUILD_LIST or Op.BUILD_SET:
                    OptimizeListsAndSets(bb, i, nextop, consts);
                    break;
                case Op.POP_JUMP_IF_NOT_NONE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE:
                    if (target.Opcode == Op.JUMP && JumpThread(bb, ref inst, target, inst.Opcode))
                        i--;
                    break;
                case Op.JUMP_IF_FALSE or Op.JUMP_IF_TRUE:
                {
                    int same = opcode, other = opcode == Op.JUMP_IF_FALSE ? Op.JUMP_IF_TRUE : Op.JUMP_IF_FALSE;
                    if (target.Opcode == Op.JUMP || target.Opcode == same)
                    {
                        if (JumpThread(bb, ref inst, target, same)) i--;
                        continue;
                    }
                    if (target.Opcode == other)
                    {
                        inst.Target = inst.Target!.Next;
                        i--;
                        continue;
                    }
                    break;
                }
                case Op.JUMP or Op.JUMP_NO_INTERRUPT:
                    if (target.Opcode == Op.JUMP)
                    {
                        if (JumpThread(bb, ref inst, target, Op.JUMP)) i--;
                        continue;
                    }
                    if (target.Opcode == Op.JUMP_NO_INTERRUPT)
                    {
                        if (JumpThread(bb, ref inst, target, opcode)) i--;
                        continue;
                    }
                    break;
                case Op.STORE_FAST:
                    if (opcode == nextop && oparg == bb[i + 1].Oparg && bb[i].Loc.Lineno == bb[i + 1].Loc.Lineno)
                    {
                        bb[i].Opcode = Op.POP_TOP;
                        bb[i].Oparg = 0;
                    }
                    break;
                case Op.SWAP:
                    if (oparg == 1) inst.SetOp0(Op.NOP);
                    break;
                case Op.LOAD_GLOBAL:
                    if (nextop == Op.PUSH_NULL && (oparg & 1) == 0)
                    {
                        inst.SetOp1(Op.LOAD_GLOBAL, oparg | 1);
                        bb[i + 1].SetOp0(Op.NOP);
                    }
                    break;
                case Op.COMPARE_OP:
                    if (nextop == Op.TO_BOOL)
                    {
                        inst.SetOp0(Op.NOP);
                        bb[i + 1].SetOp1(Op.COMPARE_OP, oparg | 16);
                        continue;
                    }
                    break;
                case Op.CONTAINS_OP or Op.IS_OP:
                    if (nextop == Op.TO_BOOL)
                    {
                        inst.SetOp0(Op.NOP);
                        bb[i + 1].SetOp1(opcode, oparg);
                        continue;
                    }
                    if (nextop == Op.UNARY_NOT)
                    {
                        inst.SetOp0(Op.NOP);
                        bb[i + 1].SetOp1(opcode, oparg ^ 1);
                        continue;
                    }
                    break;
                case Op.TO_BOOL:
                    if (nextop == Op.TO_BOOL)
                    {
                        inst.SetOp0(Op.NOP);
                        continue;
                    }
                    break;
                case Op.UNARY_NOT:
                    if (nextop == Op.TO_BOOL)
                    {
                        inst.SetOp0(Op.NOP);
                        bb[i + 1].SetOp0(Op.UNARY_NOT);
                        continue;
                    }
                    if (nextop == Op.UNARY_NOT)
                    {
                        inst.SetOp0(Op.NOP);
                        bb[i + 1].SetOp0(Op.NOP);
                        continue;
                    }
                    FoldConstUnaryop(bb, i, consts);
                    break;
                case Op.UNARY_INVERT or Op.UNARY_NEGATIVE:
                    FoldConstUnaryop(bb, i, consts);
                    break;
                case Op.CALL_INTRINSIC_1:
                    if (oparg == Oparg.INTRINSIC_LIST_TO_TUPLE)
                    {
                        if (nextop == Op.GET_ITER)
                            inst.SetOp0(Op.NOP);
                        else
                            FoldConstantIntrinsicListToTuple(bb, i, consts);
                    }
                    else if (oparg == Oparg.INTRINSIC_UNARY_POSITIVE)
                        FoldConstUnaryop(bb, i, consts);
                    break;
                case Op.BINARY_OP:
                    FoldConstBinop(bb, i, consts);
                    break;
            }
        }
        for (int i = 0; i < bb.IUsed; i++)
            if (bb[i].Opcode == Op.SWAP)
            {
                Swaptimize(bb, ref i);
                ApplyStaticSwaps(bb, i);
            }
    }

    const int Visited = -1;

    static void Swaptimize(BasicBlock block, ref int ix)
    {
        int depth = block[ix].Oparg;
        int len = 0;
        bool more = false;
        int limit = block.IUsed - ix;
        while (++len < limit)
        {
            int opcode = block[ix + len].Opcode;
            if (opcode == Op.SWAP)
            {
                depth = System.Math.Max(depth, block[ix + len].Oparg);
                more = true;
            }
            else if (opcode != Op.NOP)
                break;
        }
        if (!more) return;
        var stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++)
            if (block[ix + i].Opcode == Op.SWAP)
            {
                int oparg = block[ix + i].Oparg;
                int top = stack[0];
                stack[0] = stack[oparg - 1];
                stack[oparg - 1] = top;
            }
        int current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i) continue;
            int j = i;
            while (true)
            {
                if (j != 0)
                {
                    block[ix + current].Opcode = Op.SWAP;
                    block[ix + current].Oparg = j + 1;
                    current--;
                }
                if (stack[j] == Visited) break;
                int nextJ = stack[j];
                stack[j] = Visited;
                j = nextJ;
            }
        }
        while (0 <= current)
        {
            block[ix + current].SetOp0(Op.NOP);
            current--;
        }
        ix += len - 1;
    }

    static bool Swappable(int op) => op is Op.STORE_FAST or Op.STORE_FAST_MAYBE_NULL or Op.POP_TOP;

    static int StoresTo(in CfgInstr i) => i.Opcode is Op.STORE_FAST or Op.STORE_FAST_MAYBE_NULL ? i.Oparg : -1;

    static int NextSwappableInstruction(BasicBlock block, int i, int lineno)
    {
        while (++i < block.IUsed)
        {
            ref var instruction = ref block[i];
            if (0 <= lineno && instruction.Loc.Lineno != lineno) return -1;
            if (instruction.Opcode == Op.NOP) continue;
            if (Swappable(instruction.Opcode)) return i;
            return -1;
        }
        return -1;
    }

    static void ApplyStaticSwaps(BasicBlock block, int i)
    {
        for (; 0 <= i; i--)
        {
            ref var swap = ref block[i];
            if (swap.Opcode != Op.SWAP)
            {
                if (swap.Opcode == Op.NOP || Swappable(swap.Opcode)) continue;
                return;
            }
            int j = NextSwappableInstruction(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = block[j].Loc.Lineno;
            for (int count = swap.Oparg - 1; 0 < count; count--)
            {
                k = NextSwappableInstruction(block, k, lineno);
                if (k < 0) return;
            }
            int storeJ = StoresTo(block[j]), storeK = StoresTo(block[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++)
                {
                    int storeIdx = StoresTo(block[idx]);
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) return;
                }
            }
            swap.SetOp0(Op.NOP);
            (block[j], block[k]) = (block[k], block[j]);
        }
    }

    static void MakeSuperInstruction(ref CfgInstr inst1, ref CfgInstr inst2, int superOp)
    {
        int line1 = inst1.Loc.Lineno, line2 = inst2.Loc.Lineno;
        if (line1 >= 0 && line2 >= 0 && line1 != line2) return;
        if (inst1.Oparg >= 16 || inst2.Oparg >= 16) return;
        inst1.SetOp1(superOp, (inst1.Oparg << 4) | inst2.Oparg);
        inst2.SetOp0(Op.NOP);
    }

    void InsertSuperinstructions()
    {
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
            {
                int nextop = i + 1 < b.IUsed ? b[i + 1].Opcode : 0;
                switch (b[i].Opcode)
                {
                    case Op.LOAD_FAST:
                        if (nextop == Op.LOAD_FAST)
                            MakeSuperInstruction(ref b[i], ref b[i + 1], Op.LOAD_FAST_LOAD_FAST);
                        break;
                    case Op.STORE_FAST:
                        if (nextop == Op.LOAD_FAST)
                            MakeSuperInstruction(ref b[i], ref b[i + 1], Op.STORE_FAST_LOAD_FAST);
                        else if (nextop == Op.STORE_FAST)
                            MakeSuperInstruction(ref b[i], ref b[i + 1], Op.STORE_FAST_STORE_FAST);
                        break;
                }
            }
        RemoveRedundantNops();
    }

    void RemoveUnusedConsts(List<object?> consts)
    {
        int nconsts = consts.Count;
        if (nconsts == 0) return;
        var indexMap = new int[nconsts];
        for (int i = 1; i < nconsts; i++) indexMap[i] = -1;
        indexMap[0] = 0;
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
                if (OpcodeInfo.HasConst(b[i].Opcode))
                    indexMap[b[i].Oparg] = b[i].Oparg;
        int nUsed = 0;
        for (int i = 0; i < nconsts; i++)
            if (indexMap[i] != -1)
                indexMap[nUsed++] = indexMap[i];
        if (nUsed == nconsts) return;
        for (int i = 0; i < nUsed; i++)
            if (i != indexMap[i])
                consts[i] = consts[indexMap[i]];
        consts.RemoveRange(nUsed, nconsts - nUsed);
        var reverse = new int[nconsts];
        for (int i = 0; i < nUsed; i++) reverse[indexMap[i]] = i;
        for (var b = Entry; b != null; b = b.Next)
            for (int i = 0; i < b.IUsed; i++)
                if (OpcodeInfo.HasConst(b[i].Opcode))
                    b[i].Oparg = reverse[b[i].Oparg];
    }

    static void MaybePush(BasicBlock b, ulong unsafeMask, Stack<BasicBlock> sp)
    {
        ulong both = b.UnsafeLocalsMask | unsafeMask;
        if (b.UnsafeLocalsMask != both)
        {
            b.UnsafeLocalsMask = both;
            if (!b.Visited)
            {
                sp.Push(b);
                b.Visited = true;
            }
        }
    }

    static void ScanBlockForLocals(BasicBlock b, Stack<BasicBlock> sp)
    {
        ulong unsafeMask = b.UnsafeLocalsMask;
        for (int i = 0; i < b.IUsed; i++)
        {
            ref var instr = ref b[i];
            if (instr.Except != null)
                MaybePush(instr.Except, unsafeMask, sp);
            if (instr.Oparg >= 64) continue;
            ulong bit = 1UL << instr.Oparg;
            switch (instr.Opcode)
            {
                case Op.DELETE_FAST or Op.LOAD_FAST_AND_CLEAR or Op.STORE_FAST_MAYBE_NULL:
                    unsafeMask |= bit;
                    break;
                case Op.STORE_FAST or Op.LOAD_FAST_CHECK:
                    unsafeMask &= ~bit;
                    break;
                case Op.LOAD_FAST:
                    if ((unsafeMask & bit) != 0)
                        instr.Opcode = Op.LOAD_FAST_CHECK;
                    unsafeMask &= ~bit;
                    break;
            }
        }
        if (b.Next != null && b.HasFallthrough)
            MaybePush(b.Next, unsafeMask, sp);
        if (b.IUsed > 0 && OpcodeInfo.HasJump(b.Last.Opcode))
            MaybePush(b.Last.Target!, unsafeMask, sp);
    }

    void FastScanManyLocals(int nlocals)
    {
        var states = new int[nlocals - 64];
        int blocknum = 0;
        for (var b = Entry; b != null; b = b.Next)
        {
            blocknum++;
            for (int i = 0; i < b.IUsed; i++)
            {
                ref var instr = ref b[i];
                int arg = instr.Oparg;
                if (arg < 64) continue;
                switch (instr.Opcode)
                {
                    case Op.DELETE_FAST or Op.LOAD_FAST_AND_CLEAR or Op.STORE_FAST_MAYBE_NULL:
                        states[arg - 64] = blocknum - 1;
                        break;
                    case Op.STORE_FAST:
                        states[arg - 64] = blocknum;
                        break;
                    case Op.LOAD_FAST:
                        if (states[arg - 64] != blocknum)
                            instr.Opcode = Op.LOAD_FAST_CHECK;
                        states[arg - 64] = blocknum;
                        break;
                }
            }
        }
    }

    void AddChecksForLoadsOfUninitializedVariables(int nlocals, int nparams)
    {
        if (nlocals == 0) return;
        if (nlocals > 64)
        {
            FastScanManyLocals(nlocals);
            nlocals = 64;
        }
        ResetVisited();
        var sp = new Stack<BasicBlock>();
        ulong startMask = 0;
        for (int i = nparams; i < nlocals; i++)
            startMask |= 1UL << i;
        MaybePush(Entry, startMask, sp);
        for (var b = Entry; b != null; b = b.Next)
            ScanBlockForLocals(b, sp);
        while (sp.Count > 0)
        {
            var b = sp.Pop();
            b.Visited = false;
            ScanBlockForLocals(b, sp);
        }
    }
}
