using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>co_flags bits (Include/cpython/code.h).</summary>
static class CodeFlags
{
    public const int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10,
        CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
        CO_HAS_DOCSTRING = 0x4000000, CO_METHOD = 0x8000000, CO_FUTURE_ANNOTATIONS = 0x1000000;
}

/// <summary>
/// Final instructions to a code object (Python/assemble.c): jump offsets, EXTENDED_ARG
/// and caches, the exception table, the location table and the localsplus layout.
/// </summary>
static class Assembler
{
    const byte CO_FAST_ARG_POS = 0x02, CO_FAST_ARG_KW = 0x04, CO_FAST_ARG_VAR = 0x08;

    static int InstrSize(in SeqInstr i) => OpcodeInfo.InstrSize(i.Opcode, i.Oparg);

    /// <summary>JUMP and JUMP_NO_INTERRUPT become forward or backward jumps.</summary>
    static void ResolveUnconditionalJumps(List<SeqInstr> instrs)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(instrs);
        for (int i = 0; i < span.Length; i++)
        {
            bool isForward = span[i].Oparg > i;
            if (span[i].Opcode == Op.JUMP)
                span[i].Opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
            else if (span[i].Opcode == Op.JUMP_NO_INTERRUPT)
                span[i].Opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        }
    }

    static void ResolveJumpOffsets(List<SeqInstr> instrs)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(instrs);
        var targets = new int[span.Length];
        for (int i = 0; i < span.Length; i++)
            if (OpcodeInfo.HasJump(span[i].Opcode))
                targets[i] = span[i].Oparg;
        bool recompile;
        do
        {
            int totsize = 0;
            for (int i = 0; i < span.Length; i++)
            {
                span[i].Offset = totsize;
                totsize += InstrSize(span[i]);
            }
            recompile = false;
            int offset = 0;
            for (int i = 0; i < span.Length; i++)
            {
                ref var instr = ref span[i];
                int isize = InstrSize(instr);
                offset += isize;
                if (OpcodeInfo.HasJump(instr.Opcode))
                {
                    int targetOffset = span[targets[i]].Offset;
                    if (instr.Opcode == Op.END_ASYNC_FOR)
                        // Its target is a SEND; CPython counts back to the end of the SEND/YIELD_VALUE/RESUME/JUMP sequence.
                        instr.Oparg = offset - targetOffset - 5;
                    else if (targetOffset < offset)
                        instr.Oparg = offset - targetOffset;
                    else
                        instr.Oparg = targetOffset - offset;
                    if (InstrSize(instr) != isize)
                        recompile = true;
                }
            }
        } while (recompile);
    }

    static byte[] EmitCode(List<SeqInstr> instrs)
    {
        var code = new List<byte>();
        foreach (var instr in instrs)
        {
            int oparg = instr.Oparg;
            int caches = Op.CacheEntries(instr.Opcode);
            int ilen = InstrSize(instr);
            int ext = ilen - caches - 1;
            for (int shift = ext * 8; shift > 0; shift -= 8)
            {
                code.Add(Op.EXTENDED_ARG);
                code.Add((byte)((oparg >> shift) & 0xFF));
            }
            code.Add((byte)instr.Opcode);
            code.Add((byte)(oparg & 0xFF));
            for (int c = 0; c < caches; c++)
            {
                code.Add(0);
                code.Add(0);
            }
        }
        return code.ToArray();
    }

    static void ExceptItem(List<byte> table, int value, int msb)
    {
        const int Continuation = 64;
        if (value >= 1 << 24) { table.Add((byte)((value >> 24) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 18) { table.Add((byte)(((value >> 18) & 0x3f) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 12) { table.Add((byte)(((value >> 12) & 0x3f) | Continuation | msb)); msb = 0; }
        if (value >= 1 << 6) { table.Add((byte)(((value >> 6) & 0x3f) | Continuation | msb)); msb = 0; }
        table.Add((byte)((value & 0x3f) | msb));
    }

    static void ExceptEntry(List<byte> table, int start, int end, ExceptHandlerInfo handler, int handlerOffset)
    {
        int size = end - start;
        int depth = handler.StartDepth - 1;
        if (handler.PreserveLasti) depth--;
        int depthLasti = (depth << 1) | (handler.PreserveLasti ? 1 : 0);
        ExceptItem(table, start, 1 << 7);
        ExceptItem(table, size, 0);
        ExceptItem(table, handlerOffset, 0);
        ExceptItem(table, depthLasti, 0);
    }

    static byte[] ExceptionTable(List<SeqInstr> instrs)
    {
        var table = new List<byte>();
        int ioffset = 0;
        var handler = new ExceptHandlerInfo { Label = -1 };
        int start = -1;
        foreach (var instr in instrs)
        {
            if (instr.Handler.Label != handler.Label)
            {
                if (handler.Label >= 0)
                    ExceptEntry(table, start, ioffset, handler, instrs[handler.Label].Offset);
                start = ioffset;
                handler = instr.Handler;
            }
            ioffset += InstrSize(instr);
        }
        if (handler.Label >= 0)
            ExceptEntry(table, start, ioffset, handler, instrs[handler.Label].Offset);
        return table.ToArray();
    }

    sealed class LineTableWriter
    {
        public readonly List<byte> Bytes = new();
        public int Lineno;

        void Varint(int val) => Sharpy.Runtime.LineTable.WriteVarint(Bytes, val);

        void SignedVarint(int val) => Sharpy.Runtime.LineTable.WriteSignedVarint(Bytes, val);

        void FirstByte(int code, int length) => Bytes.Add((byte)(0x80 | (code << 3) | (length - 1)));

        void Entry(Location loc, int isize)
        {
            if (loc.Lineno < 0)
            {
                FirstByte(15, isize);
                return;
            }
            int lineDelta = loc.Lineno - Lineno;
            int column = loc.ColOffset, endColumn = loc.EndColOffset;
            if (column < 0 || endColumn < 0)
            {
                if (loc.EndLineno == loc.Lineno || loc.EndLineno < 0)
                {
                    FirstByte(13, isize);
                    SignedVarint(lineDelta);
                    Lineno = loc.Lineno;
                    return;
                }
            }
            else if (loc.EndLineno == loc.Lineno)
            {
                if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
                {
                    int columnGroup = column >> 3;
                    FirstByte(columnGroup, isize);
                    Bytes.Add((byte)(((column & 7) << 4) | (endColumn - column)));
                    return;
                }
                if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128)
                {
                    FirstByte(10 + lineDelta, isize);
                    Bytes.Add((byte)column);
                    Bytes.Add((byte)endColumn);
                    Lineno = loc.Lineno;
                    return;
                }
            }
            FirstByte(14, isize);
            SignedVarint(loc.Lineno - Lineno);
            Varint(loc.EndLineno - loc.Lineno);
            Varint(loc.ColOffset + 1);
            Varint(loc.EndColOffset + 1);
            Lineno = loc.Lineno;
        }

        public void Emit(Location loc, int isize)
        {
            if (isize == 0) return;
            while (isize > 8)
            {
                Entry(loc, 8);
                isize -= 8;
            }
            Entry(loc, isize);
        }
    }

    static byte[] LineTable(List<SeqInstr> instrs, int firstlineno)
    {
        // NEXT_LOCATION takes the location of the following instruction, at the very end.
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(instrs);
        for (int i = span.Length - 1; i >= 0; i--)
            if (span[i].Loc == Location.NextLocation)
                span[i].Loc = OpcodeInfo.IsTerminator(span[i].Opcode) || i == span.Length - 1
                    ? Location.NoLocation : span[i + 1].Loc;
        var w = new LineTableWriter { Lineno = firstlineno };
        var loc = Location.NoLocation;
        int size = 0;
        foreach (var instr in instrs)
        {
            if (loc != instr.Loc)
            {
                w.Emit(loc, size);
                loc = instr.Loc;
                size = 0;
            }
            size += InstrSize(instr);
        }
        w.Emit(loc, size);
        return w.Bytes.ToArray();
    }

    static void LocalsPlusInfo(CompilerUnit u, int nlocalsplus, int flags, string[] names, byte[] kinds)
    {
        var argKinds = new List<byte>();
        for (int i = 0; i < u.PosOnlyArgCount; i++) argKinds.Add(CO_FAST_ARG_POS);
        for (int i = 0; i < u.ArgCount; i++) argKinds.Add(CO_FAST_ARG_POS | CO_FAST_ARG_KW);
        for (int i = 0; i < u.KwOnlyArgCount; i++) argKinds.Add(CO_FAST_ARG_KW);
        if ((flags & CodeFlags.CO_VARARGS) != 0) argKinds.Add(CO_FAST_ARG_VAR | CO_FAST_ARG_POS);
        if ((flags & CodeFlags.CO_VARKEYWORDS) != 0) argKinds.Add(CO_FAST_ARG_VAR | CO_FAST_ARG_KW);
        foreach (var (k, offset) in u.Varnames.Items)
        {
            byte kind = CodeObject.CO_FAST_LOCAL;
            if (offset < argKinds.Count) kind |= argKinds[offset];
            if (u.Cellvars.Contains(k)) kind |= CodeObject.CO_FAST_CELL;
            if (u.FastHidden.ContainsKey(k)) kind |= CodeObject.CO_FAST_HIDDEN;
            names[offset] = k;
            kinds[offset] = kind;
        }
        int nlocals = u.Varnames.Count;
        int numdropped = 0;
        foreach (var (k, v) in u.Cellvars.Items)
        {
            if (u.Varnames.Contains(k))
            {
                numdropped++;
                continue;
            }
            int offset = v + nlocals - numdropped;
            names[offset] = k;
            kinds[offset] = CodeObject.CO_FAST_CELL;
        }
        foreach (var (k, v) in u.Freevars.Items)
        {
            int offset = v + nlocals - numdropped;
            names[offset] = k;
            kinds[offset] = CodeObject.CO_FAST_FREE;
        }
    }

    public static CodeObject MakeCodeObject(CompilerUnit u, List<object?> consts, int maxdepth, List<SeqInstr> instrs,
        int nlocalsplus, int codeFlags, string filename)
    {
        ResolveUnconditionalJumps(instrs);
        ResolveJumpOffsets(instrs);
        var names = new string[nlocalsplus];
        var kinds = new byte[nlocalsplus];
        LocalsPlusInfo(u, nlocalsplus, codeFlags, names, kinds);
        return new CodeObject
        {
            Filename = filename,
            Name = u.Name,
            QualName = u.ScopeType == ScopeType.Module ? u.Name : u.QualName,
            FirstLineno = u.FirstLineno,
            ArgCount = u.PosOnlyArgCount + u.ArgCount,
            PosOnlyArgCount = u.PosOnlyArgCount,
            KwOnlyArgCount = u.KwOnlyArgCount,
            StackSize = maxdepth,
            Flags = codeFlags,
            LocalsPlusNames = names,
            LocalsPlusKinds = kinds,
            Names = u.Names.Names(),
            Consts = consts.ToArray(),
            Code = EmitCode(instrs),
            ExceptionTable = ExceptionTable(instrs),
            LineTable = LineTable(instrs, u.FirstLineno),
        };
    }
}
