using System.Collections.Generic;
using System.Text;

namespace Sharpy.Modules.Pyexpat;

// The prolog and the DTD (xmlparse.c's doProlog over xmlrole.c's state machine): one token at
// a time, so a declaration cut by the end of the data resumes where it stopped.
internal sealed partial class ExpatParser
{
    /// <summary>The states of xmlrole.c (PROLOG_STATE's handler), named for what they expect next.</summary>
    enum Role
    {
        Prolog0, Prolog1, Prolog2,
        DoctypeName, DoctypeAfterName, DoctypePublicId, DoctypeSystemIdAfterPublic, DoctypeSystemId, DoctypeAfterId, DoctypeClose,
        InternalSubset,
        EntityStart, EntityParamName, EntityAfterName, EntitySystemLiteral, EntityPublicLiteral, EntityAfterPublic, EntityAfterSystem, EntityNdataName, EntityClose,
        NotationName, NotationAfterName, NotationSystemLiteral, NotationPublicLiteral, NotationAfterPublic, NotationClose,
        AttlistElement, AttlistAttName, AttlistType, AttlistEnumValue, AttlistEnumAfterValue, AttlistNotationOpen, AttlistNotationValue, AttlistNotationAfterValue, AttlistDefault, AttlistFixedValue,
        ElementName, ElementContent, ElementGroupStart, ElementMixedName, ElementMixedAfterName, ElementMixedClose, ElementGroupItem, ElementGroupAfterItem, ElementClose,
        Error,
    }

    Role _role = Role.Prolog0;
    /// <summary>The kind of declaration being read, for whether its tokens go to the default handler.</summary>
    HandlerKind? _declKind;

    // The DOCTYPE declaration.
    string? _doctypeName;
    string? _doctypeSysid;
    string? _doctypePubid;
    bool _doctypeNameReported;
    bool _sawDoctypeSystemId;

    // The declaration being read.
    ExpatEntity? _declEntity;
    string? _declNotationName;
    string? _declNotationPublicId;
    ExpatElementType? _declElementType;
    string? _declAttributeName;
    string? _declAttributeType;
    bool _declAttributeIsCdata;
    readonly StringBuilder _declEnum = new();
    string? _declElementName;
    // The content model being built: the groups open, innermost last.
    readonly List<ExpatContentModel> _modelStack = [];

    XmlError DoProlog()
    {
        for (;;)
        {
            var c = _in.Chars;
            int s = _pos;
            int end = _in.End;
            SetEvent(s);
            var tok = _tok.PrologTok(c, s, end, out int next);
            if (tok <= Tok.Invalid)
            {
                if (!_final && tok != Tok.Invalid) return XmlError.None;
                switch (tok)
                {
                    case Tok.Invalid: return Fail(XmlError.InvalidToken, next);
                    case Tok.Partial: return Fail(XmlError.UnclosedToken, s);
                    case Tok.PartialChar: return Fail(XmlError.PartialChar, s);
                    case Tok.PartialPrologS: tok = Tok.PrologS; break;
                    case Tok.None: return Fail(XmlError.NoElements, s);
                    case Tok.PartialName: tok = Tok.Name; next = end; break;
                    case Tok.PartialPrefixedName: tok = Tok.PrefixedName; next = end; break;
                    case Tok.PartialNmToken: tok = Tok.NmToken; next = end; break;
                    case Tok.PartialPoundName: tok = Tok.PoundName; next = end; break;
                    case Tok.PartialLiteral: tok = Tok.Literal; next = end; break;
                    case Tok.PartialCloseParen: tok = Tok.CloseParen; next = end; break;
                    case Tok.PartialCloseBracket: tok = Tok.CloseBracket; next = end; break;
                    default: return Fail(XmlError.UnclosedToken, s);
                }
            }
            AccountDirect(next);
            if (tok == Tok.InstanceStart && _role is Role.Prolog0 or Role.Prolog1 or Role.Prolog2)
            {
                var r0 = ForeignDtd();
                if (r0 != XmlError.None) return r0;
                _processor = Processor.Content;
                return Switch;
            }
            var r = PrologToken(c, tok, s, next);
            if (r != XmlError.None) return r;
            _pos = next;
        }
    }

    /// <summary>The external DTD subset (an external entity parser created with no context).</summary>
    XmlError DoExternalDtd()
    {
        if (_role == Role.Prolog0) _role = Role.InternalSubset;
        for (;;)
        {
            var c = _in.Chars;
            int s = _pos;
            SetEvent(s);
            var tok = _tok.PrologTok(c, s, _in.End, out int next);
            if (tok <= Tok.Invalid)
            {
                if (!_final && tok != Tok.Invalid) return XmlError.None;
                switch (tok)
                {
                    case Tok.Invalid: return Fail(XmlError.InvalidToken, next);
                    case Tok.Partial: return Fail(XmlError.UnclosedToken, s);
                    case Tok.PartialChar: return Fail(XmlError.PartialChar, s);
                    case Tok.PartialPrologS: tok = Tok.PrologS; break;
                    case Tok.None:
                        if (_role != Role.InternalSubset) return Fail(XmlError.Syntax, s);
                        _dtd.ParamEntityRead = true;
                        return XmlError.None;
                    default: return Fail(XmlError.Syntax, s);
                }
            }
            if (tok == Tok.XmlDecl && s == _start)
            {
                var rd = ProcessXmlDecl(c, s, next, isTextDecl: true);
                if (rd != XmlError.None) return rd;
                _pos = next;
                continue;
            }
            if (tok == Tok.CloseBracket || tok == Tok.CondSectOpen) return Fail(XmlError.Syntax, s);
            var r = PrologToken(c, tok, s, next);
            if (r != XmlError.None) return r;
            _pos = next;
        }
    }

