using System;
using System.Collections.Generic;
using System.Text;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// An XML parser with expat's behaviour (libexpat's xmlparse.c: XML_Parser): the same events
/// in the same order and pieces, the same error codes at the same positions, incremental
/// input (a token cut by the end of the data waits for the next call), the encodings expat
/// reads, the DTD's internal subset with entities and default attributes, namespace
/// processing and the protection against entity amplification. Iterative throughout, so that
/// deep nesting of elements, entities or content models cannot exhaust the stack.
/// <para>This file: the state, the input and its encoding, positions and errors; the
/// processors are in ExpatParser.Content.cs and ExpatParser.Prolog.cs.</para>
/// </summary>
internal sealed partial class ExpatParser
{
    /// <summary>XML_CONTEXT_BYTES: the input kept before the current position (XML_GetInputContext).</summary>
    const int ContextBytes = 1024;
    /// <summary>The size of expat's conversion buffer: character data of a converted encoding comes in pieces this long (in UTF-8 bytes).</summary>
    const int DataBufBytes = 1024;

    // XML_ParamEntityParsing
    public const int ParamEntityParsingNever = 0, ParamEntityParsingUnlessStandalone = 1, ParamEntityParsingAlways = 2;

    readonly IExpatHandler H;
    /// <summary>Which handlers are set (pyexpat installs expat's callback exactly for these).</summary>
    public readonly bool[] Has = new bool[(int)HandlerKind.SkippedEntity + 1];
    /// <summary>The default handler expat would call (XML_SetDefaultHandler or ...Expand), if any.</summary>
    public bool HasDefault;
    /// <summary>m_defaultExpandInternalEntities: false after XML_SetDefaultHandler, true after ...Expand.</summary>
    public bool DefaultExpandInternalEntities = true;

    readonly ExpatTokenizer _tok;
    readonly ExpatInput _in = new();
    readonly ExpatDtd _dtd;
    readonly ExpatNamespaces? _ns;
    readonly ExpatParser? _parentParser;
    /// <summary>For an external entity's parser: its context (null: the external DTD subset).</summary>
    readonly bool _isExternalEntity;
    readonly bool _isExternalDtd;
    string? _protocolEncoding;

    public string? Base;
    public int ParamEntityParsing = ParamEntityParsingNever;
    public bool UseForeignDtd;
    public bool ReparseDeferralEnabled = true;

    enum Processor { Prolog, Content, CdataSection, Epilog, ExternalDtd, Error, Finished }
    Processor _processor;
    bool _started;
    bool _final;
    XmlError _errorCode;
    /// <summary>The next character of the input to tokenize.</summary>
    int _pos;
    /// <summary>Where the entity's text starts: 1 after a byte order mark, -1 before any character.</summary>
    int _start = -1;
    long _partialTokenBytesBefore;

    // Position (xmlparse.c's m_position and m_positionPtr): line and column counted up to _positionIdx.
    int _positionIdx;
    long _line;
    long _col;
    /// <summary>The start of the current event (m_eventPtr) as an index in the input, or -1.</summary>
    int _eventIdx = -1;
    /// <summary>The event's source is an internal entity: positions stay at the reference in the document.</summary>
    int _entityDepth;

    // Amplification accounting (XML_GE): bytes read from the document and from entity expansion.
    long _directBytes;
    long _indirectBytes;
    public long BlapActivationThreshold = 8 * 1024 * 1024;
    public double BlapMaximumAmplification = 100.0;
    long _allocated = 4096;
    public long AllocActivationThreshold = 64 * 1024 * 1024;
    public double AllocMaximumAmplification = 100.0;

    public ExpatParser(IExpatHandler handler, string? encoding, bool useNamespaces, char? nsSeparator)
    {
        H = handler;
        _protocolEncoding = encoding;
        _tok = new ExpatTokenizer(useNamespaces);
        _dtd = new ExpatDtd();
        if (useNamespaces) _ns = new ExpatNamespaces(nsSeparator?.ToString() ?? "");
    }

    /// <summary>XML_ExternalEntityParserCreate: parses an external entity of <paramref name="parent"/>'s document.</summary>
    public ExpatParser(IExpatHandler handler, ExpatParser parent, string? context, string? encoding)
    {
        H = handler;
        _protocolEncoding = encoding;
        _tok = parent._tok;
        _dtd = parent._dtd;
        _parentParser = parent;
        Base = parent.Base;
        ParamEntityParsing = parent.ParamEntityParsing;
        DefaultExpandInternalEntities = parent.DefaultExpandInternalEntities;
        ReparseDeferralEnabled = parent.ReparseDeferralEnabled;
        if (parent._ns != null) _ns = new ExpatNamespaces(parent._ns.Separator) { ReturnTriplet = parent._ns.ReturnTriplet };
        if (context != null)
        {
            _isExternalEntity = true;
            _ns?.SetContext(context);
            _processor = Processor.Content;
        }
        else
        {
            _isExternalDtd = true;
            _processor = Processor.ExternalDtd;
        }
    }

    public bool IsRoot => _parentParser == null;

