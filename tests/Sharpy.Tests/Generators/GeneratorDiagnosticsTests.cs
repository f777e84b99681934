using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Sharpy.Generators;
using Xunit;

namespace Sharpy.Tests.Generators;

/// <summary>The generator run in-process: unsupported signatures are errors, good ones compile cleanly.</summary>
public class GeneratorDiagnosticsTests
{
    static (IReadOnlyList<Diagnostic> GeneratorDiags, IReadOnlyList<Diagnostic> CompileDiags) Run(string source)
    {
        var refs = new List<MetadataReference>();
        var tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        foreach (var path in tpa.Split(Path.PathSeparator)) refs.Add(MetadataReference.CreateFromFile(path));
        var sharpy = typeof(Sharpy.Objects.PyObject).Assembly.Location;
        if (!tpa.Contains(sharpy)) refs.Add(MetadataReference.CreateFromFile(sharpy));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var compilation = CSharpCompilation.Create("GenTest",
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions) }, refs,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new BuiltinTypesGenerator().AsSourceGenerator() }, parseOptions: parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diags);
        var compileDiags = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        return (diags, compileDiags);
    }

    const string Header = "using System; using Sharpy.Objects; using Sharpy.Runtime; namespace T;\n";

    [Fact]
    public void UnsupportedSignaturesAreReported()
    {
        var (diags, _) = Run(Header + @"
[PyType(""t.X"")]
public sealed partial class X : PyObject
{
    public X() : base(Type) { }
    [PyMethod] static PyObject? BadType(X self, DateTime d) => null;
    [PyMethod] static string BadReturn(X self) => """";
    [PyMethod] static PyObject? BadVarArgs(X self, [VarArgs] PyList args) => null;
    [PyMethod] static PyObject? BadVarKw(X self, [VarKeywords] PyDict kwargs) => null;
    [PyMethod] static PyObject? VarOrder(X self, [VarArgs] PyTuple args, PyObject a) => null;
    [PyMethod] static PyObject? BadFlags(X self, [ConverterFlags(1)] long n) => null;
    [PyMethod(Raw = ""why"")] static PyObject? RawNotRaw(X self, long n) => null;
    [PyMethod] static PyObject? NoSelf() => null;
    [PyMethod] static PyObject? BadOrder(X self, [KeywordOnly] PyObject a, [Keyword] PyObject b) => null;
    [PyMethod] static PyObject? RefParam(X self, ref long n) => null;
    [PyMethod(Class = true, Static = true)] static PyObject? Both(PyType t) => null;
    [PyMethod] static PyObject? RawNoReason(X self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => null;
    [PySetter(""orphan"")] static int SetOrphan(X self, PyObject? v) => 0;
    [PyGetter(""g"")] static PyObject? BadGetter(X self, PyObject extra) => null;
}
[PyModule(""bad"")]
public static partial class BadMod
{
    [PyConstant] static int Mutable = 1;
    [PyConstant] static DateTime When => default;
    [PyConstant] static readonly PyObject Obj = null!;
}");
        string All(string id) => string.Join("\n", diags.Where(d => d.Id == id).Select(d => d.GetMessage()));
        var m = All("SHARPY001");
        Assert.Contains("BadType: parameter 'd' has unsupported type System.DateTime", m);
        Assert.Contains("BadReturn: the return type must be PyObject?", m);
        Assert.Contains("NoSelf: the first parameter of a method is self", m);
        Assert.Contains("BadOrder: parameter 'b': the order is positional-only, [Keyword], [VarArgs], [KeywordOnly], [VarKeywords]", m);
        Assert.Contains("RefParam: parameter 'n' cannot be ref/out/in", m);
        Assert.Contains("BadVarArgs: parameter 'args': [VarArgs] is `PyTuple args`", m);
        Assert.Contains("BadVarKw: parameter 'kwargs': [VarKeywords] is `PyDict? kwargs`", m);
        Assert.Contains("VarOrder: parameter 'a': the order is positional-only, [Keyword], [VarArgs], [KeywordOnly], [VarKeywords]", m);
        Assert.Contains("BadFlags: parameter 'n': [ConverterFlags] is for an IArgConverter<T> parameter", m);
        Assert.Contains("RawNotRaw: Raw = \"...\" is only for the raw form", m);
        Assert.Contains("Both: a [PyMethod] cannot be both Class and Static", m);
        Assert.Contains("RawNoReason: the raw form (args, kwnames) needs a stated reason", m);
        var g = All("SHARPY002");
        Assert.Contains("orphan: a [PySetter] needs a [PyGetter] of the same name", g);
        Assert.Contains("BadGetter: a getter is `static PyObject? Get(T self)`", g);
        var c = All("SHARPY003");
        Assert.Contains("Mutable: a [PyConstant] field is const or static readonly", c);
        Assert.Contains("When: a [PyConstant] is a long, int, double, bool or string", c);
        Assert.Contains("Obj: a [PyConstant] is a long, int, double, bool or string", c);
        Assert.All(diags, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void GoodDeclarationsCompileWithoutWarnings()
    {
        var (diags, compile) = Run(Header + @"
[PyType(""t.Y"")]
public partial class Y : PyObject
{
    public Y() : base(Type) { }
    [PyMethod] static PyObject? A(Y self) => null;
    [PyMethod] static PyObject? B(PyObject self, PyUnicode s) => null;
    [PyMethod] static PyObject? C(Y self, long a, int b = 3, double c = 0.5, bool d = true, string e = ""x\n"", PyObject? f = null) => null;
    [PyMethod] static PyObject? D(Y self, [Keyword] PyObject a, [Keyword] string? b = null, [KeywordOnly] double? c = null, [KeywordOnly] PyTuple? t = null) => null;
    [PyMethod(Class = true, Raw = ""a test"")] static PyObject? E(PyType cls, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => null;
    [PyMethod] static void G(Y self, [VarArgs] PyTuple args, [KeywordOnly] BufferArg b, [VarKeywords] PyDict? kw) { }
    [PyMethod] static long H(Y self, [ConverterFlags(PathArg.AllowFd | PathArg.Nullable)] PathArg? p = null, Fildes? fd = null) => 0;
    [PyMethod(Static = true)] static PyObject? F(PyObject x, [Keyword(""default"")] PyObject? y = null) => null;
    [PyGetter(""v"")] static PyObject? GetV(Y self) => null;
    [PySetter(""v"")] static int SetV(Y self, PyObject? value) => 0;
}
[PyType(""t.Z"")]
public sealed partial class Z : Y
{
    [PyMethod] static PyObject? A(Z self) => null;
}
[PyModule(""tmod"")]
public static partial class M
{
    static void InitModule(PyModule m) { }
    [PyMethod] static PyObject? f(double x) => null;
    [PyMethod] static PyObject? g(PyModule module, [Keyword] long n = 1) => null;
    [PyMethod(Raw = ""a test"")] static PyObject? h(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => null;
    [PyMethod] static double k(PyObject a, [VarArgs] PyTuple rest) => 0;
    [PyConstant] const int E = 1;
    [PyConstant(""t"")] static PyObject T => Py.None;
}");
        Assert.Empty(diags);
        Assert.Empty(compile.Select(d => d.ToString()));
    }
}
