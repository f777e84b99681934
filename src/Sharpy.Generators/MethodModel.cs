using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Sharpy.Generators;

/// <summary>New and Init are a type's [PySlot("tp_new")] and [PySlot("tp_init")] declared with typed parameters.</summary>
internal enum MethodKind { Instance, Class, Static, ModuleFunction, New, Init }

internal enum ParamConv { Object, Ssize, Int, Double, Bool, Str, Typed, Converter, VarArgs, VarKeywords }

/// <summary>How a parameter may be passed; VarArgs and VarKeywords are *args and **kwargs.</summary>
internal enum PassKind { PosOnly, PosOrKw, KwOnly, VarArgs, VarKeywords }

/// <summary>What the implementation returns and how the wrapper makes a Python object of it (clinic's return converters).</summary>
internal enum ReturnKind { Object, Void, Bool, Long, Int, Double }

/// <summary>One parameter of a [PyMethod], after self.</summary>
internal sealed class ParamModel
{
    public string PyName = "";
    /// <summary>The C# type as written, fully qualified, with its nullable annotation.</summary>
    public string CsType = "";
    public ParamConv Conv;
    /// <summary>For Typed: the C# class (fully qualified, no annotation) and its Python name.</summary>
    public string? TypedClass;
    public string? TypedPyName;
    public bool Optional;
    /// <summary>The C# expression for the value when the argument is absent.</summary>
    public string DefaultExpr = "default";
    /// <summary>The default as the text signature shows it ("-1", "'strict'", "None").</summary>
    public string DefaultRepr = "None";
    public PassKind Pass;
    /// <summary>A nullable value type (`long?`) or `string?`: None gives null as absence does.</summary>
    public bool NoneIsNull;
    /// <summary>For Converter: the converter's options ([ConverterFlags]).</summary>
    public int Flags;
    /// <summary>For Converter: the type implements IArgCleanup, so the wrapper releases it after the call.</summary>
    public bool NeedsRelease;
    /// <summary>The index of the argument in the parsing buffer (regular parameters only).</summary>
    public int Slot;
}

/// <summary>A [PyMethod] (or a module function) and the wrapper it needs.</summary>
internal sealed class MethodModel
{
    public string CsName = "";
    public string PyName = "";
    public string? Doc;
    /// <summary>[PyMethod(TextSignature = "...")]: CPython's, where the generated one differs ("" for none).</summary>
    public string? TextSignatureOverride;
    public MethodKind Kind;
    /// <summary>The expression type self is cast to, or null when the method takes no self.</summary>
    public string? SelfCast;
    public bool Raw;
    /// <summary>[PyMethod(KeywordDict = true)]: CPython's METH_VARARGS|METH_KEYWORDS, called with the keyword dict as is.</summary>
    public bool KeywordDict;
    /// <summary>Why the method takes its arguments unparsed ([PyMethod(Raw = "...")]).</summary>
    public string? RawReason;
    public ReturnKind Returns;
    /// <summary>Every parameter after self, in declaration order (regular ones, then *args/**kwargs where declared).</summary>
    public List<ParamModel> Params = new();
    /// <summary>The parameters that bind to arguments one by one (not *args or **kwargs).</summary>
    public IEnumerable<ParamModel> Regular => Params.Where(p => p.Pass <= PassKind.KwOnly);
    public ParamModel? VarArgs => Params.FirstOrDefault(p => p.Pass == PassKind.VarArgs);
    public ParamModel? VarKeywords => Params.FirstOrDefault(p => p.Pass == PassKind.VarKeywords);
    public int Index;

    /// <summary>The declaring C# class's name, so a derived class's wrappers do not hide its base's.</summary>
    public string OwnerName = "";
    /// <summary>New and Init: the declaring class, fully qualified (its static Type is the type the slot belongs to).</summary>
    public string OwnerFullName = "";
    public bool IsConstructor => Kind is MethodKind.New or MethodKind.Init;
    public string WrapperName => $"__pyw_{OwnerName}_{Index}_{CsName}";
    public string ParserName => $"__pyp_{OwnerName}_{Index}_{CsName}";

    static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The type's name without a nullable annotation.</summary>
    public static string Name(ITypeSymbol t) => t.ToDisplayString().TrimEnd('?');

    public static string Fq(ITypeSymbol t) => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    public static bool IsPyObjectClass(ITypeSymbol? t)
    {
        for (var b = t as INamedTypeSymbol; b != null; b = b.BaseType)
            if (Name(b) == "Sharpy.Objects.PyObject") return true;
        return false;
    }

