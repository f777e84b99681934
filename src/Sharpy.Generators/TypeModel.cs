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
    /// <summary>Made at run time by its module (PyType_FromModuleAndSpec): no static type, not in the registry.</summary>
    public bool FromSpec;
    /// <summary>A C# base class is itself a [PyType]: its Type and FillType are hidden with `new`.</summary>
    public bool HidesBase;
    public string? Doc;
    /// <summary>(slot field, C# method name) for each [PySlot] method.</summary>
    public List<(string Slot, string Method)> Slots = new();
    public List<MethodModel> Methods = new();
    /// <summary>tp_new and tp_init declared with typed parameters: the generator writes their slot functions.</summary>
    public List<MethodModel> Constructors = new();
    public List<GetSetModel> GetSets = new();
    /// <summary>[PyMember] declarations: (Python name, C# field, the field's type when it is not PyObject? ("long": a Py_ssize_t member), doc, read-only).</summary>
    public List<(string Name, string Field, string? NarrowType, string? Doc, bool ReadOnly)> Members = new();
    public List<DiagnosticInfo> Diags = new();

    /// <summary>The type's __qualname__ for messages: tp_name after its last dot.</summary>
    public string ShortName => PyName.Substring(PyName.LastIndexOf('.') + 1);

    public string HintName => FullClassName.Replace("global::", "").Replace('.', '_');

    /// <summary>A slot method in the slot's own signature: (first, ReadOnlySpan&lt;StackRef&gt; args, PyTuple? kwnames).</summary>
    static bool IsRawSlot(IMethodSymbol method)
        => method.Parameters.Length == 3
            && MethodModel.Name(method.Parameters[1].Type) == "System.ReadOnlySpan<Sharpy.Runtime.StackRef>"
            && MethodModel.Name(method.Parameters[2].Type) == "Sharpy.Objects.PyTuple";

    static bool IsPyObject(ITypeSymbol t)
    {
        for (var b = t as INamedTypeSymbol; b != null; b = b.BaseType)
            if (b.ToDisplayString() == "Sharpy.Objects.PyObject") return true;
        return false;
    }

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
                case "FromSpec":
                    m.FromSpec = (bool)named.Value.Value!;
                    break;
                case "Doc":
                    m.Doc = (string?)named.Value.Value;
                    break;
            }
        }
        foreach (var a in cls.GetAttributes())
        {
            if (a.AttributeClass?.ToDisplayString() != "Sharpy.Runtime.PyMemberAttribute") continue;
            var name = (string)a.ConstructorArguments[0].Value!;
            var fieldName = (string)a.ConstructorArguments[1].Value!;
            string? doc = null;
            bool readOnly = false;
            foreach (var named in a.NamedArguments)
            {
                if (named.Key == "Doc") doc = (string?)named.Value.Value;
                else if (named.Key == "ReadOnly") readOnly = (bool)named.Value.Value!;
            }
            IFieldSymbol? field = null;
            for (var c = cls; c != null && field == null; c = c.BaseType)
                field = c.GetMembers(fieldName).OfType<IFieldSymbol>().FirstOrDefault();
            // A field that is not a PyObject? (a PyTuple, a PyObject never null) can only be a read-only member.
            string? narrow = null;
            bool ok = field != null && !field.IsStatic;
            if (ok && field!.Type.SpecialType == SpecialType.System_Int64) narrow = "long";
            else if (ok && field!.Type.ToDisplayString() != "Sharpy.Objects.PyObject?")
            {
                ok = readOnly && IsPyObject(field.Type);
                narrow = field.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
            if (!ok)
                m.Diags.Add(new DiagnosticInfo(Diagnostics.BadGetSet, cls.Locations.FirstOrDefault(), name, $"[PyMember] needs an instance field '{fieldName}' of type PyObject? or long (or of a PyObject subclass when ReadOnly)"));
            else
                m.Members.Add((name, fieldName, narrow, doc, readOnly));
        }
        int index = 0;
        var getsets = new Dictionary<string, GetSetModel>();
        foreach (var member in cls.GetMembers())
        {
            if (member is not IMethodSymbol method) continue;
            foreach (var a in method.GetAttributes())
            {
                switch (a.AttributeClass?.ToDisplayString())
                {
                    case "Sharpy.Runtime.PySlotAttribute":
                        var slot = (string)a.ConstructorArguments[0].Value!;
                        if ((slot == "tp_new" || slot == "tp_init") && !IsRawSlot(method))
                        {
                            var cm = MethodModel.From(method, a, cls, false, m.Diags, index++,
                                slot == "tp_new" ? MethodKind.New : MethodKind.Init, m.ShortName);
                            if (cm == null) break;
                            m.Constructors.Add(cm);
                            m.Slots.Add((slot, cm.WrapperName));
                        }
                        else m.Slots.Add((slot, method.Name));
                        break;
                    case "Sharpy.Runtime.PyMethodAttribute":
                        var mm = MethodModel.From(method, a, cls, false, m.Diags, index++);
                        if (mm != null) m.Methods.Add(mm);
                        break;
                    case "Sharpy.Runtime.PyGetterAttribute":
                    case "Sharpy.Runtime.PySetterAttribute":
                        GetSetModel.Add(getsets, method, a, cls, m.Diags);
                        break;
                }
            }
        }
        if (m.FromSpec && m.Constructors.Count != 0)
            m.Diags.Add(new DiagnosticInfo(Diagnostics.UnsupportedSignature, null, m.Constructors[0].CsName,
                "a typed tp_new/tp_init needs the type's static Type (not FromSpec)"));
        foreach (var gs in getsets.Values)
        {
            if (gs.Getter == null)
                m.Diags.Add(new DiagnosticInfo(Diagnostics.BadGetSet, gs.SetterLocation, gs.Name, "a [PySetter] needs a [PyGetter] of the same name"));
            else
                m.GetSets.Add(gs);
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
        for (var b = cls.BaseType; b != null; b = b.BaseType)
            if (b.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Sharpy.Runtime.PyTypeAttribute"))
                m.HidesBase = true;
        // Every type but `object` itself derives from `object`.
        if (m.BaseFullClassName == null && m.PyName != "object")
            m.BaseFullClassName = "global::Sharpy.Objects.PyBaseObject";
        return m;
    }
}
