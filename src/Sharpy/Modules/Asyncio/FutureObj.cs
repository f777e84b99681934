using System;
using Sharpy.Modules.Contextvars;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Asyncio;

/// <summary>fut_state.</summary>
internal enum FutState : byte { Pending, Cancelled, Finished }

/// <summary>
/// `_asyncio.Future` (FutureObj in Modules/_asynciomodule.c): asyncio.futures.Future in C#.
/// The callbacks are kept as CPython keeps them, the first in callback0/context0 and the rest
/// in a list of (callback, context) tuples, and are handed to loop.call_soon in that order.
/// An instance made by __new__ without __init__ has no loop ("not initialized").
/// </summary>
[PyType("_asyncio.Future", BaseType = true, Doc = "This class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package.")]
public partial class FutureObj : PyObject, IInstanceDict, IWeakReferenceable
{
    internal AsyncioState? State;
    internal PyObject? Loop;
    internal PyObject? Callback0;
    internal PyObject? Context0;
    internal PyList? Callbacks;
    internal PyBaseException? Exception;
    internal PyObject? ExceptionTb;
    internal PyObject? Result;
    internal PyObject? SourceTb;
    internal PyObject? CancelMsg;
    internal PyBaseException? CancelledExc;
    /// <summary>The one waiter, or (AwaitedByIsSet) a set of waiters: future_awaited_by_add's two forms.</summary>
    internal PyObject? AwaitedBy;
    internal FutState FState;
    internal bool AwaitedByIsSet;
    internal bool LogTb;
    internal bool Blocking;

    public PyDict? Dict { get; set; }
    public PyWeakReference? WeakRefList { get; set; }

    protected FutureObj(PyType type) : base(type) { }

