using System.Collections.Generic;
using System.Text;

namespace Sharpy.Modules.Pyexpat;

// The content of the document and of its entities (xmlparse.c's doContent, doCdataSection,
// storeAtts, storeAttributeValue, epilogProcessor).
internal sealed partial class ExpatParser
{
    /// <summary>An open element (xmlparse.c's TAG): its name as written, as reported, and the prefixes it bound.</summary>
    sealed class TagFrame(string rawName, string name, List<string>? bindings)
    {
        public readonly string RawName = rawName;
        public readonly string Name = name;
        public readonly List<string>? Bindings = bindings;
    }

    /// <summary>An internal entity being expanded in content (OPEN_INTERNAL_ENTITY).</summary>
    sealed class EntityFrame(ExpatEntity entity, int startTagLevel)
    {
        public readonly ExpatEntity Entity = entity;
        public readonly int[] Text = entity.Text!;
        public int Pos;
        public readonly int StartTagLevel = startTagLevel;
    }

    readonly List<TagFrame> _tagStack = [];
    /// <summary>The end of the document token being processed (m_eventEndPtr).</summary>
    int _tokenEnd;
    readonly List<EntityFrame> _entityStack = [];

    // A content step consumed its token; go on.
    const XmlError Continue = (XmlError)(-2);

    XmlError DoDocumentContent()
    {
        for (;;)
        {
            XmlError r;
            if (_entityStack.Count > 0)
            {
                var f = _entityStack[^1];
                if (f.Pos >= f.Text.Length)
                {
                    if (_tagStack.Count != f.StartTagLevel) return Fail(XmlError.AsyncEntity, _pos);
                    f.Entity.Open = false;
                    _entityStack.RemoveAt(_entityStack.Count - 1);
                    _entityDepth--;
                    Free(64 + f.Text.Length);
                    continue;
                }
                r = ContentStep(f.Text, ref f.Pos, f.Text.Length, isDoc: false);
            }
            else
            {
                r = ContentStep(_in.Chars, ref _pos, _in.End, isDoc: true);
                // A handler that raised stops the parser after its token (XML_StopParser).
                if (r == XmlError.Aborted) SetEvent(_tokenEnd);
            }
            if (r != Continue) return r;
        }
    }

