using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`generator` (Objects/genobject.c). The shared machinery is in <see cref="PyGenBase"/>.</summary>
[PyType("generator")]
public sealed partial class PyGen : PyGenBase
{
    internal PyGen(Frame frame, PyObject name, PyObject qualName) : base(Type, frame, name, qualName) { }

    internal override string KindName => "generator";

    /// <summary>A generator function's code flagged CO_ITERABLE_COROUTINE (types.coroutine) makes awaitable generators.</summary>
    internal bool IsIterableCoroutine => (Code.Flags & PyCode.CO_ITERABLE_COROUTINE) != 0;

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? IterNextSlot(PyObject self) => ((PyGen)self).IterNext();

    [PySlot("tp_finalize")]
    static void Finalize(PyObject self) => FinalizeGen(self);

    [PySlot("am_send")]
    static PySendResult AmSendSlot(PyObject self, PyObject value, out PyObject? result) => AmSend(self, value, out result);

    [PyMethod("send", Doc = "send(value) -> send 'value' into generator,\nreturn next yielded value or raise StopIteration.", TextSignature = "")]
    static PyObject? SendMethod(PyGen self, PyObject value) => self.SendPy(value, false);

    [PyMethod("throw", Doc = "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.",
        Raw = "throw() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? ThrowMethod(PyGen self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => self.ThrowArgs(args, kwnames, "throw");

    [PyMethod("close", Doc = "close() -> raise GeneratorExit inside generator.", TextSignature = "")]
    static PyObject? CloseMethod(PyGen self) => self.Close();

    [PyGetter("__name__", Doc = "name of the generator")] static PyObject? GetName(PyGen g) => Py.NewRef(g.Name);
    [PySetter("__name__")] static int SetName(PyGen g, PyObject? v) => g.SetName(v, false);
    [PyGetter("__qualname__", Doc = "qualified name of the generator")] static PyObject? GetQualName(PyGen g) => Py.NewRef(g.QualName);
    [PySetter("__qualname__")] static int SetQualName(PyGen g, PyObject? v) => g.SetName(v, true);
    [PyGetter("gi_running")] static PyObject? GetRunning(PyGen g) => g.GetRunning();
    [PyGetter("gi_suspended")] static PyObject? GetSuspended(PyGen g) => g.GetSuspended();
    [PyGetter("gi_code")] static PyObject? GetCode(PyGen g) => Py.NewRef(g.Code);
    [PyGetter("gi_frame")] static PyObject? GetFrame(PyGen g) => g.GetFrame();
    [PyGetter("gi_yieldfrom", Doc = "object being iterated by yield from, or None")] static PyObject? GetYieldFromAttr(PyGen g) => g.GetYieldFrom();

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => ((PyGen)self).ReprAs("generator");
}

/// <summary>The SEND instruction: one step of `yield from` / `await` on any iterator.</summary>
public static class GenOps
{
    public static PySendResult Send(PyObject receiver, PyObject value, out PyObject? result)
    {
        if (receiver is PyGen or PyCoro) return ((PyGenBase)receiver).SendEx(value, false, out result);
        if (receiver is PyAsyncGenASend asend) return asend.SendEx(value, out result);
        // A builtin iterator with am_send (asyncio's FutureIter) returns without raising StopIteration.
        if (receiver.ob_type.am_send is { } amSend && receiver is not PyAsyncGen) return amSend(receiver, value, out result);
        if (value == Py.None && Abstract.IterCheck(receiver))
            result = receiver.ob_type.tp_iternext!(receiver);
        else
            result = Calls.CallMethod(receiver, "send", value);
        var status = StatusFromResult(ref result);
        if (status != PySendResult.Error || Errors.Occurred()) return status;
        result = Py.None;
        return PySendResult.Return;
    }

    /// <summary>gen_status_from_result: a value is a yield; StopIteration a return (its value taken); else an error.</summary>
    public static PySendResult StatusFromResult(ref PyObject? result)
    {
        if (result != null) return PySendResult.Next;
        if (Errors.ExceptionMatches(PyExc.StopIteration))
        {
            var exc = Errors.GetRaisedException()!;
            result = EvalLoop.StopIterationValue(exc);
            Py.DECREF(exc);
            return PySendResult.Return;
        }
        return PySendResult.Error;
    }
}
