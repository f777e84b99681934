using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

/// <summary>
/// `xml.etree.ElementTree.TreeBuilder` (TreeBuilderObject): builds the tree from start, data,
/// end, comment and pi calls, with the element, comment and PI factories, and records the
/// events iterparse asked for (XMLParser._setevents). The XMLParser calls its handlers
/// directly when it is the target.
/// </summary>
[PyType("xml.etree.ElementTree.TreeBuilder", BaseType = true)]
public sealed partial class TreeBuilderObject : PyObject
{
    PyObject? _root;
    PyObject _this = Py.None;
    PyObject _last = Py.None;
    /// <summary>The most recent node that takes a tail (the last element closed, or an inserted comment or PI).</summary>
    PyObject? _lastForTail;
    /// <summary>The character data collected since the last event: the first piece, or a list of pieces.</summary>
    PyObject? _data;
    /// <summary>The parents of the open elements; entries past <see cref="_index"/> are stale but kept, as CPython's list keeps them.</summary>
    readonly List<PyObject> _stack = new();
    int _index;
    PyObject? _elementFactory;
    PyObject? _commentFactory;
    PyObject? _piFactory;
    internal PyObject? EventsAppend;
    internal PyObject? StartEvent, EndEvent, StartNsEvent, EndNsEvent, CommentEvent, PiEvent;
    bool _insertComments;
    internal bool InsertPis;

    TreeBuilderObject(PyType type) : base(type) { }

    internal static TreeBuilderObject Create() => new(Type);

