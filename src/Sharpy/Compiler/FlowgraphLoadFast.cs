using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>
/// optimize_load_fast (Python/flowgraph.c, 3.14): turns LOAD_FAST into LOAD_FAST_BORROW
/// where an abstract interpretation of each block proves the frame's reference outlives
/// the borrowed one on the stack.
/// </summary>
sealed partial class Cfg
{
    const int NotLocal = -1, DummyInstr = -1;
    const byte SupportKilled = 1, StoredAsLocal = 2, RefUnconsumed = 4;

    readonly record struct Ref(int Instr, int Local);

    static void KillLocal(byte[] flags, List<Ref> refs, int local)
    {
        foreach (var r in refs)
            if (r.Local == local)
                flags[r.Instr] |= SupportKilled;
    }

    static void StoreLocal(byte[] flags, List<Ref> refs, int local, Ref r)
    {
        KillLocal(flags, refs, local);
        if (r.Instr != DummyInstr)
            flags[r.Instr] |= StoredAsLocal;
    }

    static Ref Pop(List<Ref> refs)
    {
        var r = refs[^1];
        refs.RemoveAt(refs.Count - 1);
        return r;
    }

    static void LoadFastPushBlock(Stack<BasicBlock> sp, BasicBlock target)
    {
        if (!target.Visited)
        {
            target.Visited = true;
            sp.Push(target);
        }
    }