    /// <summary>useForeignDTD: before the root element of a document without a DOCTYPE, read the foreign DTD.</summary>
    XmlError ForeignDtd()
    {
        if (!UseForeignDtd) return XmlError.None;
        bool hadParamEntityRefs = _dtd.HasParamEntityRefs;
        _dtd.HasParamEntityRefs = true;
        if (ParamEntityParsing != ParamEntityParsingNever && Has[(int)HandlerKind.ExternalEntityRef])
        {
            _dtd.ParamEntityRead = false;
            int rc = H.ExternalEntityRef(null, Base, null, null);
            if (rc < 0) return Aborted();
            if (rc == 0) return Fail(XmlError.ExternalEntityHandling, _pos);
            if (_dtd.ParamEntityRead)
            {
                var r = NotStandalone();
                if (r != XmlError.None) return r;
            }
            else _dtd.HasParamEntityRefs = hadParamEntityRefs;
        }
        return XmlError.None;
    }

    XmlError NotStandalone()
    {
        if (_dtd.Standalone || !Has[(int)HandlerKind.NotStandalone]) return XmlError.None;
        int rc = H.NotStandalone();
        if (rc < 0) return Aborted();
        return rc == 0 ? Fail(XmlError.NotStandalone, _pos) : XmlError.None;
    }

    bool DeclHandlerSet => _declKind is HandlerKind k && Has[(int)k]
        && (k is HandlerKind.ElementDecl or HandlerKind.NotationDecl or HandlerKind.StartDoctypeDecl || _dtd.KeepProcessing);

