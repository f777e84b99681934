using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Asyncio;

/// <summary>
/// The `_asyncio` module (Modules/_asynciomodule.c): Future and Task in C#, and the running
/// loop and current task of each thread (kept in <see cref="ThreadState"/>, as CPython keeps
/// them in its thread state).
/// </summary>
[PyModule("_asyncio", Doc = "Accelerator module for asyncio")]
public static partial class AsyncioModule
{
    [PyConstant("Future")] static PyObject FutureType => Py.NewRef(FutureObj.Type);
    [PyConstant("Task")] static PyObject TaskType => Py.NewRef(TaskObj.Type);

    static void InitModule(PyModule m)
    {
        // Heap types made from a spec in CPython: their dicts name their module.
        FutureObj.Type.tp_dict.SetItemString("__module__", PyUnicode.Intern("_asyncio"));
        TaskObj.Type.tp_dict.SetItemString("__module__", PyUnicode.Intern("_asyncio"));
        // Py_TPFLAGS_MANAGED_DICT: instances take attributes (tests replace a future's methods
        // on the instance), though 3.14.2's types give no `__dict__` descriptor to read the dict.
        FutureObj.Type.HasInstanceDict = true;
        TaskObj.Type.HasInstanceDict = true;
        if (ModuleState<AsyncioState>.Find(Interpreter.Current) == null) ModuleState<AsyncioState>.Set(Interpreter.Current, new AsyncioState());
    }

    /// <summary>get_event_loop: the running loop, else the policy's get_event_loop().</summary>
    internal static PyObject? GetEventLoop(AsyncioState state)
    {
        var running = ThreadState.Current.AsyncioRunningLoop;
        if (running != null) return Py.NewRef(running);
        var policy = Calls.CallNoArgs(state.GetEventLoopPolicy);
        if (policy == null) return null;
        var loop = Calls.CallMethod(policy, "get_event_loop");
        Py.DECREF(policy);
        return loop;
    }

    /// <summary>get_future_loop: asyncio.futures._get_loop.</summary>
    internal static PyObject? GetFutureLoop(AsyncioState state, PyObject fut)
    {
        if ((fut.ob_type == FutureObj.Type || fut.ob_type == TaskObj.Type) && ((FutureObj)fut).Loop is { } loop)
            return Py.NewRef(loop);
        if (Abstract.LookupAttr(fut, PyUnicode.Intern("get_loop"), out var getLoop) < 0) return null;
        if (getLoop != null)
        {
            var res = Calls.CallNoArgs(getLoop);
            Py.DECREF(getLoop);
            return res;
        }
        return Abstract.GetAttr(fut, "_loop");
    }

    static PyObject? NotRunningLoop(PyObject loop)
    {
        var repr = Abstract.ReprString(loop);
        return repr == null ? null : Errors.SetString(PyExc.RuntimeError, $"loop {repr} is not the running loop");
    }

    /// <summary>enter_task.</summary>
    internal static int EnterTask(PyObject loop, PyObject task)
    {
        var ts = ThreadState.Current;
        if (ts.AsyncioRunningLoop != loop)
        {
            NotRunningLoop(loop);
            return -1;
        }
        if (ts.AsyncioRunningTask != null)
        {
            var t = Abstract.ReprString(task);
            var cur = t == null ? null : Abstract.ReprString(ts.AsyncioRunningTask);
            if (cur != null) Errors.SetString(PyExc.RuntimeError, $"Cannot enter into task {t} while another task {cur} is being executed.");
            return -1;
        }
        ts.AsyncioRunningTask = Py.NewRef(task);
        return 0;
    }

    /// <summary>leave_task.</summary>
    internal static int LeaveTask(PyObject loop, PyObject task)
    {
        var ts = ThreadState.Current;
        if (ts.AsyncioRunningLoop != loop)
        {
            NotRunningLoop(loop);
            return -1;
        }
        if (ts.AsyncioRunningTask != task)
        {
            var t = Abstract.ReprString(task);
            var cur = t == null ? null : Abstract.ReprString(ts.AsyncioRunningTask ?? Py.None);
            if (cur != null) Errors.SetString(PyExc.RuntimeError, $"Invalid attempt to leave task {t} while task {cur} is entered.");
            return -1;
        }
        Py.CLEAR(ref ts.AsyncioRunningTask);
        return 0;
    }

