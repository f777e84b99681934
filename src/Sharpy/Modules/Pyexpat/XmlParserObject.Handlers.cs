using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pyexpat;

// The handler attributes and the trampolines that call them (pyexpat.c's my_*Handler): each
// flushes buffered character data first, builds its arguments (names interned), and on an
// exception clears the handlers and stops the parse (flag_error, XML_StopParser).
public sealed partial class XmlParserObject : IExpatHandler
{
    [PyGetter("StartElementHandler")] static PyObject? GetStartElement(XmlParserObject self) => self.GetHandler(HandlerKind.StartElement);
    [PySetter("StartElementHandler")] static int SetStartElement(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.StartElement, value);
    [PyGetter("EndElementHandler")] static PyObject? GetEndElement(XmlParserObject self) => self.GetHandler(HandlerKind.EndElement);
    [PySetter("EndElementHandler")] static int SetEndElement(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.EndElement, value);
    [PyGetter("ProcessingInstructionHandler")] static PyObject? GetProcessingInstruction(XmlParserObject self) => self.GetHandler(HandlerKind.ProcessingInstruction);
    [PySetter("ProcessingInstructionHandler")] static int SetProcessingInstruction(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.ProcessingInstruction, value);
    [PyGetter("CharacterDataHandler")] static PyObject? GetCharacterData(XmlParserObject self) => self.GetHandler(HandlerKind.CharacterData);
    [PySetter("CharacterDataHandler")] static int SetCharacterData(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.CharacterData, value);
    [PyGetter("UnparsedEntityDeclHandler")] static PyObject? GetUnparsedEntityDecl(XmlParserObject self) => self.GetHandler(HandlerKind.UnparsedEntityDecl);
    [PySetter("UnparsedEntityDeclHandler")] static int SetUnparsedEntityDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.UnparsedEntityDecl, value);
    [PyGetter("NotationDeclHandler")] static PyObject? GetNotationDecl(XmlParserObject self) => self.GetHandler(HandlerKind.NotationDecl);
    [PySetter("NotationDeclHandler")] static int SetNotationDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.NotationDecl, value);
    [PyGetter("StartNamespaceDeclHandler")] static PyObject? GetStartNamespaceDecl(XmlParserObject self) => self.GetHandler(HandlerKind.StartNamespaceDecl);
    [PySetter("StartNamespaceDeclHandler")] static int SetStartNamespaceDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.StartNamespaceDecl, value);
    [PyGetter("EndNamespaceDeclHandler")] static PyObject? GetEndNamespaceDecl(XmlParserObject self) => self.GetHandler(HandlerKind.EndNamespaceDecl);
    [PySetter("EndNamespaceDeclHandler")] static int SetEndNamespaceDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.EndNamespaceDecl, value);
    [PyGetter("CommentHandler")] static PyObject? GetComment(XmlParserObject self) => self.GetHandler(HandlerKind.Comment);
    [PySetter("CommentHandler")] static int SetComment(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.Comment, value);
    [PyGetter("StartCdataSectionHandler")] static PyObject? GetStartCdataSection(XmlParserObject self) => self.GetHandler(HandlerKind.StartCdataSection);
    [PySetter("StartCdataSectionHandler")] static int SetStartCdataSection(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.StartCdataSection, value);
    [PyGetter("EndCdataSectionHandler")] static PyObject? GetEndCdataSection(XmlParserObject self) => self.GetHandler(HandlerKind.EndCdataSection);
    [PySetter("EndCdataSectionHandler")] static int SetEndCdataSection(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.EndCdataSection, value);
    [PyGetter("DefaultHandler")] static PyObject? GetDefault(XmlParserObject self) => self.GetHandler(HandlerKind.Default);
    [PySetter("DefaultHandler")] static int SetDefault(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.Default, value);
    [PyGetter("DefaultHandlerExpand")] static PyObject? GetDefaultHandlerExpand(XmlParserObject self) => self.GetHandler(HandlerKind.DefaultHandlerExpand);
    [PySetter("DefaultHandlerExpand")] static int SetDefaultHandlerExpand(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.DefaultHandlerExpand, value);
    [PyGetter("NotStandaloneHandler")] static PyObject? GetNotStandalone(XmlParserObject self) => self.GetHandler(HandlerKind.NotStandalone);
    [PySetter("NotStandaloneHandler")] static int SetNotStandalone(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.NotStandalone, value);
    [PyGetter("ExternalEntityRefHandler")] static PyObject? GetExternalEntityRef(XmlParserObject self) => self.GetHandler(HandlerKind.ExternalEntityRef);
    [PySetter("ExternalEntityRefHandler")] static int SetExternalEntityRef(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.ExternalEntityRef, value);
    [PyGetter("StartDoctypeDeclHandler")] static PyObject? GetStartDoctypeDecl(XmlParserObject self) => self.GetHandler(HandlerKind.StartDoctypeDecl);
    [PySetter("StartDoctypeDeclHandler")] static int SetStartDoctypeDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.StartDoctypeDecl, value);
    [PyGetter("EndDoctypeDeclHandler")] static PyObject? GetEndDoctypeDecl(XmlParserObject self) => self.GetHandler(HandlerKind.EndDoctypeDecl);
    [PySetter("EndDoctypeDeclHandler")] static int SetEndDoctypeDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.EndDoctypeDecl, value);
    [PyGetter("EntityDeclHandler")] static PyObject? GetEntityDecl(XmlParserObject self) => self.GetHandler(HandlerKind.EntityDecl);
    [PySetter("EntityDeclHandler")] static int SetEntityDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.EntityDecl, value);
    [PyGetter("XmlDeclHandler")] static PyObject? GetXmlDecl(XmlParserObject self) => self.GetHandler(HandlerKind.XmlDecl);
    [PySetter("XmlDeclHandler")] static int SetXmlDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.XmlDecl, value);
    [PyGetter("ElementDeclHandler")] static PyObject? GetElementDecl(XmlParserObject self) => self.GetHandler(HandlerKind.ElementDecl);
    [PySetter("ElementDeclHandler")] static int SetElementDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.ElementDecl, value);
    [PyGetter("AttlistDeclHandler")] static PyObject? GetAttlistDecl(XmlParserObject self) => self.GetHandler(HandlerKind.AttlistDecl);
    [PySetter("AttlistDeclHandler")] static int SetAttlistDecl(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.AttlistDecl, value);
    [PyGetter("SkippedEntityHandler")] static PyObject? GetSkippedEntity(XmlParserObject self) => self.GetHandler(HandlerKind.SkippedEntity);
    [PySetter("SkippedEntityHandler")] static int SetSkippedEntity(XmlParserObject self, PyObject? value) => self.SetHandler(HandlerKind.SkippedEntity, value);

    PyObject? GetHandler(HandlerKind kind) => Py.NewRef(_handlers[(int)kind] ?? Py.None);

    /// <summary>xmlparse_handler_setter.</summary>
    int SetHandler(HandlerKind kind, PyObject? value)
    {
        if (value == null) return CannotDelete();
        if (kind == HandlerKind.CharacterData && !FlushCharacterBuffer()) return -1;
        if (value == Py.None)
        {
            Py.CLEAR(ref _handlers[(int)kind]);
            // A character data handler removed from inside a callback stays installed in expat as a no-op.
            bool keep = kind == HandlerKind.CharacterData && _inCallback;
            SetExpatHandler(kind, keep);
            return 0;
        }
        InstallHandler(kind, value);
        return 0;
    }

    void InstallHandler(HandlerKind kind, PyObject handler)
    {
        var old = _handlers[(int)kind];
        _handlers[(int)kind] = Py.NewRef(handler);
        Py.XDECREF(old);
        SetExpatHandler(kind, true);
    }

    /// <summary>What pyexpat's handler_info setters do to expat: install or remove its C callback.</summary>
    void SetExpatHandler(HandlerKind kind, bool installed)
    {
        if (kind is HandlerKind.Default or HandlerKind.DefaultHandlerExpand)
        {
            // XML_SetDefaultHandler(Expand): one slot; Expand also keeps internal entities expanded.
            _parser.HasDefault = installed;
            _parser.DefaultExpandInternalEntities = kind == HandlerKind.DefaultHandlerExpand;
            _defaultKind = kind;
            return;
        }
        _parser.Has[(int)kind] = installed;
    }

    /// <summary>flag_error: a handler raised; no handler is called any more.</summary>
    void FlagError()
    {
        for (int i = 0; i < _handlers.Length; i++)
        {
            Py.CLEAR(ref _handlers[i]);
            SetExpatHandler((HandlerKind)i, false);
        }
    }

    /// <summary>call_with_frame: the handler with args (stolen); false when it raised.</summary>
    bool Call(HandlerKind kind, PyObject[] args, out PyObject? result)
    {
        result = null;
        var handler = _handlers[(int)kind];
        if (handler == null)
        {
            foreach (var a in args) Py.DECREF(a);
            return true;
        }
        var tuple = PyTuple.FromStolen(args);
        _inCallback = true;
        result = Calls.CallTuple(handler, tuple);
        _inCallback = false;
        Py.DECREF(tuple);
        if (result == null)
        {
            FlagError();
            return false;
        }
        return true;
    }

    /// <summary>A void handler: flushes the buffered text, then calls.</summary>
    bool CallVoid(HandlerKind kind, params PyObject[] args)
    {
        if (!FlushCharacterBuffer())
        {
            foreach (var a in args) Py.DECREF(a);
            return false;
        }
        if (!Call(kind, args, out var r)) return false;
        Py.XDECREF(r);
        return true;
    }

    /// <summary>An int handler (INT_HANDLER): the result as a C long, or -1 when it raised or is no int.</summary>
    int CallInt(HandlerKind kind, params PyObject[] args)
    {
        if (!FlushCharacterBuffer())
        {
            foreach (var a in args) Py.DECREF(a);
            return -1;
        }
        if (!Call(kind, args, out var r)) return -1;
        if (r == null) return 0;
        long v = Abstract.AsSsize(r, PyExc.OverflowError);
        Py.DECREF(r);
        if (v == -1 && Errors.Occurred())
        {
            FlagError();
            return -1;
        }
        return v == 0 ? 0 : 1;
    }

    static PyObject Conv(string? s) => s == null ? Py.None : PyUnicode.FromString(s);

    /// <summary>string_intern: one str object per distinct name, through the intern dict.</summary>
    PyObject Intern(string? s)
    {
        var result = Conv(s);
        if (_intern == null) return result;
        var existing = _intern.GetItemWithError(result);
        if (existing != null)
        {
            Py.INCREF(existing);
            Py.DECREF(result);
            return existing;
        }
        _intern.SetItem(result, result);
        return result;
    }

    // ---- character data -------------------------------------------------------------------

    /// <summary>call_character_handler.</summary>
    bool CallCharacterHandler(string data)
    {
        if (_handlers[(int)HandlerKind.CharacterData] == null) return true;
        if (!Call(HandlerKind.CharacterData, [PyUnicode.FromString(data)], out var r)) return false;
        Py.DECREF(r!);
        return true;
    }

    /// <summary>flush_character_buffer.</summary>
    bool FlushCharacterBuffer()
    {
        if (_buffer == null || _bufferUsed == 0) return true;
        string text = _buffer.ToString();
        _buffer.Clear();
        _bufferUsed = 0;
        return CallCharacterHandler(text);
    }

    bool IExpatHandler.CharacterData(string data)
    {
        if (_buffer == null) return CallCharacterHandler(data);
        int len = Encoding.UTF8.GetByteCount(data);
        if (_bufferUsed + len > _bufferSize)
        {
            if (!FlushCharacterBuffer()) return false;
            // The handler might have changed; drop the rest if there is none now.
            if (_handlers[(int)HandlerKind.CharacterData] == null) return true;
        }
        if (len > _bufferSize)
        {
            bool ok = CallCharacterHandler(data);
            _bufferUsed = 0;
            return ok;
        }
        _buffer.Append(data);
        _bufferUsed += len;
        return true;
    }

    // ---- the other events -----------------------------------------------------------------

    bool IExpatHandler.StartElement(string name, List<string> atts, int specified)
    {
        if (_handlers[(int)HandlerKind.StartElement] == null) return true;
        if (!FlushCharacterBuffer()) return false;
        int max = _specifiedAttributes ? specified : atts.Count;
        PyObject container = _orderedAttributes ? PyList.New(max) : PyDict.New();
        for (int i = 0; i < max; i += 2)
        {
            var n = Intern(atts[i]);
            var v = PyUnicode.FromString(atts[i + 1]);
            if (container is PyList list)
            {
                list.AppendSteal(n);
                list.AppendSteal(v);
            }
            else
            {
                ((PyDict)container).SetItem(n, v);
                Py.DECREF(n);
                Py.DECREF(v);
            }
        }
        if (!Call(HandlerKind.StartElement, [Intern(name), container], out var r)) return false;
        Py.DECREF(r!);
        return true;
    }

    bool IExpatHandler.EndElement(string name) => CallVoid(HandlerKind.EndElement, Intern(name));

    bool IExpatHandler.ProcessingInstruction(string target, string data) =>
        CallVoid(HandlerKind.ProcessingInstruction, Intern(target), Conv(data));

    bool IExpatHandler.Comment(string data) => CallVoid(HandlerKind.Comment, Conv(data));

    bool IExpatHandler.StartCdataSection() => CallVoid(HandlerKind.StartCdataSection);

    bool IExpatHandler.EndCdataSection() => CallVoid(HandlerKind.EndCdataSection);

    bool IExpatHandler.Default(string data) => CallVoid(_defaultKind, Conv(data));

    bool IExpatHandler.StartNamespaceDecl(string? prefix, string? uri) =>
        CallVoid(HandlerKind.StartNamespaceDecl, Intern(prefix), Intern(uri));

    bool IExpatHandler.EndNamespaceDecl(string? prefix) => CallVoid(HandlerKind.EndNamespaceDecl, Intern(prefix));

    bool IExpatHandler.XmlDecl(string? version, string? encoding, int standalone) =>
        CallVoid(HandlerKind.XmlDecl, Conv(version), Conv(encoding), PyLong.FromLong(standalone));

    bool IExpatHandler.StartDoctypeDecl(string name, string? sysid, string? pubid, bool hasInternalSubset) =>
        CallVoid(HandlerKind.StartDoctypeDecl, Intern(name), Intern(sysid), Intern(pubid), PyLong.FromLong(hasInternalSubset ? 1 : 0));

    bool IExpatHandler.EndDoctypeDecl() => CallVoid(HandlerKind.EndDoctypeDecl);

    bool IExpatHandler.EntityDecl(string name, bool isParam, string? value, string? baseUri, string? sysid, string? pubid, string? notation) =>
        CallVoid(HandlerKind.EntityDecl, Intern(name), PyLong.FromLong(isParam ? 1 : 0), Conv(value),
            Intern(baseUri), Intern(sysid), Intern(pubid), Intern(notation));

    bool IExpatHandler.UnparsedEntityDecl(string name, string? baseUri, string? sysid, string? pubid, string notation) =>
        CallVoid(HandlerKind.UnparsedEntityDecl, Intern(name), Intern(baseUri), Intern(sysid), Intern(pubid), Intern(notation));

    bool IExpatHandler.NotationDecl(string name, string? baseUri, string? sysid, string? pubid) =>
        CallVoid(HandlerKind.NotationDecl, Intern(name), Intern(baseUri), Intern(sysid), Intern(pubid));

    int IExpatHandler.NotStandalone() => CallInt(HandlerKind.NotStandalone);

    int IExpatHandler.ExternalEntityRef(string? context, string? baseUri, string? sysid, string? pubid) =>
        CallInt(HandlerKind.ExternalEntityRef, Conv(context), Intern(baseUri), Intern(sysid), Intern(pubid));

    bool IExpatHandler.SkippedEntity(string name, bool isParam) =>
        CallVoid(HandlerKind.SkippedEntity, Intern(name), PyLong.FromLong(isParam ? 1 : 0));

    bool IExpatHandler.AttlistDecl(string elname, string attname, string type, string? dflt, bool isRequired) =>
        CallVoid(HandlerKind.AttlistDecl, Intern(elname), Intern(attname), Conv(type), Conv(dflt), PyLong.FromLong(isRequired ? 1 : 0));

    bool IExpatHandler.ElementDecl(string name, ExpatContentModel model)
    {
        if (_handlers[(int)HandlerKind.ElementDecl] == null) return true;
        if (!FlushCharacterBuffer()) return false;
        var m = ConvContentModel(model);
        if (m == null)
        {
            FlagError();
            return false;
        }
        return CallVoid(HandlerKind.ElementDecl, Intern(name), m);
    }

    /// <summary>conv_content_model: (type, quant, name, children) tuples, with the C stack guarded.</summary>
    PyObject? ConvContentModel(ExpatContentModel model)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded in conv_content_model");
        }
        try
        {
            var children = new PyObject[model.Children.Count];
            for (int i = 0; i < children.Length; i++)
            {
                var child = ConvContentModel(model.Children[i]);
                if (child == null)
                {
                    for (int j = 0; j < i; j++) Py.DECREF(children[j]);
                    return null;
                }
                children[i] = child;
            }
            return PyTuple.FromStolen([PyLong.FromLong(model.Type), PyLong.FromLong(model.Quant), Intern(model.Name), PyTuple.FromStolen(children)]);
        }
        finally
        {
            ts.CRecursionDepth--;
        }
    }

    int[]? IExpatHandler.UnknownEncoding(string name, out bool raised) => DefaultUnknownEncoding(name, out raised);

    /// <summary>PyUnknownEncodingHandler: decodes the 256 bytes with the codec; single-byte encodings only.</summary>
    internal static int[]? DefaultUnknownEncoding(string name, out bool raised)
    {
        raised = false;
        if (Errors.Occurred()) { raised = true; return null; }
        var bytes = new byte[256];
        for (int i = 0; i < 256; i++) bytes[i] = (byte)i;
        var b = PyBytes.FromBytes(bytes);
        var u = Modules.Codecs.CodecRegistry.DecodeText(b, name, "replace");
        Py.DECREF(b);
        if (u == null) { raised = true; return null; }
        if (u is not PyUnicode s)
        {
            Py.DECREF(u);
            raised = true;
            Errors.SetString(PyExc.TypeError, "decoder did not return a str object");
            return null;
        }
        if (s.Length != 256)
        {
            Py.DECREF(u);
            raised = true;
            Errors.SetString(PyExc.ValueError, "multi-byte encodings are not supported");
            return null;
        }
        var cps = s.CodePoints();
        Py.DECREF(u);
        var map = new int[256];
        for (int i = 0; i < 256; i++) map[i] = cps[i] == 0xFFFD ? -1 : cps[i];
        return map;
    }
}
