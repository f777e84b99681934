using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `frame` (Objects/frameobject.c): the Python view of a <see cref="Frame"/>, made on demand
/// (<see cref="FrameObjects.Get"/>). While the frame runs (or its generator is suspended) the
/// object reads the frame itself; when the frame ends while the object is still referenced,
/// the object takes over what CPython's take_ownership copies: the locals, the last position,
/// the locals mapping and the link to the caller's frame object.
/// </summary>
[PyType("frame")]
public sealed partial class PyFrameObject : PyObject
{
    /// <summary>The frame while it exists; null once it has finished.</summary>
    public Frame? Frame;
    /// <summary>The instruction index (code units) when the frame finished (f_lasti, and f_lineno from it, once the frame is gone).</summary>
    public int Lasti;
    public PyCode Code;
    /// <summary>f_back of a finished frame (linked when it finished); null while it runs.</summary>
    public PyFrameObject? Back;
    public PyDict? Globals;
    public PyObject? Builtins;
    /// <summary>The LOAD_NAME mapping of a finished module or class frame.</summary>
    public PyObject? LocalsMapping;
    /// <summary>
    /// The finished frame's locals, cells and free variables, taken over when the frame ended
    /// while this object was still referenced (CPython's take_ownership): a traceback keeps a
    /// frame's locals alive, with the lifetimes CPython gives them.
    /// </summary>
    public StackRef[]? OwnedLocals;
    /// <summary>Keys written through f_locals that name no variable of the code (PEP 667).</summary>
    public PyDict? ExtraLocals;
    /// <summary>
    /// Values f_locals replaced in fast locals (f_overwritten_fast_locals), owned: kept while
    /// the frame object lives, as the running code may still hold them borrowed.
    /// </summary>
    public System.Collections.Generic.List<PyObject>? OverwrittenLocals;
    /// <summary>f_trace: the local trace function, owned.</summary>
    public PyObject? Trace;
    public bool TraceLines = true, TraceOpcodes;

    public PyFrameObject(Frame frame) : base(Type)
    {
        Frame = frame;
        Code = Py.NewRef(frame.Code);
        Globals = Py.NewRef(frame.Globals);
        Builtins = Py.NewRef(frame.Builtins);
    }

    /// <summary>The locals-plus slots (locals, cells, free variables): the frame's own, or those taken over.</summary>
    internal Span<StackRef> LocalsPlus
        => Frame is { } f ? f.Slots.AsSpan(f.Base, Code.NLocalsPlus) : OwnedLocals.AsSpan();