    /// <summary>One token of content (doContent's loop body) from c[pos..end].</summary>
    XmlError ContentStep(int[] c, ref int pos, int end, bool isDoc)
    {
        int s = pos;
        bool haveMore = isDoc && !_final;
        if (isDoc) SetEvent(s);
        var tok = _tok.ContentTok(c, s, end, out int next);
        if (isDoc) _tokenEnd = next;
        if (tok > Tok.Invalid)
        {
            if (isDoc) AccountDirect(next);
            else if (!AccountIndirect(next - s)) return Fail(XmlError.AmplificationLimitBreach, s);
        }
        switch (tok)
        {
            case Tok.TrailingCr:
                if (haveMore) return XmlError.None;
                if (Has[(int)HandlerKind.CharacterData]) { if (!H.CharacterData("\n")) return Aborted(); }
                else if (!ReportDefault(c, s, end)) return Aborted();
                pos = end;
                return isDoc ? EndOfDocumentContent(s) : Continue;
            case Tok.TrailingRsqb:
                if (haveMore) return XmlError.None;
                if (!ReportCharData(c, s, end, isDoc)) return Aborted();
                pos = end;
                return isDoc ? EndOfDocumentContent(s) : Continue;
            case Tok.None:
                if (haveMore) return XmlError.None;
                return EndOfDocumentContent(s);
            case Tok.Invalid:
                return Fail(XmlError.InvalidToken, next);
            case Tok.Partial:
                if (haveMore) return XmlError.None;
                return Fail(XmlError.UnclosedToken, s);
            case Tok.PartialChar:
                if (haveMore) return XmlError.None;
                return Fail(XmlError.PartialChar, s);
            case Tok.EntityRef:
            {
                var r = ContentEntityRef(c, s, next);
                if (r != XmlError.None) return r;
                break;
            }
            case Tok.CharRef:
            {
                int n = ExpatTokenizer.CharRefNumber(c, s, next);
                if (n < 0) return Fail(XmlError.BadCharRef, s);
                if (Has[(int)HandlerKind.CharacterData])
                {
                    if (!H.CharacterData(char.ConvertFromUtf32(n))) return Aborted();
                }
                else if (!ReportDefault(c, s, next)) return Aborted();
                break;
            }
            case Tok.XmlDecl:
                if (!isDoc || !_isExternalEntity || s != _start) return Fail(XmlError.MisplacedXmlPi, s);
                {
                    // The text declaration of an external parsed entity.
                    var r = ProcessXmlDecl(c, s, next, isTextDecl: true);
                    if (r != XmlError.None) return r;
                }
                break;
            case Tok.DataNewline:
                if (Has[(int)HandlerKind.CharacterData]) { if (!H.CharacterData("\n")) return Aborted(); }
                else if (!ReportDefault(c, s, next)) return Aborted();
                break;
            case Tok.DataChars:
                if (!ReportCharData(c, s, next, isDoc)) return Aborted();
                break;
            case Tok.CdataSectOpen:
            {
                if (Has[(int)HandlerKind.StartCdataSection]) { if (!H.StartCdataSection()) return Aborted(); }
                else if (!ReportDefault(c, s, next)) return Aborted();
                pos = next;
                var r = CdataSection(c, ref pos, end, isDoc);
                if (r == XmlError.None && isDoc && pos < end) return Continue;
                if (r == XmlError.None && isDoc)
                {
                    // The section goes on in data not given yet.
                    if (_inCdata) _processor = Processor.CdataSection;
                    return XmlError.None;
                }
                return r == XmlError.None ? Continue : r;
            }
            case Tok.Pi:
                if (!ReportProcessingInstruction(c, s, next)) return Aborted();
                break;
            case Tok.Comment:
                if (!ReportComment(c, s, next)) return Aborted();
                break;
            case Tok.StartTagNoAtts:
            case Tok.StartTagWithAtts:
            case Tok.EmptyElementNoAtts:
            case Tok.EmptyElementWithAtts:
            {
                var r = StartTag(c, s, next, tok is Tok.EmptyElementNoAtts or Tok.EmptyElementWithAtts, isDoc);
                if (r != XmlError.None) return r;
                if (_tagStack.Count == 0 && isDoc && !_isExternalEntity)
                {
                    pos = next;
                    _processor = Processor.Epilog;
                    return Switch;
                }
                break;
            }
            case Tok.EndTag:
            {
                int level = _entityStack.Count > 0 && !isDoc ? _entityStack[^1].StartTagLevel : 0;
                if (_tagStack.Count == level) return Fail(XmlError.AsyncEntity, s);
                var r = EndTag(c, s, next);
                if (r != XmlError.None) return r;
                if (_tagStack.Count == 0 && isDoc && !_isExternalEntity)
                {
                    pos = next;
                    _processor = Processor.Epilog;
                    return Switch;
                }
                break;
            }
            default:
                return Fail(XmlError.UnexpectedState, s);
        }
        pos = next;
        return Continue;
    }

    /// <summary>The final data ended in content: an error unless this is an external entity with its elements closed.</summary>
    XmlError EndOfDocumentContent(int at)
    {
        if (_isExternalEntity) return _tagStack.Count == 0 ? XmlError.None : Fail(XmlError.AsyncEntity, at);
        return Fail(XmlError.NoElements, at);
    }

    /// <summary>Character data of a token: pieces of at most <see cref="DataBufBytes"/> when the input is converted (MUST_CONVERT).</summary>
    bool ReportCharData(int[] c, int s, int e, bool isDoc)
    {
        if (!Has[(int)HandlerKind.CharacterData]) return ReportDefault(c, s, e);
        if (!isDoc || _in.Encoding == ExpatEncoding.Utf8) return H.CharacterData(Str(c, s, e));
        var sb = new StringBuilder();
        int bytes = 0;
        for (int i = s; i < e; i++)
        {
            int ch = c[i];
            int n = ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch < 0x10000 ? 3 : 4;
            if (bytes + n > DataBufBytes)
            {
                if (!H.CharacterData(sb.ToString())) return false;
                sb.Clear();
                bytes = 0;
            }
            AppendCodePoint(sb, ch);
            bytes += n;
        }
        return H.CharacterData(sb.ToString());
    }

