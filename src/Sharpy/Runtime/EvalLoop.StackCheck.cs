#if Py_DEBUG
using Sharpy.Compiler;

namespace Sharpy.Runtime;

/// <summary>
/// Debug builds only: at every instruction boundary the loop checks the instruction just
/// executed. It must have moved the stack pointer by its declared stack effect
/// (<see cref="Op.StackEffect"/>, generated from CPython's metadata, the numbers the
/// compiler's stack depths come from) and, unless it jumped, the instruction pointer past
/// exactly its inline caches (<see cref="Op.CacheEntries"/>). Instructions that leave the
/// frame (calls into Python, returns, yields) or raise are not checked: the next boundary
/// is in another frame or at a handler.
/// </summary>
public struct StackEffectCheck
{
    Frame? _frame;   // the frame of the instruction being checked; null: nothing to check
    int _start, _sp;
    /// <summary>The instruction's own word (after EXTENDED_ARG) as it started: sys.monitoring may rewrite it while it runs.</summary>
    int _word;

    /// <summary>At an instruction boundary: check the previous instruction, then remember this one.</summary>
    public void Next(Frame f, int sp, int ip)
    {
        if (_frame == f && Verify(f.Code.Instructions, _start, _sp, sp, ip, _word) is { } error)
            RefDebug.Fatal($"{error}, at offset {_start * 2} of {f.Code.QualName.Value}");
        _frame = f;
        _start = ip;
        _sp = sp;
        var instrs = f.Code.Instructions;
        int i = ip;
        while (i + 1 < instrs.Length && (instrs[i] & 0xff) == Op.EXTENDED_ARG) i++;
        _word = i < instrs.Length ? instrs[i] : -1;
    }

    /// <summary>An exception is being handled: the stack is unwound, nothing to check.</summary>
    public void Forget() => _frame = null;

    /// <summary>
    /// FOR_ITER and UNPACK_SEQUENCE (their fast paths) run the STORE_FAST and
    /// STORE_FAST_STORE_FAST instructions that follow them and take their values, saving a
    /// dispatch each: the loop variable of `for x in ...`, the targets of `a, b = ...`. The
    /// stack effect of the stores in [<paramref name="from"/>, <paramref name="to"/>), or null
    /// when something else lies there (the instruction jumped).
    /// </summary>
    static int? FusedStores(ushort[] instrs, int from, int to)
    {
        int effect = 0;
        for (int i = from; i < to; i++)
        {
            int op = instrs[i] & 0xff;
            if (op == Op.STORE_FAST) effect--;
            else if (op == Op.STORE_FAST_STORE_FAST) effect -= 2;
            else return null;
        }
        return effect;
    }

    /// <summary>
    /// Null when the instruction at <paramref name="start"/> (code units, EXTENDED_ARG
    /// prefixes included) moved the stack pointer from <paramref name="spBefore"/> to
    /// <paramref name="spAfter"/> and the instruction pointer to <paramref name="ipAfter"/>
    /// as its metadata says; otherwise what is wrong.
    /// </summary>
    public static string? Verify(ushort[] instrs, int start, int spBefore, int spAfter, int ipAfter, int recorded = -1)
    {
        // An instruction whose code was (re)instrumented under it dispatches itself again (a RESUME
        // behind the monitoring version, or one rewritten by its own event).
        if (recorded >= 0 && ipAfter == start && spAfter == spBefore
            && ((instrs[start] & 0xff) != (recorded & 0xff) || (recorded & 0xff) is Op.INSTRUMENTED_RESUME or Op.RESUME or Op.RESUME_CHECK)) return null;
        int i = start;
        int word = instrs[i++];
        int op = word & 0xff, oparg = word >> 8;
        while (op == Op.EXTENDED_ARG)
        {
            word = instrs[i++];
            op = word & 0xff;
            oparg = (oparg << 8) | (word >> 8);
        }
        // A line or instruction event dispatches the instruction it stands for, which only the
        // monitoring data knows: not checked.
        if ((recorded >= 0 ? recorded & 0xff : op) is Op.INSTRUMENTED_LINE or Op.INSTRUMENTED_INSTRUCTION) return null;
        if (recorded >= 0)
        {
            op = recorded & 0xff;
            oparg = (oparg & ~0xff) | (recorded >> 8);
        }
        // An instrumented instruction is checked as the one it stands for.
        op = CodeMonitoring.UninstrumentedForm(op);
        int fallthrough = i + Op.CacheEntries(op);
        bool jumped = ipAfter != fallthrough;
        int fused = 0;
        if (jumped && op is Op.FOR_ITER or Op.UNPACK_SEQUENCE && FusedStores(instrs, fallthrough, ipAfter) is int effect)
        {
            jumped = false;
            fused = effect;
        }
        if (jumped && !OpcodeInfo.HasJump(Op.Deopt(op)))
            return $"{Op.Name(op)} moved the instruction pointer to {ipAfter}, not past its {Op.CacheEntries(op)} cache entries to {fallthrough}";
        int expected = Op.StackEffect(op, oparg, jumped) + fused;
        // An exhausted FOR_ITER jumps past the END_FOR at its target, as CPython's does.
        if (jumped && Op.Deopt(op) == Op.FOR_ITER) expected += Op.StackEffect(Op.END_FOR, 0, false);
        if (spAfter - spBefore != expected)
            return $"{Op.Name(op)} {oparg} moved the stack pointer by {spAfter - spBefore}; its stack effect is {expected}";
        return null;
    }
}
#endif
