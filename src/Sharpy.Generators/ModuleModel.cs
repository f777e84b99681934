using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sharpy.Generators;

/// <summary>What the generator needs to know of one [PyModule] class.</summary>
internal sealed class ModuleModel
{
    public string Namespace = "";
    public string ClassName = "";
    public string FullClassName = "";
    public string PyName = "";
    public string? Doc;
    public List<MethodModel> Functions = new();
    /// <summary>(Python name, C# expression for a new reference) for each [PyConstant].</summary>
    public List<(string Name, string NewRef)> Constants = new();
    /// <summary>The class has `static void|int InitModule(PyModule m)`; int: -1 is an error.</summary>
    public bool HasInitHook;
    public bool InitHookReturnsInt;
    public List<DiagnosticInfo> Diags = new();
    public Location? Location;

    public string HintName => FullClassName.Replace("global::", "").Replace('.', '_');

    /// <summary>The name _PyObject_FunctionStr gives a function: "math.sqrt", but "len" in builtins.</summary>
    public string QualNameOf(string function) => PyName == "builtins" ? function : PyName + "." + function;

    public static ModuleModel From(INamedTypeSymbol cls, AttributeData attr)
    {
        var m = new ModuleModel
        {
            Namespace = cls.ContainingNamespace.ToDisplayString(),
            ClassName = cls.Name,
            FullClassName = cls.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            PyName = attr.ConstructorArguments.Length == 1 ? attr.ConstructorArguments[0].Value as string ?? "" : "",
            Location = cls.Locations.FirstOrDefault(),
        };
        foreach (var na in attr.NamedArguments)
            if (na.Key == "Doc") m.Doc = na.Value.Value as string;
        if (!cls.IsStatic)
            m.Diags.Add(new DiagnosticInfo(Diagnostics.BadModule, m.Location, cls.Name, "a [PyModule] must be a static partial class"));
        if (cls.ContainingType != null)
            m.Diags.Add(new DiagnosticInfo(Diagnostics.BadModule, m.Location, cls.Name, "a [PyModule] class cannot be nested"));
        int index = 0;
        foreach (var member in cls.GetMembers())
        {
            if (member is IFieldSymbol or IPropertySymbol)
            {
                foreach (var a in member.GetAttributes())
                    if (a.AttributeClass?.ToDisplayString() == "Sharpy.Runtime.PyConstantAttribute")
                        AddConstant(m, member, a);
                continue;
            }
            if (member is not IMethodSymbol method) continue;
            if (method.Name == "InitModule" && method.IsStatic && method.Parameters.Length == 1
                && MethodModel.Name(method.Parameters[0].Type) == "Sharpy.Objects.PyModule")
            {
                if (method.ReturnsVoid) m.HasInitHook = true;
                else if (method.ReturnType.SpecialType == SpecialType.System_Int32) m.HasInitHook = m.InitHookReturnsInt = true;
                else m.Diags.Add(new DiagnosticInfo(Diagnostics.BadModule, method.Locations.FirstOrDefault(), cls.Name, "InitModule(PyModule m) returns void, or int (0, or -1 with an exception set)"));
            }
            foreach (var a in method.GetAttributes())
            {
                var an = a.AttributeClass?.ToDisplayString();
                if (an == "Sharpy.Runtime.PyMethodAttribute")
                {
                    var mm = MethodModel.From(method, a, cls, true, m.Diags, index++);
                    if (mm != null) m.Functions.Add(mm);
                }
                else if (an is "Sharpy.Runtime.PySlotAttribute" or "Sharpy.Runtime.PyGetterAttribute" or "Sharpy.Runtime.PySetterAttribute")
                    m.Diags.Add(new DiagnosticInfo(Diagnostics.BadModule, method.Locations.FirstOrDefault(), method.Name, "a module has no slots or getsets; use [PyMethod] or InitModule"));
            }
        }
        return m;
    }

    static void AddConstant(ModuleModel m, ISymbol member, AttributeData a)
    {
        string name = a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string n ? n : member.Name;
        void Error(string msg) => m.Diags.Add(new DiagnosticInfo(Diagnostics.BadModule, member.Locations.FirstOrDefault(), member.Name, msg));
        ITypeSymbol type;
        bool isProperty = false;
        if (member is IFieldSymbol f)
        {
            if (!f.IsConst && !(f.IsStatic && f.IsReadOnly)) { Error("a [PyConstant] field is const or static readonly"); return; }
            type = f.Type;
        }
        else
        {
            var p = (IPropertySymbol)member;
            if (!p.IsStatic || p.GetMethod == null || p.SetMethod != null) { Error("a [PyConstant] property is static and get-only"); return; }
            type = p.Type;
            isProperty = true;
        }
        string v = member.Name;
        string? expr = type.SpecialType switch
        {
            SpecialType.System_Int64 or SpecialType.System_Int32 => $"global::Sharpy.Objects.PyLong.FromLong({v})",
            SpecialType.System_Double => $"global::Sharpy.Objects.PyFloat.FromDouble({v})",
            SpecialType.System_Boolean => $"global::Sharpy.Objects.Py.NewBool({v})",
            SpecialType.System_String => $"global::Sharpy.Objects.PyUnicode.FromString({v})",
            _ => isProperty && MethodModel.IsPyObjectClass(type) ? v : null,
        };
        if (expr == null)
        {
            Error("a [PyConstant] is a long, int, double, bool or string, or a property of a PyObject type that returns a new reference");
            return;
        }
        m.Constants.Add((name, expr));
    }
}
