using System;
using System.Collections.Generic;
using Sharpy.Modules.Pyexpat;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.ElementTree;

/// <summary>
/// `xml.etree.ElementTree.XMLParser` (_elementtree.c's XMLParserObject): our expat
/// (<see cref="ExpatParser"/>) with namespace processing ('}' separator), reporting to a
/// target. When the target is exactly a C TreeBuilder the handlers call it directly (no
/// Python calls); otherwise they call the target's start/end/data/... methods, looked up
/// once. The expat handlers are in XmlParser.Handlers.cs.
/// </summary>
[PyType("xml.etree.ElementTree.XMLParser", BaseType = true)]
[PyMember("entity", nameof(_entity), ReadOnly = true)]
[PyMember("target", nameof(_target), ReadOnly = true)]
public sealed partial class XmlParser : PyObject
{
    ExpatParser? _parser;
    PyObject? _target;
    PyObject? _entity;
    /// <summary>makeuniversal's cache: expat's "uri}local" names to "{uri}local" str objects.</summary>
    Dictionary<string, PyObject>? _names;
    PyObject? _handleStartNs, _handleEndNs, _handleStart, _handleData, _handleEnd;
    PyObject? _handleComment, _handlePi, _handleDoctype, _handleClose;

    XmlParser(PyType type) : base(type) { }

    [PySlot("tp_new", Raw = "xmlparser_new ignores its arguments: __init__ parses them")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new XmlParser(type);

    [PySlot("tp_init")]
    static int Init(XmlParser self, [KeywordOnly] PyObject? target = null, [KeywordOnly] string? encoding = null)
    {
        Py.SETREF(ref self._entity, PyDict.New());
        self.ClearNames();
        self._names = new Dictionary<string, PyObject>();
        self._parser = new ExpatParser(self, encoding, true, '}');
        PyObject t = target == null || target == Py.None ? TreeBuilderObject.Create() : Py.NewRef(target);
        Py.SETREF(ref self._target, t);
        if (!LookupHandler(t, "start_ns", ref self._handleStartNs) || !LookupHandler(t, "end_ns", ref self._handleEndNs)
            || !LookupHandler(t, "start", ref self._handleStart) || !LookupHandler(t, "data", ref self._handleData)
            || !LookupHandler(t, "end", ref self._handleEnd) || !LookupHandler(t, "comment", ref self._handleComment)
            || !LookupHandler(t, "pi", ref self._handlePi) || !LookupHandler(t, "close", ref self._handleClose)
            || !LookupHandler(t, "doctype", ref self._handleDoctype))
            return -1;
        var p = self._parser;
        if (self._handleStartNs != null || self._handleEndNs != null) self.EnableNamespaceEvents();
        p.Has[(int)HandlerKind.StartElement] = true;
        p.Has[(int)HandlerKind.EndElement] = true;
        // XML_SetDefaultHandlerExpand: entity references that expat cannot expand come to the entity dict.
        p.HasDefault = true;
        p.DefaultExpandInternalEntities = true;
        p.Has[(int)HandlerKind.CharacterData] = true;
        if (self._handleComment != null) p.Has[(int)HandlerKind.Comment] = true;
        if (self._handlePi != null) p.Has[(int)HandlerKind.ProcessingInstruction] = true;
        p.Has[(int)HandlerKind.StartDoctypeDecl] = true;
        return 0;
    }

    /// <summary>getattr(target, name), or null when it has no such attribute; false on another error.</summary>
    static bool LookupHandler(PyObject target, string name, ref PyObject? slot)
    {
        if (Abstract.LookupAttr(target, PyUnicode.Intern(name), out var h) < 0) return false;
        Py.SETREF(ref slot, h);
        return true;
    }

    void EnableNamespaceEvents()
    {
        _parser!.Has[(int)HandlerKind.StartNamespaceDecl] = true;
        _parser.Has[(int)HandlerKind.EndNamespaceDecl] = true;
    }

    void ClearNames()
    {
        if (_names == null) return;
        var values = new List<PyObject>(_names.Values);
        _names = null;
        foreach (var v in values) Py.DECREF(v);
    }

    protected internal override void ReleaseReferences() => ClearAll();

    protected internal override void Clear() => ClearAll();

    void ClearAll()
    {
        _parser = null;
        Py.CLEAR(ref _handleClose);
        Py.CLEAR(ref _handlePi);
        Py.CLEAR(ref _handleComment);
        Py.CLEAR(ref _handleEnd);
        Py.CLEAR(ref _handleData);
        Py.CLEAR(ref _handleStart);
        Py.CLEAR(ref _handleStartNs);
        Py.CLEAR(ref _handleEndNs);
        Py.CLEAR(ref _handleDoctype);
        Py.CLEAR(ref _target);
        Py.CLEAR(ref _entity);
        ClearNames();
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_handleClose != null) visit(_handleClose);
        if (_handlePi != null) visit(_handlePi);
        if (_handleComment != null) visit(_handleComment);
        if (_handleEnd != null) visit(_handleEnd);
        if (_handleData != null) visit(_handleData);
        if (_handleStart != null) visit(_handleStart);
        if (_handleStartNs != null) visit(_handleStartNs);
        if (_handleEndNs != null) visit(_handleEndNs);
        if (_handleDoctype != null) visit(_handleDoctype);
        if (_target != null) visit(_target);
        if (_entity != null) visit(_entity);
    }

