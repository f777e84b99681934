using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `async_generator` (Objects/genobject.c): an `async def` with `yield`. Its yields reach the
/// caller wrapped (ASYNC_GEN_WRAP), so the awaitables <see cref="PyAsyncGenASend"/> and
/// <see cref="PyAsyncGenAThrow"/> can tell a value yielded to the `async for` from a value
/// the generator's own awaits pass up to the event loop.
/// </summary>
[PyType("async_generator")]
public sealed partial class PyAsyncGen : PyGenBase
{
    /// <summary>The sys.set_asyncgen_hooks finalizer seen at the first iteration (owned).</summary>
    internal PyObject? Finalizer;
    internal bool HooksInited, Closed;
    /// <summary>ag_running: an asend/athrow awaitable is driving the generator.</summary>
    internal bool RunningAsync;

    internal PyAsyncGen(Frame frame, PyObject name, PyObject qualName) : base(Type, frame, name, qualName) { }

    internal override string KindName => "async generator";

    /// <summary>async_gen_init_hooks: at the first __anext__/asend/athrow/aclose, take the finalizer and call firstiter.</summary>
    int InitHooks()
    {
        if (HooksInited) return 0;
        HooksInited = true;
        var ts = ThreadState.Current;
        if (ts.AsyncGenFinalizer != null) Finalizer = Py.NewRef(ts.AsyncGenFinalizer);
        var firstiter = ts.AsyncGenFirstIter;
        if (firstiter != null)
        {
            Py.INCREF(firstiter);
            var res = Calls.CallOneArg(firstiter, this);
            Py.DECREF(firstiter);
            if (res == null) return -1;
            Py.DECREF(res);
        }
        return 0;
    }

    /// <summary>async_gen_unwrap_value: a wrapped (async-yielded) value ends the awaitable with StopIteration(value).</summary>
    internal PyObject? UnwrapValue(PyObject? result)
    {
        if (result == null)
        {
            if (!Errors.Occurred()) Errors.SetObject(PyExc.StopAsyncIteration, null);
            if (Errors.ExceptionMatches(PyExc.StopAsyncIteration) || Errors.ExceptionMatches(PyExc.GeneratorExit))
                Closed = true;
            RunningAsync = false;
            return null;
        }
        if (result is PyAsyncGenWrappedValue w)
        {
            SetStopIterationValue(Py.NewRef(w.Value));
            Py.DECREF(result);
            RunningAsync = false;
            return null;
        }
        return result;
    }

    internal PyObject? ANext() => InitHooks() < 0 ? null : new PyAsyncGenASend(this, null);

    [PySlot("tp_finalize")]
    static void Finalize(PyObject self) => FinalizeGen(self);

    [PySlot("am_send")]
    static PySendResult AmSendSlot(PyObject self, PyObject value, out PyObject? result) => AmSend(self, value, out result);

    [PySlot("am_aiter")]
    static PyObject? AIter(PyObject self) => Py.NewRef(self);

    [PySlot("am_anext")]
    static PyObject? ANextSlot(PyObject self) => ((PyAsyncGen)self).ANext();

    [PyMethod("asend", Doc = "asend(v) -> send 'v' in generator.", TextSignature = "")]
    static PyObject? ASend(PyAsyncGen self, PyObject value) => self.InitHooks() < 0 ? null : new PyAsyncGenASend(self, value);

    [PyMethod("athrow", Doc = "athrow(value)\nathrow(type[,value[,tb]])\n\nraise exception in generator.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.",
        Raw = "athrow() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? AThrow(PyAsyncGen self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "async_generator.athrow() takes no keyword arguments");
        if (args.Length > 1 && Warnings.WarnEx(PyExc.DeprecationWarning, "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.", 1) < 0)
            return null;
        if (self.InitHooks() < 0) return null;
        // The arguments are checked when the awaitable first runs.
        var items = new PyObject[args.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(args[i].AsBorrowed);
        var tuple = PyTuple.FromStolen(items);
        var t = new PyAsyncGenAThrow(self, tuple);
        Py.DECREF(tuple);
        return t;
    }

    [PyMethod("aclose", Doc = "aclose() -> raise GeneratorExit inside generator.", TextSignature = "")]
    static PyObject? AClose(PyAsyncGen self) => self.InitHooks() < 0 ? null : new PyAsyncGenAThrow(self, null);

    [PyGetter("__name__", Doc = "name of the async generator")] static PyObject? GetName(PyAsyncGen g) => Py.NewRef(g.Name);
    [PySetter("__name__")] static int SetName(PyAsyncGen g, PyObject? v) => g.SetName(v, false);
    [PyGetter("__qualname__", Doc = "qualified name of the async generator")] static PyObject? GetQualName(PyAsyncGen g) => Py.NewRef(g.QualName);
    [PySetter("__qualname__")] static int SetQualName(PyAsyncGen g, PyObject? v) => g.SetName(v, true);
    [PyGetter("ag_await", Doc = "object being awaited on, or None")] static PyObject? GetAwaitAttr(PyAsyncGen g) => g.GetYieldFrom();
    [PyGetter("ag_frame")] static PyObject? GetFrame(PyAsyncGen g) => g.GetFrame();
    [PyGetter("ag_code")] static PyObject? GetCode(PyAsyncGen g) => Py.NewRef(g.Code);
    [PyGetter("ag_suspended")] static PyObject? GetSuspended(PyAsyncGen g) => g.GetSuspended();
    [PyGetter("ag_running")] static PyObject? GetRunning(PyAsyncGen g) => Py.NewBool(g.RunningAsync);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => ((PyAsyncGen)self).ReprAs("async_generator");

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        Py.CLEAR(ref Finalizer);
    }

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (Finalizer != null) visit(Finalizer);
    }
}

