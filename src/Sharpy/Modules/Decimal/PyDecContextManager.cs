using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

/// <summary>
/// `decimal.ContextManager` (PyDecContextManager_Type), what localcontext() returns: it
/// holds the outer context and a copy to make current inside the with block.
/// </summary>
[PyType("decimal.ContextManager")]
public sealed partial class PyDecContextManager : PyObject
{
    PyObject? _local, _global;

    PyDecContextManager(PyObject local, PyObject global) : base(Type)
    {
        _local = local;
        _global = Py.NewRef(global);
    }

    static readonly ArgParse.Parser s_parser = new("localcontext", 0, ["ctx", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"], 0, 1, 0);

    /// <summary>ctxmanager_new: localcontext(ctx=None, *, prec=None, rounding=None, ...).</summary>
    internal static PyObject? Create(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer16();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_parser, buf)) return null;
        var global = PyDecContext.Current();
        if (global == null) return null;
        var local = buf[0] == null || buf[0] == Py.None ? global : buf[0];
        if (local is not PyDecContext lc) return Errors.SetString(PyExc.TypeError, "optional argument must be a context");
        var copy = lc.Copy();
        if (copy == null) return null;
        if (copy.SetAttrs(buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7], buf[8]) < 0)
        {
            Py.DECREF(copy);
            return null;
        }
        return new PyDecContextManager(copy, global);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _local);
        Py.CLEAR(ref _global);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_local != null) visit(_local);
        if (_global != null) visit(_global);
    }

    protected internal override void Clear() => ReleaseReferences();

    [PyMethod("__enter__")]
    static PyObject? Enter(PyDecContextManager self)
    {
        if (DecimalModule.SetContext(self._local!) < 0) return null;
        return Py.NewRef(self._local!);
    }

    [PyMethod("__exit__")]
    static PyObject? Exit(PyDecContextManager self, [VarArgs] PyTuple args)
    {
        if (DecimalModule.SetContext(self._global!) < 0) return null;
        return Py.None;
    }
}
