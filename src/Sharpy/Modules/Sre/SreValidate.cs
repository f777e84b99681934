using static Sharpy.Modules.Sre.SreConstants;

namespace Sharpy.Modules.Sre;

/// <summary>
/// The code validator (sre.c's _validate): checks that the code re._compiler produced is
/// well formed (operands in range, skips landing inside the code, jumps nested) before the
/// engine runs it, so the engine never reads outside the code.
/// </summary>
internal static class SreValidate
{
    public static bool Validate(int[] code, long groups)
    {
        int end = code.Length;
        if (groups < 0 || groups > MAXGROUPS || end == 0 || code[end - 1] != OP_SUCCESS) return false;
        return Inner(code, 0, end - 1, groups) == 0;
    }

    static bool Charset(int[] code, int pc, int end)
    {
        while (pc < end)
        {
            int op = code[pc++];
            switch (op)
            {
                case OP_NEGATE:
                    break;
                case OP_LITERAL:
                    if (pc >= end) return false;
                    pc++;
                    break;
                case OP_RANGE:
                case OP_RANGE_UNI_IGNORE:
                    if (pc + 2 > end) return false;
                    pc += 2;
                    break;
                case OP_CHARSET:
                    if (8 > end - pc) return false;
                    pc += 8;
                    break;
                case OP_BIGCHARSET:
                {
                    if (pc >= end) return false;
                    uint arg = (uint)code[pc++];
                    if (64 > end - pc) return false;
                    // each byte of the 256-byte table must name a valid block
                    for (int i = 0; i < 256; i++)
                        if (((uint)code[pc + (i >> 2)] >> ((i & 3) * 8) & 0xFF) >= arg) return false;
                    pc += 64;
                    long offset = (long)arg * 8;
                    if (offset > end - pc) return false;
                    pc += (int)offset;
                    break;
                }
                case OP_CATEGORY:
                    if (pc >= end) return false;
                    if ((uint)code[pc++] > CATEGORY_UNI_NOT_LINEBREAK) return false;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    /// <summary>0 on success, -1 on failure, 1 if the last op is JUMP.</summary>
    static int Inner(int[] code, int pc, int end, long groups)
    {
        if (pc > end) return -1;
        while (pc < end)
        {
            int op = code[pc++];
            uint arg, skip;
            switch (op)
            {
                case OP_MARK:
                    if (pc >= end) return -1;
                    arg = (uint)code[pc++];
                    // marks 2i and 2i+1 belong to group i+1 (of groups)
                    if (arg >= 2 * (ulong)groups) return -1;
                    break;

                case OP_LITERAL:
                case OP_NOT_LITERAL:
                case OP_LITERAL_IGNORE:
                case OP_NOT_LITERAL_IGNORE:
                case OP_LITERAL_UNI_IGNORE:
                case OP_NOT_LITERAL_UNI_IGNORE:
                case OP_LITERAL_LOC_IGNORE:
                case OP_NOT_LITERAL_LOC_IGNORE:
                    if (pc >= end) return -1;
                    pc++;
                    break;

                case OP_SUCCESS:
                case OP_FAILURE:
                    break;

                case OP_AT:
                    if (pc >= end) return -1;
                    if ((uint)code[pc++] > AT_UNI_NON_BOUNDARY) return -1;
                    break;

                case OP_ANY:
                case OP_ANY_ALL:
                    break;

                case OP_IN:
                case OP_IN_IGNORE:
                case OP_IN_UNI_IGNORE:
                case OP_IN_LOC_IGNORE:
                    if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                    if (skip < 2) return -1;
                    // stop 1 before the end; the FAILURE is checked below
                    if (!Charset(code, pc, pc + (int)skip - 2)) return -1;
                    if (code[pc + (int)skip - 2] != OP_FAILURE) return -1;
                    pc += (int)skip - 1;
                    break;

                case OP_INFO:
                {
                    // <INFO> <1=skip> <2=flags> <3=min> <4=max>; a prefix or a charset may follow
                    if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                    if (skip < 1) return -1;
                    int newcode = pc + (int)skip - 1;
                    if (pc + 3 > end) return -1;
                    uint flags = (uint)code[pc];
                    pc += 3;
                    if ((flags & ~(uint)(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0) return -1;
                    if ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) return -1;
                    if ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) return -1;
                    if ((flags & INFO_PREFIX) != 0)
                    {
                        if (pc + 2 > end) return -1;
                        uint prefixLen = (uint)code[pc];
                        pc += 2;
                        if (prefixLen > (uint)(newcode - pc)) return -1;
                        pc += (int)prefixLen;
                        if (prefixLen > (uint)(newcode - pc)) return -1;
                        for (int i = 0; i < prefixLen; i++)
                            if ((uint)code[pc + i] >= prefixLen) return -1;
                        pc += (int)prefixLen;
                    }
                    if ((flags & INFO_CHARSET) != 0)
                    {
                        if (!Charset(code, pc, newcode - 1)) return -1;
                        if (code[newcode - 1] != OP_FAILURE) return -1;
                        pc = newcode;
                    }
                    else if (pc != newcode)
                    {
                        return -1;
                    }
                    break;
                }

                case OP_BRANCH:
                {
                    int target = -1;
                    for (;;)
                    {
                        if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                        if (skip == 0) break;
                        if (skip < 3) return -1;
                        // stop 2 before the end; the JUMP is checked below
                        if (Inner(code, pc, pc + (int)skip - 3, groups) != 0) return -1;
                        pc += (int)skip - 3;
                        if (pc >= end) return -1;
                        if (code[pc++] != OP_JUMP) return -1;
                        if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                        if (target < 0) target = pc + (int)skip - 1;
                        else if (pc + (int)skip - 1 != target) return -1;
                    }
                    if (pc != target) return -1;
                    break;
                }

                case OP_REPEAT_ONE:
                case OP_MIN_REPEAT_ONE:
                case OP_POSSESSIVE_REPEAT_ONE:
                {
                    if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                    if (pc + 2 > end || skip < 4) return -1;
                    uint min = (uint)code[pc], max = (uint)code[pc + 1];
                    pc += 2;
                    if (min > max || max > MAXREPEAT) return -1;
                    if (Inner(code, pc, pc + (int)skip - 4, groups) != 0) return -1;
                    pc += (int)skip - 4;
                    if (pc >= end || code[pc++] != OP_SUCCESS) return -1;
                    break;
                }

                case OP_REPEAT:
                case OP_POSSESSIVE_REPEAT:
                {
                    if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                    if (pc + 2 > end || skip < 3) return -1;
                    uint min = (uint)code[pc], max = (uint)code[pc + 1];
                    pc += 2;
                    if (min > max || max > MAXREPEAT) return -1;
                    if (Inner(code, pc, pc + (int)skip - 3, groups) != 0) return -1;
                    pc += (int)skip - 3;
                    if (pc >= end) return -1;
                    int op2 = code[pc++];
                    if (op == OP_POSSESSIVE_REPEAT)
                    {
                        if (op2 != OP_SUCCESS) return -1;
                    }
                    else if (op2 != OP_MAX_UNTIL && op2 != OP_MIN_UNTIL)
                    {
                        return -1;
                    }
                    break;
                }

                case OP_ATOMIC_GROUP:
                    if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                    if (skip < 2) return -1;
                    if (Inner(code, pc, pc + (int)skip - 2, groups) != 0) return -1;
                    pc += (int)skip - 2;
                    if (pc >= end || code[pc++] != OP_SUCCESS) return -1;
                    break;

                case OP_GROUPREF:
                case OP_GROUPREF_IGNORE:
                case OP_GROUPREF_UNI_IGNORE:
                case OP_GROUPREF_LOC_IGNORE:
                    if (pc >= end) return -1;
                    if ((uint)code[pc++] >= (ulong)groups) return -1;
                    break;

                case OP_GROUPREF_EXISTS:
                {
                    // <GROUPREF_EXISTS> <group> <skipyes> then [<JUMP> <skipno> else]
                    if (pc >= end) return -1;
                    if ((uint)code[pc++] >= (ulong)groups) return -1;
                    if (!GetSkip(code, ref pc, end, 1, out skip)) return -1;
                    pc--; // the skip is relative to the group argument
                    if (skip < 2) return -1;
                    int rc = Inner(code, pc + 1, pc + (int)skip - 1, groups);
                    if (rc == 1)
                    {
                        pc += (int)skip - 2; // at <skipno>
                        if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                        if (skip < 1) return -1;
                        rc = Inner(code, pc, pc + (int)skip - 1, groups);
                    }
                    if (rc != 0) return -1;
                    pc += (int)skip - 1;
                    break;
                }

                case OP_ASSERT:
                case OP_ASSERT_NOT:
                    if (!GetSkip(code, ref pc, end, 0, out skip)) return -1;
                    if (pc >= end || skip < 2) return -1;
                    // <back> is 0 for lookahead, the width for lookbehind
                    if (Inner(code, pc + 1, pc + (int)skip - 2, groups) != 0) return -1;
                    pc += (int)skip - 2;
                    if (pc >= end || code[pc++] != OP_SUCCESS) return -1;
                    break;

                case OP_JUMP:
                    if (pc + 1 != end) return -1;
                    return 1;

                default:
                    return -1;
            }
        }
        return 0;
    }

    static bool GetSkip(int[] code, ref int pc, int end, int adj, out uint skip)
    {
        skip = 0;
        if (pc >= end) return false;
        skip = (uint)code[pc];
        if (skip < adj || (long)skip - adj > end - pc) return false;
        pc++;
        return true;
    }
}