    /// <summary>One prolog token through the role machine (doProlog's switch), reporting to the default handler what no handler took.</summary>
    XmlError PrologToken(int[] c, Tok tok, int s, int next)
    {
        bool handleDefault = true;
        var role = _role;
        if (tok == Tok.PrologS && role != Role.Prolog0)
        {
            if (_declKind != null && DeclHandlerSet) handleDefault = false;
            return handleDefault && !ReportDefault(c, s, next) ? Aborted() : XmlError.None;
        }
        switch (role)
        {
            case Role.Prolog0:
            case Role.Prolog1:
            case Role.Prolog2:
                switch (tok)
                {
                    case Tok.PrologS:
                        _role = Role.Prolog1;
                        break;
                    case Tok.XmlDecl:
                        if (role != Role.Prolog0) return Fail(XmlError.MisplacedXmlPi, s);
                        _role = Role.Prolog1;
                        return ProcessXmlDecl(c, s, next, isTextDecl: false);
                    case Tok.Pi:
                        if (role == Role.Prolog0) _role = Role.Prolog1;
                        return ReportProcessingInstruction(c, s, next) ? XmlError.None : Aborted();
                    case Tok.Comment:
                        if (role == Role.Prolog0) _role = Role.Prolog1;
                        return ReportComment(c, s, next) ? XmlError.None : Aborted();
                    case Tok.DeclOpen when role != Role.Prolog2 && SameText(c, s + 2, next, "DOCTYPE"):
                        _role = Role.DoctypeName;
                        _declKind = HandlerKind.StartDoctypeDecl;
                        if (Has[(int)HandlerKind.StartDoctypeDecl]) handleDefault = false;
                        break;
                    default:
                        return PrologError(tok, s);
                }
                break;

            // ---- DOCTYPE ----
            case Role.DoctypeName:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.DoctypeAfterName;
                if (Has[(int)HandlerKind.StartDoctypeDecl])
                {
                    _doctypeName = Str(c, s, next);
                    handleDefault = false;
                }
                _doctypePubid = null;
                break;
            case Role.DoctypeAfterName:
                if (tok == Tok.OpenBracket) return DoctypeInternalSubset(c, s, next);
                if (tok == Tok.DeclClose) return DoctypeClose(c, s, next);
                if (tok == Tok.Name && SameText(c, s, next, "SYSTEM")) { _role = Role.DoctypeSystemId; handleDefault = !Has[(int)HandlerKind.StartDoctypeDecl]; break; }
                if (tok == Tok.Name && SameText(c, s, next, "PUBLIC")) { _role = Role.DoctypePublicId; handleDefault = !Has[(int)HandlerKind.StartDoctypeDecl]; break; }
                return PrologError(tok, s);
            case Role.DoctypePublicId:
            {
                if (tok != Tok.Literal) return PrologError(tok, s);
                _role = Role.DoctypeSystemIdAfterPublic;
                UseForeignDtd = false;
                _dtd.HasParamEntityRefs = true;
                if (!IsPublicId(c, s, next, out int bad)) return Fail(XmlError.Publicid, bad);
                _externalSubsetPubid = NormalizePublicId(c, s + 1, next - 1);
                if (Has[(int)HandlerKind.StartDoctypeDecl])
                {
                    _doctypePubid = NormalizePublicId(c, s + 1, next - 1);
                    handleDefault = false;
                }
                break;
            }
            case Role.DoctypeSystemIdAfterPublic:
            case Role.DoctypeSystemId:
            {
                if (tok != Tok.Literal) return PrologError(tok, s);
                _role = Role.DoctypeAfterId;
                UseForeignDtd = false;
                _dtd.HasParamEntityRefs = true;
                _sawDoctypeSystemId = true;
                _externalSubsetSysid = Str(c, s + 1, next - 1);
                if (Has[(int)HandlerKind.StartDoctypeDecl])
                {
                    _doctypeSysid = Str(c, s + 1, next - 1);
                    handleDefault = false;
                }
                if (ParamEntityParsing == ParamEntityParsingNever)
                {
                    var r = NotStandalone();
                    if (r != XmlError.None) return r;
                }
                break;
            }
            case Role.DoctypeAfterId:
                if (tok == Tok.OpenBracket) return DoctypeInternalSubset(c, s, next);
                if (tok == Tok.DeclClose) return DoctypeClose(c, s, next);
                return PrologError(tok, s);
            case Role.DoctypeClose:
                if (tok == Tok.DeclClose) return DoctypeClose(c, s, next);
                return PrologError(tok, s);

            // ---- the internal subset ----
            case Role.InternalSubset:
                switch (tok)
                {
                    case Tok.DeclOpen:
                        if (SameText(c, s + 2, next, "ENTITY")) { _role = Role.EntityStart; _declKind = HandlerKind.EntityDecl; }
                        else if (SameText(c, s + 2, next, "ATTLIST")) { _role = Role.AttlistElement; _declKind = HandlerKind.AttlistDecl; }
                        else if (SameText(c, s + 2, next, "ELEMENT")) { _role = Role.ElementName; _declKind = HandlerKind.ElementDecl; }
                        else if (SameText(c, s + 2, next, "NOTATION")) { _role = Role.NotationName; _declKind = HandlerKind.NotationDecl; }
                        else return PrologError(tok, s);
                        if (DeclHandlerSet) handleDefault = false;
                        break;
                    case Tok.Pi:
                        return ReportProcessingInstruction(c, s, next) ? XmlError.None : Aborted();
                    case Tok.Comment:
                        return ReportComment(c, s, next) ? XmlError.None : Aborted();
                    case Tok.ParamEntityRef:
                    {
                        var r = ParamEntityRef(c, s, next, ref handleDefault);
                        if (r != XmlError.None) return r;
                        break;
                    }
                    case Tok.CloseBracket when !_isExternalDtd:
                        _role = Role.DoctypeClose;
                        _declKind = HandlerKind.StartDoctypeDecl;
                        if (Has[(int)HandlerKind.StartDoctypeDecl]) handleDefault = false;
                        break;
                    default:
                        return PrologError(tok, s);
                }
                break;

            // ---- <!ENTITY ----
            case Role.EntityStart:
                if (tok == Tok.Percent) { _role = Role.EntityParamName; if (DeclHandlerSet) handleDefault = false; break; }
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.EntityAfterName;
                if (!DeclareEntity(c, s, next, isParam: false, out bool taken)) return Fail(XmlError.NoMemory, s);
                if (taken) handleDefault = false;
                break;
            case Role.EntityParamName:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.EntityAfterName;
                if (!DeclareEntity(c, s, next, isParam: true, out bool paramTaken)) return Fail(XmlError.NoMemory, s);
                if (paramTaken) handleDefault = false;
                break;
            case Role.EntityAfterName:
                if (tok == Tok.Literal)
                {
                    _role = Role.EntityClose;
                    var r = EntityValue(c, s, next, ref handleDefault);
                    if (r != XmlError.None) return r;
                    break;
                }
                if (tok == Tok.Name && SameText(c, s, next, "SYSTEM")) { _role = Role.EntitySystemLiteral; if (DeclHandlerSet) handleDefault = false; break; }
                if (tok == Tok.Name && SameText(c, s, next, "PUBLIC")) { _role = Role.EntityPublicLiteral; if (DeclHandlerSet) handleDefault = false; break; }
                return PrologError(tok, s);
            case Role.EntityPublicLiteral:
            {
                if (tok != Tok.Literal) return PrologError(tok, s);
                _role = Role.EntityAfterPublic;
                if (!IsPublicId(c, s, next, out int bad)) return Fail(XmlError.Publicid, bad);
                if (_dtd.KeepProcessing && _declEntity != null)
                {
                    _declEntity.PublicId = NormalizePublicId(c, s + 1, next - 1);
                    if (Has[(int)HandlerKind.EntityDecl]) handleDefault = false;
                }
                break;
            }
            case Role.EntityAfterPublic:
            case Role.EntitySystemLiteral:
                if (tok != Tok.Literal) return PrologError(tok, s);
                _role = Role.EntityAfterSystem;
                if (_dtd.KeepProcessing && _declEntity != null)
                {
                    _declEntity.SystemId = Str(c, s + 1, next - 1);
                    _declEntity.Base = Base;
                    if (Has[(int)HandlerKind.EntityDecl]) handleDefault = false;
                }
                break;
            case Role.EntityAfterSystem:
                if (tok == Tok.DeclClose)
                {
                    EndDecl();
                    if (_dtd.KeepProcessing && _declEntity != null && Has[(int)HandlerKind.EntityDecl])
                    {
                        var e = _declEntity;
                        if (!H.EntityDecl(e.Name, e.IsParam, null, e.Base, e.SystemId, e.PublicId, null)) return Aborted();
                        handleDefault = false;
                    }
                    break;
                }
                if (tok == Tok.Name && SameText(c, s, next, "NDATA") && _declEntity?.IsParam != true)
                {
                    _role = Role.EntityNdataName;
                    if (DeclHandlerSet) handleDefault = false;
                    break;
                }
                return PrologError(tok, s);
            case Role.EntityNdataName:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.EntityClose;
                if (_dtd.KeepProcessing && _declEntity != null)
                {
                    var e = _declEntity;
                    e.Notation = Str(c, s, next);
                    if (Has[(int)HandlerKind.UnparsedEntityDecl])
                    {
                        if (!H.UnparsedEntityDecl(e.Name, e.Base, e.SystemId, e.PublicId, e.Notation)) return Aborted();
                        handleDefault = false;
                    }
                    else if (Has[(int)HandlerKind.EntityDecl])
                    {
                        if (!H.EntityDecl(e.Name, false, null, e.Base, e.SystemId, e.PublicId, e.Notation)) return Aborted();
                        handleDefault = false;
                    }
                }
                break;
            case Role.EntityClose:
                if (tok != Tok.DeclClose) return PrologError(tok, s);
                if (DeclHandlerSet) handleDefault = false;
                EndDecl();
                break;

            // ---- <!NOTATION ----
            case Role.NotationName:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.NotationAfterName;
                _declNotationName = null;
                _declNotationPublicId = null;
                if (Has[(int)HandlerKind.NotationDecl])
                {
                    _declNotationName = Str(c, s, next);
                    handleDefault = false;
                }
                break;
            case Role.NotationAfterName:
                if (tok == Tok.Name && SameText(c, s, next, "SYSTEM")) { _role = Role.NotationSystemLiteral; if (DeclHandlerSet) handleDefault = false; break; }
                if (tok == Tok.Name && SameText(c, s, next, "PUBLIC")) { _role = Role.NotationPublicLiteral; if (DeclHandlerSet) handleDefault = false; break; }
                return PrologError(tok, s);
            case Role.NotationPublicLiteral:
            {
                if (tok != Tok.Literal) return PrologError(tok, s);
                _role = Role.NotationAfterPublic;
                if (!IsPublicId(c, s, next, out int bad)) return Fail(XmlError.Publicid, bad);
                if (_declNotationName != null)
                {
                    _declNotationPublicId = NormalizePublicId(c, s + 1, next - 1);
                    handleDefault = false;
                }
                break;
            }
            case Role.NotationAfterPublic:
                if (tok == Tok.DeclClose)
                {
                    EndDecl();
                    if (_declNotationPublicId != null && Has[(int)HandlerKind.NotationDecl])
                    {
                        if (!H.NotationDecl(_declNotationName!, Base, null, _declNotationPublicId)) return Aborted();
                        handleDefault = false;
                    }
                    break;
                }
                goto case Role.NotationSystemLiteral;
            case Role.NotationSystemLiteral:
                if (tok != Tok.Literal) return PrologError(tok, s);
                _role = Role.NotationClose;
                if (_declNotationName != null && Has[(int)HandlerKind.NotationDecl])
                {
                    if (!H.NotationDecl(_declNotationName, Base, Str(c, s + 1, next - 1), _declNotationPublicId)) return Aborted();
                    handleDefault = false;
                }
                break;
            case Role.NotationClose:
                if (tok != Tok.DeclClose) return PrologError(tok, s);
                if (DeclHandlerSet) handleDefault = false;
                EndDecl();
                break;

            // ---- <!ATTLIST ----
            case Role.AttlistElement:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.AttlistAttName;
                _declElementType = GetElementType(Str(c, s, next));
                if (DeclHandlerSet) handleDefault = false;
                break;
            case Role.AttlistAttName:
                if (tok == Tok.DeclClose) { if (DeclHandlerSet) handleDefault = false; EndDecl(); break; }
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.AttlistType;
                _declAttributeName = Str(c, s, next);
                _declAttributeIsCdata = false;
                _declAttributeType = null;
                if (DeclHandlerSet) handleDefault = false;
                break;
            case Role.AttlistType:
                if (tok == Tok.OpenParen)
                {
                    _role = Role.AttlistEnumValue;
                    _declEnum.Clear().Append('(');
                    if (DeclHandlerSet) handleDefault = false;
                    break;
                }
                if (tok == Tok.Name)
                {
                    string t = Str(c, s, next);
                    switch (t)
                    {
                        case "CDATA": _declAttributeIsCdata = true; goto case "ID";
                        case "ID":
                        case "IDREF":
                        case "IDREFS":
                        case "ENTITY":
                        case "ENTITIES":
                        case "NMTOKEN":
                        case "NMTOKENS":
                            _declAttributeType = t;
                            _role = Role.AttlistDefault;
                            break;
                        case "NOTATION":
                            _role = Role.AttlistNotationOpen;
                            _declEnum.Clear().Append("NOTATION(");
                            break;
                        default:
                            return PrologError(tok, s);
                    }
                    if (DeclHandlerSet) handleDefault = false;
                    break;
                }
                return PrologError(tok, s);
            case Role.AttlistNotationOpen:
                if (tok != Tok.OpenParen) return PrologError(tok, s);
                _role = Role.AttlistNotationValue;
                if (DeclHandlerSet) handleDefault = false;
                break;
            case Role.AttlistEnumValue:
            case Role.AttlistNotationValue:
                if (role == Role.AttlistEnumValue ? tok is not (Tok.NmToken or Tok.Name or Tok.PrefixedName) : tok is not (Tok.Name or Tok.PrefixedName))
                    return PrologError(tok, s);
                _role = role == Role.AttlistEnumValue ? Role.AttlistEnumAfterValue : Role.AttlistNotationAfterValue;
                if (_declEnum[^1] != '(') _declEnum.Append('|');
                _declEnum.Append(Str(c, s, next));
                if (DeclHandlerSet) handleDefault = false;
                break;
            case Role.AttlistEnumAfterValue:
            case Role.AttlistNotationAfterValue:
                if (tok == Tok.Or) { _role = role == Role.AttlistEnumAfterValue ? Role.AttlistEnumValue : Role.AttlistNotationValue; }
                else if (tok == Tok.CloseParen)
                {
                    _role = Role.AttlistDefault;
                    _declAttributeType = _declEnum.Append(')').ToString();
                }
                else return PrologError(tok, s);
                if (DeclHandlerSet) handleDefault = false;
                break;
            case Role.AttlistDefault:
                if (tok == Tok.PoundName)
                {
                    if (SameText(c, s, next, "#IMPLIED") || SameText(c, s, next, "#REQUIRED"))
                    {
                        _role = Role.AttlistAttName;
                        if (_dtd.KeepProcessing)
                        {
                            DefineAttribute(null);
                            if (Has[(int)HandlerKind.AttlistDecl] && _declAttributeType != null)
                            {
                                if (!H.AttlistDecl(_declElementType!.Name, _declAttributeName!, _declAttributeType, null, c[s + 1] == 'R')) return Aborted();
                                handleDefault = false;
                            }
                        }
                        break;
                    }
                    if (SameText(c, s, next, "#FIXED"))
                    {
                        _role = Role.AttlistFixedValue;
                        if (DeclHandlerSet) handleDefault = false;
                        break;
                    }
                    return PrologError(tok, s);
                }
                if (tok != Tok.Literal) return PrologError(tok, s);
                {
                    var r = AttributeDefault(c, s, next, isFixed: false, ref handleDefault);
                    if (r != XmlError.None) return r;
                }
                break;
            case Role.AttlistFixedValue:
            {
                if (tok != Tok.Literal) return PrologError(tok, s);
                var r = AttributeDefault(c, s, next, isFixed: true, ref handleDefault);
                if (r != XmlError.None) return r;
                break;
            }

            // ---- <!ELEMENT ----
            case Role.ElementName:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _role = Role.ElementContent;
                _declElementName = Str(c, s, next);
                _modelStack.Clear();
                if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                break;
            case Role.ElementContent:
                if (tok == Tok.Name && (SameText(c, s, next, "ANY") || SameText(c, s, next, "EMPTY")))
                {
                    _role = Role.ElementClose;
                    if (Has[(int)HandlerKind.ElementDecl])
                    {
                        var m = new ExpatContentModel(c[s] == 'A' ? ExpatContentModel.Any : ExpatContentModel.Empty, ExpatContentModel.QuantNone, null);
                        if (!H.ElementDecl(_declElementName!, m)) return Aborted();
                        handleDefault = false;
                    }
                    break;
                }
                if (tok != Tok.OpenParen) return PrologError(tok, s);
                _role = Role.ElementGroupStart;
                _modelStack.Add(new ExpatContentModel(ExpatContentModel.Seq, ExpatContentModel.QuantNone, null));
                if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                break;
            case Role.ElementGroupStart:
                if (tok == Tok.PoundName && _modelStack.Count == 1)
                {
                    if (!SameText(c, s, next, "#PCDATA")) return PrologError(tok, s);
                    _modelStack[0].Type = ExpatContentModel.Mixed;
                    _role = Role.ElementMixedAfterName;
                    if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                    break;
                }
                if (tok == Tok.OpenParen)
                {
                    var g = new ExpatContentModel(ExpatContentModel.Seq, ExpatContentModel.QuantNone, null);
                    _modelStack[^1].Children.Add(g);
                    _modelStack.Add(g);
                    if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                    break;
                }
                goto case Role.ElementGroupItem;
            case Role.ElementGroupItem:
            {
                int quant;
                int nameEnd = next;
                switch (tok)
                {
                    case Tok.Name:
                    case Tok.PrefixedName: quant = ExpatContentModel.QuantNone; break;
                    case Tok.NameQuestion: quant = ExpatContentModel.QuantOpt; nameEnd--; break;
                    case Tok.NameAsterisk: quant = ExpatContentModel.QuantRep; nameEnd--; break;
                    case Tok.NamePlus: quant = ExpatContentModel.QuantPlus; nameEnd--; break;
                    case Tok.OpenParen:
                    {
                        var g = new ExpatContentModel(ExpatContentModel.Seq, ExpatContentModel.QuantNone, null);
                        _modelStack[^1].Children.Add(g);
                        _modelStack.Add(g);
                        _role = Role.ElementGroupStart;
                        if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                        goto done;
                    }
                    default:
                        return PrologError(tok, s);
                }
                _modelStack[^1].Children.Add(new ExpatContentModel(ExpatContentModel.NameType, quant, Str(c, s, nameEnd)));
                _role = Role.ElementGroupAfterItem;
                if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                done:
                break;
            }
            case Role.ElementGroupAfterItem:
            {
                var g = _modelStack[^1];
                if (tok is Tok.Comma or Tok.Or)
                {
                    int type = tok == Tok.Comma ? ExpatContentModel.Seq : ExpatContentModel.Choice;
                    if (g.Children.Count > 1 && g.Type != type) return PrologError(tok, s);
                    g.Type = type;
                    _role = Role.ElementGroupItem;
                    if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                    break;
                }
                int quant = tok switch
                {
                    Tok.CloseParen => ExpatContentModel.QuantNone,
                    Tok.CloseParenQuestion => ExpatContentModel.QuantOpt,
                    Tok.CloseParenAsterisk => ExpatContentModel.QuantRep,
                    Tok.CloseParenPlus => ExpatContentModel.QuantPlus,
                    _ => -1,
                };
                if (quant < 0) return PrologError(tok, s);
                g.Quant = quant;
                _modelStack.RemoveAt(_modelStack.Count - 1);
                if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                if (_modelStack.Count == 0)
                {
                    _role = Role.ElementClose;
                    if (Has[(int)HandlerKind.ElementDecl] && !H.ElementDecl(_declElementName!, g)) return Aborted();
                }
                break;
            }
            case Role.ElementMixedAfterName:
            {
                var g = _modelStack[0];
                if (tok == Tok.Or) { _role = Role.ElementMixedName; if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false; break; }
                if (tok == Tok.CloseParen && g.Children.Count == 0) g.Quant = ExpatContentModel.QuantNone;
                else if (tok == Tok.CloseParenAsterisk) g.Quant = ExpatContentModel.QuantRep;
                else return PrologError(tok, s);
                _modelStack.Clear();
                _role = Role.ElementClose;
                if (Has[(int)HandlerKind.ElementDecl])
                {
                    handleDefault = false;
                    if (!H.ElementDecl(_declElementName!, g)) return Aborted();
                }
                break;
            }
            case Role.ElementMixedName:
                if (tok is not (Tok.Name or Tok.PrefixedName)) return PrologError(tok, s);
                _modelStack[0].Children.Add(new ExpatContentModel(ExpatContentModel.NameType, ExpatContentModel.QuantNone, Str(c, s, next)));
                _role = Role.ElementMixedAfterName;
                if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                break;
            case Role.ElementClose:
                if (tok != Tok.DeclClose) return PrologError(tok, s);
                if (Has[(int)HandlerKind.ElementDecl]) handleDefault = false;
                EndDecl();
                break;

            default:
                return PrologError(tok, s);
        }
        return handleDefault && !ReportDefault(c, s, next) ? Aborted() : XmlError.None;
    }