    void OptimizeLoadFast()
    {
        int maxInstrs = 0;
        for (var b = Entry; b != null; b = b.Next)
            maxInstrs = System.Math.Max(maxInstrs, b.IUsed);
        var instrFlags = new byte[maxInstrs];
        ResetVisited();
        var sp = new Stack<BasicBlock>();
        sp.Push(Entry);
        Entry.StartDepth = 0;
        Entry.Visited = true;
        var refs = new List<Ref>();
        while (sp.Count > 0)
        {
            var block = sp.Pop();
            System.Array.Clear(instrFlags, 0, block.IUsed);
            refs.Clear();
            for (int i = 0; i < block.StartDepth; i++)
                refs.Add(new Ref(DummyInstr, NotLocal));
            for (int i = 0; i < block.IUsed; i++)
            {
                ref var instr = ref block[i];
                int opcode = instr.Opcode, oparg = instr.Oparg;
                switch (opcode)
                {
                    case Op.LOAD_FAST:
                        refs.Add(new Ref(i, oparg));
                        break;
                    case Op.LOAD_FAST_AND_CLEAR:
                        KillLocal(instrFlags, refs, oparg);
                        refs.Add(new Ref(i, oparg));
                        break;
                    case Op.DELETE_FAST:
                        KillLocal(instrFlags, refs, oparg);
                        break;
                    case Op.LOAD_FAST_LOAD_FAST:
                        refs.Add(new Ref(i, oparg >> 4));
                        refs.Add(new Ref(i, oparg & 15));
                        break;
                    case Op.STORE_FAST:
                        StoreLocal(instrFlags, refs, oparg, Pop(refs));
                        break;
                    case Op.STORE_FAST_LOAD_FAST:
                        StoreLocal(instrFlags, refs, oparg >> 4, Pop(refs));
                        refs.Add(new Ref(i, oparg & 15));
                        break;
                    case Op.STORE_FAST_STORE_FAST:
                        StoreLocal(instrFlags, refs, oparg >> 4, Pop(refs));
                        StoreLocal(instrFlags, refs, oparg & 15, Pop(refs));
                        break;
                    case Op.COPY:
                    {
                        var r = refs[refs.Count - oparg];
                        refs.Add(r);
                        break;
                    }
                    case Op.SWAP:
                    {
                        int idx = refs.Count - oparg;
                        (refs[idx], refs[^1]) = (refs[^1], refs[idx]);
                        break;
                    }
                    // Opcodes that leave their inputs on the stack. FORMAT_SIMPLE and
                    // GET_YIELD_FROM_ITER may return their input itself, so it stays too.
                    case Op.FORMAT_SIMPLE or Op.GET_ANEXT or Op.GET_LEN or Op.GET_YIELD_FROM_ITER or Op.IMPORT_FROM
                        or Op.MATCH_KEYS or Op.MATCH_MAPPING or Op.MATCH_SEQUENCE or Op.WITH_EXCEPT_START:
                    {
                        // CPython pushes these with the inner loop counter as the instruction
                        // index (a shadowed variable); kept, since it decides LOAD_FAST_BORROW.
                        int net = OpcodeInfo.NumPushed(opcode, oparg) - OpcodeInfo.NumPopped(opcode, oparg);
                        for (int k = 0; k < net; k++)
                            refs.Add(new Ref(k, NotLocal));
                        break;
                    }
                    case Op.DICT_MERGE or Op.DICT_UPDATE or Op.LIST_APPEND or Op.LIST_EXTEND or Op.MAP_ADD
                        or Op.RERAISE or Op.SET_ADD or Op.SET_UPDATE:
                    {
                        int net = OpcodeInfo.NumPopped(opcode, oparg) - OpcodeInfo.NumPushed(opcode, oparg);
                        for (int k = 0; k < net; k++)
                            Pop(refs);
                        break;
                    }
                    case Op.CHECK_EXC_MATCH:
                        Pop(refs);
                        refs.Add(new Ref(i, NotLocal));
                        break;
                    case Op.FOR_ITER:
                        LoadFastPushBlock(sp, instr.Target!);
                        refs.Add(new Ref(i, NotLocal));
                        break;
                    case Op.LOAD_ATTR or Op.LOAD_SUPER_ATTR:
                    {
                        var self = Pop(refs);
                        if (opcode == Op.LOAD_SUPER_ATTR)
                        {
                            Pop(refs);
                            Pop(refs);
                        }
                        refs.Add(new Ref(i, NotLocal));
                        if ((oparg & 1) != 0)
                            refs.Add(self);
                        break;
                    }
                    case Op.LOAD_SPECIAL:
                    {
                        // The method's self goes back on the stack.
                        var self = Pop(refs);
                        refs.Add(new Ref(i, NotLocal));
                        refs.Add(self);
                        break;
                    }
                    case Op.SEND:
                        LoadFastPushBlock(sp, instr.Target!);
                        Pop(refs);
                        refs.Add(new Ref(i, NotLocal));
                        break;
                    default:
                    {
                        int popped = OpcodeInfo.NumPopped(opcode, oparg);
                        int pushed = OpcodeInfo.NumPushed(opcode, oparg);
                        if (OpcodeInfo.HasTarget(opcode))
                            LoadFastPushBlock(sp, instr.Target!);
                        if (!OpcodeInfo.IsBlockPush(opcode))
                        {
                            for (int k = 0; k < popped; k++) Pop(refs);
                            for (int k = 0; k < pushed; k++) refs.Add(new Ref(i, NotLocal));
                        }
                        break;
                    }
                }
            }
            if (block.IUsed > 0 && block.Next != null
                && !(OpcodeInfo.IsUnconditionalJump(block.Last.Opcode) || OpcodeInfo.IsScopeExit(block.Last.Opcode)))
                LoadFastPushBlock(sp, block.Next);
            foreach (var r in refs)
                if (r.Instr != -1)
                    instrFlags[r.Instr] |= RefUnconsumed;
            for (int i = 0; i < block.IUsed; i++)
                if (instrFlags[i] == 0)
                {
                    ref var instr = ref block[i];
                    if (instr.Opcode == Op.LOAD_FAST)
                        instr.Opcode = Op.LOAD_FAST_BORROW;
                    else if (instr.Opcode == Op.LOAD_FAST_LOAD_FAST)
                        instr.Opcode = Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW;
                }
        }
    }
}
