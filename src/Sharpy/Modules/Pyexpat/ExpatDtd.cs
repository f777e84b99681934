using System.Collections.Generic;

namespace Sharpy.Modules.Pyexpat;

/// <summary>An entity declared in the DTD (xmlparse.c's ENTITY).</summary>
internal sealed class ExpatEntity(string name, bool isParam)
{
    public readonly string Name = name;
    public readonly bool IsParam = isParam;
    /// <summary>The replacement text of an internal entity; null for an external one.</summary>
    public int[]? Text;
    public string? SystemId;
    public string? PublicId;
    public string? Base;
    public string? Notation;
    /// <summary>Declared in the internal subset of the document (not in an external or parameter entity).</summary>
    public bool IsInternal = true;
    /// <summary>Being expanded (a reference to it now is recursive).</summary>
    public bool Open;
}

/// <summary>An attribute declared by an ATTLIST, with its default (xmlparse.c's DEFAULT_ATTRIBUTE).</summary>
internal sealed class ExpatAttributeDef(string name, bool isCdata, string? value)
{
    public readonly string Name = name;
    public readonly bool IsCdata = isCdata;
    /// <summary>The default value, already normalized; null for #IMPLIED and #REQUIRED.</summary>
    public readonly string? Value = value;
}

/// <summary>An element type named in the DTD (xmlparse.c's ELEMENT_TYPE): its attribute declarations.</summary>
internal sealed class ExpatElementType(string name)
{
    public readonly string Name = name;
    public readonly List<ExpatAttributeDef> Attributes = [];

    public ExpatAttributeDef? Find(string attName)
    {
        foreach (var a in Attributes) if (a.Name == attName) return a;
        return null;
    }
}

/// <summary>The content model of an ELEMENT declaration (expat's XML_Content).</summary>
internal sealed class ExpatContentModel(int type, int quant, string? name)
{
    // XML_Content_Type and XML_Content_Quant (the values of pyexpat.model).
    public const int Empty = 1, Any = 2, Mixed = 3, NameType = 4, Choice = 5, Seq = 6;
    public const int QuantNone = 0, QuantOpt = 1, QuantRep = 2, QuantPlus = 3;

    public int Type = type;
    public int Quant = quant;
    public readonly string? Name = name;
    public readonly List<ExpatContentModel> Children = [];
}

/// <summary>The DTD (xmlparse.c's DTD), shared by a parser and the parsers of its external entities.</summary>
internal sealed class ExpatDtd
{
    public readonly Dictionary<string, ExpatEntity> GeneralEntities = [];
    public readonly Dictionary<string, ExpatEntity> ParamEntities = [];
    public readonly Dictionary<string, ExpatElementType> ElementTypes = [];
    /// <summary>The document has an external subset or parameter entity references: undeclared entities are not errors.</summary>
    public bool HasParamEntityRefs;
    /// <summary>Declarations still take effect (false after a parameter entity reference that was not read).</summary>
    public bool KeepProcessing = true;
    public bool Standalone;
    /// <summary>An external parameter entity (the external subset) was read.</summary>
    public bool ParamEntityRead;
}
