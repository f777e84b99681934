using System.Runtime.CompilerServices;
using Sharpy.Runtime;
using static Sharpy.Modules.Sre.SreConstants;

namespace Sharpy.Modules.Sre;

/// <summary>
/// The matching engine (Modules/_sre/sre_lib.h), generic over the subject's representation.
/// It interprets the code re._compiler emits, opcode by opcode as sre_lib.h does, with the
/// same explicit backtracking stack (<see cref="SreState.Ctxs"/>) instead of recursion: a
/// sub-match pushes a context and jumps to <c>entrance</c>; its end pops the context and
/// resumes the caller at the point its <c>Jump</c> names. Statuses: 1 matched, 0 failed,
/// negative an error (SreConstants.ERROR_*).
/// </summary>
internal static class SreEngine<T> where T : struct, ISreText
{
    const int JUMP_NONE = 0, JUMP_MAX_UNTIL_1 = 1, JUMP_MAX_UNTIL_2 = 2, JUMP_MAX_UNTIL_3 = 3,
        JUMP_MIN_UNTIL_1 = 4, JUMP_MIN_UNTIL_2 = 5, JUMP_MIN_UNTIL_3 = 6, JUMP_REPEAT = 7,
        JUMP_REPEAT_ONE_1 = 8, JUMP_REPEAT_ONE_2 = 9, JUMP_MIN_REPEAT_ONE = 10, JUMP_BRANCH = 11,
        JUMP_ASSERT = 12, JUMP_ASSERT_NOT = 13, JUMP_POSS_REPEAT_1 = 14, JUMP_POSS_REPEAT_2 = 15,
        JUMP_ATOMIC_GROUP = 16;

    /// <summary>A code word as CPython's unsigned SRE_CODE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static long U(int v) => (uint)v;

    /// <summary>SRE(at): whether position <paramref name="ptr"/> satisfies the AT code.</summary>
    static bool At(SreState state, T text, int ptr, int at)
    {
        int end = state.End;
        bool thisp, thatp;
        switch (at)
        {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || SreChars.IsLinebreak(text[ptr - 1]);
            case AT_END:
                return (end - ptr == 1 && SreChars.IsLinebreak(text[ptr])) || ptr == end;
            case AT_END_LINE:
                return ptr == end || SreChars.IsLinebreak(text[ptr]);
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
                thatp = ptr > 0 && SreChars.IsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsWord(text[ptr]);
                return thisp != thatp;
            case AT_NON_BOUNDARY:
                thatp = ptr > 0 && SreChars.IsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.IsWord(text[ptr]);
                return thisp == thatp;
            case AT_LOC_BOUNDARY:
                thatp = ptr > 0 && SreChars.LocIsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.LocIsWord(text[ptr]);
                return thisp != thatp;
            case AT_LOC_NON_BOUNDARY:
                thatp = ptr > 0 && SreChars.LocIsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.LocIsWord(text[ptr]);
                return thisp == thatp;
            case AT_UNI_BOUNDARY:
                thatp = ptr > 0 && SreChars.UniIsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.UniIsWord(text[ptr]);
                return thisp != thatp;
            case AT_UNI_NON_BOUNDARY:
                thatp = ptr > 0 && SreChars.UniIsWord(text[ptr - 1]);
                thisp = ptr < end && SreChars.UniIsWord(text[ptr]);
                return thisp == thatp;
        }
        return false;
    }

