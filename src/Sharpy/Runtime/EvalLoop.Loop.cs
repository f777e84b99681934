using System;
using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Modules;
using Sharpy.Objects;

namespace Sharpy.Runtime;

public static partial class EvalLoop
{
    /// <summary>How <see cref="Interpret"/> starts on its frame.</summary>
    enum LoopStart { Resume, Throw, HostFault }

    /// <summary>
    /// The interpreter loop proper (see <see cref="Run"/>), under the last guard: a .NET
    /// exception escaping a C# call is a host bug (or a failed allocation), never a dead
    /// process. It becomes the current Python exception and unwinds from the instruction that
    /// was running, in the frame that was running. The guard stays out of
    /// <see cref="Interpret"/>: in a method with a handler, the JIT keeps the locals the
    /// handler can reach in memory, and the loop's state would be loaded and stored at every
    /// instruction.
    /// </summary>
    static PyObject? Loop(ThreadState ts, Frame entry, bool throwing)
    {
        Frame running = entry;
        var start = throwing ? LoopStart.Throw : LoopStart.Resume;
        while (true)
        {
            try
            {
                return Interpret(ts, entry, start, ref running);
            }
            catch (Exception e)
            {
                HostExceptionToPython(e);
                if (ts.CurrentFrame != running) ts.CurrentFrame = running;
                running.HostFaulted = true;
                start = LoopStart.HostFault;
            }
        }
    }

