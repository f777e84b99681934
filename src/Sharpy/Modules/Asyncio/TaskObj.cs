using System;
using Sharpy.Modules.Contextvars;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Asyncio;

/// <summary>
/// `_asyncio.Task` (TaskObj): a coroutine driven by the event loop, asyncio.tasks.Task in C#.
/// Its steps (TaskObj.Step.cs) are scheduled with loop.call_soon as TaskStepMethWrapper
/// callables, and it waits for a future through the `task_wakeup` builtin method added as the
/// future's done callback. A pending native task is linked in the module's task registry
/// (what all_tasks walks) until it is done or deallocated.
/// </summary>
[PyType("_asyncio.Task", BaseType = true, Doc = "A coroutine wrapped in a Future.")]
public sealed partial class TaskObj : FutureObj
{
    internal bool MustCancel;
    internal bool LogDestroyPending;
    internal int NumCancelsRequested;
    internal PyObject? FutWaiter;
    internal PyObject? Coro;
    /// <summary>The name, or the counter value (a PyLong) whose "Task-N" get_name formats on first use.</summary>
    internal PyObject? TaskName;
    internal PyObject? TaskContext;
    // The registry's links (task_node).
    internal bool Registered;
    internal TaskObj? PrevTask, NextTask;

    TaskObj(PyType type) : base(type) { }

