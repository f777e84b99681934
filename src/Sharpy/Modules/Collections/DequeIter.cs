using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>
/// `_collections._deque_iterator` and `_deque_reverse_iterator` (dequeiter_*): a position in
/// the deque, the items left and the deque's State when the iterator was made; any mutation
/// of the deque since then raises "deque mutated during iteration".
/// </summary>
public abstract class PyDequeIterBase : PyObject
{
    internal PyDeque Deque;
    internal long Index;        // logical position of the next item
    internal long Counter;      // items left
    internal ulong State;

    protected PyDequeIterBase(PyType type, PyDeque deque) : base(type)
    {
        Deque = Py.NewRef(deque);
        State = deque.State;
        Counter = deque.Count;
    }

    /// <summary>The next item (new reference), or null: exhausted, or RuntimeError when the deque changed.</summary>
    internal PyObject? NextItem(bool reverse)
    {
        if (Deque.State != State)
        {
            Counter = 0;
            return PyDeque.MutatedDuringIteration();
        }
        if (Counter == 0) return null;
        var item = Py.NewRef(Deque.At(Index));
        Index += reverse ? -1 : 1;
        Counter--;
        return item;
    }

    /// <summary>dequeiter_new: the iterator advanced by index items (for unpickling).</summary>
    internal static PyObject? NewAdvanced(PyDequeIterBase it, long index, bool reverse)
    {
        for (long i = 0; i < index; i++)
        {
            var item = it.NextItem(reverse);
            if (item != null) Py.DECREF(item);
            else if (it.Counter != 0)
            {
                Py.DECREF(it);
                return null;
            }
            else break;
        }
        return it;
    }

    /// <summary>PyArg_ParseTuple(args, "O!|n"): keywords are ignored, as CPython's dequeiter_new does.</summary>
    internal static bool ParseNew(ReadOnlySpan<StackRef> args, PyTuple? kwnames, out PyDeque? deque, out long index)
    {
        deque = null;
        index = 0;
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs < 1 || nargs > 2)
        {
            Errors.SetString(PyExc.TypeError, nargs < 1
                ? $"function takes at least 1 argument ({nargs} given)"
                : $"function takes at most 2 arguments ({nargs} given)");
            return false;
        }
        var d = args[0].AsBorrowed;
        if (!Abstract.TypeCheck(d, PyDeque.Type))
        {
            Errors.SetString(PyExc.TypeError, $"argument 1 must be collections.deque, not {d.ob_type.tp_name}");
            return false;
        }
        if (nargs > 1 && !ArgParse.ToSsize(args[1].AsBorrowed, out index)) return false;
        deque = (PyDeque)d;
        return true;
    }

    internal PyObject? ReduceWith(long consumed)
        => PyTuple.FromStolen([Py.NewRef(ob_type), PyTuple.FromStolen([Py.NewRef(Deque), PyLong.FromLong(consumed)])]);

    protected internal override void ReleaseReferences() => Py.DECREF(Deque);

    protected internal override void Traverse(Visitor visit) => visit(Deque);
}

[PyType("collections._deque_iterator")]
public sealed partial class PyDequeIter : PyDequeIterBase
{
    internal PyDequeIter(PyType type, PyDeque deque) : base(type, deque) { }

    [PySlot("tp_new")]
    static PyObject? IterNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseNew(args, kwnames, out var d, out long index)) return null;
        return NewAdvanced(new PyDequeIter(type, d!), index, reverse: false);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => ((PyDequeIter)self).NextItem(reverse: false);

    [PyMethod("__length_hint__", Doc = "Private method returning an estimate of len(list(it)).")]
    static PyObject? LengthHint(PyDequeIter self) => PyLong.FromLong(self.Counter);

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyDequeIter self) => self.ReduceWith(self.Deque.Count - self.Counter);
}

[PyType("collections._deque_reverse_iterator")]
public sealed partial class PyDequeRevIter : PyDequeIterBase
{
    internal PyDequeRevIter(PyType type, PyDeque deque) : base(type, deque)
    {
        Index = deque.Count - 1;
    }

    [PySlot("tp_new")]
    static PyObject? IterNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ParseNew(args, kwnames, out var d, out long index)) return null;
        return NewAdvanced(new PyDequeRevIter(type, d!), index, reverse: true);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => ((PyDequeRevIter)self).NextItem(reverse: true);

    [PyMethod("__length_hint__", Doc = "Private method returning an estimate of len(list(it)).")]
    static PyObject? LengthHint(PyDequeRevIter self) => PyLong.FromLong(self.Counter);

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyDequeRevIter self) => self.ReduceWith(self.Deque.Count - self.Counter);
}