    static string? PyTypeName(ITypeSymbol t)
    {
        foreach (var a in t.GetAttributes())
            if (a.AttributeClass?.ToDisplayString() == "Sharpy.Runtime.PyTypeAttribute" && a.ConstructorArguments.Length == 1)
                return a.ConstructorArguments[0].Value as string;
        return null;
    }

    /// <summary>Read a [PyMethod]; null (with diagnostics added) when the signature is not supported.</summary>
    /// <param name="ctor">For a typed [PySlot("tp_new")] or [PySlot("tp_init")]: New or Init (the attribute's
    /// name is then the slot's, and <paramref name="typeName"/> the type's name its messages use).</param>
    public static MethodModel? From(IMethodSymbol method, AttributeData attr, INamedTypeSymbol owner, bool isModule, List<DiagnosticInfo> diags, int index,
        MethodKind? ctor = null, string typeName = "")
    {
        var m = new MethodModel { CsName = method.Name, PyName = method.Name, Index = index, OwnerName = owner.Name,
            OwnerFullName = owner.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) };
        if (ctor != null) m.PyName = typeName;
        else if (attr.ConstructorArguments.Length == 1 && attr.ConstructorArguments[0].Value is string n) m.PyName = n;
        bool isClass = false, isStatic = false;
        foreach (var na in attr.NamedArguments)
        {
            switch (na.Key)
            {
                case "Doc": m.Doc = na.Value.Value as string; break;
                case "Class": isClass = na.Value.Value is true; break;
                case "Static": isStatic = na.Value.Value is true; break;
                case "Raw": m.RawReason = na.Value.Value as string; break;
                case "KeywordDict": m.KeywordDict = na.Value.Value is true; break;
                case "TextSignature": m.TextSignatureOverride = na.Value.Value as string; break;
            }
        }
        var loc = method.Locations.FirstOrDefault();
        bool ok = true;
        void Error(string msg)
        {
            diags.Add(new DiagnosticInfo(Diagnostics.UnsupportedSignature, loc, method.Name, msg));
            ok = false;
        }

        if (!method.IsStatic) Error("a [PyMethod] must be a static method");
        if (method.IsGenericMethod) Error("a [PyMethod] cannot be generic");
        if (isClass && isStatic) Error("a [PyMethod] cannot be both Class and Static");
        if (isModule && (isClass || isStatic)) Error("a module function cannot be Class or Static");
        switch (method.ReturnType.SpecialType)
        {
            case SpecialType.System_Void: m.Returns = ReturnKind.Void; break;
            case SpecialType.System_Boolean: m.Returns = ReturnKind.Bool; break;
            case SpecialType.System_Int64: m.Returns = ReturnKind.Long; break;
            case SpecialType.System_Int32: m.Returns = ReturnKind.Int; break;
            case SpecialType.System_Double: m.Returns = ReturnKind.Double; break;
            default:
                if (method.ReturnType.ToDisplayString().TrimEnd('?') != "Sharpy.Objects.PyObject")
                    Error("the return type must be PyObject? (a new reference, or null with an exception set), void, bool, long, int or double");
                break;
        }
        if (method.ReturnsByRef || method.ReturnsByRefReadonly) Error("the method cannot return by reference");
        if (ctor == MethodKind.New && m.Returns != ReturnKind.Object) Error("a typed tp_new returns PyObject? (the new object, or null with an exception set)");
        if (ctor == MethodKind.Init && m.Returns != ReturnKind.Int) Error("a typed tp_init returns int (0, or -1 with an exception set)");

