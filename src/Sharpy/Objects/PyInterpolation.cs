using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `string.templatelib.Interpolation` (Objects/interpolationobject.c, PEP 750): one `{...}` of a
/// t-string: the value, its source text, the conversion (None, 's', 'r' or 'a') and the format spec.
/// </summary>
[PyType("string.templatelib.Interpolation")]
public sealed partial class PyInterpolation : PyObject
{
    public PyObject? Value, Expression, Conversion, FormatSpec;

    PyInterpolation(PyType type, PyObject value, PyObject expression, PyObject conversion, PyObject formatSpec) : base(type)
    {
        Value = Py.NewRef(value);
        Expression = Py.NewRef(expression);
        Conversion = Py.NewRef(conversion);
        FormatSpec = Py.NewRef(formatSpec);
    }

    static readonly string[] ConversionNames = { "", "s", "r", "a" };

    /// <summary>_PyInterpolation_Build (BUILD_INTERPOLATION): conversion is the FVC_* number, 0 for none.</summary>
    public static PyObject? Build(PyObject value, PyObject expression, int conversion, PyObject formatSpec)
    {
        if (conversion < 0 || conversion > 3) return Errors.SetString(PyExc.SystemError, "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
        PyObject conv = conversion == 0 ? Py.None : PyUnicode.Intern(ConversionNames[conversion]);
        return new PyInterpolation(Type, value, expression, conv, formatSpec);
    }

    static readonly string[] Keywords = { "value", "expression", "conversion", "format_spec" };

    /// <summary>Interpolation(value, expression='', conversion=None, format_spec='').</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nk = kwnames?.Count ?? 0;
        int np = args.Length - nk;
        if (np > 4) return Errors.SetString(PyExc.TypeError, $"Interpolation() takes at most 4 arguments ({args.Length} given)");
        var vals = new PyObject?[4];
        for (int i = 0; i < np; i++) vals[i] = args[i].AsBorrowed;
        for (int k = 0; k < nk; k++)
        {
            var key = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(Keywords, key);
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"Interpolation() got an unexpected keyword argument '{key}'");
            if (vals[idx] != null) return Errors.SetString(PyExc.TypeError, $"argument for Interpolation() given by name ('{key}') and position ({idx + 1})");
            vals[idx] = args[np + k].AsBorrowed;
        }
        if (vals[0] == null) return Errors.SetString(PyExc.TypeError, "Interpolation() missing required argument 'value' (pos 1)");
        var expression = vals[1] ?? PyUnicode.Intern("");
        if (expression is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"Interpolation() argument 'expression' must be str, not {expression.ob_type.tp_name}");
        var conversion = vals[2] ?? Py.None;
        if (conversion != Py.None && (conversion is not PyUnicode cs || (cs.Value != "s" && cs.Value != "r" && cs.Value != "a")))
            return Errors.SetString(PyExc.ValueError, "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
        var formatSpec = vals[3] ?? PyUnicode.Intern("");
        if (formatSpec is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"Interpolation() argument 'format_spec' must be str, not {formatSpec.ob_type.tp_name}");
        return new PyInterpolation(type, vals[0]!, expression, conversion, formatSpec);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var i = (PyInterpolation)self;
        var parts = new string?[4];
        var fields = new[] { i.Value, i.Expression, i.Conversion, i.FormatSpec };
        for (int k = 0; k < 4; k++)
        {
            parts[k] = Abstract.ReprString(fields[k]!);
            if (parts[k] == null) return null;
        }
        return PyUnicode.FromString($"Interpolation({parts[0]}, {parts[1]}, {parts[2]}, {parts[3]})");
    }

    /// <summary>interpolation_members and __match_args__: read-only members, as CPython declares them (called at start-up).</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        void Member(string name, MemberField field)
        {
            var m = new PyMemberDescr(Type, name, field, readOnly: true);
            d.SetItemString(name, m);
        }
        Member("value", o => ref ((PyInterpolation)o).Value!);
        Member("expression", o => ref ((PyInterpolation)o).Expression!);
        Member("conversion", o => ref ((PyInterpolation)o).Conversion!);
        Member("format_spec", o => ref ((PyInterpolation)o).FormatSpec!);
        var matchArgs = PyTuple.Pack(PyUnicode.Intern("value"), PyUnicode.Intern("expression"), PyUnicode.Intern("conversion"), PyUnicode.Intern("format_spec"));
        d.SetItemString("__match_args__", matchArgs);
        matchArgs.SetImmortal();
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Value!);
        visit(Expression!);
        visit(Conversion!);
        visit(FormatSpec!);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref Value);
        Py.CLEAR(ref Expression);
        Py.CLEAR(ref Conversion);
        Py.CLEAR(ref FormatSpec);
    }

    /// <summary>interpolation_reduce: (type(self), (value, expression, conversion, format_spec)).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyInterpolation self)
    {
        var args = PyTuple.FromBorrowed([self.Value!, self.Expression!, self.Conversion!, self.FormatSpec!]);
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), args]);
    }
}
