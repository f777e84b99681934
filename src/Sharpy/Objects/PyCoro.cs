using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`coroutine` (Objects/genobject.c): what calling an `async def` function returns.</summary>
[PyType("coroutine")]
public sealed partial class PyCoro : PyGenBase
{
    /// <summary>cr_origin: where the coroutine was created, when origin tracking is on; else null.</summary>
    PyObject? _origin;

    PyCoro(Frame frame, PyObject name, PyObject qualName) : base(Type, frame, name, qualName) { }

    internal override string KindName => "coroutine";

    /// <summary>PyCoro_New: with sys.set_coroutine_origin_tracking_depth(n), record n frames of origin.</summary>
    internal static PyCoro New(ThreadState ts, Frame frame, PyObject name, PyObject qualName, Frame? caller)
    {
        var coro = new PyCoro(frame, name, qualName);
        int depth = ts.CoroutineOriginTrackingDepth;
        if (depth > 0)
        {
            var items = new System.Collections.Generic.List<PyObject>();
            for (var f = caller; f != null && items.Count < depth; f = f.Previous)
            {
                var line = PyLong.FromLong(f.LastLine);
                items.Add(PyTuple.Pack(f.Code.Filename, line, f.Code.Name));
                Py.DECREF(line);
            }
            coro._origin = PyTuple.FromStolen(items.ToArray());
        }
        return coro;
    }

    /// <summary>_PyCoro_GetAwaitableIter: the iterator `await o` drives, or null with TypeError.</summary>
    public static PyObject? GetAwaitableIter(PyObject o)
    {
        if (o is PyCoro || o is PyGen g && g.IsIterableCoroutine) return Py.NewRef(o);
        var res = CallAwait(o);
        if (res == null) return null;
        if (res is PyCoro || res is PyGen rg && rg.IsIterableCoroutine)
        {
            Py.DECREF(res);
            return Errors.SetString(PyExc.TypeError, "__await__() returned a coroutine");
        }
        if (!Abstract.IterCheck(res))
        {
            Errors.SetString(PyExc.TypeError, $"__await__() returned non-iterator of type '{res.ob_type.tp_name}'");
            Py.DECREF(res);
            return null;
        }
        return res;
    }

    /// <summary>am_await, or TypeError "can't be awaited".</summary>
    static PyObject? CallAwait(PyObject o)
    {
        var getter = o.ob_type.am_await;
        if (getter == null) return Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object can't be awaited");
        return getter(o);
    }

    [PySlot("tp_finalize")]
    static void Finalize(PyObject self) => FinalizeGen(self);

    [PySlot("am_send")]
    static PySendResult AmSendSlot(PyObject self, PyObject value, out PyObject? result) => AmSend(self, value, out result);

    [PyMethod("send", Doc = "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.", TextSignature = "")]
    static PyObject? SendMethod(PyCoro self, PyObject value) => self.SendPy(value, false);

    [PyMethod("throw", Doc = "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.\nthe (type, val, tb) signature is deprecated, \nand may be removed in a future version of Python.",
        Raw = "throw() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? ThrowMethod(PyCoro self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => self.ThrowArgs(args, kwnames, "throw");

    [PyMethod("close", Doc = "close() -> raise GeneratorExit inside coroutine.", TextSignature = "")]
    static PyObject? CloseMethod(PyCoro self) => self.Close();

    [PySlot("am_await")]
    static PyObject? Await(PyObject self) => new PyCoroWrapper((PyCoro)self);

    [PyGetter("__name__", Doc = "name of the coroutine")] static PyObject? GetName(PyCoro g) => Py.NewRef(g.Name);
    [PySetter("__name__")] static int SetName(PyCoro g, PyObject? v) => g.SetName(v, false);
    [PyGetter("__qualname__", Doc = "qualified name of the coroutine")] static PyObject? GetQualName(PyCoro g) => Py.NewRef(g.QualName);
    [PySetter("__qualname__")] static int SetQualName(PyCoro g, PyObject? v) => g.SetName(v, true);
    [PyGetter("cr_await", Doc = "object being awaited on, or None")] static PyObject? GetAwaitAttr(PyCoro g) => g.GetYieldFrom();
    [PyGetter("cr_running")] static PyObject? GetRunning(PyCoro g) => g.GetRunning();
    [PyGetter("cr_suspended")] static PyObject? GetSuspended(PyCoro g) => g.GetSuspended();
    [PyGetter("cr_code")] static PyObject? GetCode(PyCoro g) => Py.NewRef(g.Code);
    [PyGetter("cr_frame")] static PyObject? GetFrame(PyCoro g) => g.GetFrame();
    [PyGetter("cr_origin")] static PyObject? GetOrigin(PyCoro g) => Py.NewRef(g._origin ?? Py.None);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => ((PyCoro)self).ReprAs("coroutine");

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        Py.CLEAR(ref _origin);
    }
}

/// <summary>`coroutine_wrapper`: the iterator coroutine.__await__() returns.</summary>
[PyType("coroutine_wrapper")]
public sealed partial class PyCoroWrapper : PyObject
{
    PyCoro? _coro;

    internal PyCoroWrapper(PyCoro coro) : base(Type) => _coro = (PyCoro)Py.NewRef(coro);

    PyCoro Coro => _coro!;

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject self) => ((PyCoroWrapper)self).Coro.IterNext();

    [PyMethod("send")]
    static PyObject? SendMethod(PyCoroWrapper self, PyObject value) => self.Coro.SendPy(value, false);

    [PyMethod("throw", Raw = "throw() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? ThrowMethod(PyCoroWrapper self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => self.Coro.ThrowArgs(args, kwnames, "throw");

    [PyMethod("close")]
    static PyObject? CloseMethod(PyCoroWrapper self) => self.Coro.Close();

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _coro);
    protected internal override void Traverse(Visitor visit)
    {
        if (_coro != null) visit(_coro);
    }
}
