using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Per-thread interpreter state (CPython's PyThreadState): the raised exception, the stack
/// of handled exceptions (sys.exc_info), the current frame, the frame data stack and the
/// recursion guards.
/// </summary>
public sealed class ThreadState
{
    [ThreadStatic] static ThreadState? t_current;

    public static ThreadState Current
    {
        get => t_current ??= new ThreadState();
    }

    /// <summary>The exception being raised (PyThreadState.current_exception), owned.</summary>
    public PyBaseException? CurrentException;

    /// <summary>The innermost handled exception (exc_info), as CPython's exc_info chain.</summary>
    public ExceptionStackItem ExcInfo;
    readonly ExceptionStackItem _baseExcInfo = new();

    /// <summary>The frame running Python code on this thread, innermost.</summary>
    public Frame? CurrentFrame;

    /// <summary>Python-level recursion depth and its limit (sys.setrecursionlimit).</summary>
    public int PyRecursionDepth;
    public int PyRecursionLimit = 1000;
    /// <summary>C#-level recursion depth (repr, compare, calls from C#), guarded separately.</summary>
    public int CRecursionDepth;
    /// <summary>How many times C# has entered the eval loop on this thread: when it has not
    /// changed, no Python code has run in between (the pickler's memo relies on it).</summary>
    internal uint EvalEntries;

    /// <summary>The trashcan (tstate->delete_later): deallocations nested this deep on this
    /// thread, and the objects waiting to be freed by the outermost one (see Dealloc).</summary>
    internal int DeallocDepth;
    internal readonly System.Collections.Generic.Stack<(PyObject Obj, bool Tracked)> TrashDeleteLater = new();

    public readonly DataStack DataStack = new();
    /// <summary>Cleared frames kept for reuse (linked through Frame.Previous).</summary>
    internal Frame? FreeFrame;

    /// <summary>sys.set_coroutine_origin_tracking_depth: how many frames cr_origin records.</summary>
    public int CoroutineOriginTrackingDepth;
    /// <summary>sys.set_asyncgen_hooks: called on an async generator's first iteration / when it is dropped unfinished (owned).</summary>
    public PyObject? AsyncGenFirstIter, AsyncGenFinalizer;

    /// <summary>sys.settrace / sys.setprofile functions (tstate->c_traceobj, c_profileobj), owned.</summary>
    public PyObject? TraceObj, ProfileObj;
    /// <summary>Above 0 while a monitoring callback runs (tstate->tracing): no events are delivered meanwhile.</summary>
    internal int Tracing;
    /// <summary>The event whose callback runs (tstate->what_event), -1 outside callbacks: where f_lineno may be set.</summary>
    internal int WhatEvent = -1;

    /// <summary>
    /// The eval breaker: set from another thread (Ctrl-C, a request to drop the GIL) so that
    /// this thread stops at its next instruction boundary (RESUME, backward jumps) and runs
    /// <see cref="Signals.HandlePending"/>.
    /// </summary>
    public volatile bool EvalBreaker;

    /// <summary>The current contextvars Context (tstate->context), owned; made empty on first use.</summary>
    public Sharpy.Modules.Contextvars.PyContext? Context;

    /// <summary>_asyncio's running event loop and the task it runs on this thread (asyncio_running_loop, asyncio_running_task), owned.</summary>
    public PyObject? AsyncioRunningLoop, AsyncioRunningTask;

    /// <summary>The thread that started the interpreter (the only one that handles signals).</summary>
    public static ThreadState? Main { get; private set; }

    /// <summary>Make the calling thread the main thread (Py_Initialize's thread).</summary>
    public static void SetMain()
    {
        Main = Current;
        Signals.NoteMainThread();
    }

    /// <summary>_thread.get_ident(): the thread's identity while it lives.</summary>
    public readonly long Ident = System.Environment.CurrentManagedThreadId;

    /// <summary>The exception being handled (sys.exception()): the innermost non-empty exc_info.</summary>
    public PyObject? HandledException()
    {
        for (var item = ExcInfo; item != null; item = item.Previous)
            if (item.ExcValue != null && item.ExcValue != Py.None) return item.ExcValue;
        return null;
    }

    ThreadState()
    {
        ExcInfo = _baseExcInfo;
        // A thread that starts while a tool monitors everything instruments its code at RESUME too.
        EvalBreaker = Instrumentation.EvalBreakerStaysSet;
    }
}

/// <summary>_PyErr_StackItem: one level of handled exception (for generators, one per frame chain).</summary>
public sealed class ExceptionStackItem
{
    /// <summary>The handled exception, or null (None).</summary>
    public PyObject? ExcValue;
    public ExceptionStackItem? Previous;
}