    /// <summary>SRE(count): how many times (up to maxcount) the single-width item at code[pattern] matches from state.Ptr.</summary>
    static long Count(SreState state, T text, int[] code, int pattern, long maxcount)
    {
        int ptr = state.Ptr;
        int end = state.End;
        int chr;
        if (maxcount < end - ptr && maxcount != MAXREPEAT) end = ptr + (int)maxcount;
        switch (code[pattern])
        {
            case OP_IN:
                while (ptr < end && SreChars.InCharset(code, pattern + 2, text[ptr])) ptr++;
                break;
            case OP_ANY:
                while (ptr < end && !SreChars.IsLinebreak(text[ptr])) ptr++;
                break;
            case OP_ANY_ALL:
                ptr = end;
                break;
            case OP_LITERAL:
                chr = code[pattern + 1];
                while (ptr < end && text[ptr] == chr) ptr++;
                break;
            case OP_LITERAL_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && SreChars.LowerAscii(text[ptr]) == chr) ptr++;
                break;
            case OP_LITERAL_UNI_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && SreChars.LowerUnicode(text[ptr]) == chr) ptr++;
                break;
            case OP_LITERAL_LOC_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && SreChars.CharLocIgnore(chr, text[ptr])) ptr++;
                break;
            case OP_NOT_LITERAL:
                chr = code[pattern + 1];
                while (ptr < end && text[ptr] != chr) ptr++;
                break;
            case OP_NOT_LITERAL_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && SreChars.LowerAscii(text[ptr]) != chr) ptr++;
                break;
            case OP_NOT_LITERAL_UNI_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && SreChars.LowerUnicode(text[ptr]) != chr) ptr++;
                break;
            case OP_NOT_LITERAL_LOC_IGNORE:
                chr = code[pattern + 1];
                while (ptr < end && !SreChars.CharLocIgnore(chr, text[ptr])) ptr++;
                break;
            default:
                // repeated single character pattern
                while (state.Ptr < end)
                {
                    long i = Match(state, text, code, pattern, false);
                    if (i < 0) return i;
                    if (i == 0) break;
                }
                return state.Ptr - ptr;
        }
        return ptr - state.Ptr;
    }

    /// <summary>Ctrl-C while matching: KeyboardInterrupt (MAYBE_CHECK_SIGNALS).</summary>
    static bool Interrupted() => Signals.InterruptPending && ThreadState.Current == ThreadState.Main && Signals.HandlePending() < 0;

    /// <summary>SRE(match): match code[pattern...] at state.Ptr; on success state.Ptr is the end of the match.</summary>
    public static long Match(SreState state, T text, int[] code, int pattern, bool toplevel)
    {
        int end = state.End;
        long ret = 0;
        int jump;
        uint sigcount = 0;
        int ptr, i, p, e;
        int nextPattern = 0, nextJump = 0;
        bool nextTop = false;
        SreRepeat? rep;

        int baseCp = state.PushCtx();
        int cp = baseCp;
        SreCtx[] ctxs = state.Ctxs;
        // the current frame; re-taken whenever the stack array may have moved or cp changed
        ref SreCtx ctx = ref ctxs[cp];
        ctx.Jump = JUMP_NONE;
        ctx.TopLevel = toplevel;
        ctx.Rep = null;

    entrance:
        ptr = state.Ptr;
        if (code[pattern] == OP_INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            if (code[pattern + 3] != 0 && U(end - ptr) < U(code[pattern + 3])) goto failure;
            pattern += code[pattern + 1] + 1;
        }

    dispatch:
        if ((++sigcount & 0xfff) == 0 && Interrupted()) return ERROR_INTERRUPTED;
        switch (code[pattern++])
        {
            case OP_MARK:
                i = code[pattern];
                if ((i & 1) != 0) state.LastIndex = i / 2 + 1;
                if (i > state.LastMark)
                {
                    // marks between the old lastmark and i have not been seen: NULL them
                    int j = state.LastMark + 1;
                    while (j < i) state.Mark[j++] = -1;
                    state.LastMark = i;
                }
                state.Mark[i] = ptr;
                pattern++;
                goto dispatch;

            case OP_LITERAL:
                if (ptr >= end || text[ptr] != code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_NOT_LITERAL:
                if (ptr >= end || text[ptr] == code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_SUCCESS:
                if (ctx.TopLevel &&
                    ((state.MatchAll && ptr != state.End) || (state.MustAdvance && ptr == state.Start)))
                    goto failure;
                state.Ptr = ptr;
                goto success;

            case OP_AT:
                if (!At(state, text, ptr, code[pattern])) goto failure;
                pattern++;
                goto dispatch;

            case OP_CATEGORY:
                if (ptr >= end || !SreChars.Category(code[pattern], text[ptr])) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_ANY:
                if (ptr >= end || SreChars.IsLinebreak(text[ptr])) goto failure;
                ptr++;
                goto dispatch;

            case OP_ANY_ALL:
                if (ptr >= end) goto failure;
                ptr++;
                goto dispatch;

            case OP_IN:
                if (ptr >= end || !SreChars.InCharset(code, pattern + 1, text[ptr])) goto failure;
                pattern += code[pattern];
                ptr++;
                goto dispatch;

            case OP_LITERAL_IGNORE:
                if (ptr >= end || SreChars.LowerAscii(text[ptr]) != code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_LITERAL_UNI_IGNORE:
                if (ptr >= end || SreChars.LowerUnicode(text[ptr]) != code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_LITERAL_LOC_IGNORE:
                if (ptr >= end || !SreChars.CharLocIgnore(code[pattern], text[ptr])) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_NOT_LITERAL_IGNORE:
                if (ptr >= end || SreChars.LowerAscii(text[ptr]) == code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_NOT_LITERAL_UNI_IGNORE:
                if (ptr >= end || SreChars.LowerUnicode(text[ptr]) == code[pattern]) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_NOT_LITERAL_LOC_IGNORE:
                if (ptr >= end || SreChars.CharLocIgnore(code[pattern], text[ptr])) goto failure;
                pattern++;
                ptr++;
                goto dispatch;

            case OP_IN_IGNORE:
                if (ptr >= end || !SreChars.InCharset(code, pattern + 1, SreChars.LowerAscii(text[ptr]))) goto failure;
                pattern += code[pattern];
                ptr++;
                goto dispatch;

            case OP_IN_UNI_IGNORE:
                if (ptr >= end || !SreChars.InCharset(code, pattern + 1, SreChars.LowerUnicode(text[ptr]))) goto failure;
                pattern += code[pattern];
                ptr++;
                goto dispatch;

            case OP_IN_LOC_IGNORE:
                if (ptr >= end || !SreChars.InCharsetLocIgnore(code, pattern + 1, text[ptr])) goto failure;
                pattern += code[pattern];
                ptr++;
                goto dispatch;

            case OP_JUMP:
            case OP_INFO:
                pattern += code[pattern];
                goto dispatch;

            case OP_BRANCH:
                // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                ctx.LastMark = state.LastMark;
                ctx.LastIndex = state.LastIndex;
                if (state.Repeat != null) state.MarkPush(ctx.LastMark);
                goto branch_loop;

            case OP_REPEAT_ONE:
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (U(code[pattern + 1]) > end - ptr) goto failure;
                state.Ptr = ptr;
                ret = Count(state, text, code, pattern + 3, U(code[pattern + 2]));
                if (ret < 0) return ret;
                ctxs = state.Ctxs;
                ctx = ref ctxs[cp];
                ctx.Count = (int)ret;
                ptr += (int)ret;
                if (ret < U(code[pattern + 1])) goto failure;
                if (code[pattern + code[pattern]] == OP_SUCCESS && ptr == state.End &&
                    !(ctx.TopLevel && state.MustAdvance && ptr == state.Start))
                {
                    // tail is empty. we're finished
                    state.Ptr = ptr;
                    goto success;
                }
                ctx.LastMark = state.LastMark;
                ctx.LastIndex = state.LastIndex;
                if (state.Repeat != null) state.MarkPush(ctx.LastMark);
                if (code[pattern + code[pattern]] == OP_LITERAL)
                {
                    // tail starts with a literal: skip positions where the rest cannot match
                    ctx.Chr = code[pattern + code[pattern] + 1];
                    goto repeat_one_literal_loop;
                }
                goto repeat_one_loop;

            case OP_MIN_REPEAT_ONE:
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (U(code[pattern + 1]) > end - ptr) goto failure;
                state.Ptr = ptr;
                if (code[pattern + 1] == 0)
                {
                    ctx.Count = 0;
                }
                else
                {
                    // count using pattern min as the maximum
                    ret = Count(state, text, code, pattern + 3, U(code[pattern + 1]));
                    if (ret < 0) return ret;
                    ctxs = state.Ctxs;
                    ctx = ref ctxs[cp];
                    if (ret < U(code[pattern + 1])) goto failure;
                    ctx.Count = (int)ret;
                    ptr += (int)ret;
                }
                if (code[pattern + code[pattern]] == OP_SUCCESS &&
                    !(ctx.TopLevel &&
                      ((state.MatchAll && ptr != state.End) || (state.MustAdvance && ptr == state.Start))))
                {
                    state.Ptr = ptr;
                    goto success;
                }
                ctx.LastMark = state.LastMark;
                ctx.LastIndex = state.LastIndex;
                if (state.Repeat != null) state.MarkPush(ctx.LastMark);
                goto min_repeat_one_loop;

            case OP_POSSESSIVE_REPEAT_ONE:
                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                if (ptr + U(code[pattern + 1]) > end) goto failure;
                state.Ptr = ptr;
                ret = Count(state, text, code, pattern + 3, U(code[pattern + 2]));
                if (ret < 0) return ret;
                ctxs = state.Ctxs;
                ctx = ref ctxs[cp];
                ctx.Count = (int)ret;
                ptr += (int)ret;
                if (ret < U(code[pattern + 1])) goto failure;
                pattern += code[pattern];
                if (code[pattern] == OP_SUCCESS && ptr == state.End &&
                    !(ctx.TopLevel && state.MustAdvance && ptr == state.Start))
                {
                    state.Ptr = ptr;
                    goto success;
                }
                goto dispatch;

            case OP_REPEAT:
                // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                rep = state.AllocRepeat();
                rep.Count = -1;
                rep.Pattern = pattern;
                rep.Prev = state.Repeat;
                rep.LastPtr = -1;
                ctx.Rep = rep;
                state.Repeat = rep;
                state.Ptr = ptr;
                nextJump = JUMP_REPEAT; nextPattern = pattern + code[pattern]; nextTop = ctx.TopLevel;
                goto do_jump;

            case OP_MAX_UNTIL:
                // maximizing repeat: <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
                rep = state.Repeat;
                if (rep == null) return ERROR_STATE;
                ctx.Rep = rep;
                state.Ptr = ptr;
                ctx.Count = rep.Count + 1;
                if (ctx.Count < U(code[rep.Pattern + 1]))
                {
                    // not enough matches
                    rep.Count = ctx.Count;
                    nextJump = JUMP_MAX_UNTIL_1; nextPattern = rep.Pattern + 3; nextTop = ctx.TopLevel;
                    goto do_jump;
                }
                if ((ctx.Count < U(code[rep.Pattern + 2]) || U(code[rep.Pattern + 2]) == MAXREPEAT) &&
                    state.Ptr != rep.LastPtr)
                {
                    // we may have enough matches, but if we can match another item, do so
                    rep.Count = ctx.Count;
                    ctx.LastMark = state.LastMark;
                    ctx.LastIndex = state.LastIndex;
                    state.MarkPush(ctx.LastMark);
                    // zero-width match protection
                    state.DataPush(rep.LastPtr);
                    rep.LastPtr = state.Ptr;
                    nextJump = JUMP_MAX_UNTIL_2; nextPattern = rep.Pattern + 3; nextTop = ctx.TopLevel;
                    goto do_jump;
                }
                goto max_until_tail;

            case OP_MIN_UNTIL:
                // minimizing repeat: <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
                rep = state.Repeat;
                if (rep == null) return ERROR_STATE;
                ctx.Rep = rep;
                state.Ptr = ptr;
                ctx.Count = rep.Count + 1;
                if (ctx.Count < U(code[rep.Pattern + 1]))
                {
                    // not enough matches
                    rep.Count = ctx.Count;
                    nextJump = JUMP_MIN_UNTIL_1; nextPattern = rep.Pattern + 3; nextTop = ctx.TopLevel;
                    goto do_jump;
                }
                // see if the tail matches
                state.Repeat = rep.Prev;
                ctx.LastMark = state.LastMark;
                ctx.LastIndex = state.LastIndex;
                if (state.Repeat != null) state.MarkPush(ctx.LastMark);
                nextJump = JUMP_MIN_UNTIL_2; nextPattern = pattern; nextTop = ctx.TopLevel;
                goto do_jump;

            case OP_POSSESSIVE_REPEAT:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                state.Ptr = ptr;
                // a placeholder repeat (no REPEAT code) makes state.Repeat non-null, so the
                // BRANCHes and REPEAT_ONEs inside save and restore the marks (gh-101955)
                rep = state.AllocRepeat();
                rep.Count = -1;
                rep.Pattern = -1;
                rep.Prev = state.Repeat;
                rep.LastPtr = -1;
                ctx.Rep = rep;
                state.Repeat = rep;
                ctx.Count = 0;
                goto poss_repeat_min_loop;

            case OP_ATOMIC_GROUP:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                state.Ptr = ptr;
                nextJump = JUMP_ATOMIC_GROUP; nextPattern = pattern + 1; nextTop = false;
                goto do_jump;

            case OP_GROUPREF:
                i = code[pattern] * 2;
                if (i >= state.LastMark) goto failure;
                p = state.Mark[i];
                e = state.Mark[i + 1];
                if (p < 0 || e < 0 || e < p) goto failure;
                while (p < e)
                {
                    if (ptr >= end || text[ptr] != text[p]) goto failure;
                    p++;
                    ptr++;
                }
                pattern++;
                goto dispatch;

            case OP_GROUPREF_IGNORE:
                i = code[pattern] * 2;
                if (i >= state.LastMark) goto failure;
                p = state.Mark[i];
                e = state.Mark[i + 1];
                if (p < 0 || e < 0 || e < p) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerAscii(text[ptr]) != SreChars.LowerAscii(text[p])) goto failure;
                    p++;
                    ptr++;
                }
                pattern++;
                goto dispatch;

            case OP_GROUPREF_UNI_IGNORE:
                i = code[pattern] * 2;
                if (i >= state.LastMark) goto failure;
                p = state.Mark[i];
                e = state.Mark[i + 1];
                if (p < 0 || e < 0 || e < p) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerUnicode(text[ptr]) != SreChars.LowerUnicode(text[p])) goto failure;
                    p++;
                    ptr++;
                }
                pattern++;
                goto dispatch;

            case OP_GROUPREF_LOC_IGNORE:
                i = code[pattern] * 2;
                if (i >= state.LastMark) goto failure;
                p = state.Mark[i];
                e = state.Mark[i + 1];
                if (p < 0 || e < 0 || e < p) goto failure;
                while (p < e)
                {
                    if (ptr >= end || SreChars.LowerLocale(text[ptr]) != SreChars.LowerLocale(text[p])) goto failure;
                    p++;
                    ptr++;
                }
                pattern++;
                goto dispatch;

            case OP_GROUPREF_EXISTS:
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                i = code[pattern] * 2;
                if (i >= state.LastMark)
                {
                    pattern += code[pattern + 1];
                    goto dispatch;
                }
                p = state.Mark[i];
                e = state.Mark[i + 1];
                if (p < 0 || e < 0 || e < p)
                {
                    pattern += code[pattern + 1];
                    goto dispatch;
                }
                pattern += 2;
                goto dispatch;

            case OP_ASSERT:
                // <ASSERT> <skip> <back> <pattern>
                if (ptr < U(code[pattern + 1])) goto failure;
                state.Ptr = ptr - code[pattern + 1];
                nextJump = JUMP_ASSERT; nextPattern = pattern + 2; nextTop = false;
                goto do_jump;

            case OP_ASSERT_NOT:
                // <ASSERT_NOT> <skip> <back> <pattern>
                if (ptr >= U(code[pattern + 1]))
                {
                    state.Ptr = ptr - code[pattern + 1];
                    ctx.LastMark = state.LastMark;
                    ctx.LastIndex = state.LastIndex;
                    if (state.Repeat != null) state.MarkPush(ctx.LastMark);
                    nextJump = JUMP_ASSERT_NOT; nextPattern = pattern + 2; nextTop = false;
                    goto do_jump;
                }
                pattern += code[pattern];
                goto dispatch;

            case OP_FAILURE:
                goto failure;

            default:
                return ERROR_ILLEGAL;
        }

    // ---- BRANCH ----
    branch_loop:
        if (code[pattern] == 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        if (code[pattern + 1] == OP_LITERAL && (ptr >= end || text[ptr] != code[pattern + 2]))
        {
            pattern += code[pattern];
            goto branch_loop;
        }
        if (code[pattern + 1] == OP_IN && (ptr >= end || !SreChars.InCharset(code, pattern + 3, text[ptr])))
        {
            pattern += code[pattern];
            goto branch_loop;
        }
        state.Ptr = ptr;
        nextJump = JUMP_BRANCH; nextPattern = pattern + 1; nextTop = ctx.TopLevel;
        goto do_jump;
    jump_branch:
        if (ret != 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (state.Repeat != null) state.MarkPopKeep(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        pattern += code[pattern];
        goto branch_loop;

    // ---- REPEAT_ONE ----
    repeat_one_literal_loop:
        while (ctx.Count >= U(code[pattern + 1]) && (ptr >= end || text[ptr] != ctx.Chr))
        {
            ptr--;
            ctx.Count--;
        }
        if (ctx.Count < U(code[pattern + 1]))
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        state.Ptr = ptr;
        nextJump = JUMP_REPEAT_ONE_1; nextPattern = pattern + code[pattern]; nextTop = ctx.TopLevel;
        goto do_jump;
    jump_repeat_one_1:
        if (ret != 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (state.Repeat != null) state.MarkPopKeep(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto repeat_one_literal_loop;

    repeat_one_loop:
        if (ctx.Count < U(code[pattern + 1]))
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        state.Ptr = ptr;
        nextJump = JUMP_REPEAT_ONE_2; nextPattern = pattern + code[pattern]; nextTop = ctx.TopLevel;
        goto do_jump;
    jump_repeat_one_2:
        if (ret != 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (state.Repeat != null) state.MarkPopKeep(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        ptr--;
        ctx.Count--;
        goto repeat_one_loop;

    // ---- MIN_REPEAT_ONE ----
    min_repeat_one_loop:
        if (!(U(code[pattern + 2]) == MAXREPEAT || ctx.Count <= U(code[pattern + 2])))
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        state.Ptr = ptr;
        nextJump = JUMP_MIN_REPEAT_ONE; nextPattern = pattern + code[pattern]; nextTop = ctx.TopLevel;
        goto do_jump;
    jump_min_repeat_one:
        if (ret != 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        if (state.Repeat != null) state.MarkPopKeep(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        state.Ptr = ptr;
        ret = Count(state, text, code, pattern + 3, 1);
        if (ret < 0) return ret;
        ctxs = state.Ctxs;
        ctx = ref ctxs[cp];
        if (ret == 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            goto failure;
        }
        ptr++;
        ctx.Count++;
        goto min_repeat_one_loop;

    // ---- REPEAT ----
    jump_repeat:
        rep = ctx.Rep!;
        state.Repeat = rep.Prev;
        state.FreeRepeat(rep);
        ctx.Rep = null;
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        goto failure;

    // ---- MAX_UNTIL ----
    jump_max_until_1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        ctx.Rep!.Count = ctx.Count - 1;
        state.Ptr = ptr;
        goto failure;
    jump_max_until_2:
        rep = ctx.Rep!;
        rep.LastPtr = state.DataPop();
        if (ret != 0)
        {
            state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto success;
        }
        state.MarkPop(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        rep.Count = ctx.Count - 1;
        state.Ptr = ptr;
        goto max_until_tail;
    max_until_tail:
        // cannot match more repeated items here. make sure the tail matches
        state.Repeat = ctx.Rep!.Prev;
        nextJump = JUMP_MAX_UNTIL_3; nextPattern = pattern; nextTop = ctx.TopLevel;
        goto do_jump;
    jump_max_until_3:
        state.Repeat = ctx.Rep; // restore repeat before return
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        state.Ptr = ptr;
        goto failure;

    // ---- MIN_UNTIL ----
    jump_min_until_1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        ctx.Rep!.Count = ctx.Count - 1;
        state.Ptr = ptr;
        goto failure;
    jump_min_until_2:
        {
            var repeatOfTail = state.Repeat;
            rep = ctx.Rep!;
            state.Repeat = rep; // restore repeat before return
            if (ret != 0)
            {
                if (repeatOfTail != null) state.MarkPopDiscard(ctx.LastMark);
                if (ret < 0) return ret;
                goto success;
            }
            if (repeatOfTail != null) state.MarkPop(ctx.LastMark);
            state.LastMark = ctx.LastMark;
            state.LastIndex = ctx.LastIndex;
            state.Ptr = ptr;
            if ((ctx.Count >= U(code[rep.Pattern + 2]) && U(code[rep.Pattern + 2]) != MAXREPEAT) ||
                state.Ptr == rep.LastPtr)
                goto failure;
            rep.Count = ctx.Count;
            // zero-width match protection
            state.DataPush(rep.LastPtr);
            rep.LastPtr = state.Ptr;
            nextJump = JUMP_MIN_UNTIL_3; nextPattern = rep.Pattern + 3; nextTop = ctx.TopLevel;
            goto do_jump;
        }
    jump_min_until_3:
        rep = ctx.Rep!;
        rep.LastPtr = state.DataPop();
        if (ret != 0)
        {
            if (ret < 0) return ret;
            goto success;
        }
        rep.Count = ctx.Count - 1;
        state.Ptr = ptr;
        goto failure;

    // ---- POSSESSIVE_REPEAT ----
    poss_repeat_min_loop:
        if (ctx.Count < U(code[pattern + 1]))
        {
            nextJump = JUMP_POSS_REPEAT_1; nextPattern = pattern + 3; nextTop = false;
            goto do_jump;
        }
        // clear ptr so that it differs from state.Ptr and the loop is entered
        ptr = -1;
        goto poss_repeat_loop;
    jump_poss_repeat_1:
        if (ret != 0)
        {
            if (ret < 0) return ret;
            ctx.Count++;
            goto poss_repeat_min_loop;
        }
        state.Ptr = ptr;
        rep = ctx.Rep!;
        state.Repeat = rep.Prev;
        state.FreeRepeat(rep);
        goto failure;
    poss_repeat_loop:
        if ((ctx.Count < U(code[pattern + 2]) || U(code[pattern + 2]) == MAXREPEAT) && state.Ptr != ptr)
        {
            ctx.LastMark = state.LastMark;
            ctx.LastIndex = state.LastIndex;
            state.MarkPush(ctx.LastMark);
            // zero-width match protection
            ptr = state.Ptr;
            nextJump = JUMP_POSS_REPEAT_2; nextPattern = pattern + 3; nextTop = false;
            goto do_jump;
        }
        goto poss_repeat_tail;
    jump_poss_repeat_2:
        if (ret != 0)
        {
            state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            ctx.Count++;
            goto poss_repeat_loop;
        }
        state.MarkPop(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        state.Ptr = ptr;
        goto poss_repeat_tail;
    poss_repeat_tail:
        rep = ctx.Rep!;
        state.Repeat = rep.Prev;
        state.FreeRepeat(rep);
        ctx.Rep = null;
        // skip to the end of the repeated pattern and over its SUCCESS
        pattern += code[pattern] + 1;
        ptr = state.Ptr;
        goto dispatch;

    // ---- ATOMIC_GROUP ----
    jump_atomic_group:
        if (ret < 0) return ret;
        if (ret == 0)
        {
            state.Ptr = ptr;
            goto failure;
        }
        pattern += code[pattern];
        ptr = state.Ptr;
        goto dispatch;

    // ---- ASSERT / ASSERT_NOT ----
    jump_assert:
        if (ret < 0) return ret;
        if (ret == 0) goto failure;
        pattern += code[pattern];
        goto dispatch;
    jump_assert_not:
        if (ret != 0)
        {
            if (state.Repeat != null) state.MarkPopDiscard(ctx.LastMark);
            if (ret < 0) return ret;
            goto failure;
        }
        if (state.Repeat != null) state.MarkPop(ctx.LastMark);
        state.LastMark = ctx.LastMark;
        state.LastIndex = ctx.LastIndex;
        pattern += code[pattern];
        goto dispatch;

    // ---- entering a sub-match (DO_JUMPX) ----
    do_jump:
        ctx.Pattern = pattern;
        ctx.Ptr = ptr;
        cp = state.PushCtx();
        ctxs = state.Ctxs;
        ctx = ref ctxs[cp];
        ctx.TopLevel = nextTop;
        ctx.Jump = nextJump;
        ctx.Rep = null;
        pattern = nextPattern;
        goto entrance;

    success:
        ret = 1;
        goto exit;
    failure:
        ret = 0;
    exit:
        jump = ctx.Jump;
        ctx.Rep = null;
        state.CtxTop = cp;
        if (cp == baseCp) return ret;
        cp--;
        ctx = ref ctxs[cp];
        pattern = ctx.Pattern;
        ptr = ctx.Ptr;
        switch (jump)
        {
            case JUMP_MAX_UNTIL_2: goto jump_max_until_2;
            case JUMP_MAX_UNTIL_3: goto jump_max_until_3;
            case JUMP_MIN_UNTIL_2: goto jump_min_until_2;
            case JUMP_MIN_UNTIL_3: goto jump_min_until_3;
            case JUMP_BRANCH: goto jump_branch;
            case JUMP_MAX_UNTIL_1: goto jump_max_until_1;
            case JUMP_MIN_UNTIL_1: goto jump_min_until_1;
            case JUMP_POSS_REPEAT_1: goto jump_poss_repeat_1;
            case JUMP_POSS_REPEAT_2: goto jump_poss_repeat_2;
            case JUMP_REPEAT: goto jump_repeat;
            case JUMP_REPEAT_ONE_1: goto jump_repeat_one_1;
            case JUMP_REPEAT_ONE_2: goto jump_repeat_one_2;
            case JUMP_MIN_REPEAT_ONE: goto jump_min_repeat_one;
            case JUMP_ATOMIC_GROUP: goto jump_atomic_group;
            case JUMP_ASSERT: goto jump_assert;
            case JUMP_ASSERT_NOT: goto jump_assert_not;
        }
        return ret;
    }

    /// <summary>SRE(search): the first match at or after state.Start, using the INFO block's prefix or charset to skip ahead.</summary>
    public static long Search(SreState state, T text, int[] code)
    {
        int ptr = state.Start;
        int end = state.End;
        long status = 0;
        int prefixLen = 0, prefixSkip = 0, prefix = -1, charset = -1, overlap = -1;
        int flags = 0;
        int pattern = 0;

        if (ptr > end) return 0;

        if (code[0] == OP_INFO)
        {
            // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
            flags = code[2];
            if (code[3] != 0 && end - ptr < U(code[3])) return 0;
            if (U(code[3]) > 1)
            {
                // adjust end point (but leave at least one character for the literal search)
                end -= code[3] - 1;
                if (end <= ptr) end = ptr;
            }
            if ((flags & INFO_PREFIX) != 0)
            {
                // <length> <skip> <prefix data> <overlap data>
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            }
            else if ((flags & INFO_CHARSET) != 0)
            {
                charset = 5;
            }
            pattern = 1 + code[1];
        }

        if (prefixLen == 1)
        {
            // pattern starts with a literal character
            int c = code[prefix];
            end = state.End;
            state.MustAdvance = false;
            while (ptr < end)
            {
                ptr = text.IndexOf(c, ptr, end);
                if (ptr < 0) return 0;
                state.Start = ptr;
                state.Ptr = ptr + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) return 1;
                status = Match(state, text, code, pattern + 2 * prefixSkip, false);
                if (status != 0) return status;
                ++ptr;
                state.LastMark = state.LastIndex = -1;
            }
            return 0;
        }

        if (prefixLen > 1)
        {
            // pattern starts with a known prefix: use the overlap table to skip forward
            end = state.End;
            if (prefixLen > end - ptr) return 0;
            int c0 = code[prefix];
            while (ptr < end)
            {
                int k = text.IndexOf(c0, ptr, end);
                if (k < 0) return 0;
                ptr = k + 1;
                if (ptr >= end) return 0;
                int i = 1;
                state.MustAdvance = false;
                do
                {
                    if (text[ptr] == code[prefix + i])
                    {
                        if (++i != prefixLen)
                        {
                            if (++ptr >= end) return 0;
                            continue;
                        }
                        // found a potential match
                        state.Start = ptr - (prefixLen - 1);
                        state.Ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) return 1;
                        status = Match(state, text, code, pattern + 2 * prefixSkip, false);
                        if (status != 0) return status;
                        // close but no cigar -- try again
                        if (++ptr >= end) return 0;
                        state.LastMark = state.LastIndex = -1;
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }

        if (charset >= 0)
        {
            // pattern starts with a character from a known set
            end = state.End;
            state.MustAdvance = false;
            var first = state.FirstChars!;
            for (;;)
            {
                while (ptr < end && !SreChars.InFirstChars(first, code, text[ptr])) ptr++;
                if (ptr >= end) return 0;
                state.Start = ptr;
                state.Ptr = ptr;
                status = Match(state, text, code, pattern, false);
                if (status != 0) break;
                ptr++;
                state.LastMark = state.LastIndex = -1;
            }
        }
        else
        {
            // general case
            state.Start = state.Ptr = ptr;
            status = Match(state, text, code, pattern, true);
            state.MustAdvance = false;
            if (status == 0 && code[pattern] == OP_AT &&
                (code[pattern + 1] == AT_BEGINNING || code[pattern + 1] == AT_BEGINNING_STRING))
            {
                state.Start = state.Ptr = end;
                return 0;
            }
            while (status == 0 && ptr < end)
            {
                ptr++;
                state.LastMark = state.LastIndex = -1;
                state.Start = state.Ptr = ptr;
                status = Match(state, text, code, pattern, false);
            }
        }
        return status;
    }
}
