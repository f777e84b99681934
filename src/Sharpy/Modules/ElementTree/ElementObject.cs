using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

/// <summary>
/// `xml.etree.ElementTree.Element` as `_elementtree` makes it (Modules/_elementtree.c's
/// ElementObject): tag, attrib (a dict made when first asked for), text and tail, and the
/// children in an array. Text and tail keep CPython's join flag: a list the tree builder
/// collected is joined into one str when first read. The sequence protocol is in
/// ElementObject.Children.cs, copying and pickling in ElementObject.Copy.cs.
/// </summary>
[PyType("xml.etree.ElementTree.Element", BaseType = true)]
public sealed partial class ElementObject : PyObject, IWeakReferenceable
{
    internal PyObject? _tag;
    internal PyObject? _text;
    /// <summary>JOIN_GET(text): _text is a list of str pieces to join on first read.</summary>
    internal bool _textJoin;
    internal PyObject? _tail;
    internal bool _tailJoin;
    /// <summary>extra->attrib: null until set or asked for.</summary>
    PyObject? _attrib;
    PyObject[]? _children;
    int _length;
    /// <summary>extra->version: bumped by every change of the children, so remove() sees a mutation.</summary>
    ulong _version;
    public PyWeakReference? WeakRefList { get; set; }

    ElementObject(PyType type) : base(type)
    {
        _tag = Py.None;
        _text = Py.None;
        _tail = Py.None;
    }

    internal static bool Check(PyObject o) => o is ElementObject;

    internal static bool CheckExact(PyObject o) => o.ob_type == Type;

    /// <summary>create_new_element: an Element (the base type) with <paramref name="tag"/> and <paramref name="attrib"/> (not copied; an empty exact dict is dropped).</summary>
    internal static ElementObject Create(PyObject tag, PyObject? attrib)
    {
        var e = new ElementObject(Type) { _tag = Py.NewRef(tag) };
        if (attrib != null && !(attrib.ob_type == PyDict.Type && ((PyDict)attrib).Count == 0)) e._attrib = Py.NewRef(attrib);
        return e;
    }

    internal int ChildCount => _length;

    internal ReadOnlySpan<PyObject> Children => _children == null ? ReadOnlySpan<PyObject>.Empty : new ReadOnlySpan<PyObject>(_children, 0, _length);

    protected internal override void ReleaseReferences() => ClearAll();

    protected internal override void Traverse(Visitor visit)
    {
        if (_tag != null) visit(_tag);
        if (_text != null) visit(_text);
        if (_tail != null) visit(_tail);
        if (_attrib != null) visit(_attrib);
        for (int i = 0; i < _length; i++) visit(_children![i]);
    }

    protected internal override void Clear() => ClearAll();

    /// <summary>element_gc_clear: drop everything (the children array is detached first, so their deallocation cannot reach it).</summary>
    void ClearAll()
    {
        Py.CLEAR(ref _tag);
        Py.CLEAR(ref _text);
        Py.CLEAR(ref _tail);
        ClearExtra();
    }

    /// <summary>clear_extra: drop attrib and children.</summary>
    void ClearExtra()
    {
        var children = _children;
        int n = _length;
        var attrib = _attrib;
        _children = null;
        _length = 0;
        _attrib = null;
        Py.XDECREF(attrib);
        for (int i = 0; i < n; i++) Py.DECREF(children![i]);
    }