    bool ReportProcessingInstruction(int[] c, int s, int next)
    {
        if (!Has[(int)HandlerKind.ProcessingInstruction]) return ReportDefault(c, s, next);
        int t = s + 2;
        int te = t;
        while (te < next && ExpatChars.IsNameChar(c[te], false)) te++;
        int d = te;
        while (d < next - 2 && ExpatChars.IsSpace(c[d])) d++;
        return H.ProcessingInstruction(Str(c, t, te), StrNormalizeLines(c, d, next - 2));
    }

    bool ReportComment(int[] c, int s, int next)
    {
        if (!Has[(int)HandlerKind.Comment]) return ReportDefault(c, s, next);
        return H.Comment(StrNormalizeLines(c, s + 4, next - 3));
    }

    // ---- CDATA sections -------------------------------------------------------------------

    bool _inCdata;

    XmlError DoDocumentCdataSection()
    {
        var r = CdataSection(_in.Chars, ref _pos, _in.End, isDoc: true);
        if (r != XmlError.None) return r;
        if (_inCdata) return XmlError.None;
        _processor = Processor.Content;
        return Switch;
    }

    /// <summary>doCdataSection: None with _inCdata still set when the document's data ran out first.</summary>
    XmlError CdataSection(int[] c, ref int pos, int end, bool isDoc)
    {
        _inCdata = true;
        bool haveMore = isDoc && !_final;
        for (;;)
        {
            int s = pos;
            if (isDoc) SetEvent(s);
            var tok = _tok.CdataSectionTok(c, s, end, out int next);
            if (tok > Tok.Invalid)
            {
                if (isDoc) AccountDirect(next);
                else if (!AccountIndirect(next - s)) return Fail(XmlError.AmplificationLimitBreach, s);
            }
            switch (tok)
            {
                case Tok.CdataSectClose:
                    if (Has[(int)HandlerKind.EndCdataSection]) { if (!H.EndCdataSection()) return Aborted(); }
                    else if (!ReportDefault(c, s, next)) return Aborted();
                    pos = next;
                    _inCdata = false;
                    return XmlError.None;
                case Tok.DataNewline:
                    if (Has[(int)HandlerKind.CharacterData]) { if (!H.CharacterData("\n")) return Aborted(); }
                    else if (!ReportDefault(c, s, next)) return Aborted();
                    break;
                case Tok.DataChars:
                    if (!ReportCharData(c, s, next, isDoc)) return Aborted();
                    break;
                case Tok.Invalid:
                    return Fail(XmlError.InvalidToken, next);
                case Tok.PartialChar:
                    if (haveMore) return XmlError.None;
                    return Fail(XmlError.PartialChar, s);
                case Tok.Partial:
                case Tok.None:
                    if (haveMore) return XmlError.None;
                    return Fail(XmlError.UnclosedCdataSection, s);
                default:
                    return Fail(XmlError.UnexpectedState, s);
            }
            pos = next;
        }
    }

    // ---- references -----------------------------------------------------------------------