    /// <summary>
    /// Execute from <paramref name="running"/> until <paramref name="entry"/> returns or
    /// yields. <paramref name="running"/> follows the frame being executed, for the guard.
    /// </summary>
    static PyObject? Interpret(ThreadState ts, Frame entry, LoopStart start, ref Frame running)
    {
        Frame f = running;
        ushort[] instrs = f.Code.Instructions;
        PyObject[] consts = f.Code.Consts;
        StackRef[] s = f.Slots;
        int b = f.Base;
        int sp = f.StackPointer;
        int ip = f.InstrPtr;
        // Where the exception being handled was raised (set only on the error paths; the
        // current instruction is f.LastInstr).
        int raisedAt;
        int opcode, oparg;
        PyObject? res;
        // Statics the hot instructions compare with, read once (in ReadyToRun code every
        // static field read goes through a helper).
        PyObject pyTrue = PyBool.True, pyFalse = PyBool.False, pyNone = Py.None;
        PyType longType = PyLong.Type, floatType = PyFloat.Type, tupleType = PyTuple.Type, listType = PyList.Type;
        // The collector's request flag, read through a reference taken once (each read of
        // the static itself would call the ReadyToRun static-base helper).
        ref bool gcScheduled = ref Gc.Scheduled;
        bool subscrFailed = false;
        // The generator or coroutine a SEND or FOR_ITER resumes in this loop, and the value sent.
        PyGenBase inlineGen = null!;
        PyObject inlineArg = pyNone;
#if Py_DEBUG
        var stackCheck = new StackEffectCheck();
#endif

        // A .NET exception escaped the instruction at f.LastInstr (the guard made it the
        // current exception); the stack is as the instruction left it in f.StackPointer.
        if (start == LoopStart.HostFault) goto error;
        // gen.throw(): raise the exception at the point where the generator is suspended.
        if (start == LoopStart.Throw)
        {
            // The exception is raised by the instruction the frame is suspended after (the
            // YIELD_VALUE, whose handler in a `yield from` / `await` is CLEANUP_THROW).
            raisedAt = ip - 1;
            f.LastInstr = raisedAt;
            Instrumentation.MonitorThrow(ts, f, raisedAt);
            goto error_at;
        }

    next_instr:
#if Py_DEBUG
        stackCheck.Next(f, sp, ip);
#endif
        f.LastInstr = ip;
        // Kept current for the guard (and for the collector, which visits the stack to here).
        f.StackPointer = sp;
        int word = instrs[ip++];
        opcode = word & 0xff;
        oparg = word >> 8;
    dispatch_with_oparg:
#if Py_DEBUG
        InstructionCoverage.Reached[opcode] = true;
#endif
        switch (opcode)
        {
            case Op.EXTENDED_ARG:
                word = instrs[ip++];
                opcode = word & 0xff;
                oparg = (oparg << 8) | (word >> 8);
                goto dispatch_with_oparg;

            case Op.NOP:
            case Op.NOT_TAKEN:
            case Op.RESUME:
            case Op.RESUME_CHECK:
            case Op.CACHE:
                if (opcode == Op.RESUME && (ts.EvalBreaker || gcScheduled))
                {
                    // (A tool's events reach this code at its RESUME: run it again once instrumented.)
                    int st = Instrumentation.ResumeBreaker(ts, f);
                    if (st < 0) goto error;
                    if (st > 0) { ip = f.LastInstr; goto next_instr; }
                }
                break;

            // ---- locals ----
            case Op.LOAD_FAST:
                s[sp++] = s[b + oparg].Dup();
                break;
            case Op.LOAD_FAST_BORROW:
                s[sp++] = StackRef.FromBorrow(s[b + oparg].AsBorrowed);
                break;
            case Op.LOAD_FAST_CHECK:
                if (s[b + oparg].IsNull) { UnboundLocal(f.Code, oparg); goto error; }
                s[sp++] = s[b + oparg].Dup();
                break;
            case Op.LOAD_FAST_AND_CLEAR:
                s[sp++] = s[b + oparg];
                s[b + oparg] = default;
                break;
            case Op.LOAD_FAST_LOAD_FAST:
                s[sp++] = s[b + (oparg >> 4)].Dup();
                s[sp++] = s[b + (oparg & 15)].Dup();
                break;
            case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
                s[sp++] = StackRef.FromBorrow(s[b + (oparg >> 4)].AsBorrowed);
                s[sp++] = StackRef.FromBorrow(s[b + (oparg & 15)].AsBorrowed);
                break;
            case Op.STORE_FAST:
                {
                    var old = s[b + oparg];
                    s[b + oparg] = s[--sp];
                    s[sp] = default;
                    old.Close();
                    break;
                }
            case Op.STORE_FAST_LOAD_FAST:
                {
                    var old = s[b + (oparg >> 4)];
                    s[b + (oparg >> 4)] = s[--sp];
                    old.Close();
                    s[sp++] = s[b + (oparg & 15)].Dup();
                    break;
                }
            case Op.STORE_FAST_STORE_FAST:
                {
                    var old1 = s[b + (oparg >> 4)];
                    s[b + (oparg >> 4)] = s[--sp];
                    old1.Close();
                    var old2 = s[b + (oparg & 15)];
                    s[b + (oparg & 15)] = s[--sp];
                    s[sp] = default;
                    s[sp + 1] = default;
                    old2.Close();
                    break;
                }
            // ---- constants and stack ----
            case Op.LOAD_CONST:
                s[sp++] = StackRef.FromNew(consts[oparg]);
                break;
            case Op.LOAD_SMALL_INT:
                s[sp++] = StackRef.FromSteal(PyLong.FromLong(oparg));
                break;
            case Op.POP_TOP:
            case Op.END_FOR:
            case Op.POP_ITER:
                s[--sp].Close();
                s[sp] = default;
                break;
            case Op.PUSH_NULL:
                s[sp++] = default;
                break;
            case Op.COPY:
                s[sp] = s[sp - oparg].Dup();
                sp++;
                break;
            case Op.SWAP:
                (s[sp - 1], s[sp - oparg]) = (s[sp - oparg], s[sp - 1]);
                break;
            // ---- names ----
            // Module and class bodies: here rather than in ExecCold, as a loop at module level
            // runs them for every name it reads or assigns.
            case Op.LOAD_NAME:
                res = LoadName(f, f.Code.Names[oparg]);
                if (res == null) goto error;
                s[sp++] = StackRef.FromSteal(res);
                break;
            case Op.STORE_NAME:
                {
                    var v = s[--sp];
                    s[sp] = default;
                    var locals = f.Locals;
                    int err = locals == null ? NoLocals("storing", f.Code.Names[oparg]) : MappingSet(locals, f.Code.Names[oparg], v.AsBorrowed);
                    v.Close();
                    if (err < 0) goto error;
                    break;
                }
            case Op.LOAD_GLOBAL:
                res = LoadGlobalCached(f, f.Code, oparg >> 1);
                if (res == null) goto error;
                s[sp++] = StackRef.FromSteal(res);
                if ((oparg & 1) != 0) s[sp++] = default;
                ip += Op.INLINE_CACHE_ENTRIES_LOAD_GLOBAL;
                break;
            // ---- cells ----
            case Op.LOAD_DEREF:
                {
                    // Checked casts here and below: a code object made from arbitrary bytes may hold anything there.
                    var cell = (PyCell)s[b + oparg].AsBorrowed;
                    if (cell.Ref == null) { UnboundDeref(f.Code, oparg); goto error; }
                    s[sp++] = StackRef.FromNew(cell.Ref);
                    break;
                }
            // ---- attributes ----
            case Op.LOAD_ATTR:
                {
                    var owner = s[sp - 1];
                    var name = f.Code.Names[oparg >> 1];
                    if ((oparg & 1) != 0)
                    {
                        // Method form: push the unbound function and self when the attribute
                        // is a plain method, else the attribute and NULL.
                        var o = owner.AsBorrowed;
                        if (LoadAttrMethodCached(f.Code, instrs, ip, o) is { } cachedMethod)
                        {
                            s[sp - 1] = StackRef.FromNew(cachedMethod);
                            s[sp++] = owner;
                            ip += Op.INLINE_CACHE_ENTRIES_LOAD_ATTR;
                            break;
                        }
                        if (LoadAttrModuleCached(f.Code, instrs, ip, o) is { } cachedAttr)
                        {
                            owner.Close();
                            s[sp - 1] = StackRef.FromNew(cachedAttr);
                            s[sp++] = default;
                            ip += Op.INLINE_CACHE_ENTRIES_LOAD_ATTR;
                            break;
                        }
                        var meth = MethodLookup.Get(o, name, out bool isUnbound);
                        if (meth == null) goto error;
                        LoadAttrMiss(f.Code, instrs, ip, o, name, method: true);
                        if (isUnbound)
                        {
                            s[sp - 1] = StackRef.FromSteal(meth);
                            s[sp++] = owner;
                        }
                        else
                        {
                            owner.Close();
                            s[sp - 1] = StackRef.FromSteal(meth);
                            s[sp++] = default;
                        }
                    }
                    else
                    {
                        var o = owner.AsBorrowed;
                        if ((LoadAttrInstanceValue(instrs, ip, o) ?? LoadAttrModuleCached(f.Code, instrs, ip, o)) is { } cached) res = Py.NewRef(cached);
                        else
                        {
                            res = Abstract.GetAttr(o, name);
                            if (res == null) goto error;
                            if (o is PyInstance or PyModule) LoadAttrMiss(f.Code, instrs, ip, o, name, method: false);
                        }
                        owner.Close();
                        s[sp - 1] = StackRef.FromSteal(res);
                    }
                    ip += Op.INLINE_CACHE_ENTRIES_LOAD_ATTR;
                    break;
                }
            case Op.STORE_ATTR:
                {
                    var owner = s[sp - 1];
                    var v = s[sp - 2];
                    var o = owner.AsBorrowed;
                    int err = 0;
                    if (!StoreAttrInstanceValue(instrs, ip, o, v.AsBorrowed))
                    {
                        var name = f.Code.Names[oparg];
                        err = Abstract.SetAttr(o, name, v.AsBorrowed);
                        if (err == 0 && o is PyInstance) StoreAttrMiss(instrs, ip, o, name);
                    }
                    owner.Close();
                    v.Close();
                    s[--sp] = default;
                    s[--sp] = default;
                    if (err < 0) goto error;
                    ip += Op.INLINE_CACHE_ENTRIES_STORE_ATTR;
                    break;
                }
            // ---- operators ----
            case Op.BINARY_OP:
                {
                    var rhs = s[--sp];
                    var lhs = s[sp - 1];
                    s[sp] = default;
                    if (BothSmallInts(longType, lhs.AsBorrowed, rhs.AsBorrowed, out long bx, out long by))
                        res = IntFastPaths.Binary(bx, by, oparg);
                    else if (oparg == NbOp.SUBSCR)
                        res = SubscrFast(lhs.AsBorrowed, rhs.AsBorrowed, out subscrFailed);
                    else res = FloatFastPaths.Binary(floatType, lhs.AsBorrowed, rhs.AsBorrowed, oparg);
                    if (res == null && !subscrFailed) res = Abstract.BinaryOp(lhs.AsBorrowed, rhs.AsBorrowed, oparg);
                    subscrFailed = false;
                    lhs.Close();
                    rhs.Close();
                    if (res == null) { s[sp - 1] = default; sp--; goto error; }
                    s[sp - 1] = StackRef.FromSteal(res);
                    ip += Op.INLINE_CACHE_ENTRIES_BINARY_OP;
                    break;
                }
            case Op.UNARY_NOT:
                s[sp - 1] = StackRef.FromBorrow(s[sp - 1].AsBorrowed == pyTrue ? pyFalse : pyTrue);
                break;
            case Op.TO_BOOL:
                {
                    var v = s[sp - 1];
                    int t = Abstract.IsTrue(v.AsBorrowed);
                    v.Close();
                    if (t < 0) { s[--sp] = default; goto error; }
                    s[sp - 1] = StackRef.FromBorrow(t != 0 ? pyTrue : pyFalse);
                    ip += Op.INLINE_CACHE_ENTRIES_TO_BOOL;
                    break;
                }
            case Op.COMPARE_OP:
                {
                    var rhs = s[--sp];
                    var lhs = s[sp - 1];
                    s[sp] = default;
                    if (BothSmallInts(longType, lhs.AsBorrowed, rhs.AsBorrowed, out long cx, out long cy))
                        res = IntFastPaths.Compare(cx, cy, (CompareOp)(oparg >> 5)) ? pyTrue : pyFalse;
                    else if (lhs.AsBorrowed.ob_type == floatType && rhs.AsBorrowed.ob_type == floatType)
                        res = PyFloat.CompareValues(Unsafe.As<PyFloat>(lhs.AsBorrowed).Value, Unsafe.As<PyFloat>(rhs.AsBorrowed).Value, (CompareOp)(oparg >> 5)) ? pyTrue : pyFalse;
                    else res = Abstract.RichCompare(lhs.AsBorrowed, rhs.AsBorrowed, (CompareOp)(oparg >> 5));
                    lhs.Close();
                    rhs.Close();
                    if (res == null) { s[--sp] = default; goto error; }
                    if ((oparg & 16) != 0 && res != pyTrue && res != pyFalse)
                    {
                        int t = Abstract.IsTrue(res);
                        Py.DECREF(res);
                        if (t < 0) { s[--sp] = default; goto error; }
                        res = t != 0 ? pyTrue : pyFalse;
                    }
                    s[sp - 1] = StackRef.FromSteal(res);
                    ip += Op.INLINE_CACHE_ENTRIES_COMPARE_OP;
                    break;
                }
            case Op.IS_OP:
                {
                    var rhs = s[--sp];
                    var lhs = s[sp - 1];
                    s[sp] = default;
                    bool same = lhs.AsBorrowed == rhs.AsBorrowed;
                    lhs.Close();
                    rhs.Close();
                    s[sp - 1] = StackRef.FromBorrow(same ^ (oparg != 0) ? pyTrue : pyFalse);
                    break;
                }
            case Op.CONTAINS_OP:
                {
                    var rhs = s[--sp];
                    var lhs = s[sp - 1];
                    s[sp] = default;
                    int r = Abstract.Contains(rhs.AsBorrowed, lhs.AsBorrowed);
                    lhs.Close();
                    rhs.Close();
                    if (r < 0) { s[--sp] = default; goto error; }
                    s[sp - 1] = StackRef.FromBorrow((r != 0) ^ (oparg != 0) ? pyTrue : pyFalse);
                    ip += Op.INLINE_CACHE_ENTRIES_CONTAINS_OP;
                    break;
                }

            // ---- subscripts and slices ----
            case Op.STORE_SUBSCR:
                {
                    var sub = s[sp - 1];
                    var container = s[sp - 2];
                    var v = s[sp - 3];
                    int err = StoreSubscrFast(container.AsBorrowed, sub.AsBorrowed, v.AsBorrowed);
                    if (err == 0) err = Abstract.SetItem(container.AsBorrowed, sub.AsBorrowed, v.AsBorrowed);
                    sub.Close(); container.Close(); v.Close();
                    s[--sp] = default; s[--sp] = default; s[--sp] = default;
                    if (err < 0) goto error;
                    ip += Op.INLINE_CACHE_ENTRIES_STORE_SUBSCR;
                    break;
                }
            case Op.UNPACK_SEQUENCE:
                {
                    // UNPACK_SEQUENCE_TUPLE / _LIST: an exact tuple or list of the right length.
                    var seq = s[sp - 1];
                    var o = seq.AsBorrowed;
                    PyObject[] items;
                    int n;
                    if (o.ob_type == tupleType) { items = Unsafe.As<PyTuple>(o).Items; n = items.Length; }
                    else if (o.ob_type == listType) { items = Unsafe.As<PyList>(o).Items; n = Unsafe.As<PyList>(o).Count; }
                    else goto default;
                    if (n != oparg || n == 0) goto default;
                    ip += Op.INLINE_CACHE_ENTRIES_UNPACK_SEQUENCE;
                    int stored = 0;
                    if (o.ob_type == tupleType)
                    {
                        // Fused with the STORE_FASTs that take the items, item 0 first (see
                        // StackEffectCheck.FusedStores): each goes straight into its local. The tuple,
                        // owned by its stack slot until the end, holds the items not stored yet
                        // while an old value's __del__ runs.
                        seq = seq.MakeOwned();
                        while (stored < n)
                        {
                            int w = instrs[ip];
                            if ((w & 0xff) == Op.STORE_FAST)
                            {
                                var old = s[b + (w >> 8)];
                                s[b + (w >> 8)] = StackRef.FromNew(items[stored++]);
                                old.Close();
                            }
                            else if ((w & 0xff) == Op.STORE_FAST_STORE_FAST && stored + 1 < n)
                            {
                                var old = s[b + (w >> 12)];
                                s[b + (w >> 12)] = StackRef.FromNew(items[stored++]);
                                old.Close();
                                old = s[b + ((w >> 8) & 15)];
                                s[b + ((w >> 8) & 15)] = StackRef.FromNew(items[stored++]);
                                old.Close();
                            }
                            else break;
                            ip++;
                        }
                    }
                    sp--;
                    if (stored < n) Unpack.ExactItems(items, stored, n, s, sp);
                    else s[sp] = default;
                    sp += n - stored;
                    seq.Close();
                    break;
                }
            // ---- building ----
            case Op.LIST_APPEND:
                {
                    var v = s[--sp];
                    s[sp] = default;
                    ((PyList)s[sp - oparg].AsBorrowed).AppendSteal(v.AsSteal());
                    break;
                }
            // ---- formatting (f-strings) ----
            // ---- jumps ----
            case Op.JUMP_FORWARD:
                ip += oparg;
                break;
            case Op.JUMP_BACKWARD:
                ip = ip + Op.INLINE_CACHE_ENTRIES_JUMP_BACKWARD - oparg;
                if ((ts.EvalBreaker || gcScheduled) && Signals.HandlePending() < 0) goto error;
                break;
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
                ip -= oparg;
                break;
            case Op.POP_JUMP_IF_FALSE:
                {
                    var v = s[--sp];
                    s[sp] = default;
                    ip += Op.INLINE_CACHE_ENTRIES_POP_JUMP_IF_FALSE;
                    if (v.AsBorrowed == pyFalse) ip += oparg;
                    break;
                }
            case Op.POP_JUMP_IF_TRUE:
                {
                    var v = s[--sp];
                    s[sp] = default;
                    ip += Op.INLINE_CACHE_ENTRIES_POP_JUMP_IF_TRUE;
                    if (v.AsBorrowed == pyTrue) ip += oparg;
                    break;
                }
            case Op.POP_JUMP_IF_NONE:
            case Op.POP_JUMP_IF_NOT_NONE:
                {
                    var v = s[--sp];
                    s[sp] = default;
                    bool isNone = v.AsBorrowed == pyNone;
                    v.Close();
                    ip += Op.INLINE_CACHE_ENTRIES_POP_JUMP_IF_NONE; // as many as POP_JUMP_IF_NOT_NONE's
                    if (isNone == (opcode == Op.POP_JUMP_IF_NONE)) ip += oparg;
                    break;
                }

            // ---- iteration ----
            case Op.GET_ITER:
                {
                    var v = s[sp - 1];
                    res = Abstract.GetIter(v.AsBorrowed);
                    v.Close();
                    if (res == null) { s[--sp] = default; goto error; }
                    s[sp - 1] = StackRef.FromSteal(res);
                    break;
                }
            case Op.FOR_ITER:
            case Op.INSTRUMENTED_FOR_ITER:
                {
                    var it = s[sp - 1].AsBorrowed;
                    // FOR_ITER_GEN: a generator's frame runs in this loop.
                    if (opcode == Op.FOR_ITER && it.GetType() == typeof(PyGen) && Unsafe.As<PyGen>(it).CanResumeInline(null)
                        && ts.PyRecursionDepth < ts.PyRecursionLimit)
                    {
                        ip += Op.INLINE_CACHE_ENTRIES_FOR_ITER;
                        f.GenReturnOffset = oparg + 1; // exhausted: past the END_FOR at the target
                        f.GenResumedByForIter = true;
                        inlineGen = Unsafe.As<PyGen>(it);
                        inlineArg = pyNone;
                        goto resume_gen_inline;
                    }
                    // FOR_ITER_RANGE / _LIST / _TUPLE: the iterator's own next, called directly.
                    // (Each test is `x.GetType() == typeof(T)`, a method-table compare: through a local
                    // Type variable the compiler calls GetType and materializes the Type objects.)
                    if (it.GetType() == typeof(PyRangeIter)) res = PyRangeIter.Next(it);
                    else if (it.GetType() == typeof(PyListIter)) res = PyListIter.Next(it);
                    else if (it.GetType() == typeof(PyTupleIter)) res = PyTupleIter.Next(it);
                    // A generator expression's `.0`, replaced through f_locals, may be no iterator.
                    else if (it.ob_type.tp_iternext is not { } iternext)
                    {
                        Errors.SetString(PyExc.TypeError, $"'{it.ob_type.tp_name}' object is not an iterator");
                        goto error;
                    }
                    else res = iternext(it);
                    ip += Op.INLINE_CACHE_ENTRIES_FOR_ITER;
                    if (res == null)
                    {
                        if (Errors.Occurred())
                        {
                            if (!Errors.ExceptionMatches(PyExc.StopIteration)) goto error;
                            Instrumentation.MonitorRaise(ts, f, ip - 1 - Op.INLINE_CACHE_ENTRIES_FOR_ITER);
                            Errors.Clear();
                        }
                        // Exhausted: skip the END_FOR at the target; POP_ITER pops the iterator.
                        ip += oparg + 1;
                        break;
                    }
                    int next = instrs[ip];
                    if (opcode == Op.FOR_ITER && (next & 0xff) == Op.STORE_FAST)
                    {
                        // Fused with the loop variable's STORE_FAST (see StackEffectCheck.FusedStores).
                        ip++;
                        var old = s[b + (next >> 8)];
                        s[b + (next >> 8)] = StackRef.FromSteal(res);
                        old.Close();
                        break;
                    }
                    s[sp++] = StackRef.FromSteal(res);
                    if (opcode == Op.INSTRUMENTED_FOR_ITER)
                    {
                        // Into the loop's body: BRANCH_LEFT (its end is INSTRUMENTED_POP_ITER's BRANCH_RIGHT).
                        int forIter = ip - 1 - Op.INLINE_CACHE_ENTRIES_FOR_ITER;
                        f.StackPointer = sp;
                        if (Instrumentation.Branch(ts, f, forIter, Instrumentation.BRANCH_LEFT, forIter, ip) < 0) goto error;
                    }
                    break;
                }
            // ---- calls ----
            case Op.CALL:
            case Op.CALL_KW:
                {
                    PyTuple? kwnames = null;
                    StackRef kwnamesRef = default;
                    if (opcode == Op.CALL_KW)
                    {
                        kwnamesRef = s[--sp];
                        s[sp] = default;
                        kwnames = (PyTuple)kwnamesRef.AsBorrowed;
                    }
                    int nargs = oparg;
                    int callableIndex = sp - nargs - 2;
                    var callable = s[callableIndex];
                    var selfOrNull = s[callableIndex + 1];
                    int argsStart = callableIndex + 2;
                    if (!selfOrNull.IsNull)
                    {
                        argsStart--;
                        nargs++;
                    }
                    ip += Op.INLINE_CACHE_ENTRIES_CALL; // as many as CALL_KW's
                    var callee = callable.AsBorrowed;
                    // (GetType: PyFunction and PyType are sealed, and an exact type test needs no cast helper.)
                    PyFunction? pyFunc = null;
                    PyObject? initSelf = null;
                    if (callee.GetType() == typeof(PyFunction)) pyFunc = Unsafe.As<PyFunction>(callee);
                    else if (callee.GetType() == typeof(PyType) && selfOrNull.IsNull
                             && (pyFunc = Unsafe.As<PyType>(callee).InitForInlineCall()) != null)
                    {
                        // CALL_ALLOC_AND_ENTER_INIT: a plain class's instance, allocated as object.__new__
                        // does, becomes __init__'s first argument in the NULL slot under the arguments;
                        // the frame keeps one more reference to return it (see Frame.InitSelf).
                        var type = Unsafe.As<PyType>(callee);
                        initSelf = type.tp_alloc!(type);
                        if (initSelf == null) { kwnamesRef.Close(); goto error; }
                        Py.INCREF(initSelf);
                        s[callableIndex + 1] = StackRef.FromSteal(initSelf);
                        argsStart--;
                        nargs++;
                    }
                    if (pyFunc != null)
                    {
                        // Python-to-Python: the arguments move into the new frame's locals (a generator
                        // function's frame runs to its RETURN_GENERATOR, which moves them into the generator).
                        var args = new ReadOnlySpan<StackRef>(s, argsStart, nargs);
                        var newFrame = FrameSetup.PushFrameForCall(ts, pyFunc, args, kwnames, argsAreBorrowed: false);
                        for (int i = argsStart; i < argsStart + nargs; i++) s[i] = default;
                        kwnamesRef.Close();
                        callable.Close();
                        s[callableIndex] = default;
                        s[callableIndex + 1] = default;
                        sp = callableIndex;
                        if (newFrame == null) { Py.XDECREF(initSelf); goto error; }
                        newFrame.InitSelf = initSelf;
                        if (ts.PyRecursionDepth + 1 > ts.PyRecursionLimit)
                        {
                            FrameSetup.ClearFrame(ts, newFrame);
                            Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded");
                            goto error;
                        }
                        ts.PyRecursionDepth++;
                        f.StackPointer = sp;
                        f.InstrPtr = ip;
                        newFrame.Previous = f;
                        ts.CurrentFrame = newFrame;
                        f = newFrame;
                        running = f;
                        instrs = f.Code.Instructions; consts = f.Code.Consts;
                        s = f.Slots; b = f.Base; sp = f.StackPointer; ip = 0;
                        break;
                    }
                    f.StackPointer = sp;
                    if (callee.GetType() == typeof(PyCFunction))
                    {
                        var cf = Unsafe.As<PyCFunction>(callee);
                        var interp = Interpreter.Current;
                        if (callee == interp.CallableLen && nargs == 1 && kwnames == null)
                        {
                            // CALL_LEN
                            long len = Abstract.Length(s[argsStart].AsBorrowed);
                            res = len < 0 ? null : PyLong.FromLong(len);
                        }
                        else if (callee == interp.CallableIsInstance && nargs == 2 && kwnames == null)
                        {
                            // CALL_ISINSTANCE
                            int r = TypeChecks.IsInstance(s[argsStart].AsBorrowed, s[argsStart + 1].AsBorrowed);
                            res = r < 0 ? null : Py.NewBool(r != 0);
                        }
                        else
                        {
                            // CALL_BUILTIN_*: the implementation itself, without tp_call. (No stack
                            // check here: every way from C# back into Python checks it.)
                            res = Calls.CheckFunctionResult(ts, callee, cf.Impl(cf.Self, new ReadOnlySpan<StackRef>(s, argsStart, nargs), kwnames));
                        }
                    }
                    else if (callee.GetType() == typeof(PyMethodDescr) && nargs - (kwnames?.Count ?? 0) >= 1
                             && s[argsStart].AsBorrowed.ob_type == Unsafe.As<PyMethodDescr>(callee).Owner)
                    {
                        // CALL_METHOD_DESCRIPTOR_*: a builtin type's method on an instance of exactly that type.
                        var md = Unsafe.As<PyMethodDescr>(callee);
                        res = Calls.CheckFunctionResult(ts, callee, md.Impl(s[argsStart].AsBorrowed, new ReadOnlySpan<StackRef>(s, argsStart + 1, nargs - 1), kwnames));
                    }
                    else res = Calls.Call(ts, callee, new ReadOnlySpan<StackRef>(s, argsStart, nargs), kwnames);
                    for (int i = argsStart; i < argsStart + nargs; i++) { s[i].Close(); s[i] = default; }
                    kwnamesRef.Close();
                    callable.Close();
                    s[callableIndex + 1] = default;
                    sp = callableIndex;
                    if (res == null) { s[callableIndex] = default; goto error; }
                    s[sp++] = StackRef.FromSteal(res);
                    // CHECK_EVAL_BREAKER after a call that is not Python-to-Python: a signal the
                    // callee raised (os.kill, _thread.interrupt_main) runs its handler now.
                    if ((ts.EvalBreaker || gcScheduled) && Signals.HandlePending() < 0) goto error;
                    break;
                }
            // ---- imports ----
            // ---- returns and generators ----
            case Op.SEND:
                {
                    // SEND_GEN: a generator's or coroutine's frame runs in this loop.
                    var receiver = s[sp - 2].AsBorrowed;
                    if ((receiver.GetType() == typeof(PyGen) || receiver.GetType() == typeof(PyCoro)) && Unsafe.As<PyGenBase>(receiver).CanResumeInline(s[sp - 1].AsBorrowed)
                        && ts.PyRecursionDepth < ts.PyRecursionLimit)
                    {
                        ip += Op.INLINE_CACHE_ENTRIES_SEND;
                        f.GenReturnOffset = oparg; // returned: to the END_SEND at the target
                        f.GenResumedByForIter = false;
                        inlineGen = Unsafe.As<PyGenBase>(receiver);
                        inlineArg = s[sp - 1].AsBorrowed;
                        goto resume_gen_inline;
                    }
                    goto default;
                }
            case Op.RETURN_VALUE:
                {
                    var retval = s[--sp].MakeOwned();
                    s[sp] = default;
                    f.StackPointer = sp;
                    var returning = f;
                    if (returning.Owner != null) Unsafe.As<PyGenBase>(returning.Owner).MarkFinished();
                    var initSelf = returning.InitSelf;
                    if (initSelf != null) returning.InitSelf = null;
                    FrameSetup.ClearFrame(ts, returning);
                    if (returning == entry) return retval.AsBorrowed;
                    ts.PyRecursionDepth--;
                    f = returning.Previous!;
                    FrameSetup.ReleaseFrame(ts, returning);
                    ts.CurrentFrame = f;
                    running = f;
                    instrs = f.Code.Instructions; consts = f.Code.Consts;
                    s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
                    if (initSelf != null)
                    {
                        // EXIT_INIT_CHECK: the class call returns the instance.
                        if (retval.AsBorrowed != pyNone)
                        {
                            SlotDefs.InitReturnedNotNone(retval.AsBorrowed);
                            retval.Close();
                            Py.DECREF(initSelf);
                            goto error;
                        }
                        retval.Close();
                        retval = StackRef.FromSteal(initSelf);
                    }
                    if (returning.Owner != null)
                    {
                        // A generator this frame's SEND or FOR_ITER resumed returned.
                        Unsafe.As<PyGenBase>(returning.Owner).EndInlineResumeFinished(ts);
                        if (f.GenResumedByForIter)
                        {
                            // As gen_iternext: a value other than None is a StopIteration that FOR_ITER ends the loop on.
                            if (retval.AsBorrowed != pyNone)
                            {
                                PyGenBase.SetStopIterationValue(retval.AsSteal());
                                Instrumentation.MonitorRaise(ts, f, ip - 1 - Op.INLINE_CACHE_ENTRIES_FOR_ITER);
                                Errors.Clear();
                            }
                            ip += f.GenReturnOffset;
                            break;
                        }
                        s[sp - 1].Close();
                        s[sp - 1] = retval;
                        ip += f.GenReturnOffset;
                        break;
                    }
                    s[sp++] = retval;
                    break;
                }
            case Op.RETURN_GENERATOR:
                {
                    f.InstrPtr = ip;
                    f.StackPointer = sp;
                    var gen = PyGenBase.FromFrame(ts, f);
                    var returning = f;
                    FrameSetup.ClearFrame(ts, returning);
                    if (returning == entry) return gen;
                    ts.PyRecursionDepth--;
                    f = returning.Previous!;
                    FrameSetup.ReleaseFrame(ts, returning);
                    ts.CurrentFrame = f;
                    running = f;
                    instrs = f.Code.Instructions; consts = f.Code.Consts;
                    s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
                    s[sp++] = StackRef.FromSteal(gen);
                    break;
                }
            case Op.YIELD_VALUE:
                {
                    // The frame was resumed from C# (send, next) as the entry frame, or by a SEND or
                    // FOR_ITER of the frame below it in this loop.
                    var v = s[--sp].MakeOwned();
                    s[sp] = default;
                    f.StackPointer = sp;
                    f.InstrPtr = ip;
                    var yielding = Unsafe.As<PyGenBase>(f.Owner!);
                    // oparg 1: the yield of a `yield from` / `await` loop (its subiterator is on the stack).
                    yielding.State = oparg == 0 ? GenState.Suspended : GenState.SuspendedYieldFrom;
                    if (f == entry) return v.AsBorrowed;
                    yielding.EndInlineResumeYielded(ts);
                    ts.PyRecursionDepth--;
                    f = f.Previous!;
                    ts.CurrentFrame = f;
                    running = f;
                    instrs = f.Code.Instructions; consts = f.Code.Consts;
                    s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
                    if (f.GenResumedByForIter) s[sp++] = v;
                    else
                    {
                        // SEND: the yielded value replaces the sent one.
                        s[sp - 1].Close();
                        s[sp - 1] = v;
                    }
                    break;
                }
            // ---- instrumentation: only in code a sys.monitoring tool instruments (Instrumentation.cs) ----
            case Op.INSTRUMENTED_RESUME:
                {
                    int st = Instrumentation.Resume(ts, f, ip - 1, oparg);
                    if (st < 0) goto error;
                    if (st > 0) { ip--; goto next_instr; }
                    opcode = Op.RESUME;
                    goto dispatch_with_oparg;
                }
            case Op.INSTRUMENTED_LINE:
                opcode = Instrumentation.Line(ts, f, ip - 1);
                if (opcode >= 0) goto dispatch_with_oparg;
            line_or_jump_failed:
                if (opcode != Instrumentation.Jumped) goto error;
                // A trace function set f_lineno: the stack is cut to the target's.
                ip = f.InstrPtr;
                sp = f.StackPointer;
                goto next_instr;
            case Op.INSTRUMENTED_INSTRUCTION:
                opcode = Instrumentation.Instruction(ts, f, ip - 1);
                if (opcode < 0) goto error;
                goto dispatch_with_oparg;
            case Op.INSTRUMENTED_RETURN_VALUE:
            case Op.INSTRUMENTED_YIELD_VALUE:
                if (Instrumentation.Return(ts, f, ip - 1, opcode == Op.INSTRUMENTED_YIELD_VALUE, s[sp - 1].AsBorrowed) < 0) goto error;
                opcode = opcode == Op.INSTRUMENTED_YIELD_VALUE ? Op.YIELD_VALUE : Op.RETURN_VALUE;
                goto dispatch_with_oparg;
            case Op.INSTRUMENTED_JUMP_FORWARD:
            case Op.INSTRUMENTED_JUMP_BACKWARD:
            case Op.INSTRUMENTED_POP_JUMP_IF_FALSE:
            case Op.INSTRUMENTED_POP_JUMP_IF_TRUE:
            case Op.INSTRUMENTED_POP_JUMP_IF_NONE:
            case Op.INSTRUMENTED_POP_JUMP_IF_NOT_NONE:
            case Op.INSTRUMENTED_NOT_TAKEN:
                opcode = Instrumentation.Jump(ts, f, ip - 1, opcode, oparg, sp);
                if (opcode >= 0) goto dispatch_with_oparg;
                goto line_or_jump_failed;
            case Op.INSTRUMENTED_CALL:
            case Op.INSTRUMENTED_CALL_KW:
                {
                    f.StackPointer = sp;
                    int st = Instrumentation.Call(ts, f, ip - 1, opcode, oparg);
                    sp = f.StackPointer;
                    if (st < 0) goto error;
                    if (st == 0)
                    {
                        opcode = opcode == Op.INSTRUMENTED_CALL ? Op.CALL : Op.CALL_KW;
                        goto dispatch_with_oparg;
                    }
                    ip += Op.INLINE_CACHE_ENTRIES_CALL;
                    break;
                }
            case Op.INSTRUMENTED_POP_ITER:
                // The loop ended: BRANCH_RIGHT from its FOR_ITER to after this instruction.
                f.StackPointer = sp;
                if (Instrumentation.Branch(ts, f, ip - 1, Instrumentation.BRANCH_RIGHT, f.Code.Monitoring!.Previous[ip - 1], ip) < 0) goto error;
                opcode = Op.POP_ITER;
                goto dispatch_with_oparg;
            case Op.INSTRUMENTED_END_FOR:
                if (Instrumentation.EndSend(ts, f, ip - 1, s[sp - 2].AsBorrowed, s[sp - 1].AsBorrowed) < 0) goto error;
                opcode = Op.END_FOR;
                goto dispatch_with_oparg;
            case Op.INSTRUMENTED_END_SEND:
                if (Instrumentation.EndSend(ts, f, ip - 1, s[sp - 2].AsBorrowed, s[sp - 1].AsBorrowed) < 0) goto error;
                opcode = Op.END_SEND;
                goto dispatch_with_oparg;
            case Op.INSTRUMENTED_CALL_FUNCTION_EX:
                f.StackPointer = sp;
                if (Instrumentation.CallFunctionEx(ts, f, ip - 1) < 0) { sp = f.StackPointer; goto error; }
                sp = f.StackPointer;
                break;
            // ---- exceptions ----
            // The rest: listed so the switch stays one dense jump table.
            case Op.DELETE_FAST:
            case Op.LOAD_COMMON_CONSTANT:
            case Op.END_SEND:
            case Op.DELETE_NAME:
            case Op.STORE_GLOBAL:
            case Op.DELETE_GLOBAL:
            case Op.LOAD_LOCALS:
            case Op.LOAD_FROM_DICT_OR_GLOBALS:
            case Op.MAKE_CELL:
            case Op.COPY_FREE_VARS:
            case Op.STORE_DEREF:
            case Op.DELETE_DEREF:
            case Op.LOAD_FROM_DICT_OR_DEREF:
            case Op.LOAD_SUPER_ATTR:
            case Op.INSTRUMENTED_LOAD_SUPER_ATTR:
            case Op.DELETE_ATTR:
            case Op.LOAD_SPECIAL:
            case Op.UNARY_NEGATIVE:
            case Op.UNARY_INVERT:
            case Op.DELETE_SUBSCR:
            case Op.BUILD_SLICE:
            case Op.BINARY_SLICE:
            case Op.STORE_SLICE:
            case Op.BUILD_TUPLE:
            case Op.BUILD_LIST:
            case Op.BUILD_SET:
            case Op.SET_ADD:
            case Op.SET_UPDATE:
            case Op.BUILD_MAP:
            case Op.BUILD_STRING:
            case Op.LIST_EXTEND:
            case Op.MAP_ADD:
            case Op.DICT_UPDATE:
            case Op.DICT_MERGE:
            case Op.UNPACK_EX:
            case Op.CONVERT_VALUE:
            case Op.FORMAT_SIMPLE:
            case Op.FORMAT_WITH_SPEC:
            case Op.GET_YIELD_FROM_ITER:
            case Op.MATCH_MAPPING:
            case Op.MATCH_SEQUENCE:
            case Op.MATCH_KEYS:
            case Op.MATCH_CLASS:
            case Op.GET_LEN:
            case Op.CALL_FUNCTION_EX:
            case Op.CALL_INTRINSIC_1:
            case Op.CALL_INTRINSIC_2:
            case Op.MAKE_FUNCTION:
            case Op.SET_FUNCTION_ATTRIBUTE:
            case Op.LOAD_BUILD_CLASS:
            case Op.IMPORT_NAME:
            case Op.IMPORT_FROM:
            case Op.CLEANUP_THROW:
            case Op.RAISE_VARARGS:
            case Op.RERAISE:
            case Op.PUSH_EXC_INFO:
            case Op.POP_EXCEPT:
            case Op.CHECK_EXC_MATCH:
            case Op.CHECK_EG_MATCH:
            case Op.WITH_EXCEPT_START:
            case Op.SETUP_ANNOTATIONS:
            default:
                {
                    f.StackPointer = sp;
                    // RERAISE moves f.LastInstr back to the original raise; its handler is
                    // still looked up from the RERAISE itself.
                    int at = f.LastInstr;
                    int st = ExecCold(ts, f, opcode, oparg);
                    sp = f.StackPointer;
                    if (st < 0)
                    {
                        if (st == ColdError) goto error;
                        raisedAt = at;
                        Instrumentation.MonitorReraise(ts, f, at);
                        goto exception_unwind;
                    }
                    ip += st;
                    break;
                }
        }
        goto next_instr;

    resume_gen_inline:
        {
            // SEND_GEN / FOR_ITER_GEN: the sender continues at ip when the generator yields, and
            // GenReturnOffset past it when the generator returns.
            f.StackPointer = sp;
            f.InstrPtr = ip;
            var genFrame = inlineGen.BeginInlineResume(ts, inlineArg);
            ts.PyRecursionDepth++;
            genFrame.Previous = f;
            ts.CurrentFrame = genFrame;
            f = genFrame;
            running = f;
            instrs = f.Code.Instructions; consts = f.Code.Consts;
            s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
            goto next_instr;
        }

    error:
        raisedAt = f.LastInstr;
    error_at:
        // A new exception: record where it happened in the traceback.
        Tracebacks.Here(ts, f, raisedAt);
        Instrumentation.MonitorRaise(ts, f, raisedAt);
    exception_unwind:
#if Py_DEBUG
        stackCheck.Forget();
#endif
        f.StackPointer = sp;
        ip = UnwindToHandler(ts, f, raisedAt);
        if (ip >= 0)
        {
            sp = f.StackPointer;
            goto next_instr;
        }
        // No handler here: the frame is cleared; unwind in the caller.
        if (f == entry) return null;
        ts.PyRecursionDepth--;
        var unwound = f;
        f = f.Previous!;
        ts.CurrentFrame = f;
        running = f;
        instrs = f.Code.Instructions; consts = f.Code.Consts;
        s = f.Slots; b = f.Base; sp = f.StackPointer; ip = f.InstrPtr;
        if (unwound.Owner != null)
        {
            // A generator this frame's SEND or FOR_ITER resumed raised: the error is the SEND's
            // or FOR_ITER's (which ends its loop on a StopIteration).
            Unsafe.As<PyGenBase>(unwound.Owner).EndInlineResumeFinished(ts);
            if (f.GenResumedByForIter && Errors.ExceptionMatches(PyExc.StopIteration))
            {
                Instrumentation.MonitorRaise(ts, f, ip - 1 - Op.INLINE_CACHE_ENTRIES_FOR_ITER);
                Errors.Clear();
                ip += f.GenReturnOffset;
                goto next_instr;
            }
        }
        goto error;
    }

