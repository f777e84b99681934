using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `generator` (Objects/genobject.c). Owns a frame that lives outside the data stack.
/// send() is a C#-to-Python call: the sent value is pushed as a new reference and the
/// caller's own reference lives until send returns.
/// </summary>
[PyType("generator")]
public sealed partial class PyGen : PyObject, IWeakReferenceable
{
    public Frame? GenFrame;
    public bool Running;
    public bool Started;
    public bool Finished;
    public readonly ExceptionStackItem ExcState = new();
    public PyObject Name, QualName;
    /// <summary>gi_code: kept after the frame is gone.</summary>
    public readonly PyCode Code;
    public PyWeakReference? WeakRefList { get; set; }

    PyGen(Frame frame, PyObject name, PyObject qualName) : base(Type)
    {
        GenFrame = frame;
        Code = Py.NewRef(frame.Code);
        Name = Py.NewRef(name);
        QualName = Py.NewRef(qualName);
    }

    /// <summary>RETURN_GENERATOR: move a function's frame into a new generator.</summary>
    public static PyGen FromFrame(ThreadState ts, Frame f)
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
        var gen = new PyGen(gf, func?.Name ?? code.Name, func?.QualName ?? code.QualName);
        gf.Owner = gen;
        f.StackPointer = f.Base;
        return gen;
    }

    /// <summary>Called by the eval loop when the generator's frame returns or raises out.</summary>
    internal void MarkFinished(ThreadState ts) => Finished = true;

    public const int Yielded = 0, Returned = 1, Error = -1;

    /// <summary>
    /// gen_send_ex2: resume with <paramref name="value"/> (or raise the current exception in the
    /// generator when <paramref name="throwing"/>). Yielded: result is the yielded value;
    /// Returned: result is the return value; Error: an exception is set.
    /// </summary>
    public int SendEx(PyObject? value, bool throwing, out PyObject? result)
    {
        result = null;
        if (Running)
        {
            Errors.SetString(PyExc.ValueError, "generator already executing");
            return Error;
        }
        if (Finished || GenFrame == null)
        {
            if (throwing) return Error;
            result = Py.NewRef(PyNone.None);
            return Returned;
        }
        if (!Started && value != null && value != PyNone.None && !throwing)
        {
            Errors.SetString(PyExc.TypeError, "can't send non-None value to a just-started generator");
            return Error;
        }
        var ts = ThreadState.Current;
        var f = GenFrame;
        if (!throwing) f.Slots[f.StackPointer++] = StackRef.FromNew(value ?? PyNone.None);
        Started = true;
        Running = true;
        ExcState.Previous = ts.ExcInfo;
        ts.ExcInfo = ExcState;
        Py.INCREF(this);
        var r = EvalLoop.Resume(ts, f, throwing);
        ts.ExcInfo = ExcState.Previous!;
        ExcState.Previous = null;
        Running = false;
        if (Finished)
        {
            ReleaseFrame();
            Py.CLEAR(ref ExcState.ExcValue);
        }
        Py.DECREF(this);
        if (r == null) return Error;
        result = r;
        return Finished ? Returned : Yielded;
    }

    void ReleaseFrame()
    {
        var f = GenFrame;
        if (f == null) return;
        GenFrame = null;
        Py.DECREF(f.Code);
    }

    /// <summary>The `send` result turned into Python's protocol: a return raises StopIteration(value).</summary>
    public PyObject? Send(PyObject value)
    {
        int status = SendEx(value, false, out var r);
        if (status == Returned)
        {
            SetStopIteration(r!);
            return null;
        }
        return r;
    }

    internal static void SetStopIteration(PyObject value)
    {
        if (value == PyNone.None) Errors.SetObject(PyExc.StopIteration, null);
        else
        {
            var t = PyTuple.Pack(value);
            Errors.SetObject(PyExc.StopIteration, t);
            Py.DECREF(t);
        }
        Py.DECREF(value);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    /// <summary>gen_iternext: exhaustion with a None result is null without an exception.</summary>
    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject self)
    {
        var g = (PyGen)self;
        int status = g.SendEx(PyNone.None, false, out var r);
        if (status == Returned)
        {
            if (r == PyNone.None) { Py.DECREF(r); return null; }
            SetStopIteration(r!);
            return null;
        }
        return r;
    }

    [PyMethod("send")]
    static PyObject? SendMethod(PyGen self, PyObject value) => self.Send(value);

    [PyMethod("close")]
    static PyObject? CloseMethod(PyGen self) => self.Close() < 0 ? null : Py.NewRef(PyNone.None);

    /// <summary>gen.close(): raise GeneratorExit inside; a yield in response is a RuntimeError.</summary>
    public int Close()
    {
        if (Finished || GenFrame == null || !Started)
        {
            if (!Started && GenFrame != null) { ClearSuspendedFrame(); Finished = true; }
            return 0;
        }
        Errors.SetObject(PyExc.GeneratorExit, null);
        int status = SendEx(null, true, out var r);
        if (status == Yielded)
        {
            Py.DECREF(r!);
            Errors.SetString(PyExc.RuntimeError, "generator ignored GeneratorExit");
            return -1;
        }
        if (status == Returned)
        {
            Py.DECREF(r!);
            return 0;
        }
        if (Errors.ExceptionMatches(PyExc.StopIteration) || Errors.ExceptionMatches(PyExc.GeneratorExit))
        {
            Errors.Clear();
            return 0;
        }
        return -1;
    }

    /// <summary>gen.throw(exc): raise inside the generator at its yield.</summary>
    [PyMethod("throw")]
    static PyObject? ThrowMethod(PyGen self, PyObject typ, PyObject? val = null, PyObject? tb = null)
    {
        PyObject? exc = typ;
        if (typ is PyType t && Abstract.IsSubtype(t, PyExc.BaseException))
        {
            exc = val == null || val == PyNone.None ? Calls.CallNoArgs(t) : Calls.CallOneArg(t, val);
            if (exc == null) return null;
        }
        else if (typ is PyBaseException) Py.INCREF(typ);
        else return Errors.SetString(PyExc.TypeError, $"exceptions must be classes or instances deriving from BaseException, not {typ.ob_type.tp_name}");
        Errors.SetRaisedException((PyBaseException)exc);
        if (self.Finished || self.GenFrame == null || !self.Started && !self.Finished && self.FinishUnstartedForThrow()) return null;
        int status = self.SendEx(null, true, out var r);
        if (status == Returned)
        {
            SetStopIteration(r!);
            return null;
        }
        return r;
    }

    /// <summary>throw() into a generator that never started: it finishes without running.</summary>
    bool FinishUnstartedForThrow()
    {
        ClearSuspendedFrame();
        Finished = true;
        return true;
    }

    void ClearSuspendedFrame()
    {
        var f = GenFrame;
        if (f == null) return;
        var ts = ThreadState.Current;
        FrameSetup.ClearFrame(ts, f);
        ReleaseFrame();
    }

    /// <summary>_PyGen_Finalize: a suspended generator that dies is closed (its finally blocks run).</summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject self)
    {
        var g = (PyGen)self;
        if (g.Finished || g.GenFrame == null) return;
        if (!g.Started)
        {
            g.ClearSuspendedFrame();
            g.Finished = true;
            return;
        }
        if (g.Close() < 0) Interpreter.WriteUnraisable("while finalizing generator", g);
    }

    [PyGetter("__name__")] static PyObject? GetName(PyGen g) => Py.NewRef(g.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyGen g) => Py.NewRef(g.QualName);
    [PyGetter("gi_running")] static PyObject? GetRunning(PyGen g) => Py.NewBool(g.Running);
    [PyGetter("gi_suspended")] static PyObject? GetSuspended(PyGen g) => Py.NewBool(g.Started && !g.Running && !g.Finished);
    [PyGetter("gi_code")] static PyObject? GetCode(PyGen g) => Py.NewRef(g.Code);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var g = (PyGen)self;
        return PyUnicode.FromString($"<generator object {((PyUnicode)g.QualName).Value} at 0x{Interpreter.IdOf(g):x}>");
    }

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
        }
        if (ExcState.ExcValue != null) visit(ExcState.ExcValue);
    }
}

/// <summary>The SEND instruction: one step of `yield from` / `await` on any iterator.</summary>
public static class GenOps
{
    public const int Yielded = PyGen.Yielded, Returned = PyGen.Returned;

    public static int Send(PyObject receiver, PyObject value, out PyObject? result)
    {
        if (receiver is PyGen g) return g.SendEx(value, false, out result);
        if (value == PyNone.None && receiver.ob_type.tp_iternext != null)
            result = receiver.ob_type.tp_iternext(receiver);
        else
            result = Calls.CallMethod(receiver, "send", value);
        if (result != null) return Yielded;
        if (Errors.ExceptionMatches(PyExc.StopIteration))
        {
            var exc = Errors.GetRaisedException()!;
            result = EvalLoop.StopIterationValue(exc);
            Py.DECREF(exc);
            return Returned;
        }
        if (Errors.Occurred()) return PyGen.Error;
        result = Py.NewRef(PyNone.None);
        return Returned;
    }
}