    /// <summary>_check_xmlparser.</summary>
    bool CheckInit()
    {
        if (_target != null && _parser != null) return true;
        Errors.SetString(PyExc.ValueError, "XMLParser.__init__() wasn't called");
        return false;
    }

    TreeBuilderObject? FastTarget => _target != null && _target.ob_type == TreeBuilderObject.Type ? (TreeBuilderObject)_target : null;

    /// <summary>expat_set_error: ParseError("MESSAGE: line L, column C") with code and position.</summary>
    static void SetError(XmlError code, long line, long column, string? message)
    {
        var st = ElementTreeState.Get();
        var msg = PyUnicode.FromString($"{message ?? ExpatErrors.Message((int)code)}: line {line}, column {column}");
        var err = Calls.CallOneArg(st.ParseError, msg);
        Py.DECREF(msg);
        if (err == null) return;
        var codeObj = PyLong.FromLong((int)code);
        int r = Abstract.SetAttr(err, PyUnicode.Intern("code"), codeObj);
        Py.DECREF(codeObj);
        if (r == 0)
        {
            var position = PyTuple.FromStolen([PyLong.FromLong(line), PyLong.FromLong(column)]);
            r = Abstract.SetAttr(err, PyUnicode.Intern("position"), position);
            Py.DECREF(position);
            if (r == 0) Errors.SetObject(st.ParseError, err);
        }
        Py.DECREF(err);
    }

    /// <summary>expat_parse: None, or null with the handler's exception or a ParseError.</summary>
    PyObject? Parse(ReadOnlySpan<byte> data, bool final)
    {
        var rc = _parser!.Parse(data, final);
        if (Errors.Occurred()) return null;
        if (rc != XmlError.None)
        {
            SetError(rc, _parser.CurrentLineNumber, _parser.CurrentColumnNumber, null);
            return null;
        }
        return Py.None;
    }

    [PyMethod("feed")]
    static PyObject? Feed(XmlParser self, PyObject data)
    {
        if (!self.CheckInit()) return null;
        if (data is PyUnicode u)
        {
            var utf8 = u.AsUtf8();
            if (utf8 == null) return null;
            self._parser!.SetEncoding("utf-8");
            return self.Parse(utf8, false);
        }
        var view = PyBuffer.GetContiguous(data);
        if (view == null) return null;
        var bytes = view.Span.ToArray();
        view.Release();
        return self.Parse(bytes, false);
    }

    [PyMethod("close")]
    static PyObject? Close(XmlParser self)
    {
        if (!self.CheckInit()) return null;
        if (self.Parse(ReadOnlySpan<byte>.Empty, true) == null) return null;
        if (self.FastTarget is { } tb) return tb.Done();
        if (self._handleClose != null) return Calls.CallNoArgs(self._handleClose);
        return Py.None;
    }

    [PyMethod("flush")]
    static PyObject? Flush(XmlParser self)
    {
        if (!self.CheckInit()) return null;
        self._parser!.ReparseDeferralEnabled = false;
        var r = self.Parse(ReadOnlySpan<byte>.Empty, false);
        self._parser.ReparseDeferralEnabled = true;
        return r;
    }