    [PySlot("tp_new", Raw = "PyType_GenericNew: the arguments are __init__'s")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new TaskObj(type);

    [PySlot("tp_init")]
    static int Init(TaskObj self, [Keyword] PyObject coro, [KeywordOnly] PyObject? loop = null, [KeywordOnly] PyObject? name = null,
        [KeywordOnly] PyObject? context = null, [KeywordOnly] bool eager_start = false)
    {
        if (self.InitFuture(loop) < 0) return -1;
        var state = self.State!;
        int isCoro = IsCoroutine(state, coro);
        if (isCoro < 0) return -1;
        if (isCoro == 0)
        {
            self.LogDestroyPending = false;
            var repr = Abstract.ReprString(coro);
            if (repr == null) return -1;
            Errors.SetString(PyExc.TypeError, $"a coroutine was expected, got {repr}");
            return -1;
        }
        Py.SETREF(ref self.TaskContext, context == null || context == Py.None ? PyContext.CopyCurrent() : Py.NewRef(context));
        Py.CLEAR(ref self.FutWaiter);
        self.MustCancel = false;
        self.LogDestroyPending = true;
        self.NumCancelsRequested = 0;
        Py.SETREF(ref self.Coro, Py.NewRef(coro));

        PyObject? taskName;
        if (name == null || name == Py.None)
            taskName = PyLong.FromLong(++state.TaskNameCounter);   // formatted by get_name when asked
        else if (name.ob_type != PyUnicode.Type)
        {
            taskName = Abstract.Str(name);
            if (taskName == null) return -1;
        }
        else taskName = Py.NewRef(name);
        Py.SETREF(ref self.TaskName, taskName);

        if (eager_start)
        {
            var res = Calls.CallMethod(self.Loop!, "is_running");
            if (res == null) return -1;
            bool running = res == Py.True;
            Py.DECREF(res);
            if (running) return self.EagerStart();
        }
        if (self.CallStepSoon(null) < 0) return -1;
        state.RegisterTask(self);
        return 0;
    }

    /// <summary>is_coroutine: a native coroutine, a type asyncio.iscoroutine accepted before, or what it accepts now.</summary>
    static int IsCoroutine(AsyncioState state, PyObject coro)
    {
        if (coro.ob_type == PyCoro.Type) return 1;
        int has = state.IsCoroutineTypeCache.Contains(coro.ob_type);
        if (has != 0) return has;
        var res = Calls.CallOneArg(state.IsCoroutineFunc, coro);
        if (res == null) return -1;
        int isTrue = Abstract.IsTrue(res);
        Py.DECREF(res);
        if (isTrue <= 0) return isTrue;
        // At most 100 types are remembered, against a program making types on purpose.
        if (state.IsCoroutineTypeCache.Count < 100 && state.IsCoroutineTypeCache.Add(coro.ob_type) < 0) return -1;
        return 1;
    }

    // ---- methods ----

    // TaskType_methods repeats Future's methods, so that Task's own dict holds them (Task.result.__qualname__).
    [PyMethod("result", Doc = ResultDoc)] static PyObject? TaskResult(TaskObj self) => ResultMethod(self);
    [PyMethod("exception", Doc = ExceptionDoc, TextSignature = "($self, /)", Raw = DefiningClassForm)]
    static PyObject? TaskException(TaskObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => ExceptionMethod(self, args, kwnames);
    [PyMethod("add_done_callback", Doc = AddDoneCallbackDoc, TextSignature = "($self, fn, /, *, context=<unrepresentable>)")]
    static PyObject? TaskAddDoneCallback(TaskObj self, PyObject fn, [KeywordOnly] PyObject? context = null) => AddDoneCallback(self, fn, context);
    [PyMethod("remove_done_callback", Doc = RemoveDoneCallbackDoc, TextSignature = "($self, fn, /)", Raw = DefiningClassForm)]
    static PyObject? TaskRemoveDoneCallback(TaskObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => RemoveDoneCallback(self, args, kwnames);
    [PyMethod("cancelled", Doc = CancelledDoc)] static bool TaskCancelled(TaskObj self) => Cancelled(self);
    [PyMethod("done", Doc = DoneDoc)] static bool TaskDone(TaskObj self) => Done(self);
    [PyMethod("_make_cancelled_error", Doc = "Create the CancelledError to raise if the Task is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value.")] static PyObject? TaskMakeCancelledError(TaskObj self) => MakeCancelledError(self);

    internal static PyObject? NoSetResult() => Errors.SetString(PyExc.RuntimeError, "Task does not support set_result operation");

    [PyMethod("set_result")]
    static PyObject? SetResult(TaskObj self, PyObject result) => NoSetResult();

    [PyMethod("set_exception")]
    static PyObject? SetException(TaskObj self, PyObject exception)
        => Errors.SetString(PyExc.RuntimeError, "Task does not support set_exception operation");

    [PyMethod("cancel", Doc = "Request that this task cancel itself.\n\nThis arranges for a CancelledError to be thrown into the\nwrapped coroutine on the next cycle through the event loop.\nThe coroutine then has a chance to clean up or even deny\nthe request using try/except/finally.\n\nUnlike Future.cancel, this does not guarantee that the\ntask will be cancelled: the exception might be caught and\nacted upon, delaying cancellation of the task or preventing\ncancellation completely.  The task may also return a value or\nraise a different exception.\n\nImmediately after this method is called, Task.cancelled() will\nnot return True (unless the task was already cancelled).  A\ntask will be marked as cancelled when the wrapped coroutine\nterminates with a CancelledError exception (even if cancel()\nwas not called).\n\nThis also increases the task's count of cancellation requests.")]
    static PyObject? Cancel(TaskObj self, [Keyword] PyObject? msg = null)
    {
        msg ??= Py.None;
        self.LogTb = false;
        if (self.FState != FutState.Pending) return Py.False;
        self.NumCancelsRequested++;
        // tasks.py keeps `if self._num_cancels_requested > 1: return False` commented out; so does this.
        if (self.FutWaiter != null)
        {
            var res = Calls.CallMethod(self.FutWaiter, "cancel", msg);
            if (res == null) return null;
            int isTrue = Abstract.IsTrue(res);
            Py.DECREF(res);
            if (isTrue < 0) return null;
            if (isTrue > 0) return Py.True;
        }
        self.MustCancel = true;
        Py.SETREF(ref self.CancelMsg, Py.NewRef(msg));
        return Py.True;
    }

    [PyMethod("cancelling", Doc = "Return the count of the task's cancellation requests.\n\nThis count is incremented when .cancel() is called\nand may be decremented using .uncancel().")]
    static long Cancelling(TaskObj self) => self.NumCancelsRequested;

    [PyMethod("uncancel", Doc = "Decrement the task's count of cancellation requests.\n\nThis should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are cancelled again.\n\nReturns the remaining number of cancellation requests.")]
    static long Uncancel(TaskObj self)
    {
        if (self.NumCancelsRequested > 0)
        {
            self.NumCancelsRequested--;
            if (self.NumCancelsRequested == 0) self.MustCancel = false;
        }
        return self.NumCancelsRequested;
    }

    [PyMethod("get_stack", Doc = "Return the list of stack frames for this task's coroutine.\n\nIf the coroutine is not done, this returns the stack where it is\nsuspended.  If the coroutine has completed successfully or was\ncancelled, this returns an empty list.  If the coroutine was\nterminated by an exception, this returns the list of traceback\nframes.\n\nThe frames are always ordered from oldest to newest.\n\nThe optional limit gives the maximum number of frames to\nreturn; by default all available frames are returned.  Its\nmeaning differs depending on whether a stack or a traceback is\nreturned: the newest frames of a stack are returned, but the\noldest frames of a traceback are returned.  (This matches the\nbehavior of the traceback module.)\n\nFor reasons beyond our control, only one stack frame is\nreturned for a suspended coroutine.")]
    static PyObject? GetStack(TaskObj self, [KeywordOnly] PyObject? limit = null)
    {
        var state = AsyncioState.GetReady();
        if (state == null) return null;
        return Calls.CallTwoArgs(state.TaskGetStackFunc, self, limit ?? Py.None);
    }

    [PyMethod("print_stack", Doc = "Print the stack or traceback for this task's coroutine.\n\nThis produces output similar to that of the traceback module,\nfor the frames retrieved by get_stack().  The limit argument\nis passed to get_stack().  The file argument is an I/O stream\nto which the output is written; by default output is written\nto sys.stderr.")]
    static PyObject? PrintStack(TaskObj self, [KeywordOnly] PyObject? limit = null, [KeywordOnly] PyObject? file = null)
    {
        var state = AsyncioState.GetReady();
        if (state == null) return null;
        return Calls.CallArgs(state.TaskPrintStackFunc, self, limit ?? Py.None, file ?? Py.None);
    }

    [PyMethod("get_coro")]
    static PyObject? GetCoro(TaskObj self) => Py.NewRef(self.Coro ?? Py.None);

    [PyMethod("get_context")]
    static PyObject? GetContext(TaskObj self) => Py.NewRef(self.TaskContext ?? Py.None);

    [PyMethod("get_name")]
    static PyObject? GetName(TaskObj self)
    {
        if (self.TaskName == null) return Py.None;
        if (self.TaskName is PyLong counter)
        {
            var s = Abstract.Str(counter);
            if (s == null) return null;
            var formatted = PyUnicode.FromString("Task-" + ((PyUnicode)s).Value);
            Py.DECREF(s);
            Py.SETREF(ref self.TaskName, formatted);
        }
        return Py.NewRef(self.TaskName!);
    }

    [PyMethod("set_name")]
    static PyObject? SetName(TaskObj self, PyObject value)
    {
        PyObject? name;
        if (value.ob_type != PyUnicode.Type)
        {
            name = Abstract.Str(value);
            if (name == null) return null;
        }
        else name = Py.NewRef(value);
        Py.SETREF(ref self.TaskName, name);
        return Py.None;
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    // ---- attributes ----

    [PyGetter("_log_destroy_pending")]
    static PyObject? GetLogDestroyPending(TaskObj self) => Py.NewBool(self.LogDestroyPending);

    [PySetter("_log_destroy_pending")]
    static int SetLogDestroyPending(TaskObj self, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.AttributeError, "cannot delete attribute");
            return -1;
        }
        int isTrue = Abstract.IsTrue(value);
        if (isTrue < 0) return -1;
        self.LogDestroyPending = isTrue > 0;
        return 0;
    }

    [PyGetter("_must_cancel")]
    static PyObject? GetMustCancel(TaskObj self) => Py.NewBool(self.MustCancel);

    [PyGetter("_coro")]
    static PyObject? GetCoroAttr(TaskObj self) => Py.NewRef(self.Coro ?? Py.None);

    [PyGetter("_fut_waiter")]
    static PyObject? GetFutWaiter(TaskObj self) => Py.NewRef(self.FutWaiter ?? Py.None);

    // ---- slots ----

    [PySlot("tp_iter")] static PyObject? TaskIter(PyObject o) => NewIter(o);
    [PySlot("am_await")] static PyObject? TaskAwait(PyObject o) => Await(o);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var state = AsyncioState.GetReady();
        if (state == null) return null;
        return Calls.CallOneArg(state.TaskReprFunc, o);
    }

    /// <summary>TaskObj_finalize: a task destroyed while pending is reported, then the future's own check runs.</summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject o)
    {
        var task = (TaskObj)o;
        task.State?.UnregisterTask(task);
        if (task.FState == FutState.Pending && task.LogDestroyPending && task.Loop != null)
        {
            var saved = Errors.GetRaisedException();
            var context = PyDict.New();
            context.SetItemStringSteal("message", PyUnicode.FromString("Task was destroyed but it is pending!"));
            context.SetItemString("task", task);
            if (task.SourceTb != null) context.SetItemString("source_traceback", task.SourceTb);
            CallExceptionHandler(task.Loop, context);
            Py.DECREF(context);
            Errors.SetRaisedException(saved);
        }
        task.FinalizeFuture();
    }

    void ClearTaskFields()
    {
        Py.CLEAR(ref Coro);
        Py.CLEAR(ref TaskContext);
        Py.CLEAR(ref TaskName);
        Py.CLEAR(ref FutWaiter);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (TaskContext != null) visit(TaskContext);
        if (Coro != null) visit(Coro);
        if (TaskName != null) visit(TaskName);
        if (FutWaiter != null) visit(FutWaiter);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        base.Clear();
        ClearTaskFields();
    }

    protected internal override void ReleaseReferences()
    {
        // A task can die without its finalizer (a subclass's __del__ replaces it): it leaves the registry here.
        State?.UnregisterTask(this);
        Clear();
    }
}