    XmlError ContentEntityRef(int[] c, int s, int next)
    {
        int ch = ExpatTokenizer.PredefinedEntity(c, s + 1, next - 1);
        if (ch != 0)
        {
            if (Has[(int)HandlerKind.CharacterData]) return H.CharacterData(((char)ch).ToString()) ? XmlError.None : Aborted();
            return ReportDefault(c, s, next) ? XmlError.None : Aborted();
        }
        string name = Str(c, s + 1, next - 1);
        _dtd.GeneralEntities.TryGetValue(name, out var entity);
        if (!_dtd.HasParamEntityRefs || _dtd.Standalone)
        {
            if (entity == null) return Fail(XmlError.UndefinedEntity, s);
            if (!entity.IsInternal) return Fail(XmlError.EntityDeclaredInPe, s);
        }
        else if (entity == null)
        {
            if (Has[(int)HandlerKind.SkippedEntity]) return H.SkippedEntity(name, false) ? XmlError.None : Aborted();
            return ReportDefault(c, s, next) ? XmlError.None : Aborted();
        }
        if (entity.Open) return Fail(XmlError.RecursiveEntityRef, s);
        if (entity.Notation != null) return Fail(XmlError.BinaryEntityRef, s);
        if (entity.Text != null)
        {
            if (!DefaultExpandInternalEntities)
            {
                if (Has[(int)HandlerKind.SkippedEntity]) return H.SkippedEntity(entity.Name, false) ? XmlError.None : Aborted();
                return ReportDefault(c, s, next) ? XmlError.None : Aborted();
            }
            if (!Allocate(64 + entity.Text.Length)) return Fail(XmlError.NoMemory, s);
            entity.Open = true;
            _entityStack.Add(new EntityFrame(entity, _tagStack.Count));
            _entityDepth++;
            return XmlError.None;
        }
        if (Has[(int)HandlerKind.ExternalEntityRef])
        {
            entity.Open = true;
            string context = GetContext();
            entity.Open = false;
            int rc = H.ExternalEntityRef(context, entity.Base, entity.SystemId, entity.PublicId);
            if (rc < 0) return Aborted();
            if (rc == 0) return Fail(XmlError.ExternalEntityHandling, s);
            return XmlError.None;
        }
        return ReportDefault(c, s, next) ? XmlError.None : Aborted();
    }

    /// <summary>getContext: the namespace bindings and the open entities, for an external entity's parser.</summary>
    string GetContext()
    {
        var sb = new StringBuilder();
        _ns?.AppendContext(sb);
        foreach (var e in _dtd.GeneralEntities.Values)
        {
            if (!e.Open) continue;
            if (sb.Length != 0) sb.Append('\f');
            sb.Append(e.Name);
        }
        return sb.ToString();
    }

    // ---- tags -----------------------------------------------------------------------------

    /// <summary>The end of the name starting at p (a QName in namespace mode).</summary>
    int NameEnd(int[] c, int p, int end)
    {
        while (p < end && (ExpatChars.IsNameChar(c[p], _tok.Ns) || c[p] == ':')) p++;
        return p;
    }

    readonly List<(int NameStart, int NameEnd, int ValueStart, int ValueEnd)> _rawAtts = [];
    readonly List<string> _atts = [];

    XmlError StartTag(int[] c, int s, int next, bool empty, bool isDoc)
    {
        List<string>? bindings = null;
        var r = StoreAtts(c, s, next, isDoc, ref bindings, out string rawName, out string name, out int specified);
        if (r != XmlError.None)
        {
            // freeBindings: an empty element's bindings end with their events; a start tag's stay with the dead parse.
            if (bindings != null)
            {
                if (empty) EndBindings(bindings);
                else for (int i = bindings.Count - 1; i >= 0; i--) _ns!.Unbind(bindings[i]);
            }
            return r;
        }
        if (!Allocate(64 + rawName.Length)) return Fail(XmlError.NoMemory, s);
        bool noElmHandlers = true;
        if (Has[(int)HandlerKind.StartElement])
        {
            if (!H.StartElement(name, _atts, specified)) return Aborted();
            noElmHandlers = false;
        }
        if (!empty)
        {
            if (noElmHandlers && !ReportDefault(c, s, next)) return Aborted();
            _tagStack.Add(new TagFrame(rawName, name, bindings));
            return XmlError.None;
        }
        if (Has[(int)HandlerKind.EndElement])
        {
            if (Has[(int)HandlerKind.StartElement] && isDoc) SetEvent(next);
            if (!H.EndElement(name)) return Aborted();
            noElmHandlers = false;
        }
        if (noElmHandlers && !ReportDefault(c, s, next)) return Aborted();
        Free(64 + rawName.Length);
        return EndBindings(bindings);
    }