    /// <summary>swap_current_task: make <paramref name="task"/> (None: no task) current; the previous one (or None) is returned.</summary>
    internal static PyObject? SwapCurrentTask(PyObject loop, PyObject task)
    {
        var ts = ThreadState.Current;
        if (ts.AsyncioRunningLoop != loop) return NotRunningLoop(loop);
        var prev = ts.AsyncioRunningTask;
        ts.AsyncioRunningTask = task == Py.None ? null : Py.NewRef(task);
        return prev ?? Py.None;
    }

    [PyMethod("_get_running_loop", Doc = "Return the running event loop or None.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.")]
    static PyObject? GetRunningLoopOrNone() => Py.NewRef(ThreadState.Current.AsyncioRunningLoop ?? Py.None);

    [PyMethod("_set_running_loop", Doc = "Set the running event loop.\n\nThis is a low-level function intended to be used by event loops.\nThis function is thread-specific.")]
    static void SetRunningLoop(PyObject loop)
    {
        var ts = ThreadState.Current;
        Py.SETREF(ref ts.AsyncioRunningLoop, loop == Py.None ? null : Py.NewRef(loop));
    }

    [PyMethod("get_event_loop", Doc = "Return an asyncio event loop.\n\nWhen called from a coroutine or a callback (e.g. scheduled with\ncall_soon or similar API), this function will always return the\nrunning event loop.\n\nIf there is no running event loop set, the function will return\nthe result of `get_event_loop_policy().get_event_loop()` call.")]
    static PyObject? GetEventLoopFunc()
    {
        var state = AsyncioState.GetReady();
        return state == null ? null : GetEventLoop(state);
    }

    [PyMethod("get_running_loop", Doc = "Return the running event loop.  Raise a RuntimeError if there is none.\n\nThis function is thread-specific.")]
    static PyObject? GetRunningLoop()
    {
        var loop = ThreadState.Current.AsyncioRunningLoop;
        if (loop == null) return Errors.SetString(PyExc.RuntimeError, "no running event loop");
        return Py.NewRef(loop);
    }

    [PyMethod("_register_task", Doc = "Register a new task in asyncio as executed by loop.\n\nReturns None.")]
    static PyObject? RegisterTask([Keyword] PyObject task)
    {
        var state = AsyncioState.Get();
        if (task is TaskObj t)
        {
            state.RegisterTask(t);
            return Py.None;
        }
        if (AsyncioState.GetReady() == null) return null;
        var r = Calls.CallMethod(state.NonAsyncioTasks, "add", task);
        if (r == null) return null;
        Py.DECREF(r);
        return Py.None;
    }

    [PyMethod("_register_eager_task", Doc = "Register a new task in asyncio as executed by loop.\n\nReturns None.")]
    static PyObject? RegisterEagerTask([Keyword] PyObject task)
    {
        var state = AsyncioState.Get();
        if (task is TaskObj t)
        {
            state.RegisterTask(t);
            return Py.None;
        }
        if (AsyncioState.GetReady() == null) return null;
        return state.NonAsyncioEagerTasks.Add(task) < 0 ? null : Py.None;
    }

    [PyMethod("_unregister_task", Doc = "Unregister a task.\n\nReturns None.")]
    static PyObject? UnregisterTask([Keyword] PyObject task)
    {
        var state = AsyncioState.Get();
        if (task is TaskObj t)
        {
            state.UnregisterTask(t);
            return Py.None;
        }
        if (AsyncioState.GetReady() == null) return null;
        var r = Calls.CallMethod(state.NonAsyncioTasks, "discard", task);
        if (r == null) return null;
        Py.DECREF(r);
        return Py.None;
    }

    [PyMethod("_unregister_eager_task", Doc = "Unregister a task.\n\nReturns None.")]
    static PyObject? UnregisterEagerTask([Keyword] PyObject task)
    {
        var state = AsyncioState.Get();
        if (task is TaskObj t)
        {
            state.UnregisterTask(t);
            return Py.None;
        }
        if (AsyncioState.GetReady() == null) return null;
        return state.NonAsyncioEagerTasks.Discard(task) < 0 ? null : Py.None;
    }

    [PyMethod("_enter_task", Doc = "Enter into task execution or resume suspended task.\n\nTask belongs to loop.\n\nReturns None.")]
    static PyObject? EnterTaskFunc([Keyword] PyObject loop, [Keyword] PyObject task) => EnterTask(loop, task) < 0 ? null : Py.None;