/// <summary>AwaitableState: an asend/athrow awaitable is driven once.</summary>
enum AwaitableState : byte { Init, Iter, Closed }

/// <summary>`async_generator_asend`: the awaitable of __anext__() and asend(v).</summary>
[PyType("async_generator_asend")]
public sealed partial class PyAsyncGenASend : PyObject
{
    PyAsyncGen? _gen;
    PyObject? _sendVal;
    AwaitableState _state;

    internal PyAsyncGenASend(PyAsyncGen gen, PyObject? sendVal) : base(Type)
    {
        _gen = (PyAsyncGen)Py.NewRef(gen);
        _sendVal = Py.XNewRef(sendVal);
    }

    PyAsyncGen Gen => _gen!;

    /// <summary>async_gen_asend_send: the next value the generator passes up to the event loop, or StopIteration(value) for a value it yielded.</summary>
    PyObject? Send(PyObject? arg)
    {
        var status = SendEx(arg, out var result);
        if (status != PySendResult.Return) return result;
        PyGenBase.SetStopIterationValue(result!);
        return null;
    }

    /// <summary>
    /// The same step in the PyIter_Send protocol (for SEND, see <see cref="GenOps.Send"/>): a value
    /// the generator yielded is the Return result, without the StopIteration that would carry it.
    /// </summary>
    internal PySendResult SendEx(PyObject? arg, out PyObject? result)
    {
        result = null;
        if (_state == AwaitableState.Closed)
        {
            Errors.SetString(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
            return PySendResult.Error;
        }
        if (_state == AwaitableState.Init)
        {
            if (Gen.RunningAsync)
            {
                _state = AwaitableState.Closed;
                Errors.SetString(PyExc.RuntimeError, "anext(): asynchronous generator is already running");
                return PySendResult.Error;
            }
            if (arg == null || arg == Py.None) arg = _sendVal;
            _state = AwaitableState.Iter;
        }
        Gen.RunningAsync = true;
        var r = Gen.SendPy(arg, false);
        if (r is PyAsyncGenWrappedValue w)
        {
            // async_gen_unwrap_value's StopIteration(value), as a return.
            result = Py.NewRef(w.Value);
            Py.DECREF(r);
            Gen.RunningAsync = false;
            _state = AwaitableState.Closed;
            return PySendResult.Return;
        }
        result = Gen.UnwrapValue(r);
        if (result != null) return PySendResult.Next;
        _state = AwaitableState.Closed;
        return PySendResult.Error;
    }

    PyObject? Throw(PyObject typ, PyObject? val, PyObject? tb)
    {
        if (_state == AwaitableState.Closed)
            return Errors.SetString(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        if (_state == AwaitableState.Init)
        {
            if (Gen.RunningAsync)
            {
                _state = AwaitableState.Closed;
                return Errors.SetString(PyExc.RuntimeError, "anext(): asynchronous generator is already running");
            }
            _state = AwaitableState.Iter;
            Gen.RunningAsync = true;
        }
        var result = Gen.UnwrapValue(Gen.Throw(true, typ, val, tb));
        if (result == null)
        {
            Gen.RunningAsync = false;
            _state = AwaitableState.Closed;
        }
        return result;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject self) => ((PyAsyncGenASend)self).Send(null);

    [PySlot("am_await")]
    static PyObject? Await(PyObject self) => Py.NewRef(self);

    [PyMethod("send")]
    static PyObject? SendMethod(PyAsyncGenASend self, PyObject value) => self.Send(value);

    [PyMethod("throw", Raw = "throw() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? ThrowMethod(PyAsyncGenASend self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => PyGenBase.ParseThrowArgs(args, kwnames, "throw", out var typ, out var val, out var tb) ? self.Throw(typ, val, tb) : null;

    [PyMethod("close")]
    static PyObject? CloseMethod(PyAsyncGenASend self)
        => self._state == AwaitableState.Closed ? Py.None : AsyncGenOps.CloseResult(self.Throw(PyExc.GeneratorExit, null, null));

    /// <summary>An asend/__anext__ awaitable dropped unawaited warns.</summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject self)
    {
        var o = (PyAsyncGenASend)self;
        if (o._state == AwaitableState.Init && o._gen != null) AsyncGenOps.WarnUnawaitedMethod(o._gen, "asend");
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _gen);
        Py.CLEAR(ref _sendVal);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_gen != null) visit(_gen);
        if (_sendVal != null) visit(_sendVal);
    }
}

/// <summary>`async_generator_athrow`: the awaitable of athrow(...) and aclose() (no exception given).</summary>
[PyType("async_generator_athrow")]
public sealed partial class PyAsyncGenAThrow : PyObject
{
    PyAsyncGen? _gen;
    /// <summary>athrow()'s arguments; null in aclose() mode.</summary>
    PyTuple? _args;
    AwaitableState _state;

    internal PyAsyncGenAThrow(PyAsyncGen gen, PyTuple? args) : base(Type)
    {
        _gen = (PyAsyncGen)Py.NewRef(gen);
        _args = Py.XNewRef(args);
    }

    PyAsyncGen Gen => _gen!;
    bool IsAClose => _args == null;

    PyObject? AlreadyRunning()
    {
        _state = AwaitableState.Closed;
        return Errors.SetString(PyExc.RuntimeError, IsAClose
            ? "aclose(): asynchronous generator is already running"
            : "athrow(): asynchronous generator is already running");
    }

    PyObject? Send(PyObject arg)
    {
        if (_state == AwaitableState.Closed)
            return Errors.SetString(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        if (Gen.IsFinished)
        {
            _state = AwaitableState.Closed;
            Errors.SetObject(PyExc.StopIteration, null);
            return null;
        }
        PyObject? retval;
        if (_state == AwaitableState.Init)
        {
            if (Gen.RunningAsync) return AlreadyRunning();
            if (Gen.Closed)
            {
                _state = AwaitableState.Closed;
                Errors.SetObject(PyExc.StopAsyncIteration, null);
                return null;
            }
            if (arg != Py.None)
                return Errors.SetString(PyExc.RuntimeError, "can't send non-None value to a just-started coroutine");
            _state = AwaitableState.Iter;
            Gen.RunningAsync = true;
            if (IsAClose)
            {
                Gen.Closed = true;
                // GeneratorExit is thrown in without closing the awaited object at once.
                retval = Gen.Throw(false, PyExc.GeneratorExit, null, null);
                if (retval is PyAsyncGenWrappedValue)
                {
                    Py.DECREF(retval);
                    return YieldClose();
                }
            }
            else
            {
                var a = _args!.Items;
                if (a.Length < 1 || a.Length > 3)
                    return Errors.SetString(PyExc.TypeError, a.Length < 1
                        ? $"athrow expected at least 1 argument, got {a.Length}"
                        : $"athrow expected at most 3 arguments, got {a.Length}");
                retval = Gen.UnwrapValue(Gen.Throw(false, a[0], a.Length > 1 ? a[1] : null, a.Length > 2 ? a[2] : null));
            }
            return retval ?? CheckError();
        }
        retval = Gen.SendPy(arg, false);
        if (!IsAClose) return Gen.UnwrapValue(retval);
        if (retval == null) return CheckError();
        if (retval is PyAsyncGenWrappedValue)
        {
            Py.DECREF(retval);
            return YieldClose();
        }
        return retval;
    }

    /// <summary>The generator yielded a value while being closed.</summary>
    PyObject? YieldClose()
    {
        Gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        return Errors.SetString(PyExc.RuntimeError, "async generator ignored GeneratorExit");
    }

    /// <summary>The generator raised: for aclose(), finishing by StopAsyncIteration or GeneratorExit is success.</summary>
    PyObject? CheckError()
    {
        Gen.RunningAsync = false;
        _state = AwaitableState.Closed;
        if (IsAClose && (Errors.ExceptionMatches(PyExc.StopAsyncIteration) || Errors.ExceptionMatches(PyExc.GeneratorExit)))
        {
            Errors.Clear();
            Errors.SetObject(PyExc.StopIteration, null);
        }
        return null;
    }

    PyObject? Throw(PyObject typ, PyObject? val, PyObject? tb)
    {
        if (_state == AwaitableState.Closed)
            return Errors.SetString(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        if (_state == AwaitableState.Init)
        {
            if (Gen.RunningAsync) return AlreadyRunning();
            _state = AwaitableState.Iter;
            Gen.RunningAsync = true;
        }
        var retval = Gen.Throw(true, typ, val, tb);
        if (!IsAClose)
        {
            retval = Gen.UnwrapValue(retval);
            if (retval == null)
            {
                Gen.RunningAsync = false;
                _state = AwaitableState.Closed;
            }
            return retval;
        }
        if (retval is PyAsyncGenWrappedValue)
        {
            Py.DECREF(retval);
            return YieldClose();
        }
        if (retval == null)
        {
            Gen.RunningAsync = false;
            _state = AwaitableState.Closed;
            if (Errors.ExceptionMatches(PyExc.StopAsyncIteration) || Errors.ExceptionMatches(PyExc.GeneratorExit))
            {
                Errors.Clear();
                Errors.SetObject(PyExc.StopIteration, null);
            }
        }
        return retval;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject self) => ((PyAsyncGenAThrow)self).Send(Py.None);

    [PySlot("am_await")]
    static PyObject? Await(PyObject self) => Py.NewRef(self);

    [PyMethod("send")]
    static PyObject? SendMethod(PyAsyncGenAThrow self, PyObject value) => self.Send(value);

    [PyMethod("throw", Raw = "throw() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? ThrowMethod(PyAsyncGenAThrow self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => PyGenBase.ParseThrowArgs(args, kwnames, "throw", out var typ, out var val, out var tb) ? self.Throw(typ, val, tb) : null;

    [PyMethod("close")]
    static PyObject? CloseMethod(PyAsyncGenAThrow self)
        => self._state == AwaitableState.Closed ? Py.None : AsyncGenOps.CloseResult(self.Throw(PyExc.GeneratorExit, null, null));

    [PySlot("tp_finalize")]
    static void Finalize(PyObject self)
    {
        var o = (PyAsyncGenAThrow)self;
        if (o._state == AwaitableState.Init && o._gen != null) AsyncGenOps.WarnUnawaitedMethod(o._gen, o.IsAClose ? "aclose" : "athrow");
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _gen);
        Py.CLEAR(ref _args);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_gen != null) visit(_gen);
        if (_args != null) visit(_args);
    }
}

/// <summary>`async_generator_wrapped_value`: a value an async generator yields (INTRINSIC_ASYNC_GEN_WRAP).</summary>
[PyType("async_generator_wrapped_value")]
public sealed partial class PyAsyncGenWrappedValue : PyObject
{
    internal PyObject Value;

    internal PyAsyncGenWrappedValue(PyObject value) : base(Type) => Value = Py.NewRef(value);

    protected internal override void ReleaseReferences() => Py.DECREF(Value);

    protected internal override void Traverse(Visitor visit) => visit(Value);
}

static class AsyncGenOps
{
    /// <summary>
    /// close() of an asend/athrow awaitable, given what throwing GeneratorExit into it gave:
    /// ending by StopIteration, StopAsyncIteration or GeneratorExit is a clean close; a
    /// value means the generator ignored GeneratorExit.
    /// </summary>
    internal static PyObject? CloseResult(PyObject? result)
    {
        if (result == null)
        {
            if (Errors.ExceptionMatches(PyExc.StopIteration) || Errors.ExceptionMatches(PyExc.StopAsyncIteration) || Errors.ExceptionMatches(PyExc.GeneratorExit))
            {
                Errors.Clear();
                return Py.None;
            }
            return null;
        }
        Py.DECREF(result);
        return Errors.SetString(PyExc.RuntimeError, "coroutine ignored GeneratorExit");
    }

    /// <summary>_PyErr_WarnUnawaitedAgenMethod.</summary>
    internal static void WarnUnawaitedMethod(PyAsyncGen gen, string method)
    {
        var saved = Errors.GetRaisedException();
        if (Warnings.WarnWithSource(PyExc.RuntimeWarning, $"coroutine method '{method}' of '{((PyUnicode)gen.QualName).Value}' was never awaited", 1, gen) < 0)
            Interpreter.WriteUnraisable("while finalizing async generator", gen);
        Errors.SetRaisedException(saved);
    }
}
