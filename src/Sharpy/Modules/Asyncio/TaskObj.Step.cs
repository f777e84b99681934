using System;
using Sharpy.Modules.Contextvars;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Asyncio;

/// <summary>
/// The task's step machinery (task_step, task_step_impl, task_step_handle_result_impl,
/// task_wakeup, task_eager_start): tasks.py's __step, __step_run_and_handle_result, __wakeup
/// and __eager_start, with their checks and messages.
/// </summary>
public sealed partial class TaskObj
{
    /// <summary>task_call_step_soon: loop.call_soon(step, context=task's context), step throwing <paramref name="arg"/> when given.</summary>
    internal int CallStepSoon(PyObject? arg)
    {
        var cb = new TaskStepMethWrapper(this, arg);
        // Held for the call: an evil call_soon may replace the task's context (gh-126080).
        var ctx = Py.NewRef(TaskContext!);
        int ret = CallSoon(State!, Loop!, cb, null, ctx);
        Py.DECREF(ctx);
        Py.DECREF(cb);
        return ret;
    }

    /// <summary>task_set_error_soon: schedule a step that throws RuntimeError(message) into the coroutine.</summary>
    PyObject? SetErrorSoon(string? message)
    {
        if (message == null) return null;
        var msg = PyUnicode.FromString(message);
        var e = Calls.CallOneArg(PyExc.RuntimeError, msg);
        Py.DECREF(msg);
        if (e == null) return null;
        int ret = CallStepSoon(e);
        Py.DECREF(e);
        return ret < 0 ? null : Py.None;
    }

    /// <summary>task_step: one step between _enter_task and _leave_task.</summary>
    internal PyObject? Step(PyObject? exc)
    {
        // A task whose re-initialization failed has no loop.
        if (!EnsureAlive()) return null;
        var loop = Loop!;
        if (AsyncioModule.EnterTask(loop, this) < 0) return null;
        var res = StepImpl(exc);
        if (res == null)
        {
            var raised = Errors.GetRaisedException();
            AsyncioModule.LeaveTask(loop, this);
            Errors.ChainExceptions(raised);
            return null;
        }
        if (AsyncioModule.LeaveTask(loop, this) < 0)
        {
            Py.DECREF(res);
            return null;
        }
        return res;
    }

    /// <summary>task_step_impl: send None (or throw exc) into the coroutine and act on what it did.</summary>
    PyObject? StepImpl(PyObject? exc)
    {
        var state = State!;
        if (FState != FutState.Pending)
        {
            var self = Abstract.ReprString(this);
            var e = self == null ? null : Abstract.ReprString(exc ?? Py.None);
            if (e == null) return null;
            return Errors.SetString(state.InvalidStateError, $"__step(): already done: {self} {e}");
        }
        bool clearExc = false;
        if (MustCancel)
        {
            if (exc == null || !Raise.GivenExceptionMatches(exc, state.CancelledError))
            {
                exc = CreateCancelledError();
                if (exc == null) return null;
                clearExc = true;
            }
            MustCancel = false;
        }
        Py.CLEAR(ref FutWaiter);

        var coro = Coro;
        if (coro == null)
        {
            if (clearExc) Py.DECREF(exc!);
            return Errors.SetString(PyExc.RuntimeError, "uninitialized Task object");
        }
        // The coroutine is held for the step: it may drop the task's reference to it.
        Py.INCREF(coro);
        PySendResult status;
        PyObject? result;
        if (exc == null) status = GenOps.Send(coro, Py.None, out result);
        else
        {
            result = Calls.CallMethod(coro, "throw", exc);
            if (clearExc) Py.DECREF(exc);
            status = GenOps.StatusFromResult(ref result);
        }
        Py.DECREF(coro);

        if (status == PySendResult.Return)
        {
            // The coroutine finished.
            PyObject? tmp;
            if (MustCancel)
            {
                // Cancelled right before the coroutine stopped.
                MustCancel = false;
                tmp = CancelImpl(CancelMsg);
            }
            else tmp = SetResultImpl(result!);
            Py.DECREF(result!);
            return tmp == null ? null : Py.None;
        }
        if (status == PySendResult.Error)
        {
            if (Errors.ExceptionMatches(state.CancelledError))
            {
                // Kept to be the CancelledError raised later, with its context.
                Py.SETREF(ref CancelledExc, Errors.GetRaisedException());
                return CancelImpl(null);
            }
            var raised = Errors.GetRaisedException()!;
            var o = SetExceptionImpl(raised);
            if (o == null)
            {
                Py.DECREF(raised);
                return null;
            }
            if (Raise.GivenExceptionMatches(raised, PyExc.KeyboardInterrupt) || Raise.GivenExceptionMatches(raised, PyExc.SystemExit))
            {
                Errors.SetRaisedException(raised);
                return null;
            }
            Py.DECREF(raised);
            return Py.None;
        }
        return HandleResult(result!);
    }