    /// <summary>XML_ROLE_ERROR: a parameter entity reference where it is not allowed, a misplaced XML declaration, or a syntax error.</summary>
    XmlError PrologError(Tok tok, int s)
    {
        var err = tok switch
        {
            Tok.ParamEntityRef => XmlError.ParamEntityRef,
            Tok.XmlDecl => XmlError.MisplacedXmlPi,
            _ => XmlError.Syntax,
        };
        _role = Role.Error;
        return Fail(err, s);
    }

    void EndDecl()
    {
        _role = _isExternalDtd || _doctypeOpen ? Role.InternalSubset : Role.Prolog2;
        _declKind = null;
    }

    bool _doctypeOpen;

    XmlError DoctypeInternalSubset(int[] c, int s, int next)
    {
        _role = Role.InternalSubset;
        _doctypeOpen = true;
        _declKind = null;
        if (Has[(int)HandlerKind.StartDoctypeDecl])
        {
            _doctypeNameReported = true;
            if (!H.StartDoctypeDecl(_doctypeName!, _doctypeSysid, _doctypePubid, true)) return Aborted();
            return XmlError.None;
        }
        return ReportDefault(c, s, next) ? XmlError.None : Aborted();
    }

    XmlError DoctypeClose(int[] c, int s, int next)
    {
        _role = Role.Prolog2;
        _doctypeOpen = false;
        _declKind = null;
        bool handleDefault = true;
        if (_doctypeName != null && !_doctypeNameReported)
        {
            if (!H.StartDoctypeDecl(_doctypeName, _doctypeSysid, _doctypePubid, false)) return Aborted();
            handleDefault = false;
        }
        if (_sawDoctypeSystemId || UseForeignDtd)
        {
            bool hadParamEntityRefs = _dtd.HasParamEntityRefs;
            _dtd.HasParamEntityRefs = true;
            if (ParamEntityParsing != ParamEntityParsingNever && Has[(int)HandlerKind.ExternalEntityRef])
            {
                _dtd.ParamEntityRead = false;
                int rc = H.ExternalEntityRef(null, Base, _externalSubsetSysid, _externalSubsetPubid);
                if (rc < 0) return Aborted();
                if (rc == 0) return Fail(XmlError.ExternalEntityHandling, s);
                if (_dtd.ParamEntityRead)
                {
                    var r = NotStandalone();
                    if (r != XmlError.None) return r;
                }
                else if (!_sawDoctypeSystemId) _dtd.HasParamEntityRefs = hadParamEntityRefs;
            }
            UseForeignDtd = false;
        }
        if (Has[(int)HandlerKind.EndDoctypeDecl])
        {
            if (!H.EndDoctypeDecl()) return Aborted();
            handleDefault = false;
        }
        if (Has[(int)HandlerKind.StartDoctypeDecl]) handleDefault = false;
        return handleDefault && !ReportDefault(c, s, next) ? Aborted() : XmlError.None;
    }