    /// <summary>
    /// storeAtts: the element's name and attributes as reported (values normalized, defaults
    /// added, names expanded), with its namespace declarations bound in <paramref name="bindings"/>.
    /// </summary>
    XmlError StoreAtts(int[] c, int s, int next, bool isDoc, ref List<string>? bindings, out string rawName, out string name, out int specified)
    {
        name = "";
        specified = 0;
        int nameEnd = NameEnd(c, s + 1, next);
        rawName = Str(c, s + 1, nameEnd);
        // getAtts: the attributes' names and quoted values.
        _rawAtts.Clear();
        int p = nameEnd;
        for (;;)
        {
            while (ExpatChars.IsSpace(c[p])) p++;
            if (c[p] == '>' || c[p] == '/') break;
            int ns = p;
            p = NameEnd(c, p, next);
            int ne = p;
            while (c[p] != '\'' && c[p] != '"') p++;
            int quote = c[p];
            int vs = ++p;
            while (c[p] != quote) p++;
            _rawAtts.Add((ns, ne, vs, p));
            p++;
        }
        _dtd.ElementTypes.TryGetValue(rawName, out var elementType);
        _atts.Clear();
        int prefixed = 0;
        for (int i = 0; i < _rawAtts.Count; i++)
        {
            var a = _rawAtts[i];
            string attName = Str(c, a.NameStart, a.NameEnd);
            for (int j = 0; j < _atts.Count; j += 2)
            {
                if (_atts[j] == attName)
                {
                    if (isDoc) SetEvent(a.NameStart);
                    return Fail(XmlError.DuplicateAttribute, a.NameStart);
                }
            }
            bool isCdata = elementType?.Find(attName)?.IsCdata ?? true;
            var r = StoreAttributeValue(c, a.ValueStart, a.ValueEnd, isCdata, isDoc, s, out string value);
            if (r != XmlError.None) return r;
            if (_ns != null && (attName == "xmlns" || attName.StartsWith("xmlns:")))
            {
                r = AddBinding(attName, value, ref bindings);
                if (r != XmlError.None) return Fail(r, s);
                // Remember the name for the duplicate check, but report no attribute.
                _atts.Add(attName);
                _atts.Add(null!);
                continue;
            }
            if (_ns != null && attName.Contains(':')) prefixed++;
            _atts.Add(attName);
            _atts.Add(value);
        }
        // Drop the namespace declarations (kept above only for the duplicate check).
        for (int j = _atts.Count - 2; j >= 0; j -= 2)
        {
            if (_atts[j + 1] == null) _atts.RemoveRange(j, 2);
        }
        specified = _atts.Count;
        if (elementType != null)
        {
            foreach (var def in elementType.Attributes)
            {
                if (def.Value == null) continue;
                bool present = false;
                for (int j = 0; j < specified; j += 2) if (_atts[j] == def.Name) { present = true; break; }
                if (present) continue;
                if (_ns != null && (def.Name == "xmlns" || def.Name.StartsWith("xmlns:")))
                {
                    bool declared = false;
                    foreach (var ra in _rawAtts) if (SameText(c, ra.NameStart, ra.NameEnd, def.Name)) declared = true;
                    if (declared) continue;
                    var r = AddBinding(def.Name, def.Value, ref bindings);
                    if (r != XmlError.None) return Fail(r, s);
                    continue;
                }
                if (_ns != null && def.Name.Contains(':')) prefixed++;
                _atts.Add(def.Name);
                _atts.Add(def.Value);
            }
        }
        name = rawName;
        if (_ns != null)
        {
            if (prefixed > 0)
            {
                for (int j = 0; j < _atts.Count; j += 2)
                {
                    if (!_atts[j].Contains(':')) continue;
                    var expanded = _ns.Expand(_atts[j], isAttribute: true);
                    if (expanded == null) return Fail(XmlError.UnboundPrefix, s);
                    _atts[j] = expanded;
                }
                for (int j = 0; j < _atts.Count; j += 2)
                    for (int k = j + 2; k < _atts.Count; k += 2)
                        if (_atts[j] == _atts[k]) return Fail(XmlError.DuplicateAttribute, s);
            }
            var en = _ns.Expand(rawName, isAttribute: false);
            if (en == null) return Fail(XmlError.UnboundPrefix, s);
            name = en;
        }
        return XmlError.None;
    }