    [PySlot("tp_new", Raw = "PyType_GenericNew: the arguments are __init__'s")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new FutureObj(type);

    internal bool IsAlive => Loop != null;

    /// <summary>future_ensure_alive.</summary>
    internal bool EnsureAlive()
    {
        if (Loop != null) return true;
        Errors.SetString(PyExc.RuntimeError, "Future object is not initialized.");
        return false;
    }

    /// <summary>future_init: (re)initialize to pending on <paramref name="loop"/> (None: the current event loop).</summary>
    internal int InitFuture(PyObject? loop)
    {
        ClearFutureFields();
        FState = FutState.Pending;
        LogTb = false;
        Blocking = false;
        var state = AsyncioState.GetReady();
        if (state == null) return -1;
        State = state;
        if (loop == null || loop == Py.None)
        {
            loop = AsyncioModule.GetEventLoop(state);
            if (loop == null) return -1;
        }
        else Py.INCREF(loop);
        Loop = loop;

        var res = Calls.CallMethod(loop, "get_debug");
        if (res == null) return -1;
        int isTrue = Abstract.IsTrue(res);
        Py.DECREF(res);
        if (isTrue < 0) return -1;
        // No traceback is captured while the interpreter finalizes (its modules are going away).
        if (isTrue > 0 && !Interpreter.Current.Finalizing)
        {
            SourceTb = Calls.CallNoArgs(state.TracebackExtractStack);
            if (SourceTb == null) return -1;
        }
        return 0;
    }

    [PySlot("tp_init")]
    static int Init(FutureObj self, [KeywordOnly] PyObject? loop = null) => self.InitFuture(loop);

    // ---- state changes ----

    /// <summary>call_soon: loop.call_soon(func[, arg], context=ctx); ctx null: without a context.</summary>
    internal static int CallSoon(AsyncioState state, PyObject loop, PyObject func, PyObject? arg, PyObject? ctx)
    {
        var callSoon = Abstract.GetAttr(loop, PyUnicode.Intern("call_soon"));
        if (callSoon == null) return -1;
        PyObject? handle;
        if (ctx == null)
        {
            handle = arg == null ? Calls.CallOneArg(callSoon, func) : Calls.CallTwoArgs(callSoon, func, arg);
        }
        else if (arg == null)
        {
            Span<StackRef> a = [StackRef.FromBorrow(func), StackRef.FromBorrow(ctx)];
            handle = Calls.Call(callSoon, a, state.ContextKwname);
        }
        else
        {
            Span<StackRef> a = [StackRef.FromBorrow(func), StackRef.FromBorrow(arg), StackRef.FromBorrow(ctx)];
            handle = Calls.Call(callSoon, a, state.ContextKwname);
        }
        Py.DECREF(callSoon);
        if (handle == null) return -1;
        Py.DECREF(handle);
        return 0;
    }

    /// <summary>future_schedule_callbacks: hand every callback to call_soon, callback0 first; a done task leaves the registry.</summary>
    internal int ScheduleCallbacks()
    {
        if (this is TaskObj task) State!.UnregisterTask(task);
        var state = State!;
        if (Callback0 != null)
        {
            // Taken out first: a call_soon that reenters cannot see or change them.
            var cb0 = Callback0;
            var ctx0 = Context0;
            Callback0 = null;
            Context0 = null;
            int ret = CallSoon(state, Loop!, cb0, this, ctx0);
            Py.DECREF(cb0);
            Py.XDECREF(ctx0);
            if (ret < 0)
            {
                Py.CLEAR(ref Callbacks);
                return -1;
            }
        }
        var callbacks = Callbacks;
        if (callbacks == null) return 0;
        Callbacks = null;
        int n = callbacks.Count;
        for (int i = 0; i < n; i++)
        {
            var tup = (PyTuple)callbacks.Items[i];
            if (CallSoon(state, Loop!, tup.Items[0], this, tup.Items[1]) < 0)
            {
                Py.DECREF(callbacks);
                return -1;
            }
        }
        Py.DECREF(callbacks);
        return 0;
    }

    /// <summary>future_set_result.</summary>
    internal PyObject? SetResultImpl(PyObject res)
    {
        if (!EnsureAlive()) return null;
        if (FState != FutState.Pending) return Errors.SetString(State!.InvalidStateError, "invalid state");
        Result = Py.NewRef(res);
        FState = FutState.Finished;
        if (ScheduleCallbacks() < 0) return null;
        return Py.None;
    }

    /// <summary>future_set_exception: a class is instantiated; StopIteration becomes a RuntimeError caused by it.</summary>
    internal PyObject? SetExceptionImpl(PyObject exc)
    {
        var state = State!;
        if (FState != FutState.Pending) return Errors.SetString(state.InvalidStateError, "invalid state");
        PyObject? excVal;
        if (exc is PyType t && Abstract.IsSubtype(t, PyExc.BaseException))
        {
            excVal = Calls.CallNoArgs(exc);
            if (excVal == null) return null;
            if (FState != FutState.Pending)
            {
                Py.DECREF(excVal);
                return Errors.SetString(state.InvalidStateError, "invalid state");
            }
        }
        else excVal = Py.NewRef(exc);
        if (excVal is not PyBaseException e)
        {
            Py.DECREF(excVal);
            return Errors.SetString(PyExc.TypeError, "invalid exception object");
        }
        if (Abstract.TypeCheck(e, PyExc.StopIteration))
        {
            var message = PyUnicode.FromString("StopIteration interacts badly with generators and cannot be raised into a Future");
            var err = Calls.CallOneArg(PyExc.RuntimeError, message);
            Py.DECREF(message);
            if (err == null)
            {
                Py.DECREF(e);
                return null;
            }
            var re = (PyBaseException)err;
            Py.SETREF(ref re.Cause, Py.NewRef(e));
            re.SuppressContext = true;
            Py.SETREF(ref re.Context, e);
            e = re;
        }
        Exception = e;
        ExceptionTb = Py.XNewRef(e.Traceback);
        FState = FutState.Finished;
        if (ScheduleCallbacks() < 0) return null;
        LogTb = true;
        return Py.None;
    }

    /// <summary>create_cancelled_error: the saved CancelledError (taken), else a new one with the cancel message.</summary>
    internal PyObject? CreateCancelledError()
    {
        if (CancelledExc != null)
        {
            var saved = CancelledExc;
            CancelledExc = null;
            return saved;
        }
        var msg = CancelMsg;
        return msg == null || msg == Py.None
            ? Calls.CallNoArgs(State!.CancelledError)
            : Calls.CallOneArg(State!.CancelledError, msg);
    }

    /// <summary>future_set_cancelled_error.</summary>
    void SetCancelledError()
    {
        var exc = CreateCancelledError();
        if (exc == null) return;
        Errors.SetObject(State!.CancelledError, exc);
        Py.DECREF(exc);
    }

    /// <summary>future_get_result: 0 with the result, 1 with the exception (its saved traceback restored), -1 with an error set.</summary>
    internal int GetResult(out PyObject? result)
    {
        result = null;
        if (FState == FutState.Cancelled)
        {
            SetCancelledError();
            return -1;
        }
        if (FState != FutState.Finished)
        {
            Errors.SetString(State!.InvalidStateError, "Result is not set.");
            return -1;
        }
        LogTb = false;
        if (Exception != null)
        {
            if (PyBaseException.SetTraceback(Exception, ExceptionTb ?? Py.None) < 0) return -1;
            result = Py.NewRef<PyObject>(Exception);
            Py.CLEAR(ref ExceptionTb);
            return 1;
        }
        result = Py.NewRef(Result!);
        return 0;
    }

    /// <summary>future_add_done_callback: scheduled at once when done, else kept in callback0 or the list.</summary>
    internal PyObject? AddDoneCallbackImpl(PyObject fn, PyObject ctx)
    {
        if (!IsAlive) return Errors.SetString(PyExc.RuntimeError, "uninitialized Future object");
        if (FState != FutState.Pending)
        {
            if (CallSoon(State!, Loop!, fn, this, ctx) < 0) return null;
        }
        else if (Callbacks == null && Callback0 == null)
        {
            Callback0 = Py.NewRef(fn);
            Context0 = Py.NewRef(ctx);
        }
        else
        {
            var tup = PyTuple.Pack(fn, ctx);
            if (Callbacks != null) Callbacks.AppendSteal(tup);
            else
            {
                Callbacks = PyList.New(1);
                Callbacks.AppendSteal(tup);
            }
        }
        return Py.None;
    }

    /// <summary>future_cancel.</summary>
    internal PyObject? CancelImpl(PyObject? msg)
    {
        LogTb = false;
        if (FState != FutState.Pending) return Py.False;
        FState = FutState.Cancelled;
        Py.SETREF(ref CancelMsg, Py.XNewRef(msg));
        if (ScheduleCallbacks() < 0) return null;
        return Py.True;
    }

    /// <summary>future_awaited_by_add: one waiter is kept as is, more in a set.</summary>
    internal int AwaitedByAdd(PyObject thing)
    {
        if (AwaitedBy == null)
        {
            AwaitedBy = Py.NewRef(thing);
            return 0;
        }
        if (AwaitedByIsSet) return ((PySet)AwaitedBy).Add(thing);
        var set = PySet.NewEmpty();
        if (set.Add(thing) < 0 || set.Add(AwaitedBy) < 0)
        {
            Py.DECREF(set);
            return -1;
        }
        Py.SETREF(ref AwaitedBy, set);
        AwaitedByIsSet = true;
        return 0;
    }

    /// <summary>future_awaited_by_discard: as set.discard, no error when absent.</summary>
    internal int AwaitedByDiscard(PyObject thing)
    {
        if (AwaitedBy == null) return 0;
        if (AwaitedBy == thing)
        {
            Py.CLEAR(ref AwaitedBy);
            return 0;
        }
        if (AwaitedByIsSet) return ((PySet)AwaitedBy).Discard(thing) < 0 ? -1 : 0;
        return 0;
    }

    // ---- methods ----

    /// <summary>Why some methods parse their own arguments.</summary>
    internal const string DefiningClassForm = "clinic's defining_class form (METH_METHOD|METH_FASTCALL|METH_KEYWORDS): its messages name the method alone";

    /// <summary>That form's check for a method without parameters.</summary>
    internal static bool NoArgs(string name, ReadOnlySpan<StackRef> args)
    {
        if (args.Length == 0) return true;
        Errors.SetString(PyExc.TypeError, $"{name}() takes no arguments");
        return false;
    }

    /// <summary>That form's check for one positional-only parameter: the argument (borrowed), or null with TypeError set.</summary>
    internal static PyObject? OneArg(string name, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int total = args.Length;
        int nargs = total - (kwnames?.Count ?? 0);
        if (total > 1) return Errors.SetString(PyExc.TypeError, $"{name}() takes at most 1 argument ({total} given)");
        if (nargs == 0) return Errors.SetString(PyExc.TypeError, $"{name}() takes exactly 1 positional argument (0 given)");
        return args[0].AsBorrowed;
    }

    internal const string ResultDoc = "Return the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised.";
    internal const string ExceptionDoc = "Return the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError.";
    internal const string AddDoneCallbackDoc = "Add a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon.";
    internal const string RemoveDoneCallbackDoc = "Remove all instances of a callback from the \"call when done\" list.\n\nReturns the number of callbacks removed.";
    internal const string CancelledDoc = "Return True if the future was cancelled.";
    internal const string DoneDoc = "Return True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled.";
    internal const string MakeCancelledErrorDoc = "Create the CancelledError to raise if the Future is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value.";


    [PyMethod("result", Doc = ResultDoc)]
    internal static PyObject? ResultMethod(FutureObj self)
    {
        if (!self.IsAlive) return NotInitialized();
        int res = self.GetResult(out var result);
        if (res < 0) return null;
        if (res == 0) return result;
        Errors.SetObject(result!.ob_type, result);
        Py.DECREF(result);
        return null;
    }

    /// <summary>The InvalidStateError of result() and exception() on an uninitialized future.</summary>
    static PyObject? NotInitialized()
    {
        var state = AsyncioState.GetReady();
        if (state == null) return null;
        return Errors.SetString(state.InvalidStateError, "Future object is not initialized.");
    }

    [PyMethod("exception", Doc = ExceptionDoc, TextSignature = "($self, /)", Raw = DefiningClassForm)]
    internal static PyObject? ExceptionMethod(FutureObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => NoArgs("exception", args) ? ExceptionImpl(self) : null;

    static PyObject? ExceptionImpl(FutureObj self)
    {
        if (!self.IsAlive) return NotInitialized();
        if (self.FState == FutState.Cancelled)
        {
            self.SetCancelledError();
            return null;
        }
        if (self.FState != FutState.Finished) return Errors.SetString(self.State!.InvalidStateError, "Exception is not set.");
        if (self.Exception != null)
        {
            self.LogTb = false;
            return Py.NewRef<PyObject>(self.Exception);
        }
        return Py.None;
    }

    [PyMethod("set_result", Doc = "Mark the future done and set its result.\n\nIf the future is already done when this method is called, raises\nInvalidStateError.", TextSignature = "($self, result, /)", Raw = DefiningClassForm)]
    static PyObject? SetResult(FutureObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (OneArg("set_result", args, kwnames) is not { } result) return null;
        if (!self.EnsureAlive()) return null;
        return self.SetResultImpl(result);
    }

    [PyMethod("set_exception", Doc = "Mark the future done and set an exception.\n\nIf the future is already done when this method is called, raises\nInvalidStateError.", TextSignature = "($self, exception, /)", Raw = DefiningClassForm)]
    static PyObject? SetException(FutureObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (OneArg("set_exception", args, kwnames) is not { } exception) return null;
        if (!self.EnsureAlive()) return null;
        return self.SetExceptionImpl(exception);
    }

    [PyMethod("add_done_callback", Doc = AddDoneCallbackDoc, TextSignature = "($self, fn, /, *, context=<unrepresentable>)")]
    internal static PyObject? AddDoneCallback(FutureObj self, PyObject fn, [KeywordOnly] PyObject? context = null)
    {
        if (context != null) return self.AddDoneCallbackImpl(fn, context);
        var ctx = PyContext.CopyCurrent();
        var r = self.AddDoneCallbackImpl(fn, ctx);
        Py.DECREF(ctx);
        return r;
    }

    [PyMethod("remove_done_callback", Doc = RemoveDoneCallbackDoc, TextSignature = "($self, fn, /)", Raw = DefiningClassForm)]
    internal static PyObject? RemoveDoneCallback(FutureObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => OneArg("remove_done_callback", args, kwnames) is { } fn ? RemoveDoneCallbackImpl(self, fn) : null;

    static PyObject? RemoveDoneCallbackImpl(FutureObj self, PyObject fn)
    {
        if (!self.EnsureAlive()) return null;
        long clearedCallback0 = 0;
        if (self.Callback0 != null)
        {
            // Held for the comparison: an evil __eq__ may drop the future's own reference.
            var cb0 = Py.NewRef(self.Callback0);
            int cmp = Abstract.RichCompareBool(cb0, fn, CompareOp.Eq);
            Py.DECREF(cb0);
            if (cmp < 0) return null;
            if (cmp == 1)
            {
                Py.CLEAR(ref self.Callback0);
                Py.CLEAR(ref self.Context0);
                clearedCallback0 = 1;
            }
        }
        if (self.Callbacks == null) return PyLong.FromLong(clearedCallback0);
        int len = self.Callbacks.Count;
        if (len == 0)
        {
            Py.CLEAR(ref self.Callbacks);
            return PyLong.FromLong(clearedCallback0);
        }
        if (len == 1)
        {
            var tup = Py.NewRef(self.Callbacks.Items[0]);
            int cmp = Abstract.RichCompareBool(((PyTuple)tup).Items[0], fn, CompareOp.Eq);
            Py.DECREF(tup);
            if (cmp < 0) return null;
            if (cmp == 1)
            {
                Py.CLEAR(ref self.Callbacks);
                return PyLong.FromLong(1 + clearedCallback0);
            }
            return PyLong.FromLong(clearedCallback0);
        }
        var kept = PyList.New(len);
        // The comparisons may change the list (GH-97592): it is read afresh each time.
        for (int i = 0; self.Callbacks != null && i < self.Callbacks.Count; i++)
        {
            var item = Py.NewRef(self.Callbacks.Items[i]);
            int cmp = Abstract.RichCompareBool(((PyTuple)item).Items[0], fn, CompareOp.Eq);
            if (cmp < 0)
            {
                Py.DECREF(item);
                Py.DECREF(kept);
                return null;
            }
            if (cmp == 0) kept.AppendSteal(item);
            else Py.DECREF(item);
        }
        int j = kept.Count;
        if (j == 0 || self.Callbacks == null)
        {
            Py.CLEAR(ref self.Callbacks);
            Py.DECREF(kept);
            return PyLong.FromLong(len + clearedCallback0);
        }
        len = self.Callbacks.Count;
        if (j != len)
        {
            var old = self.Callbacks;
            self.Callbacks = kept;
            Py.DECREF(old);
            return PyLong.FromLong(len - j + clearedCallback0);
        }
        Py.DECREF(kept);
        return PyLong.FromLong(clearedCallback0);
    }

    [PyMethod("cancel", Doc = "Cancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True.")]
    static PyObject? Cancel(FutureObj self, [Keyword] PyObject? msg = null)
    {
        if (!self.EnsureAlive()) return null;
        return self.CancelImpl(msg ?? Py.None);
    }

    [PyMethod("cancelled", Doc = CancelledDoc)]
    internal static bool Cancelled(FutureObj self) => self.IsAlive && self.FState == FutState.Cancelled;

    [PyMethod("done", Doc = DoneDoc)]
    internal static bool Done(FutureObj self) => self.IsAlive && self.FState != FutState.Pending;

    [PyMethod("get_loop", Doc = "Return the event loop the Future is bound to.", TextSignature = "($self, /)", Raw = DefiningClassForm)]
    static PyObject? GetLoop(FutureObj self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => !NoArgs("get_loop", args) ? null : self.EnsureAlive() ? Py.NewRef(self.Loop!) : null;

    [PyMethod("_make_cancelled_error", Doc = MakeCancelledErrorDoc)]
    internal static PyObject? MakeCancelledError(FutureObj self)
    {
        if (self.State == null && (self.State = AsyncioState.GetReady()) == null) return null;
        return self.CreateCancelledError();
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    // ---- attributes ----

    [PyGetter("_state")]
    static PyObject? GetState(FutureObj self)
    {
        if (!self.EnsureAlive()) return null;
        return PyUnicode.Intern(self.FState switch
        {
            FutState.Pending => "PENDING",
            FutState.Cancelled => "CANCELLED",
            _ => "FINISHED",
        });
    }

    [PyGetter("_asyncio_future_blocking")]
    static PyObject? GetBlocking(FutureObj self) => Py.NewBool(self.IsAlive && self.Blocking);

    [PySetter("_asyncio_future_blocking")]
    static int SetBlocking(FutureObj self, PyObject? value)
    {
        if (!self.EnsureAlive()) return -1;
        if (value == null) return CannotDelete();
        int isTrue = Abstract.IsTrue(value);
        if (isTrue < 0) return -1;
        self.Blocking = isTrue > 0;
        return 0;
    }

    static int CannotDelete()
    {
        Errors.SetString(PyExc.AttributeError, "cannot delete attribute");
        return -1;
    }

    [PyGetter("_log_traceback")]
    static PyObject? GetLogTraceback(FutureObj self) => self.EnsureAlive() ? Py.NewBool(self.LogTb) : null;

    [PySetter("_log_traceback")]
    static int SetLogTraceback(FutureObj self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        int isTrue = Abstract.IsTrue(value);
        if (isTrue < 0) return -1;
        if (isTrue > 0)
        {
            Errors.SetString(PyExc.ValueError, "_log_traceback can only be set to False");
            return -1;
        }
        self.LogTb = false;
        return 0;
    }

    [PyGetter("_loop")]
    static PyObject? GetLoopAttr(FutureObj self) => Py.NewRef(self.Loop ?? Py.None);

    [PyGetter("_callbacks")]
    static PyObject? GetCallbacks(FutureObj self)
    {
        if (!self.EnsureAlive()) return null;
        int len = (self.Callback0 != null ? 1 : 0) + (self.Callbacks?.Count ?? 0);
        if (len == 0) return Py.None;
        var list = PyList.New(len);
        if (self.Callback0 != null) list.AppendSteal(PyTuple.Pack(self.Callback0, self.Context0!));
        if (self.Callbacks != null)
            foreach (var cb in self.Callbacks.AsSpan()) list.Append(cb);
        return list;
    }

    [PyGetter("_result")]
    static PyObject? GetResultAttr(FutureObj self) => self.EnsureAlive() ? Py.NewRef(self.Result ?? Py.None) : null;

    [PyGetter("_exception")]
    static PyObject? GetExceptionAttr(FutureObj self) => self.EnsureAlive() ? Py.NewRef((PyObject?)self.Exception ?? Py.None) : null;

    [PyGetter("_source_traceback")]
    static PyObject? GetSourceTraceback(FutureObj self) => Py.NewRef(self.IsAlive ? self.SourceTb ?? Py.None : Py.None);

    [PyGetter("_cancel_message")]
    static PyObject? GetCancelMessage(FutureObj self) => Py.NewRef(self.CancelMsg ?? Py.None);

    [PySetter("_cancel_message")]
    static int SetCancelMessage(FutureObj self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        Py.SETREF(ref self.CancelMsg, Py.NewRef(value));
        return 0;
    }

    [PyGetter("_asyncio_awaited_by")]
    static PyObject? GetAwaitedBy(FutureObj self)
    {
        if (self.AwaitedBy == null) return Py.None;
        var fs = new PyFrozenSet(PyFrozenSet.Type);
        if (self.AwaitedByIsSet)
        {
            if (PyAnySet.UpdateInternal(fs, self.AwaitedBy) < 0)
            {
                Py.DECREF(fs);
                return null;
            }
        }
        else if (fs.Add(self.AwaitedBy) < 0)
        {
            Py.DECREF(fs);
            return null;
        }
        return fs;
    }

    // ---- slots ----

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (FutureObj)o;
        if (!self.EnsureAlive()) return null;
        return Calls.CallOneArg(self.State!.FutureReprFunc, self);
    }

    /// <summary>future_new_iter: tp_iter and am_await.</summary>
    [PySlot("tp_iter")]
    internal static PyObject? NewIter(PyObject o)
    {
        var self = (FutureObj)o;
        if (!self.EnsureAlive()) return null;
        return new FutureIter(self);
    }

    [PySlot("am_await")]
    internal static PyObject? Await(PyObject o) => NewIter(o);

    /// <summary>FutureObj_finalize: an exception never retrieved is reported to the loop's exception handler.</summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject o) => ((FutureObj)o).FinalizeFuture();

    internal void FinalizeFuture()
    {
        if (!LogTb) return;
        LogTb = false;
        var saved = Errors.GetRaisedException();
        var context = PyDict.New();
        context.SetItemStringSteal("message", PyUnicode.FromString($"{ob_type.Name} exception was never retrieved"));
        context.SetItemString("exception", Exception!);
        context.SetItemString("future", this);
        if (SourceTb != null) context.SetItemString("source_traceback", SourceTb);
        CallExceptionHandler(Loop!, context);
        Py.DECREF(context);
        Errors.SetRaisedException(saved);
    }

    /// <summary>loop.call_exception_handler(context), its failure reported as unraisable.</summary>
    internal static void CallExceptionHandler(PyObject loop, PyDict context)
    {
        var func = Abstract.GetAttr(loop, "call_exception_handler");
        if (func == null)
        {
            Errors.Clear();
            return;
        }
        var res = Calls.CallOneArg(func, context);
        if (res == null)
        {
            var repr = Abstract.ReprString(func) ?? "?";
            Interpreter.WriteUnraisable($"while calling asyncio function {repr}", null);
        }
        else Py.DECREF(res);
        Py.DECREF(func);
    }

    /// <summary>FutureObj_clear's fields (not the dict): what future_init resets.</summary>
    void ClearFutureFields()
    {
        Py.CLEAR(ref Loop);
        Py.CLEAR(ref Callback0);
        Py.CLEAR(ref Context0);
        Py.CLEAR(ref Callbacks);
        Py.CLEAR(ref Result);
        Py.CLEAR(ref Exception);
        Py.CLEAR(ref ExceptionTb);
        Py.CLEAR(ref SourceTb);
        Py.CLEAR(ref CancelMsg);
        Py.CLEAR(ref CancelledExc);
        Py.CLEAR(ref AwaitedBy);
        AwaitedByIsSet = false;
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Loop != null) visit(Loop);
        if (Callback0 != null) visit(Callback0);
        if (Context0 != null) visit(Context0);
        if (Callbacks != null) visit(Callbacks);
        if (Result != null) visit(Result);
        if (Exception != null) visit(Exception);
        if (ExceptionTb != null) visit(ExceptionTb);
        if (SourceTb != null) visit(SourceTb);
        if (CancelMsg != null) visit(CancelMsg);
        if (CancelledExc != null) visit(CancelledExc);
        if (AwaitedBy != null) visit(AwaitedBy);
        if (Dict != null) GenericAttr.TraverseInstanceDict(Dict, visit);
    }

    protected internal override void Clear()
    {
        ClearFutureFields();
        var d = Dict;
        Dict = null;
        Py.XDECREF(d);
    }

    protected internal override void ReleaseReferences() => Clear();
}
