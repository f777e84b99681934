using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Sharpy.Generators;

/// <summary>
/// Emits, for every class declared [PyType("name")], its `public static PyType Type` and
/// the code that fills the type's slots and methods; and one `BuiltinTypes.Init()` that
/// creates all builtin types in base-first order (DESIGN.md invariant 6).
/// </summary>
[Generator]
public sealed class BuiltinTypesGenerator : IIncrementalGenerator
{
    const string PyTypeAttr = "Sharpy.Runtime.PyTypeAttribute";
    const string PyModuleAttr = "Sharpy.Runtime.PyModuleAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var types = context.SyntaxProvider.ForAttributeWithMetadataName(
            PyTypeAttr,
            static (node, _) => node is ClassDeclarationSyntax,
            static (ctx, _) => TypeModel.From((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
            .Collect();
        var isRuntime = context.CompilationProvider.Select(static (c, _) => c.AssemblyName == "Sharpy");
        context.RegisterSourceOutput(types.Combine(isRuntime), static (spc, pair) => Emit(spc, pair.Left, pair.Right));

        var modules = context.SyntaxProvider.ForAttributeWithMetadataName(
            PyModuleAttr,
            static (node, _) => node is ClassDeclarationSyntax,
            static (ctx, _) => ModuleModel.From((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0]))
            .Collect();
        context.RegisterSourceOutput(modules.Combine(isRuntime), static (spc, pair) => EmitModules(spc, pair.Left, pair.Right));
    }

    static void EmitModules(SourceProductionContext spc, ImmutableArray<ModuleModel> models, bool isRuntime)
    {
        var seen = new Dictionary<string, ModuleModel>();
        foreach (var m in models)
        {
            foreach (var d in m.Diags) spc.ReportDiagnostic(d.ToDiagnostic());
            if (seen.ContainsKey(m.PyName))
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.BadModule, m.Location, m.ClassName, $"a second [PyModule(\"{m.PyName}\")]"));
            else
                seen[m.PyName] = m;
            spc.AddSource(m.HintName + ".PyModule.g.cs", SourceText.From(ModuleEmitter.EmitModule(m), Encoding.UTF8));
        }
        if (isRuntime || models.Length != 0)
            spc.AddSource(isRuntime ? "BuiltinModules.g.cs" : "SharpyDeclaredModules.g.cs",
                SourceText.From(ModuleEmitter.EmitRegistry(seen.Values, isRuntime), Encoding.UTF8));
    }

    static void Emit(SourceProductionContext spc, ImmutableArray<TypeModel> models, bool isRuntime)
    {
        foreach (var m in models)
            foreach (var d in m.Diags) spc.ReportDiagnostic(d.ToDiagnostic());
        foreach (var m in models)
            spc.AddSource(m.HintName + ".PyType.g.cs", SourceText.From(TypeEmitter.EmitType(m), Encoding.UTF8));
        // The runtime's bootstrap registry; another assembly (tests, an embedding program)
        // gets a small registry of its own that readies its types after the runtime's.
        if (isRuntime)
            spc.AddSource("BuiltinTypes.g.cs", SourceText.From(TypeEmitter.EmitRegistry(models), Encoding.UTF8));
        else if (models.Length != 0)
            spc.AddSource("SharpyDeclaredTypes.g.cs", SourceText.From(TypeEmitter.EmitExtensionRegistry(models), Encoding.UTF8));
    }
}