    /// <summary>task_step_handle_result_impl: what the coroutine yielded (owned <paramref name="result"/>).</summary>
    PyObject? HandleResult(PyObject result)
    {
        var state = State!;
        if (result == this)
        {
            Py.DECREF(result);
            return SetErrorSoon(ReprMessage("Task cannot await on itself: {0}", this));
        }
        if (result.ob_type == FutureObj.Type || result.ob_type == TaskObj.Type)
        {
            var fut = (FutureObj)result;
            if (fut.Loop != Loop) return DifferentLoop(result);
            if (!fut.Blocking) return YieldInsteadOfYieldFrom(result);
            if (fut.AwaitedByAdd(this) < 0)
            {
                Py.DECREF(result);
                return null;
            }
            fut.Blocking = false;
            var wrapper = NewWakeup();
            var tmp = fut.AddDoneCallbackImpl(wrapper, TaskContext!);
            Py.DECREF(wrapper);
            if (tmp == null)
            {
                Py.DECREF(result);
                return null;
            }
            FutWaiter = result;   // the reference from the step passes to the field
            return CancelWaiterIfMust(result);
        }
        if (result == Py.None)
        {
            // A bare yield gives up control for one iteration of the loop.
            if (CallStepSoon(null) < 0) return null;
            return result;
        }

        if (Abstract.LookupAttr(result, PyUnicode.Intern("_asyncio_future_blocking"), out var o) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        if (o != null && o != Py.None)
        {
            // A Future-compatible object.
            int blocking = Abstract.IsTrue(o);
            Py.DECREF(o);
            if (blocking < 0)
            {
                Py.DECREF(result);
                return null;
            }
            var oloop = AsyncioModule.GetFutureLoop(state, result);
            if (oloop == null)
            {
                Py.DECREF(result);
                return null;
            }
            bool sameLoop = oloop == Loop;
            Py.DECREF(oloop);
            if (!sameLoop) return DifferentLoop(result);
            if (blocking == 0) return YieldInsteadOfYieldFrom(result);
            if (result is FutureObj nativeFut && nativeFut.AwaitedByAdd(this) < 0)
            {
                Py.DECREF(result);
                return null;
            }
            if (Abstract.SetAttr(result, PyUnicode.Intern("_asyncio_future_blocking"), Py.False) < 0)
            {
                Py.DECREF(result);
                return null;
            }
            var wrapper = NewWakeup();
            var addCb = Abstract.GetAttr(result, "add_done_callback");
            if (addCb == null)
            {
                Py.DECREF(wrapper);
                Py.DECREF(result);
                return null;
            }
            Span<StackRef> a = [StackRef.FromBorrow(wrapper), StackRef.FromBorrow(TaskContext!)];
            var tmp = Calls.Call(addCb, a, state.ContextKwname);
            Py.DECREF(addCb);
            Py.DECREF(wrapper);
            if (tmp == null)
            {
                Py.DECREF(result);
                return null;
            }
            Py.DECREF(tmp);
            FutWaiter = result;
            return CancelWaiterIfMust(result);
        }
        Py.XDECREF(o);

        if (result is PyGen)
        {
            var msg = ReprMessage("yield was used instead of yield from for generator in task {0} with {1}", this, result);
            Py.DECREF(result);
            return SetErrorSoon(msg);
        }
        var bad = ReprMessage("Task got bad yield: {0}", result);
        Py.DECREF(result);
        return SetErrorSoon(bad);
    }

    /// <summary>After waiting on <paramref name="waiter"/>: a pending cancel request goes to it (the message held against an evil __getattribute__, gh-126138).</summary>
    PyObject? CancelWaiterIfMust(PyObject waiter)
    {
        if (!MustCancel) return Py.None;
        var msg = Py.NewRef(CancelMsg ?? Py.None);
        var r = Calls.CallMethod(waiter, "cancel", msg);
        Py.DECREF(msg);
        if (r == null) return null;
        int isTrue = Abstract.IsTrue(r);
        Py.DECREF(r);
        if (isTrue < 0) return null;
        if (isTrue > 0) MustCancel = false;
        return Py.None;
    }

    PyObject? DifferentLoop(PyObject result)
    {
        var msg = ReprMessage("Task {0} got Future {1} attached to a different loop", this, result);
        Py.DECREF(result);
        return SetErrorSoon(msg);
    }

    PyObject? YieldInsteadOfYieldFrom(PyObject result)
    {
        var msg = ReprMessage("yield was used instead of yield from in task {0} with {1}", this, result);
        Py.DECREF(result);
        return SetErrorSoon(msg);
    }

    /// <summary>PyUnicode_FromFormat with %R: null with the repr's exception set.</summary>
    static string? ReprMessage(string format, PyObject a, PyObject? b = null)
    {
        var ra = Abstract.ReprString(a);
        if (ra == null) return null;
        if (b == null) return string.Format(format, ra);
        var rb = Abstract.ReprString(b);
        return rb == null ? null : string.Format(format, ra, rb);
    }

    /// <summary>The `task_wakeup` builtin method bound to this task: the done callback a waiting task adds.</summary>
    PyCFunction NewWakeup() => new("task_wakeup", (ob_type.HeapQualName ?? ob_type.Name) + ".task_wakeup", WakeupImpl, Py.NewRef(this), null);

    static PyObject? WakeupImpl(PyObject? self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("task_wakeup");
        if (args.Length != 1)
            return Errors.SetString(PyExc.TypeError, $"task_wakeup() takes exactly one argument ({args.Length} given)");
        return ((TaskObj)self!).Wakeup(args[0].AsBorrowed);
    }

    /// <summary>task_wakeup: the awaited future is done; step with its exception, or with nothing.</summary>
    PyObject? Wakeup(PyObject o)
    {
        if (o is FutureObj f && f.AwaitedByDiscard(this) < 0) return null;
        if (o.ob_type == FutureObj.Type || o.ob_type == TaskObj.Type)
        {
            int res = ((FutureObj)o).GetResult(out var futResult);
            if (res == 0)
            {
                Py.DECREF(futResult!);
                return Step(null);
            }
            if (res == 1)
            {
                var r = Step(futResult);
                Py.DECREF(futResult!);
                return r;
            }
        }
        else
        {
            var futResult = Calls.CallMethod(o, "result");
            if (futResult != null)
            {
                Py.DECREF(futResult);
                return Step(null);
            }
        }
        var exc = Errors.GetRaisedException()!;
        var result = Step(exc);
        Py.DECREF(exc);
        return result;
    }

    /// <summary>task_eager_start: the first step runs now, in the task's context, as the current task.</summary>
    int EagerStart()
    {
        var state = State!;
        var loop = Loop!;
        var prevTask = AsyncioModule.SwapCurrentTask(loop, this);
        if (prevTask == null) return -1;
        // Registered now; done eagerly, it leaves the registry in ScheduleCallbacks.
        state.RegisterTask(this);
        if (TaskContext is not PyContext ctx)
        {
            Py.DECREF(prevTask);
            Errors.SetString(PyExc.TypeError, "an instance of Context was expected");
            return -1;
        }
        var ts = ThreadState.Current;
        if (ctx.Enter(ts) < 0)
        {
            Py.DECREF(prevTask);
            return -1;
        }
        int retval = 0;
        var stepRes = StepImpl(null);
        if (stepRes == null) retval = -1;
        else Py.DECREF(stepRes);

        var raised = retval < 0 ? Errors.GetRaisedException() : null;
        var curTask = AsyncioModule.SwapCurrentTask(loop, prevTask);
        Py.DECREF(prevTask);
        if (curTask == null) retval = -1;
        else Py.DECREF(curTask);
        if (ctx.Exit(ts) < 0) retval = -1;
        if (raised != null) Errors.ChainExceptions(raised);
        // A task finished eagerly lets go of its coroutine at once.
        if (FState != FutState.Pending) Py.CLEAR(ref Coro);
        return retval;
    }
}
