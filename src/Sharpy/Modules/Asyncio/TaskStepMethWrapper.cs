using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Asyncio;

/// <summary>
/// `_asyncio.TaskStepMethWrapper`: the callable a task schedules with loop.call_soon for its
/// next step (tasks.py's bound `__step`), with the exception the step throws, if any.
/// </summary>
[PyType("_asyncio.TaskStepMethWrapper")]
public sealed partial class TaskStepMethWrapper : PyObject
{
    TaskObj? _task;
    PyObject? _arg;

    internal TaskStepMethWrapper(TaskObj task, PyObject? arg) : base(Type)
    {
        _task = Py.NewRef(task);
        _arg = Py.XNewRef(arg);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (TaskStepMethWrapper)callable;
        if (kwnames != null && kwnames.Count != 0) return Errors.SetString(PyExc.TypeError, "function takes no keyword arguments");
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, "function takes no positional arguments");
        var task = self._task;
        if (task == null) return Errors.SetString(PyExc.RuntimeError, "uninitialized Task object");
        // Held for the step: the loop may drop its handle (and so this wrapper) meanwhile.
        Py.INCREF(task);
        var arg = Py.XNewRef(self._arg);
        var r = task.Step(arg);
        Py.XDECREF(arg);
        Py.DECREF(task);
        return r;
    }

    [PyGetter("__self__")]
    static PyObject? GetSelf(TaskStepMethWrapper self) => Py.NewRef((PyObject?)self._task ?? Py.None);

    protected internal override void Traverse(Visitor visit)
    {
        if (_task != null) visit(_task);
        if (_arg != null) visit(_arg);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref _task);
        Py.CLEAR(ref _arg);
    }

    protected internal override void ReleaseReferences() => Clear();
}