    /// <summary>The frame is running on this thread's stack now (not finished, not a suspended generator).</summary>
    internal bool IsExecuting
    {
        get
        {
            if (Frame is not { } f) return false;
            for (var c = ThreadState.Current.CurrentFrame; c != null; c = c.Previous)
                if (c == f) return true;
            return false;
        }
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Code);
        Py.CLEAR(ref Back);
        Py.CLEAR(ref Globals);
        Py.CLEAR(ref Builtins);
        Py.CLEAR(ref LocalsMapping);
        Py.CLEAR(ref Trace);
        Py.CLEAR(ref ExtraLocals);
        ReleaseOverwrittenLocals();
        ReleaseOwnedLocals();
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Trace);
        Py.CLEAR(ref ExtraLocals);
        Py.CLEAR(ref LocalsMapping);
        ReleaseOverwrittenLocals();
        ReleaseOwnedLocals();
    }

    void ReleaseOverwrittenLocals()
    {
        if (OverwrittenLocals is { } old)
        {
            OverwrittenLocals = null;
            foreach (var o in old) Py.DECREF(o);
        }
    }

    void ReleaseOwnedLocals()
    {
        if (OwnedLocals is { } locals)
        {
            OwnedLocals = null;
            foreach (var r in locals) r.Close();
        }
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Code);
        if (Back != null) visit(Back);
        if (Globals != null) visit(Globals);
        if (Builtins != null) visit(Builtins);
        if (LocalsMapping != null) visit(LocalsMapping);
        if (Trace != null) visit(Trace);
        if (ExtraLocals != null) visit(ExtraLocals);
        if (OverwrittenLocals != null)
            foreach (var o in OverwrittenLocals) visit(o);
        if (OwnedLocals != null)
            foreach (var r in OwnedLocals)
                if (!r.IsNull) visit(r.AsBorrowed);
    }

    int CurrentLine => Frame is { } f ? f.LastLine : LineTable.LineForOffset(Code, Lasti);

    [PyGetter("f_code")] static PyObject? GetCode(PyFrameObject f) => Py.NewRef(f.Code);

    [PyGetter("f_globals")] static PyObject? GetGlobals(PyFrameObject f) => Py.NewRef((PyObject?)f.Globals ?? Py.None);

    [PyGetter("f_builtins")] static PyObject? GetBuiltins(PyFrameObject f) => Py.NewRef((PyObject?)f.Builtins ?? Py.None);

    [PyGetter("f_lineno")]
    static PyObject? GetLineno(PyFrameObject f)
    {
        int line = f.CurrentLine;
        return line < 0 ? Py.None : PyLong.FromLong(line);
    }

    /// <summary>A jump, from a trace function (Runtime/FrameJump.cs).</summary>
    [PySetter("f_lineno")]
    static int SetLineno(PyFrameObject f, PyObject? value) => FrameJump.SetLineno(f, value);

    [PyGetter("f_lasti")]
    static PyObject? GetLasti(PyFrameObject f)
    {
        int lasti = f.Frame is { } fr ? fr.LastInstr : f.Lasti;
        return PyLong.FromLong(lasti < 0 ? -1 : lasti * 2L);
    }

    [PyGetter("f_back")]
    static PyObject? GetBack(PyFrameObject f)
    {
        if (f.Back != null) return Py.NewRef(f.Back);
        if (f.Frame is { } fr && fr.Previous is { } prev && (fr.Owner == null || f.IsExecuting))
            return FrameObjects.Get(prev);
        return Py.None;
    }

    [PyGetter("f_locals")]
    static PyObject? GetLocals(PyFrameObject f)
    {
        if ((f.Code.Flags & PyCode.CO_OPTIMIZED) != 0 || FrameLocalsProxy.HasHiddenLocals(f.Code, f.LocalsPlus)) return new FrameLocalsProxy(f);
        var mapping = f.Frame is { } fr ? fr.Locals : f.LocalsMapping;
        return Py.NewRef(mapping ?? (PyObject?)f.Globals ?? Py.None);
    }

    [PyGetter("f_generator")]
    static PyObject? GetGenerator(PyFrameObject f) => Py.NewRef(f.Frame?.Owner ?? Py.None);

    [PyGetter("f_trace")] static PyObject? GetTrace(PyFrameObject f) => Py.NewRef(f.Trace ?? Py.None);

    [PySetter("f_trace")]
    static int SetTrace(PyFrameObject f, PyObject? value)
    {
        Py.SETREF(ref f.Trace, value == null || value == Py.None ? null : Py.NewRef(value));
        // A frame tracing opcodes gets INSTRUCTION events once it has a trace function.
        if (f.Trace != null && f.TraceOpcodes) LegacyTracing.SetOpcodeTrace(f.Code, true);
        return 0;
    }

    [PyGetter("f_trace_lines")] static PyObject? GetTraceLines(PyFrameObject f) => Py.NewBool(f.TraceLines);

    [PySetter("f_trace_lines")]
    static int SetTraceLines(PyFrameObject f, PyObject? value) => SetFlag(value, ref f.TraceLines);

    [PyGetter("f_trace_opcodes")] static PyObject? GetTraceOpcodes(PyFrameObject f) => Py.NewBool(f.TraceOpcodes);

    [PySetter("f_trace_opcodes")]
    static int SetTraceOpcodes(PyFrameObject f, PyObject? value)
    {
        if (SetFlag(value, ref f.TraceOpcodes) < 0) return -1;
        if (f.Trace != null || !f.TraceOpcodes) LegacyTracing.SetOpcodeTrace(f.Code, f.TraceOpcodes);
        return 0;
    }

    /// <summary>A T_BOOL member: only True or False may be stored.</summary>
    static int SetFlag(PyObject? value, ref bool field)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "can't delete numeric/char attribute");
            return -1;
        }
        if (value is not PyBool b)
        {
            Errors.SetString(PyExc.TypeError, "attribute value type must be bool");
            return -1;
        }
        field = b == PyBool.True;
        return 0;
    }

    [PyMethod("clear")]
    static PyObject? ClearMethod(PyFrameObject f)
    {
        if (f.Frame is { } fr)
        {
            if (fr.Owner is PyGenBase gen)
            {
                if (gen.State == GenState.Executing) return Errors.SetString(PyExc.RuntimeError, "cannot clear an executing frame");
                if (gen.State is GenState.Suspended or GenState.SuspendedYieldFrom)
                    return Errors.SetString(PyExc.RuntimeError, "cannot clear a suspended frame");
                // A frame that never started (or finished) is finalized, as CPython's frame_clear.
                PyGenBase.FinalizeGen(gen);
                return Py.None;
            }
            return Errors.SetString(PyExc.RuntimeError, "cannot clear an executing frame");
        }
        Py.CLEAR(ref f.Trace);
        // A finished frame keeps its variables' names: every one becomes unbound.
        var locals = f.OwnedLocals;
        f.OwnedLocals = new StackRef[f.Code.NLocalsPlus];
        if (locals != null)
            foreach (var r in locals) r.Close();
        return Py.None;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var f = (PyFrameObject)o;
        var file = Abstract.ReprString(f.Code.Filename);
        if (file == null) return null;
        return PyUnicode.FromString($"<frame at 0x{Interpreter.IdOf(f):x}, file {file}, line {f.CurrentLine}, code {f.Code.Name.Value}>");
    }
}