    public ExpatParser Root
    {
        get
        {
            var p = this;
            while (p._parentParser != null) p = p._parentParser;
            return p;
        }
    }

    public bool NamespaceTriplets
    {
        get => _ns?.ReturnTriplet ?? false;
        set { if (_ns != null) _ns.ReturnTriplet = value; }
    }

    public bool Started => _started;
    /// <summary>parserBusy: parsing has started and not finished, so settings are fixed.</summary>
    public bool InProgress => _started && _processor is not (Processor.Finished or Processor.Error);
    public XmlError ErrorCode => _errorCode;

    /// <summary>XML_SetEncoding: refused (false) once parsing has started.</summary>
    public bool SetEncoding(string? name)
    {
        if (_started) return false;
        _protocolEncoding = name;
        return true;
    }

    // ---- positions ------------------------------------------------------------------------

    void UpdatePosition(int upto)
    {
        var c = _in.Chars;
        int i = _positionIdx;
        while (i < upto)
        {
            int ch = c[i++];
            if (ch == '\n') { _line++; _col = 0; }
            else if (ch == '\r')
            {
                _line++;
                _col = 0;
                if (i < upto && c[i] == '\n') i++;
            }
            else _col++;
        }
        if (i > _positionIdx) _positionIdx = i;
    }

    void SyncPosition()
    {
        if (_eventIdx >= 0 && _eventIdx >= _positionIdx) UpdatePosition(_eventIdx);
    }

    /// <summary>XML_GetCurrentLineNumber (1-based).</summary>
    public long CurrentLineNumber
    {
        get { SyncPosition(); return _line + 1; }
    }

    /// <summary>XML_GetCurrentColumnNumber (0-based, in characters).</summary>
    public long CurrentColumnNumber
    {
        get { SyncPosition(); return _col; }
    }

    /// <summary>XML_GetCurrentByteIndex: -1 before any event.</summary>
    public long CurrentByteIndex => _eventIdx >= 0 ? _in.Offsets[_eventIdx] : -1;

    /// <summary>XML_GetInputContext: the input from the current event to the end of the data given.</summary>
    public byte[]? InputContext() => _eventIdx >= 0 ? _in.BytesFrom(_in.Offsets[_eventIdx]).ToArray() : null;

    /// <summary>Sets the event position to a document index unless an entity's text is being read.</summary>
    void SetEvent(int idx)
    {
        if (_entityDepth == 0) _eventIdx = idx;
    }

    // ---- parsing ---------------------------------------------------------------------------

    /// <summary>XML_Parse: XmlError.None on success; otherwise the error (ErrorCode) at the current position.</summary>
    public XmlError Parse(ReadOnlySpan<byte> data, bool isFinal)
    {
        switch (_processor)
        {
            case Processor.Finished:
                _errorCode = XmlError.Finished;
                return _errorCode;
            case Processor.Error:
                return _errorCode;
        }
        _started = true;
        _final = isFinal;
        Compact();
        _in.Append(data);
        if (_in.Encoding == null)
        {
            var err = InitEncoding();
            if (err != XmlError.None) return Fail(err, _pos);
            if (_in.Encoding == null) return XmlError.None;
        }
        _in.Decode(isFinal);
        if (_start < 0 && _in.End > 0)
        {
            // XML_TOK_BOM: a byte order mark is no token of the document.
            _start = _in.Chars[0] == 0xFEFF ? 1 : 0;
            _pos = _start;
        }
        if (_start < 0)
        {
            if (!isFinal) return XmlError.None;
            _start = 0;
        }
        if (ReparseDeferralEnabled && !isFinal)
        {
            long haveNow = _in.StreamEnd - _in.Offsets[_pos];
            if (haveNow < 2 * _partialTokenBytesBefore) return XmlError.None;
        }
        int start = _pos;
        var result = Run();
        if (result != XmlError.None) return result;
        _partialTokenBytesBefore = _pos == start ? _in.StreamEnd - _in.Offsets[_pos] : 0;
        if (isFinal)
        {
            _processor = Processor.Finished;
            return XmlError.None;
        }
        UpdatePosition(_pos);
        return XmlError.None;
    }

    /// <summary>Drops what is parsed, keeping the current event and the context bytes.</summary>
    void Compact()
    {
        int keep = _eventIdx >= 0 ? Math.Min(_pos, _eventIdx) : _pos;
        if (keep < 4096) return;
        UpdatePosition(keep);
        int shift = _in.Compact(keep, ContextBytes);
        _pos -= shift;
        _positionIdx -= shift;
        if (_eventIdx >= 0) _eventIdx -= shift;
    }

    /// <summary>Records an error at <paramref name="idx"/> (m_eventPtr) and stops the parser for good.</summary>
    XmlError Fail(XmlError err, int idx)
    {
        SetEvent(idx);
        _errorCode = err;
        _processor = Processor.Error;
        return err;
    }

    /// <summary>A handler raised: XML_StopParser, reported as XML_ERROR_ABORTED.</summary>
    XmlError Aborted()
    {
        _errorCode = XmlError.Aborted;
        _processor = Processor.Finished;
        return XmlError.Aborted;
    }

    // The result of a processor that wants the next one to run on the same input.
    const XmlError Switch = (XmlError)(-1);