    // The external subset's ids (the externalSubsetName entity), kept for the ExternalEntityRefHandler.
    string? _externalSubsetSysid;
    string? _externalSubsetPubid;

    /// <summary>A parameter entity reference between declarations (XML_ROLE_PARAM_ENTITY_REF).</summary>
    XmlError ParamEntityRef(int[] c, int s, int next, ref bool handleDefault)
    {
        _dtd.HasParamEntityRefs = true;
        if (ParamEntityParsing == ParamEntityParsingNever)
        {
            _dtd.KeepProcessing = _dtd.Standalone;
            return NotStandalone();
        }
        string name = Str(c, s + 1, next - 1);
        _dtd.ParamEntities.TryGetValue(name, out var entity);
        if (_dtd.Standalone && _entityDepth == 0 && !_isExternalDtd)
        {
            if (entity == null) return Fail(XmlError.UndefinedEntity, s);
        }
        else if (entity == null)
        {
            _dtd.KeepProcessing = _dtd.Standalone;
            if (Has[(int)HandlerKind.SkippedEntity])
            {
                if (!H.SkippedEntity(name, true)) return Aborted();
                handleDefault = false;
            }
            return XmlError.None;
        }
        if (entity!.Open) return Fail(XmlError.RecursiveEntityRef, s);
        if (entity.Text != null)
        {
            // Internal parameter entities between declarations hold whole declarations; read them in place.
            entity.Open = true;
            var r = ParseInternalParamEntity(entity);
            entity.Open = false;
            handleDefault = false;
            return r;
        }
        if (!Has[(int)HandlerKind.ExternalEntityRef])
        {
            _dtd.KeepProcessing = _dtd.Standalone;
            return XmlError.None;
        }
        _dtd.ParamEntityRead = false;
        entity.Open = true;
        int rc = H.ExternalEntityRef(null, entity.Base, entity.SystemId, entity.PublicId);
        entity.Open = false;
        if (rc < 0) return Aborted();
        if (rc == 0) return Fail(XmlError.ExternalEntityHandling, s);
        handleDefault = false;
        if (!_dtd.ParamEntityRead)
        {
            _dtd.KeepProcessing = _dtd.Standalone;
            return XmlError.None;
        }
        return NotStandalone();
    }