    [PyMethod("_leave_task", Doc = "Leave task execution or suspend a task.\n\nTask belongs to loop.\n\nReturns None.")]
    static PyObject? LeaveTaskFunc([Keyword] PyObject loop, [Keyword] PyObject task) => LeaveTask(loop, task) < 0 ? null : Py.None;

    [PyMethod("_swap_current_task", Doc = "Temporarily swap in the supplied task and return the original one (or None).\n\nThis is intended for use during eager coroutine execution.")]
    static PyObject? SwapCurrentTaskFunc([Keyword] PyObject loop, [Keyword] PyObject task) => SwapCurrentTask(loop, task);

    [PyMethod("current_task", Doc = "Return a currently executed task.")]
    static PyObject? CurrentTask([Keyword] PyObject? loop = null)
    {
        var ts = ThreadState.Current;
        if (loop == null || loop == Py.None)
        {
            loop = ts.AsyncioRunningLoop;
            if (loop == null) return Errors.SetString(PyExc.RuntimeError, "no running event loop");
        }
        if (ts.AsyncioRunningLoop == loop) return Py.NewRef(ts.AsyncioRunningTask ?? Py.None);
        // Another thread's loop: its thread state says which task it runs.
        foreach (var other in Interpreter.Current.ThreadStates)
            if (other.AsyncioRunningLoop == loop) return Py.NewRef(other.AsyncioRunningTask ?? Py.None);
        return Py.None;
    }

    [PyMethod("all_tasks", Doc = "Return a set of all tasks for the loop.")]
    static PyObject? AllTasks([Keyword] PyObject? loop = null)
    {
        var state = AsyncioState.GetReady();
        if (state == null) return null;
        if (loop == null || loop == Py.None)
        {
            loop = ThreadState.Current.AsyncioRunningLoop;
            if (loop == null) return Errors.SetString(PyExc.RuntimeError, "no running event loop");
        }
        Py.INCREF(loop);
        // Eager tasks first, so that one that graduates to a scheduled task meanwhile is not missed.
        var tasks = PyList.New();
        if (ExtendList(tasks, state.NonAsyncioEagerTasks) < 0 || ExtendList(tasks, state.NonAsyncioTasks) < 0)
        {
            Py.DECREF(tasks);
            Py.DECREF(loop);
            return null;
        }
        for (var t = state.TasksHead; t != null; t = t.NextTask) tasks.Append(t);
        var res = PySet.NewEmpty();
        for (int i = 0; i < tasks.Count; i++)
        {
            if (AddOneTask(state, res, tasks.Items[i], loop) < 0)
            {
                Py.DECREF(res);
                Py.DECREF(tasks);
                Py.DECREF(loop);
                return null;
            }
        }
        Py.DECREF(tasks);
        Py.DECREF(loop);
        return res;
    }

    static int ExtendList(PyList list, PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return -1;
        PyObject? item;
        while ((item = Abstract.IterNext(it)) != null) list.AppendSteal(item);
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : 0;
    }

    /// <summary>add_one_task: a task of <paramref name="loop"/> that is not done joins the set.</summary>
    static int AddOneTask(AsyncioState state, PySet tasks, PyObject task, PyObject loop)
    {
        if (task.ob_type == TaskObj.Type)
        {
            var t = (TaskObj)task;
            if (t.FState == FutState.Pending && t.Loop == loop) return tasks.Add(task);
            return 0;
        }
        var done = Calls.CallMethod(task, "done");
        if (done == null) return -1;
        bool isDone = done == Py.True;
        Py.DECREF(done);
        if (isDone) return 0;
        var taskLoop = GetFutureLoop(state, task);
        if (taskLoop == null) return -1;
        int r = taskLoop == loop ? tasks.Add(task) : 0;
        Py.DECREF(taskLoop);
        return r;
    }

    [PyMethod("future_add_to_awaited_by", Doc = "Record that `fut` is awaited on by `waiter`.")]
    static PyObject? FutureAddToAwaitedBy(PyObject fut, PyObject waiter)
    {
        if (fut is FutureObj f && waiter is FutureObj && f.AwaitedByAdd(waiter) < 0) return null;
        return Py.None;
    }

    [PyMethod("future_discard_from_awaited_by")]
    static PyObject? FutureDiscardFromAwaitedBy(PyObject fut, PyObject waiter)
    {
        if (fut is FutureObj f && waiter is FutureObj && f.AwaitedByDiscard(waiter) < 0) return null;
        return Py.None;
    }
}
