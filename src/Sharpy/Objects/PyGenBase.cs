using System;
using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>gi_frame_state (Include/internal/pycore_frame.h): where a generator's frame is.</summary>
public enum GenState : byte
{
    Created,
    Suspended,
    /// <summary>Suspended inside `yield from` / `await`: the subiterator is on top of the frame's stack.</summary>
    SuspendedYieldFrom,
    Executing,
    Completed,
    Cleared,
}

/// <summary>
/// What generators, coroutines and async generators share (Objects/genobject.c's
/// PyGenObject): a frame that lives outside the data stack, resumed by send/throw/close.
/// Resuming is a C#-to-Python call: the sent value is pushed as a new reference, and the
/// caller's own reference lives until the call returns (DESIGN invariant 3).
/// </summary>
public abstract class PyGenBase : PyObject, IWeakReferenceable
{
    public Frame? GenFrame;
    public GenState State;
    public readonly ExceptionStackItem ExcState = new();
    public PyObject Name, QualName;
    /// <summary>gi_code: kept after the frame is gone.</summary>
    public readonly PyCode Code;
    public PyWeakReference? WeakRefList { get; set; }

    protected PyGenBase(PyType type, Frame frame, PyObject name, PyObject qualName) : base(type)
    {
        GenFrame = frame;
        Code = Py.NewRef(frame.Code);
        Name = Py.NewRef(name);
        QualName = Py.NewRef(qualName);
    }

    /// <summary>"generator", "coroutine" or "async generator", for messages.</summary>
    internal abstract string KindName { get; }

    internal bool IsFinished => State >= GenState.Completed;
    bool IsSuspended => State is GenState.Suspended or GenState.SuspendedYieldFrom;