    [PySlot("tp_new", Raw = "treebuilder_new ignores its arguments: __init__ parses them")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new TreeBuilderObject(type);

    [PySlot("tp_init")]
    static int Init(TreeBuilderObject self, [Keyword("element_factory")] PyObject? elementFactory = null,
        [KeywordOnly("comment_factory")] PyObject? commentFactory = null, [KeywordOnly("pi_factory")] PyObject? piFactory = null,
        [KeywordOnly("insert_comments")] bool insertComments = false, [KeywordOnly("insert_pis")] bool insertPis = false)
    {
        var st = ElementTreeState.Get();
        Py.SETREF(ref self._elementFactory, elementFactory == null || elementFactory == Py.None ? null : Py.NewRef(elementFactory));
        if (commentFactory == null || commentFactory == Py.None) commentFactory = st.CommentFactory;
        Py.SETREF(ref self._commentFactory, Py.XNewRef(commentFactory));
        self._insertComments = commentFactory != null && insertComments;
        if (piFactory == null || piFactory == Py.None) piFactory = st.PiFactory;
        Py.SETREF(ref self._piFactory, Py.XNewRef(piFactory));
        self.InsertPis = piFactory != null && insertPis;
        return 0;
    }

    protected internal override void ReleaseReferences() => ClearAll();

    protected internal override void Clear() => ClearAll();

    void ClearAll()
    {
        Py.CLEAR(ref PiEvent);
        Py.CLEAR(ref CommentEvent);
        Py.CLEAR(ref EndNsEvent);
        Py.CLEAR(ref StartNsEvent);
        Py.CLEAR(ref EndEvent);
        Py.CLEAR(ref StartEvent);
        Py.CLEAR(ref EventsAppend);
        var stack = _stack.ToArray();
        _stack.Clear();
        _index = 0;
        foreach (var o in stack) Py.DECREF(o);
        Py.CLEAR(ref _data);
        var last = _last;
        _last = Py.None;
        Py.DECREF(last);
        Py.CLEAR(ref _lastForTail);
        var cur = _this;
        _this = Py.None;
        Py.DECREF(cur);
        Py.CLEAR(ref _piFactory);
        Py.CLEAR(ref _commentFactory);
        Py.CLEAR(ref _elementFactory);
        Py.CLEAR(ref _root);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (PiEvent != null) visit(PiEvent);
        if (CommentEvent != null) visit(CommentEvent);
        if (EndNsEvent != null) visit(EndNsEvent);
        if (StartNsEvent != null) visit(StartNsEvent);
        if (EndEvent != null) visit(EndEvent);
        if (StartEvent != null) visit(StartEvent);
        if (EventsAppend != null) visit(EventsAppend);
        if (_root != null) visit(_root);
        visit(_this);
        visit(_last);
        if (_lastForTail != null) visit(_lastForTail);
        if (_data != null) visit(_data);
        foreach (var o in _stack) visit(o);
        if (_piFactory != null) visit(_piFactory);
        if (_commentFactory != null) visit(_commentFactory);
        if (_elementFactory != null) visit(_elementFactory);
    }

    /// <summary>Clears the event settings before _setevents installs new ones.</summary>
    internal void ResetEvents(PyObject eventsAppend)
    {
        Py.SETREF(ref EventsAppend, Py.NewRef(eventsAppend));
        Py.CLEAR(ref StartEvent);
        Py.CLEAR(ref EndEvent);
        Py.CLEAR(ref StartNsEvent);
        Py.CLEAR(ref EndNsEvent);
        Py.CLEAR(ref CommentEvent);
        Py.CLEAR(ref PiEvent);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /// <summary>treebuilder_extend_element_text_or_tail: the collected data becomes (or extends) the text or tail of <paramref name="element"/>.</summary>
    int ExtendTextOrTail(PyObject element, bool tail)
    {
        var data = _data!;
        if (ElementObject.CheckExact(element))
        {
            var e = (ElementObject)element;
            var dest = tail ? e._tail : e._text;
            bool joined = tail ? e._tailJoin : e._textJoin;
            if (dest == Py.None)
            {
                _data = null;
                bool isList = data.ob_type == PyList.Type;
                if (tail) e.SetTail(data, isList); else e.SetText(data, isList);
                Py.DECREF(data);
                return 0;
            }
            if (joined && dest is PyList destList)
            {
                if (data is PyList dl)
                {
                    for (int i = 0; i < dl.Count; i++) destList.Append(dl.Items[i]);
                }
                else if (destList.Extend(data) < 0) return -1;
                Py.CLEAR(ref _data);
                return 0;
            }
        }
        var name = PyUnicode.Intern(tail ? "tail" : "text");
        var previous = Abstract.GetAttr(element, name);
        if (previous == null) return -1;
        var joinedText = data.ob_type == PyUnicode.Type ? Py.NewRef(data) : PyUnicode.Join(PyUnicode.Empty, data);
        if (joinedText == null)
        {
            Py.DECREF(previous);
            return -1;
        }
        if (previous != Py.None)
        {
            var sum = Abstract.BinaryOp(previous, joinedText, NbOp.ADD);
            Py.DECREF(joinedText);
            Py.DECREF(previous);
            if (sum == null) return -1;
            joinedText = sum;
        }
        else Py.DECREF(previous);
        int r = Abstract.SetAttr(element, name, joinedText);
        Py.DECREF(joinedText);
        if (r < 0) return -1;
        Py.CLEAR(ref _data);
        return 0;
    }

    int FlushData()
    {
        if (_data == null) return 0;
        return _lastForTail == null ? ExtendTextOrTail(_last, false) : ExtendTextOrTail(_lastForTail, true);
    }

    static int AddSubelement(PyObject element, PyObject child)
    {
        if (ElementObject.CheckExact(element)) return ((ElementObject)element).AddSubelement(child);
        var res = Calls.CallMethod(element, "append", child);
        if (res == null) return -1;
        Py.DECREF(res);
        return 0;
    }

    int AppendEvent(PyObject? action, PyObject node)
    {
        if (action == null) return 0;
        var ev = PyTuple.Pack(action, node);
        var res = Calls.CallOneArg(EventsAppend!, ev);
        Py.DECREF(ev);
        if (res == null) return -1;
        Py.DECREF(res);
        return 0;
    }

    // ---- handlers -----------------------------------------------------------------------------

    /// <summary>treebuilder_handle_start: the new node (new reference), or null.</summary>
    internal PyObject? HandleStart(PyObject tag, PyObject? attrib)
    {
        if (FlushData() < 0) return null;
        PyObject? node;
        if (_elementFactory == null) node = ElementObject.Create(tag, attrib);
        else if (attrib == null)
        {
            var empty = PyDict.New();
            node = Calls.CallTwoArgs(_elementFactory, tag, empty);
            Py.DECREF(empty);
        }
        else node = Calls.CallTwoArgs(_elementFactory, tag, attrib);
        if (node == null) return null;

        var cur = _this;
        Py.CLEAR(ref _lastForTail);
        if (cur != Py.None)
        {
            if (AddSubelement(cur, node) < 0) goto error;
        }
        else
        {
            if (_root != null)
            {
                Errors.SetString(ElementTreeState.Get().ParseError, "multiple elements on top level");
                goto error;
            }
            _root = Py.NewRef(node);
        }
        if (_index < _stack.Count)
        {
            var old = _stack[_index];
            _stack[_index] = Py.NewRef(cur);
            Py.DECREF(old);
        }
        else _stack.Add(Py.NewRef(cur));
        _index++;
        var oldThis = _this;
        _this = Py.NewRef(node);
        Py.DECREF(oldThis);
        var oldLast = _last;
        _last = Py.NewRef(node);
        Py.DECREF(oldLast);
        if (AppendEvent(StartEvent, node) < 0) goto error;
        return node;
    error:
        Py.DECREF(node);
        return null;
    }

    /// <summary>treebuilder_handle_data: false on error.</summary>
    internal bool HandleData(PyObject data)
    {
        if (_data == null)
        {
            // Data before the first start is ignored.
            if (_last == Py.None) return true;
            _data = Py.NewRef(data);
        }
        else if (_data.ob_type == PyList.Type) ((PyList)_data).Append(data);
        else
        {
            var list = PyList.New(2);
            list.Append(_data);
            list.Append(data);
            Py.SETREF(ref _data, list);
        }
        return true;
    }

    /// <summary>treebuilder_handle_end: the closed node (new reference), or null.</summary>
    internal PyObject? HandleEnd()
    {
        if (FlushData() < 0) return null;
        if (_index == 0) return Errors.SetString(PyExc.IndexError, "pop from empty stack");
        var item = _last;
        _last = Py.NewRef(_this);
        // The old current node moves to last_for_tail.
        var oldTail = _lastForTail;
        _lastForTail = _this;
        Py.XDECREF(oldTail);
        _index--;
        _this = Py.NewRef(_stack[_index]);
        Py.DECREF(item);
        if (AppendEvent(EndEvent, _last) < 0) return null;
        return Py.NewRef(_last);
    }

    internal PyObject? HandleComment(PyObject text)
    {
        if (FlushData() < 0) return null;
        PyObject? comment;
        if (_commentFactory != null)
        {
            comment = Calls.CallOneArg(_commentFactory, text);
            if (comment == null) return null;
            if (_insertComments && _this != Py.None)
            {
                if (AddSubelement(_this, comment) < 0) goto error;
                Py.SETREF(ref _lastForTail, Py.NewRef(comment));
            }
        }
        else comment = Py.NewRef(text);
        if (EventsAppend != null && CommentEvent != null && AppendEvent(CommentEvent, comment) < 0) goto error;
        return comment;
    error:
        Py.DECREF(comment);
        return null;
    }

    internal PyObject? HandlePi(PyObject target, PyObject text)
    {
        if (FlushData() < 0) return null;
        PyObject? pi;
        if (_piFactory != null)
        {
            pi = Calls.CallTwoArgs(_piFactory, target, text);
            if (pi == null) return null;
            if (InsertPis && _this != Py.None)
            {
                if (AddSubelement(_this, pi) < 0) goto error;
                Py.SETREF(ref _lastForTail, Py.NewRef(pi));
            }
        }
        else pi = PyTuple.Pack(target, text);
        if (EventsAppend != null && PiEvent != null && AppendEvent(PiEvent, pi) < 0) goto error;
        return pi;
    error:
        Py.DECREF(pi);
        return null;
    }

    internal bool HandleStartNs(PyObject prefix, PyObject uri)
    {
        if (EventsAppend == null || StartNsEvent == null) return true;
        var parcel = PyTuple.Pack(prefix, uri);
        int r = AppendEvent(StartNsEvent, parcel);
        Py.DECREF(parcel);
        return r == 0;
    }

    internal bool HandleEndNs(PyObject prefix)
    {
        if (EventsAppend == null || EndNsEvent == null) return true;
        return AppendEvent(EndNsEvent, prefix) == 0;
    }

    /// <summary>treebuilder_done: the root, or None.</summary>
    internal PyObject Done() => Py.NewRef(_root ?? Py.None);

    // ---- methods ----------------------------------------------------------------------------

    [PyMethod("data")]
    static PyObject? Data(TreeBuilderObject self, PyObject data) => self.HandleData(data) ? Py.None : null;

    [PyMethod("start")]
    static PyObject? Start(TreeBuilderObject self, PyObject tag, PyDict attrs) => self.HandleStart(tag, attrs);

    [PyMethod("end")]
    static PyObject? End(TreeBuilderObject self, PyObject tag) => self.HandleEnd();

    [PyMethod("comment")]
    static PyObject? Comment(TreeBuilderObject self, PyObject text) => self.HandleComment(text);

    [PyMethod("pi")]
    static PyObject? Pi(TreeBuilderObject self, PyObject target, PyObject? text = null) => self.HandlePi(target, text ?? Py.None);

    [PyMethod("close")]
    static PyObject? Close(TreeBuilderObject self) => self.Done();
}
