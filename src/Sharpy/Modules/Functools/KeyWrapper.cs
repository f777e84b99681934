using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Functools;

/// <summary>
/// `functools.KeyWrapper`: what cmp_to_key returns (obj null, called as K(obj)) and what
/// calling it makes (obj set), whose rich comparisons call cmp(self.obj, other.obj) and
/// compare the result with 0.
/// </summary>
[PyType("functools.KeyWrapper")]
public sealed partial class KeyWrapper : PyObject
{
    PyObject? _cmp, _obj;

    static readonly ArgParse.Parser s_parser = new("K", 0, ["obj"], 1, 1, 0);

    KeyWrapper() : base(Type) { }

    internal static KeyWrapper New(PyObject cmp, PyObject? obj) => new() { _cmp = Py.NewRef(cmp), _obj = Py.XNewRef(obj) };

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = [null];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_parser, a)) return null;
        return New(((KeyWrapper)self)._cmp!, a[0]!);
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other.ob_type != Type) return Errors.SetString(PyExc.TypeError, "other argument must be K instance");
        var k = (KeyWrapper)self;
        var o = (KeyWrapper)other;
        if (k._obj == null || o._obj == null) return Errors.SetString(PyExc.AttributeError, "object");
        var res = Calls.CallTwoArgs(k._cmp!, k._obj, o._obj);
        if (res == null) return null;
        var answer = Abstract.RichCompare(res, PyLong.FromLong(0), op);
        Py.DECREF(res);
        return answer;
    }

    [PyGetter("obj")] static PyObject? GetObj(KeyWrapper self) => Py.NewRef(self._obj ?? Py.None);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _cmp);
        Py.CLEAR(ref _obj);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_cmp != null) visit(_cmp);
        if (_obj != null) visit(_obj);
    }

    protected internal override void Clear() => ReleaseReferences();
}
