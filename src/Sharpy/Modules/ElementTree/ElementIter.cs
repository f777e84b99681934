using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

/// <summary>
/// `_elementtree._element_iterator` (ElementIterObject): Element.iter() and itertext(), a
/// pre-order walk with an explicit stack of (parent, next child index), so depth costs no
/// .NET stack. itertext yields each element's text, then its children's, then its tail
/// (except the starting element's); an element whose tag is not a str (a comment or PI)
/// gives only its tail.
/// </summary>
[PyType("_elementtree._element_iterator")]
public sealed partial class ElementIter : PyObject
{
    readonly List<(ElementObject Parent, int ChildIndex)> _stack = new();
    ElementObject? _root;
    PyObject? _soughtTag;
    readonly bool _getText;

    internal ElementIter(ElementObject root, PyObject tag, bool getText) : base(Type)
    {
        _root = (ElementObject)Py.NewRef(root);
        _soughtTag = Py.NewRef(tag);
        _getText = getText;
    }

    protected internal override void ReleaseReferences() => ClearAll();

    protected internal override void Clear() => ClearAll();

    void ClearAll()
    {
        var items = _stack.ToArray();
        _stack.Clear();
        foreach (var (p, _) in items) Py.DECREF(p);
        Py.CLEAR(ref _root);
        Py.CLEAR(ref _soughtTag);
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var (p, _) in _stack) visit(p);
        if (_root != null) visit(_root);
        if (_soughtTag != null) visit(_soughtTag);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => Py.NewRef(o);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject o)
    {
        var it = (ElementIter)o;
        for (;;)
        {
            ElementObject elem;
            PyObject? text;
            if (it._stack.Count == 0)
            {
                if (it._root == null) return null;
                elem = it._root; // the iterator's reference moves to elem
                it._root = null;
            }
            else
            {
                int top = it._stack.Count - 1;
                var (parent, index) = it._stack[top];
                if (index >= parent.ChildCount)
                {
                    it._stack.RemoveAt(top);
                    // itertext returns inner text only: not the tail of the element it began with.
                    if (it._getText && it._stack.Count > 0)
                    {
                        text = parent.GetTail();
                        var r = it.YieldText(parent, text, out bool done);
                        if (done) return r;
                        continue;
                    }
                    Py.DECREF(parent);
                    continue;
                }
                elem = (ElementObject)Py.NewRef(parent.Children[index]);
                it._stack[top] = (parent, index + 1);
            }
            if (it._getText && elem._tag is not PyUnicode && elem._tag != Py.None)
            {
                // Comments and PIs (a factory as tag) give no text and no children's text; their tail still counts.
                it._stack.Add((elem, int.MaxValue));
                continue;
            }
            it._stack.Add(((ElementObject)Py.NewRef(elem), 0));
            if (it._getText)
            {
                text = elem.GetText();
                var r = it.YieldText(elem, text, out bool done);
                if (done) return r;
                continue;
            }
            if (it._soughtTag == Py.None) return elem;
            int rc = Abstract.RichCompareBool((elem._tag ?? Py.None), (it._soughtTag ?? Py.None), CompareOp.Eq);
            if (rc > 0) return elem;
            Py.DECREF(elem);
            if (rc < 0) return null;
        }
    }

    /// <summary>The gettext step: releases <paramref name="elem"/>; done with the text (new reference) if it is true, or with null on error.</summary>
    PyObject? YieldText(ElementObject elem, PyObject? text, out bool done)
    {
        done = true;
        if (text == null)
        {
            Py.DECREF(elem);
            return null;
        }
        if (text == Py.None)
        {
            Py.DECREF(elem);
            done = false;
            return null;
        }
        Py.INCREF(text);
        Py.DECREF(elem);
        int rc = Abstract.IsTrue(text);
        if (rc > 0) return text;
        Py.DECREF(text);
        if (rc < 0) return null;
        done = false;
        return null;
    }
}
