using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// `pyexpat.xmlparser` (Modules/pyexpat.c's xmlparseobject): an <see cref="ExpatParser"/>
/// with Python handlers, the character-data buffer, the interning dict and the attributes
/// that read the parser's state. The handler trampolines are in XmlParserObject.Handlers.cs.
/// </summary>
[PyType("pyexpat.xmlparser", Doc = "XML parser")]
public sealed partial class XmlParserObject : PyObject
{
    /// <summary>CHARACTER_DATA_BUFFER_SIZE, in UTF-8 bytes.</summary>
    const int CharacterDataBufferSize = 8192;
    /// <summary>ParseFile's read size (BUF_SIZE).</summary>
    const int BufSize = 2048;
    /// <summary>Parse hands expat at most this much at once (MAX_CHUNK_SIZE).</summary>
    const int MaxChunkSize = 1 << 20;

    ExpatParser _parser = null!;
    readonly PyObject?[] _handlers = new PyObject?[(int)HandlerKind.SkippedEntity + 1];
    /// <summary>The handler XML_SetDefaultHandler(Expand) installed last: Default or DefaultHandlerExpand.</summary>
    HandlerKind _defaultKind = HandlerKind.Default;
    bool _orderedAttributes;
    bool _specifiedAttributes;
    bool _inCallback;
    bool _nsPrefixes;
    /// <summary>The buffered character data (buffer_text), null when not buffering.</summary>
    StringBuilder? _buffer;
    int _bufferSize = CharacterDataBufferSize;
    /// <summary>buffer_used, in UTF-8 bytes (expat's XML_Char units).</summary>
    int _bufferUsed;
    PyDict? _intern;
    /// <summary>The parser this one parses an external entity for (kept alive, as pyexpat does).</summary>
    XmlParserObject? _parent;

    XmlParserObject() : base(Type) { }

    internal static XmlParserObject? Create(string? encoding, char? nsSeparator, bool useNamespaces, PyDict? intern)
    {
        var self = new XmlParserObject { _intern = Py.XNewRef(intern) };
        self._parser = new ExpatParser(self, encoding, useNamespaces, nsSeparator);
        return self;
    }

