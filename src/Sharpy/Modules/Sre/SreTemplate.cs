using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sre;

/// <summary>
/// _sre.SRE_Template (sre.c's TemplateObject): a compiled sub() replacement, the literal
/// chunks and group numbers that re._parser.parse_template gives, made by _sre.template.
/// </summary>
[PyType("_sre.SRE_Template")]
public sealed partial class SreTemplate : PyObject
{
    /// <summary>The first literal (str or bytes; may be empty).</summary>
    internal PyObject Literal = Py.None;
    /// <summary>Each group to insert and the literal after it (null when empty).</summary>
    internal (int Index, PyObject? Literal)[] Items = [];
    SreTemplate() : base(Type) { }

    protected internal override void ReleaseReferences()
    {
        var l = Literal;
        Literal = Py.None;
        Py.DECREF(l);
        var items = Items;
        Items = [];
        foreach (var it in items) Py.XDECREF(it.Literal);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Literal);
        foreach (var it in Items)
            if (it.Literal != null) visit(it.Literal);
    }

    protected internal override void Clear() => ReleaseReferences();

    /// <summary>_sre.template(pattern, template): TypeError "invalid template" for a malformed list.</summary>
    internal static PyObject? New(PyList template)
    {
        int n = template.Count;
        if ((n & 1) == 0 || n < 1) return Errors.SetString(PyExc.TypeError, "invalid template");
        n /= 2;
        var items = new (int, PyObject?)[n];
        for (int i = 0; i < n; i++)
        {
            // PyLong_AsSsize_t: an int, no __index__
            if (template.Items[2 * i + 1] is not PyLong li)
            {
                Release(items, i);
                return Errors.SetString(PyExc.TypeError, "an integer is required");
            }
            if (!li.TryGetLong(out long index))
            {
                Release(items, i);
                return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }
            if (index < 0 || index > int.MaxValue)
            {
                Release(items, i);
                return Errors.SetString(PyExc.TypeError, "invalid template");
            }
            var literal = template.Items[2 * i + 2];
            // skip empty literals
            if ((literal is PyUnicode u && u.Length == 0) || (literal is PyBytes b && b.Length == 0))
            {
                items[i] = ((int)index, null);
            }
            else
            {
                items[i] = ((int)index, Py.NewRef(literal));
            }
        }
        return new SreTemplate { Literal = Py.NewRef(template.Items[0]), Items = items };
    }

    static void Release((int, PyObject?)[] items, int n)
    {
        for (int k = 0; k < n; k++) Py.XDECREF(items[k].Item2);
    }

    /// <summary>expand_template: the replacement for one match.</summary>
    internal PyObject? Expand(SreMatch match)
    {
        if (Items.Length == 0) return Py.NewRef(Literal);
        var parts = PyList.New();
        try
        {
            parts.Append(Literal);
            foreach (var (index, literal) in Items)
            {
                if (index >= match.Groups) return Errors.SetString(PyExc.IndexError, "no such group");
                var item = match.GetSliceByIndex(index, Py.None);
                if (item == null) return null;
                if (item != Py.None) parts.Append(item);
                Py.DECREF(item);
                if (literal != null) parts.Append(literal);
            }
            if (Literal is PyUnicode)
                return PyUnicode.JoinItems(PyUnicode.Empty, parts.Items.AsSpan(0, parts.Count));
            return BytesMethods.Join(PyBytes.EmptyBytes, parts);
        }
        finally
        {
            Py.DECREF(parts);
        }
    }
}
