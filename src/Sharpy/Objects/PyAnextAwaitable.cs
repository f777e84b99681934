using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `anext_awaitable` (Objects/iterobject.c): what anext(aiterator, default) returns. It
/// drives the awaitable of __anext__() and turns its StopAsyncIteration into
/// StopIteration(default), the default becoming the await's result.
/// </summary>
[PyType("anext_awaitable")]
public sealed partial class PyAnextAwaitable : PyObject
{
    PyObject? _wrapped, _default;

    internal PyAnextAwaitable(PyObject wrapped, PyObject defaultValue) : base(Type)
    {
        _wrapped = Py.NewRef(wrapped);
        _default = Py.NewRef(defaultValue);
    }

    /// <summary>anextawaitable_getiter: the iterator of the wrapped awaitable (a coroutine's __await__() iterator).</summary>
    PyObject? GetIter()
    {
        var awaitable = PyCoro.GetAwaitableIter(_wrapped!);
        if (awaitable == null) return null;
        if (!Abstract.IterCheck(awaitable))
        {
            // A coroutine: iterate its coroutine_wrapper.
            var it = awaitable.ob_type.am_await!(awaitable);
            Py.DECREF(awaitable);
            if (it == null) return null;
            if (!Abstract.IterCheck(it))
            {
                Py.DECREF(it);
                return Errors.SetString(PyExc.TypeError, "__await__ returned a non-iterable");
            }
            awaitable = it;
        }
        return awaitable;
    }

    /// <summary>StopAsyncIteration from the wrapped awaitable ends this one with the default value.</summary>
    PyObject? DefaultOnStop()
    {
        if (Errors.ExceptionMatches(PyExc.StopAsyncIteration))
        {
            Errors.Clear();
            PyGenBase.SetStopIterationValue(Py.NewRef(_default!));
        }
        return null;
    }

    PyObject? Proxy(string method, PyObject[] args)
    {
        var it = GetIter();
        if (it == null) return null;
        var ret = Calls.CallMethod(it, method, args);
        Py.DECREF(it);
        return ret ?? DefaultOnStop();
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? IterNext(PyObject self)
    {
        var o = (PyAnextAwaitable)self;
        var it = o.GetIter();
        if (it == null) return null;
        var r = it.ob_type.tp_iternext!(it);
        Py.DECREF(it);
        return r ?? o.DefaultOnStop();
    }

    [PySlot("am_await")]
    static PyObject? Await(PyObject self) => Py.NewRef(self);

    [PyMethod("send")]
    static PyObject? SendMethod(PyAnextAwaitable self, PyObject value) => self.Proxy("send", [value]);

    [PyMethod("throw", Raw = "throw() parses its arguments as gen_throw does, with the deprecated three-argument form's warning")]
    static PyObject? ThrowMethod(PyAnextAwaitable self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "throw() takes no keyword arguments");
        var a = new PyObject[args.Length];
        for (int i = 0; i < a.Length; i++) a[i] = args[i].AsBorrowed;
        return self.Proxy("throw", a);
    }

    [PyMethod("close")]
    static PyObject? CloseMethod(PyAnextAwaitable self) => self.Proxy("close", []);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _wrapped);
        Py.CLEAR(ref _default);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_wrapped != null) visit(_wrapped);
        if (_default != null) visit(_default);
    }
}