    protected internal override void ReleaseReferences()
    {
        for (int i = 0; i < _handlers.Length; i++) Py.CLEAR(ref _handlers[i]);
        Py.CLEAR(ref _intern);
        Py.CLEAR(ref _parent);
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var h in _handlers) if (h != null) visit(h);
        if (_intern != null) visit(_intern);
        if (_parent != null) visit(_parent);
    }

    protected internal override void Clear()
    {
        for (int i = 0; i < _handlers.Length; i++) Py.CLEAR(ref _handlers[i]);
        Py.CLEAR(ref _intern);
        Py.CLEAR(ref _parent);
    }

    static PyexpatState State => PyexpatState.Get();

    // ---- errors ---------------------------------------------------------------------------

    /// <summary>set_error: ExpatError("MESSAGE: line L, column C") with code, lineno and offset; returns null.</summary>
    PyObject? SetError(XmlError code) =>
        RaiseExpatError($"{ExpatErrors.Message((int)code)}: line {_parser.CurrentLineNumber}, column {_parser.CurrentColumnNumber}", code);

    /// <summary>set_invalid_arg: ExpatError(message) with XML_ERROR_INVALID_ARGUMENT; returns null.</summary>
    PyObject? SetInvalidArg(string message) => RaiseExpatError(message, XmlError.InvalidArgument);

    PyObject? RaiseExpatError(string message, XmlError code)
    {
        var cls = State.Error;
        var msg = PyUnicode.FromString(message);
        var err = Calls.CallOneArg(cls, msg);
        Py.DECREF(msg);
        if (err == null) return null;
        if (SetIntAttr(err, "code", (int)code) && SetIntAttr(err, "offset", _parser.CurrentColumnNumber)
            && SetIntAttr(err, "lineno", _parser.CurrentLineNumber))
            Errors.SetObject(cls, err);
        Py.DECREF(err);
        return null;
    }

    static bool SetIntAttr(PyObject o, string name, long value)
    {
        var v = PyLong.FromLong(value);
        int r = Abstract.SetAttr(o, PyUnicode.Intern(name), v);
        Py.DECREF(v);
        return r == 0;
    }

    /// <summary>get_parse_result.</summary>
    PyObject? ParseResult(XmlError rv)
    {
        if (Errors.Occurred()) return null;
        if (rv != XmlError.None) return SetError(rv);
        if (!FlushCharacterBuffer()) return null;
        return PyLong.FromLong(1);
    }

    // ---- methods --------------------------------------------------------------------------

    [PyMethod("Parse", TextSignature = "($self, data, isfinal=False, /)", Doc = "Parse XML data.\n\n'isfinal' should be true at end of input.")]
    static PyObject? Parse(XmlParserObject self, PyObject data, bool isfinal = false)
    {
        byte[] bytes;
        if (data is PyUnicode u)
        {
            var utf8 = u.AsUtf8();
            if (utf8 == null) return null;
            bytes = utf8;
            // Explicitly set UTF-8 encoding. Return code ignored.
            self._parser.SetEncoding("utf-8");
        }
        else
        {
            var view = PyBuffer.GetContiguous(data);
            if (view == null) return null;
            bytes = view.Span.ToArray();
            view.Release();
        }
        ReadOnlySpan<byte> s = bytes;
        XmlError rc;
        while (s.Length > MaxChunkSize)
        {
            rc = self._parser.Parse(s[..MaxChunkSize], false);
            if (rc != XmlError.None) return self.ParseResult(rc);
            s = s[MaxChunkSize..];
        }
        rc = self._parser.Parse(s, isfinal);
        return self.ParseResult(rc);
    }

    [PyMethod("ParseFile", TextSignature = "($self, file, /)", Doc = "Parse XML data from file-like object.")]
    static PyObject? ParseFile(XmlParserObject self, PyObject file)
    {
        if (Abstract.LookupAttr(file, PyUnicode.Intern("read"), out var readMethod) < 0) return null;
        if (readMethod == null) return Errors.SetString(PyExc.TypeError, "argument must have 'read' attribute");
        try
        {
            var size = PyLong.FromLong(BufSize);
            try
            {
                for (;;)
                {
                    var str = Calls.CallOneArg(readMethod, size);
                    if (str == null) return null;
                    ReadOnlySpan<byte> chunk;
                    if (str is PyBytes b) chunk = b.Value;
                    else if (str is PyByteArray ba) chunk = ba.AsSpan().ToArray();
                    else
                    {
                        Errors.SetString(PyExc.TypeError, $"read() did not return a bytes object (type={str.ob_type.Name})");
                        Py.DECREF(str);
                        return null;
                    }
                    if (chunk.Length > BufSize)
                    {
                        Errors.SetString(PyExc.ValueError, $"read() returned too much data: {BufSize} bytes requested, {chunk.Length} returned");
                        Py.DECREF(str);
                        return null;
                    }
                    var rv = self._parser.Parse(chunk, chunk.Length == 0);
                    Py.DECREF(str);
                    if (Errors.Occurred()) return null;
                    if (rv != XmlError.None || chunk.Length == 0) return self.ParseResult(rv);
                }
            }
            finally
            {
                Py.DECREF(size);
            }
        }
        finally
        {
            Py.DECREF(readMethod);
        }
    }

    [PyMethod("SetBase", TextSignature = "($self, base, /)", Doc = "Set the base URL for the parser.")]
    static PyObject? SetBase(XmlParserObject self, string @base)
    {
        self._parser.Base = @base;
        return Py.None;
    }

    [PyMethod("GetBase", Doc = "Return base URL string for the parser.")]
    static PyObject? GetBase(XmlParserObject self) => self._parser.Base == null ? Py.None : PyUnicode.FromString(self._parser.Base);

    [PyMethod("GetInputContext", Doc = "Return the untranslated text of the input that caused the current event.\n\nIf the event was generated by a large amount of text (such as a start tag\nfor an element with many attributes), not all of the text may be available.")]
    static PyObject? GetInputContext(XmlParserObject self)
    {
        if (!self._inCallback) return Py.None;
        var ctx = self._parser.InputContext();
        return ctx == null ? Py.None : PyBytes.FromBytes(ctx);
    }

    [PyMethod("ExternalEntityParserCreate", TextSignature = "($self, context, encoding=<unrepresentable>,\n                           /)",
        Doc = "Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler.")]
    static PyObject? ExternalEntityParserCreate(XmlParserObject self, PyObject context, string? encoding = null)
    {
        string? ctx;
        if (context == Py.None) ctx = null;
        else if (context is PyUnicode cu) ctx = cu.Value;
        else return Errors.SetString(PyExc.TypeError, $"ExternalEntityParserCreate() argument 1 must be str or None, not {context.ob_type.Name}");
        var child = new XmlParserObject
        {
            _bufferSize = self._bufferSize,
            _orderedAttributes = self._orderedAttributes,
            _specifiedAttributes = self._specifiedAttributes,
            _nsPrefixes = self._nsPrefixes,
            _intern = Py.XNewRef(self._intern),
            _parent = Py.NewRef(self),
        };
        child._parser = new ExpatParser(child, self._parser, ctx, encoding);
        if (self._buffer != null) child._buffer = new StringBuilder();
        for (int i = 0; i < self._handlers.Length; i++)
        {
            var h = self._handlers[i];
            if (h != null) child.InstallHandler((HandlerKind)i, h);
        }
        return child;
    }

    [PyMethod("SetParamEntityParsing", TextSignature = "($self, flag, /)",
        Doc = "Controls parsing of parameter entities (including the external DTD subset).\n\nPossible flag values are XML_PARAM_ENTITY_PARSING_NEVER,\nXML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE and\nXML_PARAM_ENTITY_PARSING_ALWAYS. Returns true if setting the flag\nwas successful.")]
    static PyObject? SetParamEntityParsing(XmlParserObject self, int flag)
    {
        if (self._parser.InProgress) return PyLong.FromLong(0);
        self._parser.ParamEntityParsing = flag;
        return PyLong.FromLong(1);
    }

    [PyMethod("UseForeignDTD", TextSignature = "($self, flag=True, /)",
        Doc = "Allows the application to provide an artificial external subset if one is not specified as part of the document instance.\n\nThis readily allows the use of a 'default' document type controlled by the\napplication, while still getting the advantage of providing document type\ninformation to the parser. 'flag' defaults to True if not provided.")]
    static PyObject? UseForeignDTD(XmlParserObject self, bool flag = true)
    {
        if (self._parser.InProgress) return self.SetError(XmlError.CantChangeFeatureOnceParsing);
        self._parser.UseForeignDtd = flag;
        return Py.None;
    }

    [PyMethod("SetReparseDeferralEnabled", TextSignature = "($self, enabled, /)", Doc = "Enable/Disable reparse deferral; enabled by default with Expat >=2.6.0.")]
    static PyObject? SetReparseDeferralEnabled(XmlParserObject self, bool enabled)
    {
        self._parser.ReparseDeferralEnabled = enabled;
        return Py.None;
    }

    [PyMethod("GetReparseDeferralEnabled", Doc = "Retrieve reparse deferral enabled status; always returns false with Expat <2.6.0.")]
    static bool GetReparseDeferralEnabled(XmlParserObject self) => self._parser.ReparseDeferralEnabled;

    [PyMethod("SetAllocTrackerActivationThreshold", TextSignature = "($self, threshold, /)",
        Doc = "Sets the number of allocated bytes of dynamic memory needed to activate protection against disproportionate use of RAM.\n\nBy default, parser objects have an allocation activation threshold of 64 MiB.")]
    static PyObject? SetAllocTrackerActivationThreshold(XmlParserObject self, PyObject threshold)
    {
        if (!ToUnsignedLongLong(threshold, out ulong value)) return null;
        if (!self._parser.IsRoot) return self.SetInvalidArg("parser must be a root parser");
        self._parser.AllocActivationThreshold = value > long.MaxValue ? long.MaxValue : (long)value;
        return Py.None;
    }

    [PyMethod("SetAllocTrackerMaximumAmplification", TextSignature = "($self, max_factor, /)",
        Doc = "Sets the maximum amplification factor between direct input and bytes of dynamic memory allocated.\n\nThe amplification factor is calculated as \"allocated / direct\" while parsing,\nwhere \"direct\" is the number of bytes read from the primary document in parsing\nand \"allocated\" is the number of bytes of dynamic memory allocated in the parser\nhierarchy.\n\nThe 'max_factor' value must be a non-NaN floating point value greater than\nor equal to 1.0. Amplification factors greater than 100.0 can be observed\nnear the start of parsing even with benign files in practice. In particular,\nthe activation threshold should be carefully chosen to avoid false positives.\n\nBy default, parser objects have a maximum amplification factor of 100.0.")]
    static PyObject? SetAllocTrackerMaximumAmplification(XmlParserObject self, double max_factor)
    {
        if (!self._parser.IsRoot) return self.SetInvalidArg("parser must be a root parser");
        if (!(max_factor >= 1.0)) return self.SetInvalidArg("'max_factor' must be at least 1.0");
        self._parser.AllocMaximumAmplification = max_factor;
        return Py.None;
    }

    /// <summary>The unsigned long long converter of these setters: an int, not negative, at most 2**64-1.</summary>
    static bool ToUnsignedLongLong(PyObject o, out ulong value)
    {
        value = 0;
        if (o is not PyLong)
        {
            Errors.SetString(PyExc.TypeError, $"'{o.ob_type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        var s = Abstract.Str(o);
        if (s == null) return false;
        string text = ((PyUnicode)s).Value;
        Py.DECREF(s);
        if (text.StartsWith('-'))
        {
            Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }
        if (!ulong.TryParse(text, out value))
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large for C unsigned long long");
            return false;
        }
        return true;
    }

    // ---- attributes -----------------------------------------------------------------------

    [PyGetter("ErrorCode")] static PyObject? GetErrorCode(XmlParserObject self) => PyLong.FromLong((int)self._parser.ErrorCode);
    [PyGetter("ErrorLineNumber")] static PyObject? GetErrorLineNumber(XmlParserObject self) => PyLong.FromLong(self._parser.CurrentLineNumber);
    [PyGetter("ErrorColumnNumber")] static PyObject? GetErrorColumnNumber(XmlParserObject self) => PyLong.FromLong(self._parser.CurrentColumnNumber);
    [PyGetter("ErrorByteIndex")] static PyObject? GetErrorByteIndex(XmlParserObject self) => PyLong.FromLong(self._parser.CurrentByteIndex);
    [PyGetter("CurrentLineNumber")] static PyObject? GetCurrentLineNumber(XmlParserObject self) => PyLong.FromLong(self._parser.CurrentLineNumber);
    [PyGetter("CurrentColumnNumber")] static PyObject? GetCurrentColumnNumber(XmlParserObject self) => PyLong.FromLong(self._parser.CurrentColumnNumber);
    [PyGetter("CurrentByteIndex")] static PyObject? GetCurrentByteIndex(XmlParserObject self) => PyLong.FromLong(self._parser.CurrentByteIndex);

    [PyGetter("buffer_size")] static PyObject? GetBufferSize(XmlParserObject self) => PyLong.FromLong(self._bufferSize);

    [PySetter("buffer_size")]
    static int SetBufferSize(XmlParserObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        if (value is not PyLong)
        {
            Errors.SetString(PyExc.TypeError, "buffer_size must be an integer");
            return -1;
        }
        long size = Abstract.AsSsize(value, PyExc.OverflowError);
        if (size == -1 && Errors.Occurred())
        {
            Errors.Clear();
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
            return -1;
        }
        if (size <= 0)
        {
            Errors.SetString(PyExc.ValueError, "buffer_size must be greater than zero");
            return -1;
        }
        if (size == self._bufferSize) return 0;
        if (size > int.MaxValue)
        {
            Errors.SetString(PyExc.ValueError, $"buffer_size must not be greater than {int.MaxValue}");
            return -1;
        }
        if (self._buffer != null && self._bufferUsed != 0 && !self.FlushCharacterBuffer()) return -1;
        self._buffer = new StringBuilder();
        self._bufferUsed = 0;
        self._bufferSize = (int)size;
        return 0;
    }

    [PyGetter("buffer_text")] static PyObject? GetBufferText(XmlParserObject self) => PyBool.From(self._buffer != null);

    [PySetter("buffer_text")]
    static int SetBufferText(XmlParserObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        int b = Abstract.IsTrue(value);
        if (b < 0) return -1;
        if (b != 0)
        {
            if (self._buffer == null)
            {
                self._buffer = new StringBuilder();
                self._bufferUsed = 0;
            }
        }
        else if (self._buffer != null)
        {
            if (!self.FlushCharacterBuffer()) return -1;
            self._buffer = null;
        }
        return 0;
    }

    [PyGetter("buffer_used")] static PyObject? GetBufferUsed(XmlParserObject self) => PyLong.FromLong(self._bufferUsed);

    [PyGetter("namespace_prefixes")] static PyObject? GetNamespacePrefixes(XmlParserObject self) => PyBool.From(self._nsPrefixes);

    [PySetter("namespace_prefixes")]
    static int SetNamespacePrefixes(XmlParserObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        int b = Abstract.IsTrue(value);
        if (b < 0) return -1;
        self._nsPrefixes = b != 0;
        self._parser.NamespaceTriplets = self._nsPrefixes;
        return 0;
    }

    [PyGetter("ordered_attributes")] static PyObject? GetOrderedAttributes(XmlParserObject self) => PyBool.From(self._orderedAttributes);

    [PySetter("ordered_attributes")]
    static int SetOrderedAttributes(XmlParserObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        int b = Abstract.IsTrue(value);
        if (b < 0) return -1;
        self._orderedAttributes = b != 0;
        return 0;
    }

    [PyGetter("specified_attributes")] static PyObject? GetSpecifiedAttributes(XmlParserObject self) => PyBool.From(self._specifiedAttributes);

    [PySetter("specified_attributes")]
    static int SetSpecifiedAttributes(XmlParserObject self, PyObject? value)
    {
        if (value == null) return CannotDelete();
        int b = Abstract.IsTrue(value);
        if (b < 0) return -1;
        self._specifiedAttributes = b != 0;
        return 0;
    }

    [PyGetter("intern")] static PyObject? GetIntern(XmlParserObject self) => Py.NewRef((PyObject?)self._intern ?? Py.None);

    static int CannotDelete()
    {
        Errors.SetString(PyExc.RuntimeError, "Cannot delete attribute");
        return -1;
    }
}