    static bool ThrownByBigInteger(Exception e)
    {
        var trace = new System.Diagnostics.StackTrace(e);
        for (int i = 0; i < 2 && i < trace.FrameCount; i++)
            if (trace.GetFrame(i)?.GetMethod()?.DeclaringType == typeof(System.Numerics.BigInteger)) return true;
        return false;
    }

    /// <summary>Set the Python exception for a .NET exception caught by the eval loop's last guard.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void HostExceptionToPython(Exception e)
    {
        Errors.Clear();
        switch (e)
        {
            // BigInteger throws OverflowException past its size limit: an allocation that cannot be made.
            case OutOfMemoryException:
            case OverflowException when ThrownByBigInteger(e):
                Errors.NoMemory();
                break;
            case InsufficientExecutionStackException:
                Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded");
                break;
            default:
                Errors.SetString(PyExc.SystemError, $"internal error in sharpy: {e.GetType().FullName}: {e.Message}");
                break;
        }
    }

    /// <summary>
    /// Unwind <paramref name="f"/> to the handler of the exception raised at
    /// <paramref name="thisInstr"/>: pop the stack to the handler's depth, push lasti (if the
    /// handler wants it) and the exception, and return the handler's target. With no handler,
    /// clear the frame (marking its generator finished) and return -1. The stack pointer is
    /// read from and written to <c>f.StackPointer</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int UnwindToHandler(ThreadState ts, Frame f, int thisInstr)
    {
        var code = f.Code;
        var s = f.Slots;
        int sp = f.StackPointer;
        // Bytecode that is not the compiler's may fault again in its handler, for ever: a frame
        // of it that faulted is unwound without its handlers.
        int handlerIndex = f.HostFaulted && code.ArbitraryBytecode ? -1 : FindHandler(code, thisInstr);
        if (handlerIndex >= 0)
        {
            var h = code.ExceptionTable[handlerIndex];
            int level = f.Base + code.NLocalsPlus + h.Depth;
            while (sp > level) { s[--sp].Close(); s[sp] = default; }
            if (h.Lasti) s[sp++] = StackRef.FromSteal(PyLong.FromLong(f.LastInstr));
            var exc = Errors.GetRaisedException()!;
            s[sp++] = StackRef.FromSteal(exc);
            f.StackPointer = sp;
            // A failing EXCEPTION_HANDLED callback raises from the handler's start, as CPython.
            if (Instrumentation.MonitorHandled(ts, f, thisInstr, h.Target, exc) < 0) return UnwindToHandler(ts, f, h.Target - 1);
            return h.Target;
        }
        f.StackPointer = sp;
        Instrumentation.MonitorUnwind(ts, f, thisInstr);
        if (f.Owner is PyGenBase gen) gen.MarkFinished();
        FrameSetup.ClearFrame(ts, f);
        return -1;
    }

    static int FindHandler(PyCode code, int instr)
    {
        var table = code.ExceptionTable;
        for (int i = 0; i < table.Length; i++)
            if (instr >= table[i].Start && instr < table[i].End) return i;
        return -1;
    }
}
