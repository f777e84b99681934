using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

// Element's copy.copy and copy.deepcopy support, and pickling through the instance dict of
// the pure-Python Element (__getstate__/__setstate__), so pickles move between the two.
public sealed partial class ElementObject
{
    [PyMethod("__copy__")]
    static PyObject? Copy(ElementObject self)
    {
        var e = Create((self._tag ?? Py.None), self._attrib);
        e.SetText((self._text ?? Py.None), self._textJoin);
        e.SetTail((self._tail ?? Py.None), self._tailJoin);
        if (self._length > 0)
        {
            e.Reserve(self._length);
            for (int i = 0; i < self._length; i++) e._children![i] = Py.NewRef(self._children![i]);
            e._length = self._length;
        }
        e._version = self._version;
        return e;
    }

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopyMethod(ElementObject self, PyDict memo) => self.DeepCopy(ElementTreeState.Get(), memo);

    ElementObject? DeepCopy(ElementTreeState st, PyDict memo)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
            return null;
        }
        try
        {
            var tag = DeepCopyObject(st, (_tag ?? Py.None), memo);
            if (tag == null) return null;
            PyObject? attrib = null;
            if (_attrib != null)
            {
                attrib = DeepCopyObject(st, _attrib, memo);
                if (attrib == null)
                {
                    Py.DECREF(tag);
                    return null;
                }
            }
            var e = Create(tag, attrib);
            Py.DECREF(tag);
            Py.XDECREF(attrib);
            var text = DeepCopyObject(st, (_text ?? Py.None), memo);
            if (text == null) goto error;
            e.SetText(text, _textJoin);
            Py.DECREF(text);
            var tail = DeepCopyObject(st, (_tail ?? Py.None), memo);
            if (tail == null) goto error;
            e.SetTail(tail, _tailJoin);
            Py.DECREF(tail);
            if (_length > 0)
            {
                e.Reserve(_length);
                // A child's __deepcopy__ may add children: the length is read at every step.
                for (int i = 0; i < _length; i++)
                {
                    e.Reserve(1);
                    var child = DeepCopyObject(st, _children![i], memo);
                    if (child == null) goto error;
                    if (child is not ElementObject)
                    {
                        RaiseTypeError(child);
                        Py.DECREF(child);
                        goto error;
                    }
                    e._children![e._length++] = child;
                }
            }
            var id = PyLong.FromLong(Interpreter.IdOf(this));
            int r = memo.SetItem(id, e);
            Py.DECREF(id);
            if (r < 0) goto error;
            return e;
        error:
            Py.DECREF(e);
            return null;
        }
        finally
        {
            ts.CRecursionDepth--;
        }
    }

    /// <summary>deepcopy: None and str as they are, a lone dict of str or a lone Element copied here, anything else by copy.deepcopy.</summary>
    static PyObject? DeepCopyObject(ElementTreeState st, PyObject o, PyDict memo)
    {
        if (o == Py.None || o.ob_type == PyUnicode.Type) return Py.NewRef(o);
        if (o.ob_refcnt == 1)
        {
            if (o.ob_type == PyDict.Type)
            {
                var d = (PyDict)o;
                bool simple = true;
                int pos = 0;
                while (d.Next(ref pos, out var k, out var v))
                {
                    if (k.ob_type != PyUnicode.Type || v.ob_type != PyUnicode.Type)
                    {
                        simple = false;
                        break;
                    }
                }
                if (simple) return d.Copy();
            }
            else if (CheckExact(o)) return ((ElementObject)o).DeepCopy(st, memo);
        }
        return Calls.CallTwoArgs(st.Deepcopy, o, memo);
    }

    [PyMethod("__getstate__")]
    static PyObject? GetState(ElementObject self)
    {
        var children = PyList.New(self._length);
        for (int i = 0; i < self._length; i++) children.Append(self._children![i]);
        var state = PyDict.New();
        state.SetItemString("tag", (self._tag ?? Py.None));
        state.SetItemStringSteal("_children", children);
        if (self._attrib != null) state.SetItemString("attrib", self._attrib);
        else state.SetItemStringSteal("attrib", PyDict.New());
        state.SetItemString("text", (self._text ?? Py.None));
        state.SetItemString("tail", (self._tail ?? Py.None));
        return state;
    }

    [PyMethod("__setstate__")]
    static PyObject? SetState(ElementObject self, PyObject state)
    {
        if (state.ob_type != PyDict.Type)
        {
            var r = Abstract.ReprString(state);
            if (r == null) return null;
            if (r.Length > 200) r = r[..200];
            return Errors.SetString(PyExc.TypeError, $"Don't know how to unpickle \"{r}\" as an Element");
        }
        PyObject? tag = null, attrib = null, text = null, tail = null, children = null;
        var d = (PyDict)state;
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            if (k is not PyUnicode ku) return Errors.SetString(PyExc.TypeError, "keywords must be strings");
            switch (ku.ToString())
            {
                case "tag": tag = v; break;
                case "attrib": attrib = v; break;
                case "text": text = v; break;
                case "tail": tail = v; break;
                case "_children": children = v; break;
                default: return Errors.SetString(PyExc.TypeError, $"this function got an unexpected keyword argument '{ku}'");
            }
        }
        return self.SetStateFromAttributes(tag, attrib, text, tail, children);
    }

    /// <summary>element_setstate_from_attributes.</summary>
    PyObject? SetStateFromAttributes(PyObject? tag, PyObject? attrib, PyObject? text, PyObject? tail, PyObject? children)
    {
        if (tag == null) return Errors.SetString(PyExc.TypeError, "tag may not be NULL");
        Py.SETREF(ref _tag, Py.NewRef(tag));
        if (text != null) SetText(text, text.ob_type == PyList.Type);
        else SetText(Py.None);
        if (tail != null) SetTail(tail, tail.ob_type == PyList.Type);
        else SetTail(Py.None);
        if (children == null && attrib == null) return Py.None;
        if (children != null)
        {
            if (children is not PyList list) return Errors.SetString(PyExc.TypeError, "'_children' is not a list");
            for (int i = 0; i < list.Count; i++)
            {
                if (list.Items[i] is not ElementObject)
                {
                    RaiseTypeError(list.Items[i]);
                    return null;
                }
            }
            var oldChildren = _children;
            int oldLength = _length;
            _children = null;
            _length = 0;
            Reserve(list.Count);
            for (int i = 0; i < list.Count; i++) _children![i] = Py.NewRef(list.Items[i]);
            _length = list.Count;
            for (int i = 0; i < oldLength; i++) Py.DECREF(oldChildren![i]);
        }
        var oldAttrib = _attrib;
        _attrib = Py.XNewRef(attrib);
        Py.XDECREF(oldAttrib);
        return Py.None;
    }
}
