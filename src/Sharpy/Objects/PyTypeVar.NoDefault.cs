using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`typing.NoDefault`: the `__default__` of a type parameter without one (its type has no module, as CPython's).</summary>
[PyType("NoDefaultType", Doc = "The type of the NoDefault singleton.")]
public sealed partial class PyNoDefault : PyObject
{
    static PyNoDefault? s_instance;
    /// <summary>Made on first use, once the type exists; immortal and shared, as None is.</summary>
    public static PyNoDefault Instance => s_instance ??= new();

    PyNoDefault() : base(Type) { SetImmortal(); }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 0) return Errors.SetString(PyExc.TypeError, "NoDefaultType takes no arguments");
        return Instance;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => PyUnicode.FromString("typing.NoDefault");

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyNoDefault self) => PyUnicode.FromString("NoDefault");
}

/// <summary>
/// `_typing._ConstEvaluator`: the evaluate_* function of a type parameter or alias whose value
/// was given eagerly; called with an annotation format, it returns the value (as a string for STRING).
/// </summary>
[PyType("_typing._ConstEvaluator", Doc = "Internal type for implementing evaluation functions.")]
public sealed partial class PyConstEvaluator : PyObject
{
    PyObject? _value;

    /// <summary>Annotation format STRING (annotationlib.Format.STRING).</summary>
    const int FormatString = 4;

    public PyConstEvaluator(PyObject value) : base(Type) { _value = Py.NewRef(value); }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var r = Abstract.ReprString(((PyConstEvaluator)self)._value ?? Py.None);
        return r == null ? null : PyUnicode.FromString($"<constevaluator {r}>");
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "constevaluator.__call__() takes no keyword arguments");
        if (args.Length != 1)
            return Errors.SetString(PyExc.TypeError, $"constevaluator.__call__() takes exactly 1 argument ({args.Length} given)");
        if (!ArgParse.ToInt(args[0].AsBorrowed, out int format)) return null;
        var value = ((PyConstEvaluator)self)._value ?? Py.None;
        if (format != FormatString) return Py.NewRef(value);
        var sb = new System.Text.StringBuilder();
        if (value is PyTuple t)
        {
            sb.Append('(');
            for (int i = 0; i < t.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                if (!PyGenericAlias.AppendItem(sb, t.Items[i])) return null;
            }
            sb.Append(')');
        }
        else if (!PyGenericAlias.AppendItem(sb, value)) return null;
        return PyUnicode.FromString(sb.ToString());
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_value != null) visit(_value);
    }

    protected internal override void Clear() => Py.CLEAR(ref _value);

    protected internal override void ReleaseReferences() => Clear();
}