    [PySlot("tp_new", Raw = "element_new ignores its arguments: __init__ parses them")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new ElementObject(type);

    /// <summary>element_init: Element(tag, attrib={}, **extra).</summary>
    [PySlot("tp_init", Raw = "PyArg_ParseTuple(\"O|O!:Element\") with the keywords as extra attributes; C# has no optional parameter before **kwargs")]
    static int Init(PyObject o, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (ElementObject)o;
        if (!ParseTagAndAttrib("Element", args, kwnames, 1, out var attrib)) return -1;
        var tag = args[0].AsBorrowed;
        if (attrib != null && !(attrib.ob_type == PyDict.Type && attrib.Count == 0))
            Py.SETREF(ref self._attrib, Py.NewRef<PyObject>(attrib));
        Py.XDECREF(attrib);
        Py.SETREF(ref self._tag, Py.NewRef(tag));
        self.SetText(Py.None);
        self.SetTail(Py.None);
        return 0;
    }

    /// <summary>
    /// The arguments of Element() and SubElement(): <paramref name="fixedCount"/> positional
    /// arguments, then an optional attrib dict, and keywords that are more attributes (or
    /// 'attrib' itself, when not given by position). <paramref name="attrib"/> is a new dict,
    /// or null when there were no attributes at all.
    /// </summary>
    internal static bool ParseTagAndAttrib(string fname, ReadOnlySpan<StackRef> args, PyTuple? kwnames, int fixedCount, out PyDict? attrib)
    {
        attrib = null;
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs < fixedCount || nargs > fixedCount + 1)
        {
            bool few = nargs < fixedCount;
            int n = few ? fixedCount : fixedCount + 1;
            Errors.SetString(PyExc.TypeError, $"{fname}() takes {(few ? "at least" : "at most")} {n} argument{(n == 1 ? "" : "s")} ({nargs} given)");
            return false;
        }
        PyDict? kwds = null;
        if (ArgParse.HasKeywords(kwnames))
        {
            kwds = PyDict.New();
            for (int i = 0; i < kwnames!.Count; i++) kwds.SetItem(kwnames.Items[i], args[nargs + i].AsBorrowed);
        }
        if (nargs > fixedCount)
        {
            var given = args[fixedCount].AsBorrowed;
            if (given is not PyDict gd)
            {
                Py.XDECREF(kwds);
                Errors.SetString(PyExc.TypeError, $"{fname}() argument {fixedCount + 1} must be dict, not {given.ob_type.tp_name}");
                return false;
            }
            attrib = gd.Copy();
            if (kwds != null && attrib.UpdateArg(kwds) < 0)
            {
                Py.DECREF(kwds);
                Py.CLEAR(ref attrib);
                return false;
            }
        }
        else if (kwds != null)
        {
            attrib = AttribFromKeywords(kwds);
            if (attrib == null)
            {
                Py.DECREF(kwds);
                return false;
            }
        }
        Py.XDECREF(kwds);
        return true;
    }

    /// <summary>get_attrib_from_keywords: the keywords' 'attrib' dict (copied) updated with the other keywords.</summary>
    internal static PyDict? AttribFromKeywords(PyDict kwds)
    {
        var attribKey = PyUnicode.Intern("attrib");
        var given = kwds.GetItemWithError(attribKey);
        if (given == null && Errors.Occurred()) return null;
        PyDict result;
        if (given != null)
        {
            if (given is not PyDict gd)
            {
                Errors.SetString(PyExc.TypeError, $"attrib must be dict, not {given.ob_type.tp_name}");
                return null;
            }
            result = gd.Copy();
        }
        else result = PyDict.New();
        int pos = 0;
        while (kwds.Next(ref pos, out var k, out var v))
        {
            if (given != null && k is PyUnicode ku && ku.ToString() == "attrib") continue;
            if (result.SetItem(k, v) < 0)
            {
                Py.DECREF(result);
                return null;
            }
        }
        return result;
    }

    // ---- text, tail, tag, attrib ----------------------------------------------------------

    /// <summary>element_get_text: the text (borrowed), a collected list joined first; null on error.</summary>
    internal PyObject? GetText()
    {
        if (_textJoin && _text is PyList l && l.ob_type == PyList.Type)
        {
            var joined = PyUnicode.Join(PyUnicode.Empty, l);
            if (joined == null) return null;
            Py.SETREF(ref _text, joined);
            _textJoin = false;
        }
        // Null only after the cycle collector cleared this element.
        return _text ?? Py.None;
    }

    internal PyObject? GetTail()
    {
        if (_tailJoin && _tail is PyList l && l.ob_type == PyList.Type)
        {
            var joined = PyUnicode.Join(PyUnicode.Empty, l);
            if (joined == null) return null;
            Py.SETREF(ref _tail, joined);
            _tailJoin = false;
        }
        return _tail ?? Py.None;
    }

    internal void SetText(PyObject value, bool join = false)
    {
        var old = _text;
        _text = Py.NewRef(value);
        _textJoin = join;
        Py.XDECREF(old);
    }

    internal void SetTail(PyObject value, bool join = false)
    {
        var old = _tail;
        _tail = Py.NewRef(value);
        _tailJoin = join;
        Py.XDECREF(old);
    }

    /// <summary>element_get_attrib: the attrib dict (borrowed), made empty when there was none.</summary>
    internal PyObject GetAttrib() => _attrib ??= PyDict.New();

    internal PyObject? AttribOrNull => _attrib;

    static int CannotDelete()
    {
        Errors.SetString(PyExc.AttributeError, "can't delete element attribute");
        return -1;
    }

    [PyGetter("tag", Doc = "A string identifying what kind of data this element represents")]
    static PyObject? GetTag(ElementObject self) => Py.NewRef(self._tag ?? Py.None);

