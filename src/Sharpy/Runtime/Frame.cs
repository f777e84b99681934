using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// An executing code object (CPython's _PyInterpreterFrame). Its locals, cells, free
/// variables and value stack are one span of StackRefs: <see cref="Slots"/> from
/// <see cref="Base"/>, locals first, then the stack from <see cref="Base"/> + NLocalsPlus.
/// </summary>
public sealed class Frame
{
    public PyCode Code = null!;
    public PyObject? Func;          // the function, owned (null for module/class bodies run by exec)
    public PyDict Globals = null!;
    /// <summary>f_builtins: the builtins dict, or any mapping a `__builtins__` in the globals named (looked up by subscription).</summary>
    public PyObject Builtins = null!;
    public PyObject? Locals;        // the mapping for LOAD_NAME/STORE_NAME, owned (null in functions)
    public StackRef[] Slots = null!;
    public int Base;
    /// <summary>Index into Slots of the next free stack slot.</summary>
    public int StackPointer;
    /// <summary>Index (code units) where execution resumes when control returns to this frame.</summary>
    public int InstrPtr;
    /// <summary>Index (code units) of the instruction executing now (or last executed).</summary>
    public int LastInstr;
    public Frame? Previous;
    /// <summary>The generator or coroutine that owns this frame, if any.</summary>
    public PyObject? Owner;
    /// <summary>The Python-level frame object, made on demand (sys._getframe, tracebacks).</summary>
    public PyFrameObject? FrameObject;
    /// <summary>True when the slots come from the thread's data stack (not a generator's own array).</summary>
    public bool OnDataStack;
    /// <summary>In instrumented code: the last jump taken (from, and to + 1; 0 for none), for the target's LINE event.</summary>
    public int LineJumpFrom, LineJumpTo;
    /// <summary>Where a trace function's f_lineno jump goes (index + 1; 0 for none): see <see cref="FrameJump"/>.</summary>
    public int JumpTarget;
    /// <summary>A .NET exception escaped one of this frame's instructions (the eval loop's last guard).</summary>
    public bool HostFaulted;
    /// <summary>
    /// While this frame's SEND or FOR_ITER runs a generator or coroutine frame in the same loop
    /// (CPython's SEND_GEN / FOR_ITER_GEN): how far past <see cref="InstrPtr"/> it continues when
    /// that frame returns (frame->return_offset), and whether a FOR_ITER (rather than a SEND) resumed it.
    /// </summary>
    public int GenReturnOffset;
    public bool GenResumedByForIter;
    /// <summary>
    /// An __init__ frame entered by a class call in the eval loop (CALL_ALLOC_AND_ENTER_INIT):
    /// the new instance, owned, which the call returns when __init__ returns None. It stands in
    /// for CPython's _Py_InitCleanup shim frame and its EXIT_INIT_CHECK.
    /// </summary>
    public PyObject? InitSelf;

    public int LastLine => LineTable.LineForOffset(Code, LastInstr);
}