    /// <summary>The declarations in an internal parameter entity's text, each complete within it.</summary>
    XmlError ParseInternalParamEntity(ExpatEntity entity)
    {
        var text = entity.Text!;
        int p = 0;
        _entityDepth++;
        try
        {
            while (p < text.Length)
            {
                var tok = _tok.PrologTok(text, p, text.Length, out int next);
                if (!AccountIndirect(next - p)) return Fail(XmlError.AmplificationLimitBreach, p);
                if (tok <= Tok.Invalid)
                {
                    switch (tok)
                    {
                        case Tok.Invalid: return Fail(XmlError.InvalidToken, next);
                        case Tok.PartialPrologS: tok = Tok.PrologS; next = text.Length; break;
                        case Tok.PartialName: tok = Tok.Name; next = text.Length; break;
                        case Tok.PartialPrefixedName: tok = Tok.PrefixedName; next = text.Length; break;
                        case Tok.PartialNmToken: tok = Tok.NmToken; next = text.Length; break;
                        case Tok.PartialPoundName: tok = Tok.PoundName; next = text.Length; break;
                        case Tok.PartialLiteral: tok = Tok.Literal; next = text.Length; break;
                        case Tok.PartialCloseParen: tok = Tok.CloseParen; next = text.Length; break;
                        default: return Fail(XmlError.IncompletePe, p);
                    }
                }
                if (tok == Tok.CloseBracket) return Fail(XmlError.Syntax, p);
                var r = PrologToken(text, tok, p, next);
                if (r != XmlError.None) return r;
                p = next;
            }
            return _role == Role.InternalSubset ? XmlError.None : Fail(XmlError.IncompletePe, p);
        }
        finally
        {
            _entityDepth--;
        }
    }

