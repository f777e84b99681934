using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `string.templatelib.Template` (Objects/templateobject.c, PEP 750): what a t-string gives:
/// the static strings, always one more than the interpolations between them.
/// </summary>
[PyType("string.templatelib.Template")]
public sealed partial class PyTemplate : PyObject
{
    public PyTuple Strings, Interpolations;

    PyTemplate(PyType type, PyTuple strings, PyTuple interpolations) : base(type)
    {
        Strings = strings;
        Interpolations = interpolations;
    }

    /// <summary>_PyTemplate_Build (BUILD_TEMPLATE): takes new references to both tuples.</summary>
    public static PyObject Build(PyTuple strings, PyTuple interpolations)
        => new PyTemplate(Type, Py.NewRef(strings), Py.NewRef(interpolations));

    /// <summary>Template(*args): strings and interpolations in order; adjacent strings join, and an empty string separates adjacent interpolations.</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
            return Errors.SetString(PyExc.TypeError, "Template.__new__ only accepts *args arguments");
        var items = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            items[i] = args[i].AsBorrowed;
            if (items[i] is not PyUnicode && items[i] is not PyInterpolation)
                return Errors.SetString(PyExc.TypeError, $"Template.__new__ *args need to be of type 'str' or 'Interpolation', got {items[i].ob_type.tp_name}");
        }
        return FromParts(type, items);
    }

    /// <summary>A template of str and Interpolation parts: adjacent strings are joined (losslessly:
    /// two lone surrogates stay two code points), and a string stands between interpolations.</summary>
    static PyTemplate? FromParts(PyType type, IEnumerable<PyObject> parts)
    {
        var strings = new List<PyObject>();
        var interpolations = new List<PyObject>();
        var pending = new List<PyObject>();
        bool ok = true;
        foreach (var p in parts)
        {
            if (p is PyUnicode)
            {
                pending.Add(p);
                continue;
            }
            ok = ok && FlushStrings(pending, strings);
            interpolations.Add(Py.NewRef(p));
        }
        ok = ok && FlushStrings(pending, strings);
        var stringsTuple = PyTuple.FromStolen(strings.ToArray());
        var interpolationsTuple = PyTuple.FromStolen(interpolations.ToArray());
        if (ok) return new PyTemplate(type, stringsTuple, interpolationsTuple);
        Py.DECREF(stringsTuple);
        Py.DECREF(interpolationsTuple);
        return null;
    }

    /// <summary>Append the join of <paramref name="pending"/> (borrowed str) to <paramref name="strings"/>; false with MemoryError.</summary>
    static bool FlushStrings(List<PyObject> pending, List<PyObject> strings)
    {
        var joined = PyUnicode.JoinItems(PyUnicode.Empty, CollectionsMarshal.AsSpan(pending));
        pending.Clear();
        if (joined == null) return false;
        strings.Add(joined);
        return true;
    }

    /// <summary>The template's parts in order, the empty strings left out (what iterating it gives).</summary>
    List<PyObject> Parts()
    {
        var parts = new List<PyObject>();
        for (int i = 0; i < Strings.Count; i++)
        {
            if (((PyUnicode)Strings.Items[i]).Value.Length > 0) parts.Add(Strings.Items[i]);
            if (i < Interpolations.Count) parts.Add(Interpolations.Items[i]);
        }
        return parts;
    }

    [PyGetter("strings")] static PyObject? GetStrings(PyTemplate self) => Py.NewRef(self.Strings);
    [PyGetter("interpolations")] static PyObject? GetInterpolations(PyTemplate self) => Py.NewRef(self.Interpolations);

    [PyGetter("values")]
    static PyObject? GetValues(PyTemplate self)
    {
        var values = new PyObject[self.Interpolations.Count];
        for (int i = 0; i < values.Length; i++) values[i] = Py.NewRef(((PyInterpolation)self.Interpolations.Items[i]).Value!);
        return PyTuple.FromStolen(values);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self)
    {
        var parts = ((PyTemplate)self).Parts();
        var tuple = PyTuple.FromBorrowed(parts.ToArray());
        var it = Abstract.GetIter(tuple);
        Py.DECREF(tuple);
        return it;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var t = (PyTemplate)self;
        var s = Abstract.ReprString(t.Strings);
        if (s == null) return null;
        var i = Abstract.ReprString(t.Interpolations);
        if (i == null) return null;
        return PyUnicode.FromString($"Template(strings={s}, interpolations={i})");
    }

    /// <summary>template_concat: only a Template joins a Template; the touching strings merge.</summary>
    [PySlot("nb_add")]
    static PyObject? Add(PyObject a, PyObject b)
    {
        if (a is PyTemplate ta && b is PyTemplate tb)
        {
            var parts = new List<PyObject>();
            for (int i = 0; i < ta.Strings.Count; i++)
            {
                parts.Add(ta.Strings.Items[i]);
                if (i < ta.Interpolations.Count) parts.Add(ta.Interpolations.Items[i]);
            }
            for (int i = 0; i < tb.Strings.Count; i++)
            {
                parts.Add(tb.Strings.Items[i]);
                if (i < tb.Interpolations.Count) parts.Add(tb.Interpolations.Items[i]);
            }
            return FromParts(Type, parts);
        }
        if (a is PyTemplate && b is PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"can only concatenate string.templatelib.Template (not \"{b.ob_type.tp_name}\") to string.templatelib.Template");
        if (a is PyUnicode && b is PyTemplate)
            return Errors.SetString(PyExc.TypeError, $"can only concatenate str (not \"string.templatelib.Template\") to str");
        return Py.NotImplemented;
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Strings);
        visit(Interpolations);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Strings);
        Py.DECREF(Interpolations);
    }

    /// <summary>template_reduce: (string.templatelib._template_unpickle, (strings, interpolations)).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyTemplate self)
    {
        var module = Import.ImportModule("string.templatelib");
        if (module == null) return null;
        var unpickle = Abstract.GetAttr(module, "_template_unpickle");
        Py.DECREF(module);
        if (unpickle == null) return null;
        var args = PyTuple.FromBorrowed([self.Strings, self.Interpolations]);
        return PyTuple.FromStolen([unpickle, args]);
    }
}