        m.Kind = ctor ?? (isModule ? MethodKind.ModuleFunction : isClass ? MethodKind.Class : isStatic ? MethodKind.Static : MethodKind.Instance);
        var ps = method.Parameters;
        int first = 0;
        switch (m.Kind)
        {
            case MethodKind.Instance:
                if (ps.Length == 0 || !IsPyObjectClass(ps[0].Type))
                {
                    Error("the first parameter of a method is self: PyObject or the declaring class");
                    return null;
                }
                if (!IsAssignableFrom(ps[0].Type, owner))
                    Error($"self's type {ps[0].Type.Name} is not {owner.Name} or one of its base classes");
                m.SelfCast = Fq(ps[0].Type);
                first = 1;
                break;
            case MethodKind.New:
                if (ps.Length == 0 || Name(ps[0].Type) != "Sharpy.Objects.PyType")
                {
                    Error("the first parameter of a tp_new is the type to make an instance of: PyType");
                    return null;
                }
                m.SelfCast = Fq(ps[0].Type);
                first = 1;
                break;
            case MethodKind.Init:
                if (ps.Length == 0 || !IsPyObjectClass(ps[0].Type) || !IsAssignableFrom(ps[0].Type, owner))
                {
                    Error("the first parameter of a tp_init is self: PyObject or the declaring class");
                    return null;
                }
                m.SelfCast = Fq(ps[0].Type);
                first = 1;
                break;
            case MethodKind.Class:
                if (ps.Length == 0 || (Name(ps[0].Type) != "Sharpy.Objects.PyType" && Name(ps[0].Type) != "Sharpy.Objects.PyObject"))
                {
                    Error("the first parameter of a classmethod is the class: PyType or PyObject");
                    return null;
                }
                m.SelfCast = Fq(ps[0].Type);
                first = 1;
                break;
            case MethodKind.ModuleFunction:
                // The module is passed when the first parameter is a PyModule, is named
                // `module`, or precedes the raw (args, kwnames) pair.
                if (ps.Length > 0 && (Name(ps[0].Type) == "Sharpy.Objects.PyModule"
                    || (Name(ps[0].Type) == "Sharpy.Objects.PyObject" && (ps[0].Name == "module"
                        || (ps.Length == 3 && Name(ps[1].Type) == "System.ReadOnlySpan<Sharpy.Runtime.StackRef>")))))
                {
                    m.SelfCast = Fq(ps[0].Type);
                    first = 1;
                }
                break;
        }

        // The raw form: (self, ReadOnlySpan<StackRef> args, PyTuple? kwnames).
        if (ps.Length - first == 2
            && Name(ps[first].Type) == "System.ReadOnlySpan<Sharpy.Runtime.StackRef>"
            && ps[first + 1].Type.ToDisplayString().TrimEnd('?') == "Sharpy.Objects.PyTuple")
        {
            m.Raw = true;
            if (string.IsNullOrWhiteSpace(m.RawReason))
                Error("the raw form (args, kwnames) needs a stated reason: [PyMethod(Raw = \"why the signature cannot be declared\")]");
            if (m.Returns != ReturnKind.Object) Error("the raw form returns PyObject?");
            return ok ? m : null;
        }
        if (m.RawReason != null) Error("Raw = \"...\" is only for the raw form (ReadOnlySpan<StackRef> args, PyTuple? kwnames)");

