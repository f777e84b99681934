using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sharpy.Generators;

/// <summary>A [PyGetter] and its optional [PySetter]: one getset_descriptor.</summary>
internal sealed class GetSetModel
{
    public string Name = "";
    public string? Doc;
    /// <summary>(C# method name, self's C# type).</summary>
    public (string Method, string SelfType)? Getter;
    public (string Method, string SelfType)? Setter;
    public Location? SetterLocation;

    public static void Add(Dictionary<string, GetSetModel> byName, IMethodSymbol method, AttributeData a, INamedTypeSymbol owner, List<DiagnosticInfo> diags)
    {
        bool isGetter = a.AttributeClass!.Name == "PyGetterAttribute";
        string name = a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string s ? s : method.Name;
        var loc = method.Locations.FirstOrDefault();
        void Error(string msg) => diags.Add(new DiagnosticInfo(Diagnostics.BadGetSet, loc, method.Name, msg));

        var ps = method.Parameters;
        if (!method.IsStatic) { Error("a getter or setter must be static"); return; }
        if (ps.Length == 0 || !MethodModel.IsPyObjectClass(ps[0].Type)) { Error("the first parameter is self: PyObject or the declaring class"); return; }
        if (isGetter)
        {
            if (ps.Length != 1 || method.ReturnType.ToDisplayString().TrimEnd('?') != "Sharpy.Objects.PyObject")
            {
                Error("a getter is `static PyObject? Get(T self)`");
                return;
            }
        }
        else if (ps.Length != 2 || ps[1].Type.ToDisplayString().TrimEnd('?') != "Sharpy.Objects.PyObject" || method.ReturnType.SpecialType != SpecialType.System_Int32)
        {
            Error("a setter is `static int Set(T self, PyObject? value)` (value null deletes; 0, or -1 with an exception set)");
            return;
        }
        if (!byName.TryGetValue(name, out var gs)) byName[name] = gs = new GetSetModel { Name = name };
        var entry = (method.Name, MethodModel.Fq(ps[0].Type));
        if (isGetter)
        {
            if (gs.Getter != null) { Error($"a second [PyGetter(\"{name}\")]"); return; }
            gs.Getter = entry;
            foreach (var na in a.NamedArguments)
                if (na.Key == "Doc") gs.Doc = na.Value.Value as string;
        }
        else
        {
            if (gs.Setter != null) { Error($"a second [PySetter(\"{name}\")]"); return; }
            gs.Setter = entry;
            gs.SetterLocation = loc;
        }
    }
}