    [PyMethod("_parse_whole")]
    static PyObject? ParseWhole(XmlParser self, PyObject file)
    {
        if (!self.CheckInit()) return null;
        var reader = Abstract.GetAttr(file, "read");
        if (reader == null) return null;
        var size = PyLong.FromLong(64 * 1024);
        try
        {
            for (;;)
            {
                var buffer = Calls.CallOneArg(reader, size);
                if (buffer == null) return null;
                byte[] chunk;
                if (buffer.ob_type == PyUnicode.Type)
                {
                    var s = (PyUnicode)buffer;
                    if (s.Length == 0)
                    {
                        Py.DECREF(buffer);
                        break;
                    }
                    var encoded = Modules.Codecs.CodecRegistry.EncodeText(s, "utf-8", "surrogatepass");
                    Py.DECREF(buffer);
                    if (encoded == null) return null;
                    chunk = ((PyBytes)encoded).Value;
                    Py.DECREF(encoded);
                }
                else if (buffer.ob_type != PyBytes.Type || ((PyBytes)buffer).Value.Length == 0)
                {
                    Py.DECREF(buffer);
                    break;
                }
                else
                {
                    chunk = ((PyBytes)buffer).Value;
                    Py.DECREF(buffer);
                }
                if (self.Parse(chunk, false) == null) return null;
            }
        }
        finally
        {
            Py.DECREF(size);
            Py.DECREF(reader);
        }
        var res = self.Parse(ReadOnlySpan<byte>.Empty, true);
        if (res != null && self.FastTarget is { } tb) return tb.Done();
        return res;
    }

    [PyMethod("_setevents")]
    static PyObject? SetEvents(XmlParser self, PyObject eventsQueue, PyObject? eventsToReport = null)
    {
        if (!self.CheckInit()) return null;
        if (self.FastTarget is not { } target)
            return Errors.SetString(PyExc.TypeError, "event handling only supported for ElementTree.TreeBuilder targets");
        var append = Abstract.GetAttr(eventsQueue, "append");
        if (append == null) return null;
        target.ResetEvents(append);
        Py.DECREF(append);
        if (eventsToReport == null || eventsToReport == Py.None)
        {
            target.EndEvent = PyUnicode.FromString("end");
            return Py.None;
        }
        var seq = SeqSupport.Fast(eventsToReport, "events must be a sequence");
        if (seq == null) return null;
        try
        {
            foreach (var ev in SeqSupport.FastItems(seq))
            {
                string? name = ev is PyUnicode u ? u.ToString() : ev is PyBytes b ? System.Text.Encoding.Latin1.GetString(b.Value) : null;
                if (name == null) return Errors.SetString(PyExc.ValueError, "invalid events sequence");
                int nul = name.IndexOf('\0');
                if (nul >= 0) name = name[..nul];
                switch (name)
                {
                    case "start": Py.SETREF(ref target.StartEvent, Py.NewRef(ev)); break;
                    case "end": Py.SETREF(ref target.EndEvent, Py.NewRef(ev)); break;
                    case "start-ns":
                        Py.SETREF(ref target.StartNsEvent, Py.NewRef(ev));
                        self.EnableNamespaceEvents();
                        break;
                    case "end-ns":
                        Py.SETREF(ref target.EndNsEvent, Py.NewRef(ev));
                        self.EnableNamespaceEvents();
                        break;
                    case "comment":
                        Py.SETREF(ref target.CommentEvent, Py.NewRef(ev));
                        self._parser!.Has[(int)HandlerKind.Comment] = true;
                        break;
                    case "pi":
                        Py.SETREF(ref target.PiEvent, Py.NewRef(ev));
                        self._parser!.Has[(int)HandlerKind.ProcessingInstruction] = true;
                        break;
                    default:
                        return Errors.SetString(PyExc.ValueError, $"unknown event '{name}'");
                }
            }
        }
        finally
        {
            Py.DECREF(seq);
        }
        return Py.None;
    }

    [PyGetter("version")]
    static PyObject? Version(XmlParser self) => PyUnicode.FromString("Expat 2.7.3");
}