        PassKind last = PassKind.PosOnly;
        for (int i = first; i < ps.Length; i++)
        {
            var p = ps[i];
            var pm = new ParamModel { PyName = p.Name, CsType = p.Type.ToDisplayString(TypeFormat) };
            if (p.RefKind != RefKind.None) Error($"parameter '{p.Name}' cannot be ref/out/in");
            if (p.IsParams) Error($"parameter '{p.Name}' cannot be params; use the raw form (ReadOnlySpan<StackRef> args, PyTuple? kwnames)");
            foreach (var a in p.GetAttributes())
            {
                var an = a.AttributeClass?.ToDisplayString();
                if (an == "Sharpy.Runtime.KeywordAttribute") pm.Pass = PassKind.PosOrKw;
                else if (an == "Sharpy.Runtime.KeywordOnlyAttribute") pm.Pass = PassKind.KwOnly;
                else if (an == "Sharpy.Runtime.VarArgsAttribute") pm.Pass = PassKind.VarArgs;
                else if (an == "Sharpy.Runtime.VarKeywordsAttribute") pm.Pass = PassKind.VarKeywords;
                else if (an == "Sharpy.Runtime.ConverterFlagsAttribute")
                {
                    if (a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is int fl) pm.Flags = fl;
                    continue;
                }
                else continue;
                if (a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string kwName) pm.PyName = kwName;
            }
            // Declaration order is Python's: positional-only, [Keyword], [VarArgs], [KeywordOnly], [VarKeywords].
            int Rank(PassKind k) => k switch { PassKind.VarArgs => 2, PassKind.KwOnly => 3, PassKind.VarKeywords => 4, _ => (int)k };
            if (Rank(pm.Pass) < Rank(last) || (pm.Pass == last && pm.Pass >= PassKind.VarArgs))
                Error($"parameter '{p.Name}': the order is positional-only, [Keyword], [VarArgs], [KeywordOnly], [VarKeywords] (one each of the var kinds)");
            last = pm.Pass;
            if (pm.Pass == PassKind.VarArgs)
            {
                if (p.Type.ToDisplayString() != "Sharpy.Objects.PyTuple" || p.HasExplicitDefaultValue)
                    Error($"parameter '{p.Name}': [VarArgs] is `PyTuple {p.Name}` (the extra positional arguments, borrowed for the call)");
                pm.Conv = ParamConv.VarArgs;
                m.Params.Add(pm);
                continue;
            }
            if (pm.Pass == PassKind.VarKeywords)
            {
                if (p.Type.ToDisplayString() != "Sharpy.Objects.PyDict?" || p.HasExplicitDefaultValue)
                    Error($"parameter '{p.Name}': [VarKeywords] is `PyDict? {p.Name}` (the extra keyword arguments, null when there are none)");
                pm.Conv = ParamConv.VarKeywords;
                m.Params.Add(pm);
                continue;
            }

            var t = p.Type;
            bool nullableValue = false;
            if (t is INamedTypeSymbol nt && nt.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                t = nt.TypeArguments[0];
                nullableValue = true;
            }
            switch (t.SpecialType)
            {
                case SpecialType.System_Int64: pm.Conv = ParamConv.Ssize; pm.NoneIsNull = nullableValue; break;
                case SpecialType.System_Int32: pm.Conv = ParamConv.Int; pm.NoneIsNull = nullableValue; break;
                case SpecialType.System_Double: pm.Conv = ParamConv.Double; pm.NoneIsNull = nullableValue; break;
                case SpecialType.System_Boolean: pm.Conv = ParamConv.Bool; break;
                case SpecialType.System_String:
                    pm.Conv = ParamConv.Str;
                    pm.NoneIsNull = p.Type.NullableAnnotation == NullableAnnotation.Annotated;
                    break;
                default:
                    if (IsConverter(t, out bool needsRelease))
                    {
                        pm.Conv = ParamConv.Converter;
                        pm.TypedClass = Fq(t);
                        pm.NeedsRelease = needsRelease;
                    }
                    else if (Name(t) == "Sharpy.Objects.PyObject")
                        pm.Conv = ParamConv.Object;
                    else if (IsPyObjectClass(t) && PyTypeName(t) is string pyName)
                    {
                        pm.Conv = ParamConv.Typed;
                        pm.TypedClass = Fq(t);
                        pm.TypedPyName = pyName;
                    }
                    else
                    {
                        Error($"parameter '{p.Name}' has unsupported type {p.Type.ToDisplayString()} (PyObject, a [PyType] class, an IArgConverter<T>, long, int, double, bool or string)");
                        continue;
                    }
                    break;
            }
            if (nullableValue && !p.HasExplicitDefaultValue)
                Error($"parameter '{p.Name}': a nullable value type needs the default null");
            if (p.HasExplicitDefaultValue)
            {
                pm.Optional = true;
                var dv = p.ExplicitDefaultValue;
                if (dv == null)
                    pm.DefaultExpr = p.Type.IsReferenceType && p.Type.NullableAnnotation != NullableAnnotation.Annotated ? "null!" : "null";
                else
                    pm.DefaultExpr = Literal(dv);
                pm.DefaultRepr = PyRepr(dv);
            }
            if (pm.Flags != 0 && pm.Conv != ParamConv.Converter)
                Error($"parameter '{p.Name}': [ConverterFlags] is for an IArgConverter<T> parameter");
            m.Params.Add(pm);
        }
        if (m.IsConstructor && (m.VarArgs != null || m.Regular.Count() == 0))
            Error("a typed tp_new/tp_init has at least one parameter and no [VarArgs]; use the raw form (type, args, kwnames) with [PySlot(..., Raw = \"why\")]");
        int slot = 0;
        foreach (var pm in m.Regular) pm.Slot = slot++;
        return ok ? m : null;
    }

    /// <summary>The type implements Sharpy.Runtime.IArgConverter&lt;itself&gt; (and perhaps IArgCleanup).</summary>
    static bool IsConverter(ITypeSymbol t, out bool needsRelease)
    {
        bool conv = false;
        needsRelease = false;
        foreach (var i in t.AllInterfaces)
        {
            var n = i.OriginalDefinition.ToDisplayString();
            if (n == "Sharpy.Runtime.IArgConverter<TSelf>" && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], t)) conv = true;
            else if (n == "Sharpy.Runtime.IArgCleanup") needsRelease = true;
        }
        return conv;
    }

    /// <summary>
    /// The text signature as CPython's clinic writes it: "($self, index=-1, /)",
    /// "($module, /, sep=None, maxsplit=-1)", "($type, string, /)"; the override when given.
    /// </summary>
    public string? TextSignature
    {
        get
        {
            if (TextSignatureOverride != null) return TextSignatureOverride.Length == 0 ? null : TextSignatureOverride;
            if (Raw) return null;
            var parts = new List<string>();
            // A constructor's signature is the type's (clinic writes it at the head of tp_doc): no self.
            string? selfName = Kind switch { MethodKind.Instance => "$self", MethodKind.Class => "$type", MethodKind.ModuleFunction => "$module", _ => null };
            if (selfName != null) parts.Add(selfName);
            foreach (var p in Params.Where(p => p.Pass == PassKind.PosOnly)) parts.Add(Show(p));
            if (parts.Count != 0) parts.Add("/");
            foreach (var p in Params.Where(p => p.Pass == PassKind.PosOrKw)) parts.Add(Show(p));
            if (VarArgs is { } va) parts.Add("*" + va.PyName);
            else if (Params.Any(p => p.Pass == PassKind.KwOnly)) parts.Add("*");
            foreach (var p in Params.Where(p => p.Pass == PassKind.KwOnly)) parts.Add(Show(p));
            if (VarKeywords is { } vk) parts.Add("**" + vk.PyName);
            return "(" + string.Join(", ", parts) + ")";

            static string Show(ParamModel p) => p.Optional ? p.PyName + "=" + p.DefaultRepr : p.PyName;
        }
    }

    /// <summary>The docstring as CPython stores it: "name(sig)\n--\n\n" and the text (__doc__ and __text_signature__ split it).</summary>
    public string? InternalDoc => TextSignature is { } sig ? PyName + sig + "\n--\n\n" + (Doc ?? "") : Doc;

    /// <summary>A C# default value as Python's repr shows it.</summary>
    static string PyRepr(object? v)
    {
        switch (v)
        {
            case null: return "None";
            case bool b: return b ? "True" : "False";
            case string s:
                var sb = new System.Text.StringBuilder("'");
                foreach (var c in s)
                {
                    switch (c)
                    {
                        case '\\': sb.Append("\\\\"); break;
                        case '\'': sb.Append("\\'"); break;
                        case '\n': sb.Append("\\n"); break;
                        case '\r': sb.Append("\\r"); break;
                        case '\t': sb.Append("\\t"); break;
                        default: sb.Append(c); break;
                    }
                }
                return sb.Append('\'').ToString();
            case double d:
                if (d == System.Math.Floor(d) && System.Math.Abs(d) < 1e16) return d.ToString("0.0", CultureInfo.InvariantCulture);
                var r = d.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
                int e = r.IndexOf('e');
                if (e >= 0)
                {
                    // Python pads the exponent to two digits: 1e-09.
                    string mant = r.Substring(0, e), exp = r.Substring(e + 1);
                    string sign = exp.StartsWith("-") ? "-" : "+";
                    exp = exp.TrimStart('+', '-');
                    if (exp.Length < 2) exp = "0" + exp;
                    r = mant + "e" + sign + exp;
                }
                return r;
            default: return System.Convert.ToString(v, CultureInfo.InvariantCulture) ?? "None";
        }
    }

    static bool IsAssignableFrom(ITypeSymbol target, INamedTypeSymbol owner)
    {
        for (INamedTypeSymbol? b = owner; b != null; b = b.BaseType)
            if (SymbolEqualityComparer.Default.Equals(b, target)) return true;
        return false;
    }

    static string Literal(object v) => v switch
    {
        bool b => b ? "true" : "false",
        string s => TypeEmitter.Literal(s),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => double.IsNaN(d) ? "double.NaN"
            : double.IsPositiveInfinity(d) ? "double.PositiveInfinity"
            : double.IsNegativeInfinity(d) ? "double.NegativeInfinity"
            : d.ToString("R", CultureInfo.InvariantCulture) + "d",
        _ => System.Convert.ToString(v, CultureInfo.InvariantCulture) ?? "default",
    };
}

/// <summary>A diagnostic to report (kept as data so the generator's models stay simple).</summary>
internal sealed class DiagnosticInfo
{
    public readonly DiagnosticDescriptor Descriptor;
    public readonly Location? Location;
    public readonly object[] Args;

    public DiagnosticInfo(DiagnosticDescriptor d, Location? loc, params object[] args)
    {
        Descriptor = d;
        Location = loc;
        Args = args;
    }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Args);
}

internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor UnsupportedSignature = new(
        "SHARPY001", "Unsupported [PyMethod] signature",
        "[PyMethod] {0}: {1}", "Sharpy.Generators", DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor BadGetSet = new(
        "SHARPY002", "Unsupported [PyGetter]/[PySetter]",
        "{0}: {1}", "Sharpy.Generators", DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor BadModule = new(
        "SHARPY003", "Unsupported [PyModule]",
        "{0}: {1}", "Sharpy.Generators", DiagnosticSeverity.Error, true);
}
