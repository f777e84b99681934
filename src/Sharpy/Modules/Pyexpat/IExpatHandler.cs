using System.Collections.Generic;

namespace Sharpy.Modules.Pyexpat;

/// <summary>pyexpat's handler slots (enum HandlerTypes), in its order.</summary>
internal enum HandlerKind
{
    StartElement,
    EndElement,
    ProcessingInstruction,
    CharacterData,
    UnparsedEntityDecl,
    NotationDecl,
    StartNamespaceDecl,
    EndNamespaceDecl,
    Comment,
    StartCdataSection,
    EndCdataSection,
    Default,
    DefaultHandlerExpand,
    NotStandalone,
    ExternalEntityRef,
    StartDoctypeDecl,
    EndDoctypeDecl,
    EntityDecl,
    XmlDecl,
    ElementDecl,
    AttlistDecl,
    SkippedEntity,
}

/// <summary>
/// What <see cref="ExpatParser"/> reports to (expat's handler callbacks). A method returning
/// false (or -1) means the handler raised: the parse stops (XML_StopParser) and the exception
/// stays set.
/// </summary>
internal interface IExpatHandler
{
    /// <summary>atts holds name, value pairs; the first specified ones were in the tag, the rest are defaults.</summary>
    bool StartElement(string name, List<string> atts, int specified);
    bool EndElement(string name);
    bool CharacterData(string data);
    bool ProcessingInstruction(string target, string data);
    bool Comment(string data);
    bool StartCdataSection();
    bool EndCdataSection();
    /// <summary>Markup with no handler of its own, to the default handler the parser has installed.</summary>
    bool Default(string data);
    bool StartNamespaceDecl(string? prefix, string? uri);
    bool EndNamespaceDecl(string? prefix);
    bool XmlDecl(string? version, string? encoding, int standalone);
    bool StartDoctypeDecl(string name, string? sysid, string? pubid, bool hasInternalSubset);
    bool EndDoctypeDecl();
    bool EntityDecl(string name, bool isParam, string? value, string? baseUri, string? sysid, string? pubid, string? notation);
    bool UnparsedEntityDecl(string name, string? baseUri, string? sysid, string? pubid, string notation);
    bool NotationDecl(string name, string? baseUri, string? sysid, string? pubid);
    /// <summary>The handler's int result (0 makes the document "not standalone" an error), or -1 when it raised.</summary>
    int NotStandalone();
    /// <summary>The handler's int result (0 is an error), or -1 when it raised.</summary>
    int ExternalEntityRef(string? context, string? baseUri, string? sysid, string? pubid);
    bool SkippedEntity(string name, bool isParam);
    bool ElementDecl(string name, ExpatContentModel model);
    bool AttlistDecl(string elname, string attname, string type, string? dflt, bool isRequired);
    /// <summary>
    /// The unknown-encoding handler: the byte-to-code-point table of <paramref name="name"/>, or
    /// null (with <paramref name="raised"/> true when a Python exception is set).
    /// </summary>
    int[]? UnknownEncoding(string name, out bool raised);
}
