using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`iterator` (Objects/iterobject.c): iterates an object through __getitem__ with 0, 1, 2...</summary>
[PyType("iterator")]
public sealed partial class PySeqIter : PyObject
{
    PyObject? _seq;
    long _index;

    PySeqIter(PyObject seq) : base(Type) { _seq = Py.NewRef(seq); }

    public static PyObject New(PyObject seq) => new PySeqIter(seq);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PySeqIter)self;
        if (it._seq == null) return null;
        var r = Abstract.SequenceGetItem(it._seq, it._index);
        if (r != null)
        {
            it._index++;
            return r;
        }
        if (Errors.ExceptionMatches(PyExc.IndexError) || Errors.ExceptionMatches(PyExc.StopIteration))
        {
            Errors.Clear();
            Py.CLEAR(ref it._seq);
        }
        return null;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _seq);

    protected internal override void Traverse(Visitor visit)
    {
        if (_seq != null) visit(_seq);
    }
}