    /// <summary>
    /// XML_ROLE_GENERAL/PARAM_ENTITY_NAME: declares the entity unless it is predefined or declared
    /// already; <paramref name="taken"/> when the EntityDeclHandler takes the declaration's tokens.
    /// False when storing it exceeds the allocation tracker's limit.
    /// </summary>
    bool DeclareEntity(int[] c, int s, int next, bool isParam, out bool taken)
    {
        taken = false;
        _declEntity = null;
        if (!isParam && ExpatTokenizer.PredefinedEntity(c, s, next) != 0) return true;
        if (!_dtd.KeepProcessing) return true;
        string name = Str(c, s, next);
        var table = isParam ? _dtd.ParamEntities : _dtd.GeneralEntities;
        if (table.ContainsKey(name)) return true;
        if (!Allocate(64 + name.Length)) return false;
        var e = new ExpatEntity(name, isParam) { IsInternal = IsRoot && _entityDepth == 0 && !_isExternalDtd };
        table[name] = e;
        _declEntity = e;
        taken = Has[(int)HandlerKind.EntityDecl];
        return true;
    }

    /// <summary>XML_ROLE_ENTITY_VALUE: stores the replacement text (storeEntityValue) and reports the declaration, also when the text had an error.</summary>
    XmlError EntityValue(int[] c, int s, int next, ref bool handleDefault)
    {
        if (!_dtd.KeepProcessing) return XmlError.None;
        var value = new List<int>();
        var (result, at) = StoreEntityValue(c, s + 1, next - 1, value);
        if (result != XmlError.None) SetEvent(at);
        if (_declEntity != null)
        {
            if (!Allocate(value.Count * 4L)) return Fail(XmlError.NoMemory, s);
            _declEntity.Text = value.ToArray();
            if (Has[(int)HandlerKind.EntityDecl])
            {
                var e = _declEntity;
                if (!H.EntityDecl(e.Name, e.IsParam, Str(e.Text, 0, e.Text.Length), Base, null, null, null)) return Aborted();
                handleDefault = false;
            }
        }
        return result == XmlError.None ? XmlError.None : Fail(result, at);
    }

    /// <summary>storeEntityValue: character references replaced, line ends normalized, entity references kept as written.</summary>
    (XmlError, int) StoreEntityValue(int[] c, int p, int end, List<int> value)
    {
        while (p < end)
        {
            var tok = _tok.EntityValueTok(c, p, end, out int tnext);
            switch (tok)
            {
                case Tok.ParamEntityRef:
                    return (XmlError.ParamEntityRef, p);
                case Tok.EntityRef:
                case Tok.DataChars:
                    for (int i = p; i < tnext; i++) value.Add(c[i]);
                    break;
                case Tok.TrailingCr:
                    tnext = p + 1;
                    value.Add('\n');
                    break;
                case Tok.DataNewline:
                    value.Add('\n');
                    break;
                case Tok.CharRef:
                {
                    int n = ExpatTokenizer.CharRefNumber(c, p, tnext);
                    if (n < 0) return (XmlError.BadCharRef, p);
                    value.Add(n);
                    break;
                }
                case Tok.Partial:
                    return (XmlError.InvalidToken, p);
                case Tok.Invalid:
                    return (XmlError.InvalidToken, tnext);
                default:
                    return (XmlError.UnexpectedState, p);
            }
            p = tnext;
        }
        return (XmlError.None, p);
    }

    ExpatElementType GetElementType(string name)
    {
        if (!_dtd.ElementTypes.TryGetValue(name, out var t)) _dtd.ElementTypes[name] = t = new ExpatElementType(name);
        return t;
    }

    /// <summary>defineAttribute: the first declaration of an attribute counts.</summary>
    void DefineAttribute(string? value)
    {
        var t = _declElementType!;
        if (t.Find(_declAttributeName!) != null) return;
        t.Attributes.Add(new ExpatAttributeDef(_declAttributeName!, _declAttributeIsCdata, value));
    }

    XmlError AttributeDefault(int[] c, int s, int next, bool isFixed, ref bool handleDefault)
    {
        _role = Role.AttlistAttName;
        if (!_dtd.KeepProcessing) return XmlError.None;
        var r = StoreAttributeValue(c, s + 1, next - 1, _declAttributeIsCdata, isDoc: _entityDepth == 0, s, out string value);
        if (r != XmlError.None) return r;
        DefineAttribute(value);
        if (Has[(int)HandlerKind.AttlistDecl] && _declAttributeType != null)
        {
            if (!H.AttlistDecl(_declElementType!.Name, _declAttributeName!, _declAttributeType, value, isFixed)) return Aborted();
            handleDefault = false;
        }
        return XmlError.None;
    }