    /// <summary>addBinding for xmlns or xmlns:prefix, with its StartNamespaceDecl event.</summary>
    XmlError AddBinding(string attName, string uri, ref List<string>? bindings)
    {
        string prefix = attName.Length == 5 ? "" : attName[6..];
        bindings ??= [];
        var r = _ns!.AddBinding(prefix, uri, bindings);
        if (r != XmlError.None) return r;
        if (Has[(int)HandlerKind.StartNamespaceDecl]
            && !H.StartNamespaceDecl(prefix.Length == 0 ? null : prefix, _ns.IsBound(prefix) ? uri : null))
            return Aborted();
        return XmlError.None;
    }

    /// <summary>Ends an element's namespace bindings, innermost first, with their EndNamespaceDecl events.</summary>
    XmlError EndBindings(List<string>? bindings)
    {
        if (bindings == null) return XmlError.None;
        for (int i = bindings.Count - 1; i >= 0; i--)
        {
            string prefix = bindings[i];
            _ns!.Unbind(prefix);
            if (Has[(int)HandlerKind.EndNamespaceDecl] && !H.EndNamespaceDecl(prefix.Length == 0 ? null : prefix))
                return Aborted();
        }
        return XmlError.None;
    }

    XmlError EndTag(int[] c, int s, int next)
    {
        int rawStart = s + 2;
        int rawEnd = NameEnd(c, rawStart, next);
        var tag = _tagStack[^1];
        if (!SameText(c, rawStart, rawEnd, tag.RawName)) return Fail(XmlError.TagMismatch, rawStart);
        _tagStack.RemoveAt(_tagStack.Count - 1);
        Free(64 + tag.RawName.Length);
        if (Has[(int)HandlerKind.EndElement])
        {
            if (!H.EndElement(tag.Name)) return Aborted();
        }
        else if (!ReportDefault(c, s, next)) return Aborted();
        return EndBindings(tag.Bindings);
    }

    // ---- attribute values -----------------------------------------------------------------

    readonly StringBuilder _value = new();