    XmlError Run()
    {
        for (;;)
        {
            XmlError r = _processor switch
            {
                Processor.Prolog => DoProlog(),
                Processor.Content => DoDocumentContent(),
                Processor.CdataSection => DoDocumentCdataSection(),
                Processor.Epilog => DoEpilog(),
                Processor.ExternalDtd => DoExternalDtd(),
                _ => _errorCode,
            };
            if (r == Switch) continue;
            if (r != XmlError.None && _processor is not (Processor.Error or Processor.Finished))
            {
                _errorCode = r;
                _processor = Processor.Error;
            }
            return r;
        }
    }

    /// <summary>
    /// initScan: the encoding from the first bytes (a byte order mark, or the zero bytes of UTF-16
    /// around "&lt;"), else the protocol's (ParserCreate's, or UTF-8 for str data), else UTF-8.
    /// A name expat does not know goes to the unknown-encoding handler without any detection.
    /// </summary>
    XmlError InitEncoding()
    {
        ExpatEncoding? initial = null;
        bool utf16 = false;
        if (_protocolEncoding != null)
        {
            if (!ExpatEncoding.TryFindKnown(_protocolEncoding, out initial)) return SetUnknownEncoding(_protocolEncoding);
            utf16 = initial == null || initial.MinBytesPerChar == 2;
        }
        var b = _in.Undecoded;
        if (!_final)
        {
            if (b.Length == 0) return XmlError.None;
            if (b.Length == 1 && (utf16 || b[0] is 0xFE or 0xFF or 0xEF or 0x00 or 0x3C)) return XmlError.None;
            if (b.Length == 2 && b[0] == 0xEF && b[1] == 0xBB) return XmlError.None;
        }
        var enc = initial ?? (utf16 ? ExpatEncoding.Utf16BE : ExpatEncoding.Utf8);
        if (b.Length >= 2)
        {
            switch ((b[0] << 8) | b[1])
            {
                case 0xFEFF: enc = ExpatEncoding.Utf16BE; break;
                case 0xFFFE:
                case 0x3C00: enc = ExpatEncoding.Utf16LE; break;
                case 0xEFBB:
                    if (b.Length > 2 && b[2] == 0xBF) enc = ExpatEncoding.Utf8;
                    break;
                default:
                    if (b[0] == 0) enc = ExpatEncoding.Utf16BE;
                    else if (b[1] == 0) enc = ExpatEncoding.Utf16LE;
                    break;
            }
        }
        _in.Encoding = enc;
        return XmlError.None;
    }

    /// <summary>handleUnknownEncoding: asks the handler for a single-byte table.</summary>
    XmlError SetUnknownEncoding(string name)
    {
        var map = H.UnknownEncoding(name, out bool raised);
        if (raised) return Aborted();
        var enc = map == null ? null : ExpatEncoding.FromTable(map);
        if (enc == null) return XmlError.UnknownEncoding;
        _in.Encoding = enc;
        return XmlError.None;
    }

    // ---- amplification ---------------------------------------------------------------------

    /// <summary>accountingDiffTolerated for text read from an entity: false when the amplification limit is breached.</summary>
    bool AccountIndirect(long bytes)
    {
        var root = Root;
        root._indirectBytes += bytes;
        long direct = Math.Max(root._directBytes, 1);
        long total = direct + root._indirectBytes;
        return total < root.BlapActivationThreshold || (double)total / direct <= root.BlapMaximumAmplification;
    }

    void AccountDirect(int upto)
    {
        var root = Root;
        long consumed = _in.Offsets[upto];
        if (this == root) root._directBytes = Math.Max(root._directBytes, consumed);
    }

    /// <summary>expat_heap_increase_tolerable: false (out of memory) when allocating would exceed the tracker's limit.</summary>
    bool Allocate(long bytes)
    {
        var root = Root;
        long total = root._allocated + bytes;
        if (total >= root.AllocActivationThreshold && (double)total / Math.Max(root._directBytes, 1) > root.AllocMaximumAmplification)
            return false;
        root._allocated = total;
        return true;
    }

    void Free(long bytes) => Root._allocated -= bytes;

    // ---- helpers ---------------------------------------------------------------------------

    static string Str(int[] c, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) AppendCodePoint(sb, c[i]);
        return sb.ToString();
    }

    static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)Math.Max(cp, 0));
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>normalizeLines: CR LF and lone CR become LF.</summary>
    static string StrNormalizeLines(int[] c, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            int ch = c[i];
            if (ch == '\r')
            {
                sb.Append('\n');
                if (i + 1 < end && c[i + 1] == '\n') i++;
            }
            else AppendCodePoint(sb, ch);
        }
        return sb.ToString();
    }

    static bool SameText(int[] c, int start, int end, string s)
    {
        if (end - start != s.Length) return false;
        for (int i = 0; i < s.Length; i++) if (c[start + i] != s[i]) return false;
        return true;
    }

    /// <summary>reportDefault: the markup as it is in the input, to the default handler.</summary>
    bool ReportDefault(int[] c, int start, int end) => !HasDefault || H.Default(Str(c, start, end));
}