    /// <summary>RETURN_GENERATOR: move a function's frame into a new generator, coroutine or async generator.</summary>
    public static PyGenBase FromFrame(ThreadState ts, Frame f)
    {
        var code = f.Code;
        var slots = new StackRef[code.FrameSize];
        int n = f.StackPointer - f.Base;
        for (int i = 0; i < n; i++)
        {
            var r = f.Slots[f.Base + i];
            slots[i] = r.IsNull ? default : r.MakeOwned(); // a generator's frame outlives the call
            f.Slots[f.Base + i] = default;
        }
        var gf = new Frame
        {
            Code = Py.NewRef(code),
            Func = Py.XNewRef(f.Func),
            Globals = Py.NewRef(f.Globals),
            Builtins = Py.NewRef(f.Builtins),
            Locals = Py.XNewRef(f.Locals),
            Slots = slots,
            Base = 0,
            StackPointer = n,
            InstrPtr = f.InstrPtr,
            LastInstr = f.InstrPtr,
            OnDataStack = false,
        };
        var func = f.Func as PyFunction;
        var name = func?.Name ?? code.Name;
        var qualName = func?.QualName ?? code.QualName;
        // cr_origin starts at the caller: this frame is the coroutine's own, not yet begun.
        PyGenBase gen = (code.Flags & PyCode.CO_COROUTINE) != 0 ? PyCoro.New(ts, gf, name, qualName, f.Previous)
            : (code.Flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? new PyAsyncGen(gf, name, qualName)
            : new PyGen(gf, name, qualName);
        gf.Owner = gen;
        f.StackPointer = f.Base;
        return gen;
    }

    /// <summary>Called by the eval loop when the generator's frame returns or raises out.</summary>
    internal void MarkFinished() => State = GenState.Completed;

    /// <summary>
    /// gen_send_ex2: resume with <paramref name="arg"/> (null from __next__), or raise the current
    /// exception in the frame when <paramref name="exc"/>. Next: result is the yielded value;
    /// Return: result is the return value (null when __next__ finished with None); Error: an
    /// exception is set (or, with a null arg, none: a finished generator's __next__).
    /// </summary>
    public PySendResult SendEx(PyObject? arg, bool exc, out PyObject? result, bool closing = false)
    {
        result = null;
        if (State == GenState.Created && arg != null && arg != Py.None)
        {
            Errors.SetString(PyExc.TypeError, $"can't send non-None value to a just-started {KindName}");
            return PySendResult.Error;
        }
        if (State == GenState.Executing)
        {
            Errors.SetString(PyExc.ValueError, $"{KindName} already executing");
            return PySendResult.Error;
        }
        if (IsFinished || GenFrame == null)
        {
            if (this is PyCoro && !closing)
                Errors.SetString(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
            else if (arg != null && !exc)
            {
                result = Py.None;
                return PySendResult.Return;
            }
            return PySendResult.Error;
        }
        var ts = ThreadState.Current;
        var f = GenFrame;
        f.Slots[f.StackPointer++] = StackRef.FromNew(arg ?? Py.None);
        ExcState.Previous = ts.ExcInfo;
        ts.ExcInfo = ExcState;
        if (exc && ExcState.ExcValue != null)
        {
            // _PyErr_ChainStackItem: the exception the generator was handling becomes the context.
            var thrown = Errors.GetRaisedException()!;
            Errors.SetHandledContext(thrown);
            Errors.SetRaisedException(thrown);
        }
        var before = State;
        State = GenState.Executing;
        Py.INCREF(this);
        var r = EvalLoop.Resume(ts, f, exc);
        ts.ExcInfo = ExcState.Previous!;
        ExcState.Previous = null;
        if (State == GenState.Executing)
        {
            // The frame never ran (recursion limit): it stays as it was.
            State = before;
            f.Slots[--f.StackPointer].Close();
            f.Slots[f.StackPointer] = default;
            Py.DECREF(this);
            return PySendResult.Error;
        }
        if (r != null && IsSuspended)
        {
            Py.DECREF(this);
            result = r;
            return PySendResult.Next;
        }
        ReleaseFrame();
        Py.CLEAR(ref ExcState.ExcValue);
        Py.DECREF(this);
        if (r == null) return PySendResult.Error;
        if (r == Py.None && this is not PyAsyncGen && arg == null)
        {
            // __next__ of a generator that returned None: exhausted, no StopIteration needed.
            Py.DECREF(r);
            return PySendResult.Return;
        }
        result = r;
        return PySendResult.Return;
    }

    /// <summary>
    /// Whether the eval loop may run this frame in its own loop for a SEND of <paramref name="arg"/>
    /// (null: FOR_ITER): a resumption that SendEx would neither refuse nor treat specially.
    /// </summary>
    internal bool CanResumeInline(PyObject? arg)
        => GenFrame != null && (State is GenState.Suspended or GenState.SuspendedYieldFrom
                                || (State == GenState.Created && (arg == null || arg == Py.None)));

    /// <summary>SendEx's entry half, for a resumption in the eval loop: the frame to run, the sent value pushed.</summary>
    internal Frame BeginInlineResume(ThreadState ts, PyObject arg)
    {
        var f = GenFrame!;
        f.Slots[f.StackPointer++] = StackRef.FromNew(arg);
        ExcState.Previous = ts.ExcInfo;
        ts.ExcInfo = ExcState;
        State = GenState.Executing;
        Py.INCREF(this);
        return f;
    }

    /// <summary>SendEx's exit half after an inline resumption that yielded.</summary>
    internal void EndInlineResumeYielded(ThreadState ts)
    {
        ts.ExcInfo = ExcState.Previous!;
        ExcState.Previous = null;
        Py.DECREF(this);
    }

    /// <summary>SendEx's exit half after an inline resumption that returned or raised (the frame is cleared).</summary>
    internal void EndInlineResumeFinished(ThreadState ts)
    {
        ts.ExcInfo = ExcState.Previous!;
        ExcState.Previous = null;
        ReleaseFrame();
        Py.CLEAR(ref ExcState.ExcValue);
        Py.DECREF(this);
    }

    /// <summary>gen_send_ex: the result in Python's protocol; a return raises StopIteration(value) (StopAsyncIteration for async generators).</summary>
    internal PyObject? SendPy(PyObject? arg, bool exc, bool closing = false)
    {
        var status = SendEx(arg, exc, out var r, closing);
        if (status != PySendResult.Return) return r;
        if (this is PyAsyncGen)
        {
            Py.XDECREF(r);
            Errors.SetObject(PyExc.StopAsyncIteration, null);
        }
        else if (r == null || r == Py.None)
        {
            Py.XDECREF(r);
            Errors.SetObject(PyExc.StopIteration, null);
        }
        else SetStopIterationValue(r);
        return null;
    }

    /// <summary>am_send (PyGen_am_send): one resumption, in the PyIter_Send protocol.</summary>
    internal static PySendResult AmSend(PyObject self, PyObject value, out PyObject? result)
        => ((PyGenBase)self).SendEx(value, false, out result);

    /// <summary>gen_iternext: exhaustion with a None result is null without an exception.</summary>
    internal PyObject? IterNext()
    {
        var status = SendEx(null, false, out var r);
        if (status == PySendResult.Return)
        {
            if (r != null && r != Py.None) SetStopIterationValue(r);
            else Py.XDECREF(r);
            return null;
        }
        return r;
    }

    void ReleaseFrame()
    {
        var f = GenFrame;
        if (f == null) return;
        GenFrame = null;
        Py.DECREF(f.Code);
    }

    /// <summary>_PyGen_SetStopIterationValue: raise StopIteration(value), stealing <paramref name="value"/>.</summary>
    internal static void SetStopIterationValue(PyObject value)
    {
        if (value == Py.None) Errors.SetObject(PyExc.StopIteration, null);
        else
        {
            var t = PyTuple.Pack(value);
            Errors.SetObject(PyExc.StopIteration, t);
            Py.DECREF(t);
        }
        Py.DECREF(value);
    }

    /// <summary>_PyGen_yf: the subiterator of a `yield from` / `await` the frame is suspended in (new reference), else null.</summary>
    internal PyObject? YieldFrom()
    {
        if (State != GenState.SuspendedYieldFrom || GenFrame == null) return null;
        var f = GenFrame;
        return Py.NewRef(f.Slots[f.StackPointer - 1].AsBorrowed);
    }

    /// <summary>gen_close_iter: close the subiterator being delegated to.</summary>
    static int CloseIter(PyObject yf)
    {
        PyObject? retval;
        if (yf is PyGen or PyCoro)
        {
            retval = ((PyGenBase)yf).Close();
            if (retval == null) return -1;
        }
        else
        {
            if (Abstract.LookupAttr(yf, PyUnicode.Intern("close"), out var meth) < 0)
                Interpreter.WriteUnraisable("in", yf);
            if (meth == null) return 0;
            retval = Calls.CallNoArgs(meth);
            Py.DECREF(meth);
            if (retval == null) return -1;
        }
        Py.DECREF(retval);
        return 0;
    }

    /// <summary>
    /// gen_close: raise GeneratorExit at the suspension point. Returns the value the generator
    /// returned while closing (None usually), or null with an exception set.
    ///
    /// A generator suspended in `yield from` (or `await`) first closes its delegate, and a
    /// delegate that is a generator or coroutine does the same (gen_close_iter), which CPython
    /// does recursively. The eval loop builds delegation chains of any depth without recursing
    /// in C#, so here the chain is walked down to the first generator that closes by itself,
    /// and each generator above it then finishes closing with its delegate's outcome.
    /// </summary>
    public PyObject? Close()
    {
        List<(PyGenBase Gen, PyObject Delegate)>? pending = null;
        var gen = this;
        PyObject? result;
        while (true)
        {
            if (gen.CloseTrivially(out result)) break;
            if (gen.State != GenState.SuspendedYieldFrom)
            {
                result = gen.FinishClose(0);
                break;
            }
            var f = gen.GenFrame!;
            var yf = Py.NewRef(f.Slots[f.StackPointer - 1].AsBorrowed);
            gen.State = GenState.Executing;
            if (yf is PyGen or PyCoro)
            {
                (pending ??= []).Add((gen, yf));
                gen = (PyGenBase)yf;
                continue;
            }
            int err = CloseIter(yf);
            gen.State = GenState.SuspendedYieldFrom;
            Py.DECREF(yf);
            result = gen.FinishClose(err);
            break;
        }
        for (int i = (pending?.Count ?? 0) - 1; i >= 0; i--)
        {
            var (outer, yf) = pending![i];
            int err = result == null ? -1 : 0;
            Py.XDECREF(result);
            outer.State = GenState.SuspendedYieldFrom;
            Py.DECREF(yf);
            result = outer.FinishClose(err);
        }
        return result;
    }

    /// <summary>The cases of gen_close with nothing to run: not started, finished, or running (ValueError).</summary>
    bool CloseTrivially(out PyObject? result)
    {
        result = Py.None;
        if (State == GenState.Created)
        {
            ClearSuspendedFrame();
            State = GenState.Cleared;
            return true;
        }
        if (IsFinished || GenFrame == null) return true;
        if (State == GenState.Executing)
        {
            Errors.SetString(PyExc.ValueError, $"{KindName} already executing");
            result = null;
            return true;
        }
        return false;
    }

    /// <summary>The rest of gen_close once the delegate (if any) is closed: <paramref name="err"/> is -1 when closing it raised.</summary>
    PyObject? FinishClose(int err)
    {
        var f = GenFrame;
        if (f == null) return err == 0 ? Py.None : null;
        // A yield inside no try block but the generated StopIteration handler: nothing can run,
        // so the frame is cleared without raising GeneratorExit in it.
        // (The plain instruction: a monitored frame's may be INSTRUMENTED_RESUME; a tool wanting
        // PY_UNWIND sees the frame unwind, gh-140373.)
        var code = f.Code.Co.Code;
        int at = f.InstrPtr;
        if (code[2 * at] == Op.RESUME && (code[2 * at + 1] & ResumeDepth1Mask) != 0 && !Instrumentation.WantsEvent(Instrumentation.PY_UNWIND))
        {
            State = GenState.Completed;
            ClearSuspendedFrame();
            Py.CLEAR(ref ExcState.ExcValue);
            return Py.None;
        }
        if (err == 0) Errors.SetObject(PyExc.GeneratorExit, null);
        var status = SendEx(Py.None, true, out var r, closing: true);
        if (status == PySendResult.Return) return r ?? Py.None;
        if (status == PySendResult.Next)
        {
            Py.DECREF(r!);
            Errors.SetString(PyExc.RuntimeError, $"{KindName} ignored GeneratorExit");
            return null;
        }
        if (Errors.ExceptionMatches(PyExc.GeneratorExit))
        {
            Errors.Clear();
            return Py.None;
        }
        return null;
    }

    /// <summary>RESUME_OPARG_DEPTH1_MASK: the RESUME after a yield whose only enclosing try is the generated one.</summary>
    const int ResumeDepth1Mask = 4;

    /// <summary>gen_throw's argument handling: throw(value) or the deprecated throw(type[, value[, tb]]).</summary>
    internal PyObject? ThrowArgs(ReadOnlySpan<StackRef> args, PyTuple? kwnames, string fname)
    {
        if (!ParseThrowArgs(args, kwnames, fname, out var typ, out var val, out var tb)) return null;
        return Throw(true, typ, val, tb);
    }

    internal static bool ParseThrowArgs(ReadOnlySpan<StackRef> args, PyTuple? kwnames, string fname, out PyObject typ, out PyObject? val, out PyObject? tb)
    {
        typ = null!;
        val = tb = null;
        if (kwnames != null && kwnames.Count > 0)
        {
            Errors.SetString(PyExc.TypeError, $"{fname}() takes no keyword arguments");
            return false;
        }
        if (args.Length < 1 || args.Length > 3)
        {
            Errors.SetString(PyExc.TypeError, args.Length < 1
                ? $"{fname} expected at least 1 argument, got {args.Length}"
                : $"{fname} expected at most 3 arguments, got {args.Length}");
            return false;
        }
        if (args.Length > 1 && Warnings.WarnEx(PyExc.DeprecationWarning, $"the (type, exc, tb) signature of {fname}() is deprecated, use the single-arg signature instead.", 1) < 0)
            return false;
        typ = args[0].AsBorrowed;
        if (args.Length > 1) val = args[1].AsBorrowed;
        if (args.Length > 2) tb = args[2].AsBorrowed;
        return true;
    }

    /// <summary>
    /// _gen_throw: throw into the subiterator first when suspended in `yield from` / `await`
    /// (closing it instead for GeneratorExit when <paramref name="closeOnGenExit"/>), else raise
    /// at the suspension point.
    ///
    /// CPython recurses once per generator or coroutine in the delegation chain; the eval loop
    /// builds chains of any depth without recursing in C#, so here the chain is walked down, each
    /// frame linked in (for complete tracebacks) and marked running as the recursion would leave
    /// it, to the first delegate that takes the exception by itself. Then, from the bottom up,
    /// each generator is unlinked and, when its delegate raised, the exception is raised at its
    /// own suspension point; a yielded value passes up unchanged.
    /// </summary>
    internal PyObject? Throw(bool closeOnGenExit, PyObject typ, PyObject? val, PyObject? tb)
    {
        List<(PyGenBase Gen, PyObject Delegate, GenState Saved, Frame? Prev)>? pending = null;
        var ts = ThreadState.Current;
        var gen = this;
        PyObject? ret;
        while (true)
        {
            var yf = gen.YieldFrom();
            if (yf == null)
            {
                ret = gen.ThrowHere(typ, val, tb);
                break;
            }
            var saved = gen.State;
            if (Raise.GivenExceptionMatches(typ, PyExc.GeneratorExit) && closeOnGenExit)
            {
                // Async generators are not closed at once: they may await in their finally blocks.
                gen.State = GenState.Executing;
                int err = CloseIter(yf);
                gen.State = saved;
                Py.DECREF(yf);
                ret = err < 0 ? gen.SendPy(Py.None, true) : gen.ThrowHere(typ, val, tb);
                break;
            }
            PyObject? meth = null;
            if (yf is not (PyGen or PyCoro))
            {
                int found = Abstract.LookupAttr(yf, PyUnicode.Intern("throw"), out meth);
                if (found <= 0)
                {
                    Py.DECREF(yf);
                    ret = found == 0 ? gen.ThrowHere(typ, val, tb) : null;
                    break;
                }
            }
            // Link this frame in, so the traceback through the subiterator is complete.
            var prev = ts.CurrentFrame;
            gen.GenFrame!.Previous = prev;
            ts.CurrentFrame = gen.GenFrame;
            gen.State = GenState.Executing;
            if (meth == null)
            {
                (pending ??= []).Add((gen, yf, saved, prev));
                gen = (PyGenBase)yf;
                continue;
            }
            ret = val == null ? Calls.CallOneArg(meth, typ)
                : tb == null ? Calls.CallTwoArgs(meth, typ, val)
                : Calls.CallArgs(meth, typ, val, tb);
            Py.DECREF(meth);
            gen.Unlink(saved, prev);
            Py.DECREF(yf);
            // The subiterator raised (StopIteration included): raise it at the suspension point,
            // where CLEANUP_THROW takes a StopIteration's value as the result.
            if (ret == null) ret = gen.SendPy(Py.None, true);
            break;
        }
        for (int i = (pending?.Count ?? 0) - 1; i >= 0; i--)
        {
            var (outer, yf, saved, prev) = pending![i];
            outer.Unlink(saved, prev);
            Py.DECREF(yf);
            if (ret == null) ret = outer.SendPy(Py.None, true);
        }
        return ret;
    }

    /// <summary>Undo _gen_throw's linking of this frame in while its subiterator took the exception.</summary>
    void Unlink(GenState saved, Frame? prev)
    {
        State = saved;
        ThreadState.Current.CurrentFrame = prev;
        GenFrame!.Previous = null;
    }

    /// <summary>The `throw_here` half of _gen_throw: normalize the arguments and raise in the frame.</summary>
    PyObject? ThrowHere(PyObject typ, PyObject? val, PyObject? tb)
    {
        if (tb == Py.None) tb = null;
        else if (tb != null && tb is not PyTraceBack)
            return Errors.SetString(PyExc.TypeError, "throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && Abstract.IsSubtype(t, PyExc.BaseException))
        {
            PyObject? made;
            if (val != null && Abstract.IsSubtype(val.ob_type, t)) made = Py.NewRef(val);
            else if (val == null || val == Py.None) made = Calls.CallNoArgs(t);
            else if (val is PyTuple vt) made = Calls.CallTuple(t, vt);
            else made = Calls.CallOneArg(t, val);
            // As PyErr_NormalizeException: when making the instance fails, the error from
            // that is what the generator receives.
            if (made == null) return SendPy(Py.None, true);
            if (made is not PyBaseException be)
            {
                Errors.SetString(PyExc.TypeError, $"calling {Abstract.ReprString(t)} should have returned an instance of BaseException, not {made.ob_type.tp_name}");
                Py.DECREF(made);
                return SendPy(Py.None, true);
            }
            exc = be;
        }
        else if (typ is PyBaseException inst)
        {
            if (val != null && val != Py.None)
                return Errors.SetString(PyExc.TypeError, "instance exception may not have a separate value");
            exc = (PyBaseException)Py.NewRef(inst);
        }
        else
            return Errors.SetString(PyExc.TypeError, $"exceptions must be classes or instances deriving from BaseException, not {typ.ob_type.tp_name}");
        if (tb != null) Py.SETREF(ref exc.Traceback, Py.NewRef(tb));
        Errors.SetRaisedException(exc);
        return SendPy(Py.None, true);
    }

    void ClearSuspendedFrame()
    {
        var f = GenFrame;
        if (f == null) return;
        var ts = ThreadState.Current;
        FrameSetup.ClearFrame(ts, f);
        ReleaseFrame();
    }

    /// <summary>
    /// _PyGen_Finalize: a suspended generator that dies is closed (its finally blocks run); a
    /// coroutine that never started warns; an async generator goes to its finalizer hook.
    /// </summary>
    internal static void FinalizeGen(PyObject self)
    {
        var g = (PyGenBase)self;
        if (g.IsFinished || g.GenFrame == null) return;
        var saved = Errors.GetRaisedException();
        if (g is PyAsyncGen ag && ag.Finalizer != null && !ag.Closed)
        {
            var res = Calls.CallOneArg(ag.Finalizer, g);
            if (res == null) Interpreter.WriteUnraisable("while finalizing generator", g);
            else Py.DECREF(res);
        }
        else if (g is PyCoro && g.State == GenState.Created)
        {
            Warnings.WarnUnawaitedCoroutine(g, ((PyUnicode)g.QualName).Value);
            g.ClearSuspendedFrame();
            g.State = GenState.Cleared;
        }
        else
        {
            var res = g.Close();
            if (res == null) Interpreter.WriteUnraisable("while closing generator", g);
            else Py.DECREF(res);
        }
        Errors.SetRaisedException(saved);
    }

    /// <summary>gi_frame / cr_frame / ag_frame: the frame object while the frame exists, else None.</summary>
    internal PyObject GetFrame() => GenFrame == null || IsFinished ? Py.None : FrameObjects.Get(GenFrame);

    internal PyObject GetSuspended() => Py.NewBool(IsSuspended);
    internal PyObject GetRunning() => Py.NewBool(State == GenState.Executing);
    internal PyObject GetYieldFrom() => YieldFrom() ?? Py.None;

    internal int SetName(PyObject? value, bool qualified)
    {
        if (value is not PyUnicode name)
        {
            Errors.SetString(PyExc.TypeError, qualified ? "__qualname__ must be set to a string object" : "__name__ must be set to a string object");
            return -1;
        }
        var old = qualified ? QualName : Name;
        Py.INCREF(name);
        if (qualified) QualName = name;
        else Name = name;
        Py.DECREF(old);
        return 0;
    }

    internal PyObject? ReprAs(string typeName)
        => PyUnicode.FromString($"<{typeName} object {((PyUnicode)QualName).Value} at 0x{Interpreter.IdOf(this):x}>");

    protected internal override void ReleaseReferences()
    {
        ClearSuspendedFrame();
        Py.CLEAR(ref ExcState.ExcValue);
        Py.DECREF(Name);
        Py.DECREF(QualName);
        Py.DECREF(Code);
    }

    protected internal override void Clear() => ClearSuspendedFrame();

    protected internal override void Traverse(Visitor visit)
    {
        var f = GenFrame;
        if (f != null)
        {
            for (int i = 0; i < f.StackPointer; i++)
                if (!f.Slots[i].IsNull) visit(f.Slots[i].AsBorrowed);
            if (f.Func != null) visit(f.Func);
            // The frame owns its globals, builtins and locals mapping (CPython's borrows the first
            // two from the function) and its frame object: a generator whose globals hold it is a cycle.
            visit(f.Globals);
            visit(f.Builtins);
            if (f.Locals != null) visit(f.Locals);
            if (f.FrameObject != null) visit(f.FrameObject);
        }
        if (ExcState.ExcValue != null) visit(ExcState.ExcValue);
    }
}