    [PySetter("tag")]
    static int SetTag(ElementObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        Py.SETREF(ref self._tag, Py.NewRef(value));
        return 0;
    }

    [PyGetter("text", Doc = "A string of text directly after the start tag, or None")]
    static PyObject? GetTextAttr(ElementObject self) => Py.XNewRef(self.GetText());

    [PySetter("text")]
    static int SetTextAttr(ElementObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        self.SetText(value);
        return 0;
    }

    [PyGetter("tail", Doc = "A string of text directly after the end tag, or None")]
    static PyObject? GetTailAttr(ElementObject self) => Py.XNewRef(self.GetTail());

    [PySetter("tail")]
    static int SetTailAttr(ElementObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        self.SetTail(value);
        return 0;
    }

    [PyGetter("attrib", Doc = "A dictionary containing the element's attributes")]
    static PyObject? GetAttribAttr(ElementObject self) => Py.NewRef(self.GetAttrib());

    [PySetter("attrib")]
    static int SetAttribAttr(ElementObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        if (value is not PyDict)
        {
            Errors.SetString(PyExc.TypeError, $"attrib must be dict, not {value.ob_type.tp_name}");
            return -1;
        }
        Py.SETREF(ref self._attrib, Py.NewRef(value));
        self._version++;
        return 0;
    }

    // ---- attributes -----------------------------------------------------------------------

    [PyMethod("get")]
    static PyObject? Get(ElementObject self, [Keyword] PyObject key, [Keyword("default")] PyObject? defaultValue = null)
    {
        if (self._attrib is { } attrib)
        {
            Py.INCREF(attrib);
            PyObject? value = attrib is PyDict d ? Py.XNewRef(d.GetItemWithError(key)) : null;
            Py.DECREF(attrib);
            if (value != null || Errors.Occurred()) return value;
        }
        return Py.NewRef(defaultValue ?? Py.None);
    }

    [PyMethod("set")]
    static PyObject? Set(ElementObject self, PyObject key, PyObject value)
    {
        var attrib = self.GetAttrib();
        if (Abstract.SetItem(attrib, key, value) < 0) return null;
        self._version++;
        return Py.None;
    }

    [PyMethod("keys")]
    static PyObject? Keys(ElementObject self)
    {
        var list = PyList.New();
        if (self._attrib is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) list.Append(k);
        }
        return list;
    }

    [PyMethod("items")]
    static PyObject? Items(ElementObject self)
    {
        var list = PyList.New();
        if (self._attrib is PyDict d)
        {
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v)) list.AppendSteal(PyTuple.FromStolen([Py.NewRef(k), Py.NewRef(v)]));
        }
        return list;
    }

    [PyMethod("clear")]
    static PyObject? ClearMethod(ElementObject self)
    {
        self.ClearExtra();
        self.SetText(Py.None);
        self.SetTail(Py.None);
        return Py.None;
    }

    [PyMethod("makeelement")]
    static PyObject? MakeElement(ElementObject self, PyObject tag, PyDict attrib)
    {
        var copy = attrib.Copy();
        var e = Create(tag, copy);
        Py.DECREF(copy);
        return e;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (ElementObject)o;
        string addr = $"0x{Interpreter.IdOf(self):x}";
        if (self._tag == null) return PyUnicode.FromString($"<Element at {addr}>");
        if (SeqSupport.ReprEnter(self)) return Errors.SetString(PyExc.RuntimeError, $"reentrant call inside {self.ob_type.tp_name}.__repr__");
        var tag = Py.NewRef(self._tag);
        var r = Abstract.ReprString(tag);
        Py.DECREF(tag);
        SeqSupport.ReprLeave(self);
        return r == null ? null : PyUnicode.FromString($"<Element {r} at {addr}>");
    }

    [PySlot("nb_bool")]
    static int Bool(PyObject o)
    {
        if (Warnings.WarnEx(PyExc.DeprecationWarning,
                "Testing an element's truth value will always return True in future versions.  "
                + "Use specific 'len(elem)' or 'elem is not None' test instead.", 1) < 0) return -1;
        return ((ElementObject)o)._length != 0 ? 1 : 0;
    }

    [PyMethod("__sizeof__")]
    static long SizeOf(ElementObject self)
    {
        // The C struct: head, tag, text, tail, extra, weakreflist; extra with 4 inline children.
        long size = 56;
        if (self._children != null || self._attrib != null)
        {
            size += 72;
            if (self._children != null && self._children.Length > 4) size += self._children.Length * 8L;
        }
        return size;
    }
}