    /// <summary>isPublicId: false with the offending character's index when the literal has a character a public id may not.</summary>
    static bool IsPublicId(int[] c, int s, int next, out int bad)
    {
        for (int i = s + 1; i < next - 1; i++)
        {
            int ch = c[i];
            if (ch == '\t' || !ExpatChars.IsPubidChar(ch)) { bad = i; return false; }
        }
        bad = -1;
        return true;
    }

    /// <summary>normalizePublicId: white space collapsed to single spaces and trimmed.</summary>
    static string NormalizePublicId(int[] c, int start, int end)
    {
        var sb = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            int ch = c[i];
            if (ch is 0x20 or 0xD or 0xA)
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else AppendCodePoint(sb, ch);
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    // ---- the XML declaration --------------------------------------------------------------

    /// <summary>processXmlDecl: reports the declaration and switches to the encoding it names.</summary>
    XmlError ProcessXmlDecl(int[] c, int s, int next, bool isTextDecl)
    {
        if (!ParseXmlDecl(c, s + 5, next - 2, isTextDecl, out var version, out int encStart, out int encEnd, out int standalone, out int bad))
            return Fail(isTextDecl ? XmlError.TextDecl : XmlError.XmlDecl, bad);
        string? encodingName = encStart >= 0 ? Str(c, encStart, encEnd) : null;
        if (!isTextDecl && standalone == 1)
        {
            _dtd.Standalone = true;
            if (ParamEntityParsing == ParamEntityParsingUnlessStandalone) ParamEntityParsing = ParamEntityParsingNever;
        }
        if (Has[(int)HandlerKind.XmlDecl])
        {
            if (!H.XmlDecl(version, encodingName, standalone)) return Aborted();
        }
        else if (!ReportDefault(c, s, next)) return Aborted();
        if (_protocolEncoding != null || encodingName == null) return XmlError.None;
        var current = _in.Encoding!;
        ExpatEncoding? newEncoding;
        if (ExpatEncoding.TryFindKnown(encodingName, out var known))
        {
            newEncoding = known ?? (current.MinBytesPerChar == 2 ? current : null);
            if (newEncoding == null || newEncoding.MinBytesPerChar != current.MinBytesPerChar
                || (newEncoding.MinBytesPerChar == 2 && newEncoding != current))
                return Fail(XmlError.IncorrectEncoding, encStart);
            if (newEncoding == current) return XmlError.None;
        }
        else
        {
            var map = H.UnknownEncoding(encodingName, out bool raised);
            if (raised) return Aborted();
            newEncoding = map == null ? null : ExpatEncoding.FromTable(map);
            if (newEncoding == null) return Fail(XmlError.UnknownEncoding, encStart);
        }
        _in.Redecode(next, newEncoding, _final);
        return XmlError.None;
    }

    /// <summary>
    /// XmlParseXmlDecl: version, encoding and standalone pseudo-attributes in that order; false
    /// with the offending index in <paramref name="bad"/>.
    /// </summary>
    static bool ParseXmlDecl(int[] c, int p, int end, bool isTextDecl, out string? version, out int encStart, out int encEnd, out int standalone, out int bad)
    {
        version = null;
        encStart = encEnd = -1;
        standalone = -1;
        if (!PseudoAttribute(c, ref p, end, out int name, out int nameEnd, out int val, out bad) || name < 0)
        {
            bad = p;
            return false;
        }
        if (!SameText(c, name, nameEnd, "version"))
        {
            if (!isTextDecl) { bad = name; return false; }
        }
        else
        {
            version = Str(c, val, p - 1);
            if (!PseudoAttribute(c, ref p, end, out name, out nameEnd, out val, out bad)) { bad = p; return false; }
            if (name < 0)
            {
                if (isTextDecl) { bad = p; return false; }
                return true;
            }
        }
        if (SameText(c, name, nameEnd, "encoding"))
        {
            int ch = c[val];
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) { bad = val; return false; }
            encStart = val;
            encEnd = p - 1;
            if (!PseudoAttribute(c, ref p, end, out name, out nameEnd, out val, out bad)) { bad = p; return false; }
            if (name < 0) return true;
        }
        if (!SameText(c, name, nameEnd, "standalone") || isTextDecl) { bad = name; return false; }
        if (SameText(c, val, p - 1, "yes")) standalone = 1;
        else if (SameText(c, val, p - 1, "no")) standalone = 0;
        else { bad = val; return false; }
        while (p < end && ExpatChars.IsSpace(c[p])) p++;
        if (p != end) { bad = p; return false; }
        return true;
    }

    /// <summary>parsePseudoAttribute: name = 'value' after white space; name is -1 at the end of the declaration.</summary>
    static bool PseudoAttribute(int[] c, ref int p, int end, out int name, out int nameEnd, out int val, out int bad)
    {
        name = nameEnd = val = bad = -1;
        if (p == end) return true;
        if (!ExpatChars.IsSpace(c[p])) return false;
        do p++; while (p < end && ExpatChars.IsSpace(c[p]));
        if (p == end) return true;
        name = p;
        for (;;)
        {
            if (p >= end) return false;
            int ch = c[p];
            if (ch >= 0x80 || ch < 0) return false;
            if (ch == '=') { nameEnd = p; break; }
            if (ExpatChars.IsSpace(ch))
            {
                nameEnd = p;
                do p++; while (p < end && ExpatChars.IsSpace(c[p]));
                if (p >= end || c[p] != '=') return false;
                break;
            }
            p++;
        }
        if (p == name) return false;
        p++;
        while (p < end && ExpatChars.IsSpace(c[p])) p++;
        if (p >= end || (c[p] != '"' && c[p] != '\'')) return false;
        int open = c[p];
        p++;
        val = p;
        for (;; p++)
        {
            if (p >= end) return false;
            int ch = c[p];
            if (ch == open) break;
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_'))
                return false;
        }
        p++;
        return true;
    }
}
