using System;
using Sharpy.Compiler;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Setting f_lineno from a trace function (Objects/frameobject.c's frame_setlineno): the jump
/// is allowed from a 'line' event (and the events CPython lists) to the first line at or after
/// the one asked for whose stack the current one can be cut down to, as a model of the value
/// stack per instruction (mark_stacks) decides. The values above the target's depth are
/// popped now; the eval loop continues at the target once the callback returns
/// (<see cref="Frame.JumpTarget"/>).
/// </summary>
public static class FrameJump
{
    // What a stack slot holds (the kinds of mark_stacks), three bits each in a long.
    const int Iterator = 1, Except = 2, Object = 3, Null = 4, Lasti = 5;
    const int BitsPerBlock = 3;
    const long Uninitialized = -2, Overflowed = -1, EmptyStack = 0;
    const int MaxStackEntries = 63 / BitsPerBlock;
    const ulong WillOverflow = 1UL << ((MaxStackEntries - 1) * BitsPerBlock);
    const long Mask = (1 << BitsPerBlock) - 1;

    static long Push(long stack, int kind) => (ulong)stack >= WillOverflow ? Overflowed : (stack << BitsPerBlock) | (long)kind;
    static long Pop(long stack) => stack >> BitsPerBlock;
    static int Top(long stack) => (int)(stack & Mask);
    static int Peek(long stack, int n) => (int)((stack >> (BitsPerBlock * (n - 1))) & Mask);

    static long Swap(long stack, int n)
    {
        int toSwap = Peek(stack, n), top = Top(stack);
        int shift = BitsPerBlock * (n - 1);
        long replacedLow = (stack & ~(Mask << shift)) | ((long)top << shift);
        return (replacedLow & ~Mask) | (long)toSwap;
    }

    static long PopToLevel(long stack, int level)
    {
        if (level == 0) return EmptyStack;
        long levelMax = Mask << ((level - 1) * BitsPerBlock);
        while (stack > levelMax) stack = Pop(stack);
        return stack;
    }

    /// <summary>The modelled stack before each instruction (Uninitialized where unreachable).</summary>
    static long[] MarkStacks(PyCode code)
    {
        var bytes = code.Co.Code;
        int len = bytes.Length / 2;
        var stacks = new long[len + 1];
        Array.Fill(stacks, Uninitialized);
        stacks[0] = EmptyStack;
        bool todo = true;
        while (todo)
        {
            todo = false;
            for (int i = 0; i < len;)
            {
                long next = stacks[i];
                int opcode = bytes[2 * i], oparg = bytes[2 * i + 1];
                while (opcode == Op.EXTENDED_ARG && i + 1 < len)
                {
                    i++;
                    opcode = bytes[2 * i];
                    oparg = (oparg << 8) | bytes[2 * i + 1];
                    stacks[i] = next;
                }
                int nextI = i + Op.CacheEntries(opcode) + 1;
                if (next == Uninitialized) { i = nextI; continue; }
                int j;
                switch (opcode)
                {
                    case Op.POP_JUMP_IF_FALSE:
                    case Op.POP_JUMP_IF_TRUE:
                    case Op.POP_JUMP_IF_NONE:
                    case Op.POP_JUMP_IF_NOT_NONE:
                        next = Pop(next);
                        Set(stacks, nextI + oparg, next);
                        Set(stacks, nextI, next);
                        break;
                    case Op.SEND:
                        Set(stacks, oparg + i + Op.INLINE_CACHE_ENTRIES_SEND + 1, next);
                        Set(stacks, nextI, next);
                        break;
                    case Op.JUMP_FORWARD:
                        Set(stacks, oparg + i + 1, next);
                        break;
                    case Op.JUMP_BACKWARD:
                    case Op.JUMP_BACKWARD_NO_INTERRUPT:
                        j = nextI - oparg;
                        if (j >= 0 && j < len)
                        {
                            if (stacks[j] == Uninitialized && j < i) todo = true;
                            stacks[j] = next;
                        }
                        break;
                    case Op.GET_ITER:
                    case Op.GET_AITER:
                        Set(stacks, nextI, Push(Pop(next), Iterator));
                        break;
                    case Op.FOR_ITER:
                        {
                            long target = Push(next, Object);
                            Set(stacks, nextI, target);
                            Set(stacks, oparg + 1 + Op.INLINE_CACHE_ENTRIES_FOR_ITER + i, target);
                            break;
                        }
                    case Op.END_ASYNC_FOR:
                        Set(stacks, nextI, Pop(Pop(next)));
                        break;
                    case Op.PUSH_EXC_INFO:
                        Set(stacks, nextI, Push(next, Except));
                        break;
                    case Op.POP_EXCEPT:
                        Set(stacks, nextI, Pop(next));
                        break;
                    case Op.RETURN_VALUE:
                    case Op.RAISE_VARARGS:
                    case Op.RERAISE:
                        break;
                    case Op.PUSH_NULL:
                        Set(stacks, nextI, Push(next, Null));
                        break;
                    case Op.LOAD_GLOBAL:
                        next = Push(next, Object);
                        if ((oparg & 1) != 0) next = Push(next, Null);
                        Set(stacks, nextI, next);
                        break;
                    case Op.LOAD_ATTR:
                        if ((oparg & 1) != 0) next = Push(Push(Pop(next), Object), Null);
                        Set(stacks, nextI, next);
                        break;
                    case Op.SWAP:
                        Set(stacks, nextI, Swap(next, oparg));
                        break;
                    case Op.COPY:
                        Set(stacks, nextI, Push(next, Peek(next, oparg)));
                        break;
                    default:
                        {
                            int delta = Op.StackEffect(opcode, oparg, false);
                            for (; delta < 0; delta++) next = Pop(next);
                            for (; delta > 0; delta--) next = Push(next, Object);
                            Set(stacks, nextI, next);
                            break;
                        }
                }
                i = nextI;
            }
            foreach (var h in code.ExceptionTable)
            {
                if (h.Start >= len || stacks[h.Start] == Uninitialized || stacks[h.Target] != Uninitialized) continue;
                todo = true;
                long target = PopToLevel(stacks[h.Start], h.Depth);
                if (h.Lasti) target = Push(target, Lasti);
                stacks[h.Target] = Push(target, Except);
            }
        }
        return stacks;
    }

    static void Set(long[] stacks, int i, long value)
    {
        if (i >= 0 && i < stacks.Length) stacks[i] = value;
    }

    static bool CompatibleKind(int from, int to) => to switch
    {
        0 => false,
        Object => from != Null,
        Null => true,
        _ => from == to,
    };

    static bool CompatibleStack(long from, long to)
    {
        if (from < 0 || to < 0) return false;
        while (from > to) from = Pop(from);
        while (from != 0)
        {
            if (!CompatibleKind(Top(from), Top(to))) return false;
            from = Pop(from);
            to = Pop(to);
        }
        return to == 0;
    }

    static string ExplainIncompatible(long to)
    {
        if (to == Overflowed) return "stack is too deep to analyze";
        if (to == Uninitialized) return "can't jump into an exception handler, or code may be unreachable";
        return Top(to) switch
        {
            Except => "can't jump into an 'except' block as there's no exception",
            Lasti => "can't jump into a re-raising block as there's no location",
            Iterator => "can't jump into the body of a for loop",
            _ => "incompatible stacks",
        };
    }

    /// <summary>frame_setlineno: 0, or -1 with an exception set.</summary>
    public static int SetLineno(PyFrameObject fo, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.AttributeError, "cannot delete attribute");
            return -1;
        }
        if (value.ob_type != PyLong.Type)
        {
            Errors.SetString(PyExc.ValueError, "lineno must be an integer");
            return -1;
        }
        var ts = ThreadState.Current;
        switch (ts.WhatEvent)
        {
            case < 0:
                Errors.SetString(PyExc.ValueError, "f_lineno can only be set in a trace function");
                return -1;
            case Instrumentation.LINE:
            case Instrumentation.JUMP:
                break;
            case Instrumentation.PY_START:
                Errors.SetString(PyExc.ValueError, "can't jump from the 'call' trace event of a new frame");
                return -1;
            case Instrumentation.CALL:
            case Instrumentation.C_RETURN:
                Errors.SetString(PyExc.ValueError, "can't jump during a call");
                return -1;
            default:
                // (CPython also jumps from PY_RESUME, PY_YIELD and the BRANCH events; Sharpy only from lines.)
                Errors.SetString(PyExc.ValueError, "can only jump from a 'line' trace event");
                return -1;
        }
        var f = fo.Frame;
        var code = fo.Code;
        if (f == null || !fo.IsExecuting)
        {
            Errors.SetString(PyExc.ValueError, "f_lineno can only be set in a trace function");
            return -1;
        }
        var big = ((PyLong)value).Value;
        if (big > int.MaxValue || big < int.MinValue)
        {
            Errors.SetString(PyExc.ValueError, "lineno out of range");
            return -1;
        }
        int asked = (int)big;
        if (asked < code.Co.FirstLineno)
        {
            Errors.SetString(PyExc.ValueError, $"line {asked} comes before the current code block");
            return -1;
        }
        int len = code.Instructions.Length;
        // marklines: the instructions where a new line starts.
        var lines = new int[len];
        Array.Fill(lines, -1);
        int lastLine = -1;
        foreach (var (start, _, loc) in LineTable.Ranges(code))
        {
            if (loc.Line != lastLine && loc.Line != -1 && start < len)
            {
                lines[start] = loc.Line;
                lastLine = loc.Line;
            }
        }
        int newLine = int.MaxValue;
        foreach (var l in lines) if (l >= asked && l < newLine) newLine = l;
        if (newLine == int.MaxValue)
        {
            Errors.SetString(PyExc.ValueError, $"line {asked} comes after the current code block");
            return -1;
        }
        var stacks = MarkStacks(code);
        long best = Overflowed;
        int bestAddr = -1, err = -1;
        long startStack = stacks[f.LastInstr];
        string msg = "cannot find bytecode for specified line";
        for (int i = 0; i < len; i++)
        {
            if (lines[i] != newLine) continue;
            long target = stacks[i];
            if (CompatibleStack(startStack, target))
            {
                err = 0;
                if (target > best)
                {
                    best = target;
                    bestAddr = i;
                }
            }
            else if (err < 0)
            {
                if (startStack == Overflowed) msg = "stack to deep to analyze";
                else if (startStack == Uninitialized) msg = "can't jump from unreachable code";
                else
                {
                    msg = ExplainIncompatible(target);
                    err = 1;
                }
            }
        }
        if (err != 0)
        {
            Errors.SetString(PyExc.ValueError, msg);
            return -1;
        }
        // Locals the compiler proved bound at the target may not be: they get None, with a warning.
        var s = f.Slots;
        int unbound = 0;
        for (int i = 0; i < code.NLocalsPlus; i++) if (s[f.Base + i].IsNull) unbound++;
        if (unbound != 0)
        {
            if (Warnings.WarnEx(PyExc.RuntimeWarning, $"assigning None to {unbound} unbound local{(unbound == 1 ? "" : "s")}", 1) < 0) return -1;
            for (int i = 0; i < code.NLocalsPlus; i++)
                if (s[f.Base + i].IsNull) s[f.Base + i] = StackRef.FromBorrow(Py.None);
        }
        int sp = f.StackPointer;
        while (startStack > best)
        {
            var popped = s[--sp];
            s[sp] = default;
            if (Top(startStack) == Except)
            {
                // The exception state a handler saved goes back to the thread.
                var exc = popped.IsNull ? null : popped.AsSteal();
                if (exc == Py.None) { Py.DECREF(exc); exc = null; }
                Py.SETREF(ref ts.ExcInfo.ExcValue, exc);
            }
            else popped.Close();
            startStack = Pop(startStack);
        }
        f.StackPointer = sp;
        f.JumpTarget = bestAddr + 1;
        return 0;
    }
}