    /// <summary>
    /// storeAttributeValue: the value with references replaced and white space normalized (to
    /// spaces for CDATA; collapsed and trimmed otherwise). Entities are expanded with an
    /// explicit stack, so their nesting costs no recursion.
    /// </summary>
    XmlError StoreAttributeValue(int[] c, int start, int end, bool isCdata, bool isDoc, int tokenStart, out string value)
    {
        value = "";
        var sb = _value;
        sb.Clear();
        var stack = new List<(int[] Text, int Pos, int End, ExpatEntity? Entity)> { (c, start, end, null) };
        while (stack.Count > 0)
        {
            var (text, p, e, entity) = stack[^1];
            bool inDoc = isDoc && entity == null && stack.Count == 1;
            if (p >= e)
            {
                if (entity != null) entity.Open = false;
                stack.RemoveAt(stack.Count - 1);
                continue;
            }
            var tok = _tok.AttributeValueTok(text, p, e, out int next);
            if (entity != null && !AccountIndirect(next - p)) { CloseAll(stack); return Fail(XmlError.AmplificationLimitBreach, p); }
            switch (tok)
            {
                case Tok.Invalid:
                    CloseAll(stack);
                    if (inDoc) SetEvent(next);
                    return Fail(XmlError.InvalidToken, inDoc ? next : _eventIdx);
                case Tok.Partial:
                    CloseAll(stack);
                    return Fail(XmlError.InvalidToken, inDoc ? p : _eventIdx);
                case Tok.CharRef:
                {
                    int n = ExpatTokenizer.CharRefNumber(text, p, next);
                    if (n < 0)
                    {
                        CloseAll(stack);
                        if (inDoc) SetEvent(p);
                        return Fail(XmlError.BadCharRef, inDoc ? p : _eventIdx);
                    }
                    if (!isCdata && n == 0x20 && (sb.Length == 0 || sb[^1] == ' ')) break;
                    AppendCodePoint(sb, n);
                    break;
                }
                case Tok.DataChars:
                    for (int i = p; i < next; i++) AppendCodePoint(sb, text[i]);
                    break;
                case Tok.TrailingCr:
                    next = p + 1;
                    goto case Tok.DataNewline;
                case Tok.AttributeValueS:
                case Tok.DataNewline:
                    if (!isCdata && (sb.Length == 0 || sb[^1] == ' ')) break;
                    sb.Append(' ');
                    break;
                case Tok.EntityRef:
                {
                    int ch = ExpatTokenizer.PredefinedEntity(text, p + 1, next - 1);
                    if (ch != 0)
                    {
                        sb.Append((char)ch);
                        break;
                    }
                    string name = Str(text, p + 1, next - 1);
                    _dtd.GeneralEntities.TryGetValue(name, out var ent);
                    XmlError err = XmlError.None;
                    if (!_dtd.HasParamEntityRefs || _dtd.Standalone)
                    {
                        if (ent == null) err = XmlError.UndefinedEntity;
                        else if (!ent.IsInternal) err = XmlError.EntityDeclaredInPe;
                    }
                    else if (ent == null) break;
                    if (err == XmlError.None)
                    {
                        if (ent!.Open) err = XmlError.RecursiveEntityRef;
                        else if (ent.Notation != null) err = XmlError.BinaryEntityRef;
                        else if (ent.Text == null) err = XmlError.AttributeExternalEntityRef;
                    }
                    if (err != XmlError.None)
                    {
                        CloseAll(stack);
                        // An undeclared entity is reported at the token holding the value, the others at the reference.
                        int at = err is XmlError.UndefinedEntity or XmlError.EntityDeclaredInPe ? tokenStart : inDoc ? p : _eventIdx;
                        if (inDoc) SetEvent(at);
                        return Fail(err, at);
                    }
                    stack[^1] = (text, next, e, entity);
                    ent!.Open = true;
                    stack.Add((ent.Text!, 0, ent.Text!.Length, ent));
                    continue;
                }
                default:
                    CloseAll(stack);
                    return Fail(XmlError.UnexpectedState, p);
            }
            stack[^1] = (text, next, e, entity);
        }
        if (!isCdata && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        value = sb.ToString();
        return XmlError.None;
    }

    static void CloseAll(List<(int[] Text, int Pos, int End, ExpatEntity? Entity)> stack)
    {
        foreach (var f in stack) if (f.Entity != null) f.Entity.Open = false;
    }

    // ---- epilog ---------------------------------------------------------------------------

    /// <summary>epilogProcessor: after the root element only white space, comments and PIs.</summary>
    XmlError DoEpilog()
    {
        for (;;)
        {
            var c = _in.Chars;
            int s = _pos;
            SetEvent(s);
            var tok = _tok.PrologTok(c, s, _in.End, out int next);
            if (tok > Tok.Invalid) AccountDirect(next);
            switch (tok)
            {
                case Tok.PartialPrologS:
                    if (!ReportDefault(c, s, next)) return Aborted();
                    _pos = next;
                    return XmlError.None;
                case Tok.None:
                    return XmlError.None;
                case Tok.PrologS:
                    if (!ReportDefault(c, s, next)) return Aborted();
                    break;
                case Tok.Pi:
                    if (!ReportProcessingInstruction(c, s, next)) return Aborted();
                    break;
                case Tok.Comment:
                    if (!ReportComment(c, s, next)) return Aborted();
                    break;
                case Tok.Invalid:
                    return Fail(XmlError.InvalidToken, next);
                case Tok.Partial:
                    if (!_final) return XmlError.None;
                    return Fail(XmlError.UnclosedToken, s);
                case Tok.PartialChar:
                    if (!_final) return XmlError.None;
                    return Fail(XmlError.PartialChar, s);
                default:
                    return Fail(XmlError.JunkAfterDocElement, s);
            }
            _pos = next;
        }
    }
}
