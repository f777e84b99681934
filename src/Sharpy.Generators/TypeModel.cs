using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sharpy.Generators;

/// <summary>What the generator needs to know of one [PyType] class.</summary>
internal sealed class TypeModel
{
    public string Namespace = "";
    public string ClassName = "";
    public string FullClassName = "";
    public string PyName = "";
    public string? BaseFullClassName;
    public bool BaseType;
    public string? Doc;
    /// <summary>(slot field, C# method name) for each [PySlot] method.</summary>
    public List<(string Slot, string Method)> Slots = new();

    public string HintName => FullClassName.Replace("global::", "").Replace('.', '_');

    public static TypeModel From(INamedTypeSymbol cls, AttributeData attr)
    {
        var m = new TypeModel
        {
            Namespace = cls.ContainingNamespace.ToDisplayString(),
            ClassName = cls.Name,
            FullClassName = cls.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            PyName = (string)attr.ConstructorArguments[0].Value!,
        };
        foreach (var named in attr.NamedArguments)
        {
            switch (named.Key)
            {
                case "Base":
                    m.BaseFullClassName = ((INamedTypeSymbol)named.Value.Value!).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    break;
                case "BaseType":
                    m.BaseType = (bool)named.Value.Value!;
                    break;
                case "Doc":
                    m.Doc = (string?)named.Value.Value;
                    break;
            }
        }
        foreach (var member in cls.GetMembers())
        {
            if (member is not IMethodSymbol method) continue;
            foreach (var a in method.GetAttributes())
            {
                if (a.AttributeClass?.ToDisplayString() == "Sharpy.Runtime.PySlotAttribute")
                    m.Slots.Add(((string)a.ConstructorArguments[0].Value!, method.Name));
            }
        }
        if (m.BaseFullClassName == null)
        {
            // The nearest C# base class that is itself a declared Python type.
            for (var b = cls.BaseType; b != null; b = b.BaseType)
            {
                if (b.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Sharpy.Runtime.PyTypeAttribute"))
                {
                    m.BaseFullClassName = b.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    break;
                }
            }
        }
        // Every type but `object` itself derives from `object`.
        if (m.BaseFullClassName == null && m.PyName != "object")
            m.BaseFullClassName = "global::Sharpy.Objects.PyBaseObject";
        return m;
    }
}
