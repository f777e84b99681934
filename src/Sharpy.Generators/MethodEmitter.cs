using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Sharpy.Generators;

/// <summary>
/// Writes the argument-parsing wrapper of a [PyMethod]: a static method in the vectorcall
/// convention (BuiltinImpl) that checks the call's arguments as Argument Clinic's code
/// would, converts them, and calls the declared method.
///
/// The calling convention is chosen as clinic chooses it, since CPython's messages differ
/// by convention:
///   no parameters                      METH_NOARGS    "list.clear() takes no arguments (1 given)"
///   one required positional-only       METH_O         "list.append() takes exactly one argument (0 given)"
///   positional-only parameters         METH_FASTCALL  "pop expected at most 1 argument, got 2"
///   any [Keyword] / [KeywordOnly]      METH_FASTCALL|METH_KEYWORDS (getargs' _PyArg_UnpackKeywords)
///   positional-only, then [VarArgs]    no keywords: "f() takes no keyword arguments"
///   keywords with [VarArgs]/[VarKeywords]  ArgParse.UnpackVar
/// A typed tp_new or tp_init (clinic's __new__/__init__) is positional METH_VARARGS-like or
/// keyword-parsed as above, named by its type ("list expected at most 1 argument, got 2"); its
/// positional-only form refuses keywords only for the type itself or a subclass that keeps its
/// tp_init (tp_new), since a subclass's own __init__ may take them.
/// The wrapper also converts the result (clinic's return converters) and, in a finally,
/// releases the *args tuple, the **kwargs dict and converters that implement IArgCleanup.
/// </summary>
internal static class MethodEmitter
{
    const string ArgParse = "global::Sharpy.Runtime.ArgParse";
    const string PyObj = "global::Sharpy.Objects.PyObject";

    /// <param name="qualName">The name _PyObject_FunctionStr gives: "list.append", "math.sqrt", "len".</param>
    public static void EmitWrapper(StringBuilder sb, MethodModel m, string qualName, string indent)
    {
        string fname = m.PyName;
        string qn = TypeEmitter.Literal(qualName);
        var regular = m.Regular.ToList();
        bool hasVar = m.VarArgs != null || m.VarKeywords != null;
        bool usesParser = !m.Raw && (regular.Any(p => p.Pass != PassKind.PosOnly) || m.VarKeywords != null);
        if (usesParser)
        {
            // The parser description, shared by every call.
            int posOnly = regular.Count(p => p.Pass == PassKind.PosOnly);
            int maxPos = regular.Count(p => p.Pass != PassKind.KwOnly);
            int minPos = regular.Count(p => p.Pass != PassKind.KwOnly && !p.Optional);
            int minKw = regular.Count(p => p.Pass == PassKind.KwOnly && !p.Optional);
            string names = string.Join(", ", regular.Where(p => p.Pass != PassKind.PosOnly).Select(p => TypeEmitter.Literal(p.PyName)));
            string var = hasVar ? $", {(m.VarArgs != null ? "true" : "false")}, {(m.VarKeywords != null ? "true" : "false")}" : "";
            sb.AppendLine($"{indent}static readonly {ArgParse}.Parser {m.ParserName} = new({TypeEmitter.Literal(fname)}, {posOnly}, new string[] {{ {names} }}, {minPos}, {maxPos}, {minKw}{var});");
        }
        const string Span = "global::System.ReadOnlySpan<global::Sharpy.Runtime.StackRef>";
        if (m.Kind == MethodKind.Init)
        {
            // tp_init's int result around a wrapper that reports failure as null.
            sb.AppendLine($"{indent}static int {m.WrapperName}({PyObj} __self, {Span} __args, global::Sharpy.Objects.PyTuple? __kwnames)");
            sb.AppendLine($"{indent}    => {m.WrapperName}_parse(__self, __args, __kwnames) == null ? -1 : 0;");
            sb.AppendLine($"{indent}static {PyObj}? {m.WrapperName}_parse({PyObj} __self, {Span} __args, global::Sharpy.Objects.PyTuple? __kwnames)");
        }
        else if (m.Kind == MethodKind.New)
            sb.AppendLine($"{indent}static {PyObj}? {m.WrapperName}(global::Sharpy.Objects.PyType __self, {Span} __args, global::Sharpy.Objects.PyTuple? __kwnames)");
        else
            sb.AppendLine($"{indent}static {PyObj}? {m.WrapperName}({PyObj}? __self, {Span} __args, global::Sharpy.Objects.PyTuple? __kwnames)");
        sb.AppendLine($"{indent}{{");
        string i1 = indent + "    ";
        // Each regular parameter's argument, as a PyObject? expression (null when absent).
        var src = new string[regular.Count];
        if (m.Raw)
        {
        }
        else if (usesParser)
        {
            // METH_FASTCALL | METH_KEYWORDS (with *args/**kwargs: getargs' vararg unpacking)
            int n = regular.Count;
            if (n <= 4) sb.AppendLine($"{i1}var __buf = default({ArgParse}.Buffer4);");
            else if (n <= 8) sb.AppendLine($"{i1}var __buf = default({ArgParse}.Buffer8);");
            else if (n <= 16) sb.AppendLine($"{i1}var __buf = default({ArgParse}.Buffer16);");
            else sb.AppendLine($"{i1}var __buf = new {PyObj}?[{n}];");
            sb.AppendLine($"{i1}global::System.Span<{PyObj}?> __a = __buf;");
            if (hasVar)
                sb.AppendLine($"{i1}if (!{ArgParse}.UnpackVar(__args, __kwnames, {m.ParserName}, __a, out var __varargs, out var __varkw)) return null;");
            else
                sb.AppendLine($"{i1}if (!{ArgParse}.UnpackKeywords(__args, __kwnames, {m.ParserName}, __a)) return null;");
            for (int i = 0; i < n; i++) src[i] = regular[i].Optional ? $"__a[{i}]" : $"__a[{i}]!";
        }
        else if (m.IsConstructor)
        {
            // clinic's __new__/__init__ with positional-only parameters.
            string own = $"{m.OwnerFullName}.Type";
            string keeps = m.Kind == MethodKind.New
                ? $"(__self == {own} || __self.tp_init == {own}.tp_init)"
                : $"(__self.ob_type == {own} || __self.ob_type.tp_new == {own}.tp_new)";
            int min = regular.Count(p => !p.Optional);
            int max = regular.Count;
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames) && {keeps}) return {ArgParse}.NoKeywords({qn});");
            sb.AppendLine($"{i1}int __nargs = __args.Length - (__kwnames?.Count ?? 0);");
            sb.AppendLine($"{i1}if (!{ArgParse}.CheckPositional({TypeEmitter.Literal(fname)}, __nargs, {min}, {max})) return null;");
            for (int i = 0; i < regular.Count; i++)
                src[i] = regular[i].Optional ? $"(__nargs > {i} ? __args[{i}].AsBorrowed : null)" : $"__args[{i}].AsBorrowed";
        }
        else if (m.VarArgs != null)
        {
            // METH_VARARGS-like: positional-only parameters, then *args.
            int min = regular.Count(p => !p.Optional);
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({qn});");
            sb.AppendLine($"{i1}int __nargs = __args.Length;");
            sb.AppendLine($"{i1}if (!{ArgParse}.CheckPositional({TypeEmitter.Literal(fname)}, __nargs, {min}, int.MaxValue)) return null;");
            for (int i = 0; i < regular.Count; i++)
                src[i] = regular[i].Optional ? $"(__nargs > {i} ? __args[{i}].AsBorrowed : null)" : $"__args[{i}].AsBorrowed";
            sb.AppendLine($"{i1}var __varargs = {ArgParse}.VarArgsTuple(__args, {regular.Count});");
            sb.AppendLine($"{i1}global::Sharpy.Objects.PyDict? __varkw = null;");
        }
        else if (regular.Count == 0)
        {
            // METH_NOARGS
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({qn});");
            sb.AppendLine($"{i1}if (__args.Length != 0) return {ArgParse}.NoArguments({qn}, __args.Length);");
        }
        else if (regular.Count == 1 && !regular[0].Optional)
        {
            // METH_O
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({qn});");
            sb.AppendLine($"{i1}if (__args.Length != 1) return {ArgParse}.ExactlyOne({qn}, __args.Length);");
            src[0] = "__args[0].AsBorrowed";
        }
        else
        {
            // METH_FASTCALL, positional only
            int min = regular.Count(p => !p.Optional);
            int max = regular.Count;
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({qn});");
            sb.AppendLine($"{i1}int __nargs = __args.Length;");
            sb.AppendLine($"{i1}if (!{ArgParse}.CheckPositional({TypeEmitter.Literal(fname)}, __nargs, {min}, {max})) return null;");
            for (int i = 0; i < regular.Count; i++)
                src[i] = regular[i].Optional ? $"(__nargs > {i} ? __args[{i}].AsBorrowed : null)" : $"__args[{i}].AsBorrowed";
        }

        var callArgs = new List<string>();
        if (m.SelfCast != null)
            callArgs.Add(m.SelfCast == "global::Sharpy.Objects.PyObject" ? "__self!" : $"({m.SelfCast})__self!");
        if (m.Raw)
        {
            callArgs.Add("__args");
            callArgs.Add("__kwnames");
        }
        else
        {
            foreach (var p in m.Params)
                callArgs.Add(p.Pass == PassKind.VarArgs ? "__varargs" : p.Pass == PassKind.VarKeywords ? "__varkw" : $"__p{p.Slot}");
        }

        // What must be given back whatever happens: the *args tuple and **kwargs dict, and
        // converted arguments that hold something (IArgCleanup).
        var releasing = regular.Where(p => p.NeedsRelease).ToList();
        bool needsFinally = hasVar || releasing.Count != 0;
        string body = i1;
        foreach (var p in releasing)
        {
            sb.AppendLine($"{i1}{p.CsType} __p{p.Slot} = default;");
            sb.AppendLine($"{i1}bool __c{p.Slot} = false;");
        }
        if (needsFinally)
        {
            sb.AppendLine($"{i1}try");
            sb.AppendLine($"{i1}{{");
            body = i1 + "    ";
        }
        if (!m.Raw)
        {
            string single = !m.IsConstructor && regular.Count == 1 && !regular[0].Optional && !hasVar && !usesParser ? "argument" : "";
            foreach (var p in regular)
            {
                string display = single != "" ? single : p.Pass == PassKind.PosOnly ? $"argument {p.Slot + 1}" : $"argument '{p.PyName}'";
                EmitConversion(sb, body, p, src[p.Slot], fname, display);
            }
        }
        EmitCallAndReturn(sb, body, m, $"{m.CsName}({string.Join(", ", callArgs)})");
        if (needsFinally)
        {
            sb.AppendLine($"{i1}}}");
            sb.AppendLine($"{i1}finally");
            sb.AppendLine($"{i1}{{");
            if (hasVar)
            {
                sb.AppendLine($"{i1}    global::Sharpy.Objects.Py.DECREF(__varargs);");
                sb.AppendLine($"{i1}    global::Sharpy.Objects.Py.XDECREF(__varkw);");
            }
            foreach (var p in releasing)
                sb.AppendLine($"{i1}    if (__c{p.Slot}) __p{p.Slot}{(p.CsType.EndsWith("?") ? ".GetValueOrDefault()" : "")}.Release();");
            sb.AppendLine($"{i1}}}");
        }
        sb.AppendLine($"{indent}}}");
    }

    /// <summary>Call the implementation and turn its result into a new reference (clinic's return converters).</summary>
    static void EmitCallAndReturn(StringBuilder sb, string indent, MethodModel m, string call)
    {
        if (m.Kind == MethodKind.Init)
        {
            sb.AppendLine($"{indent}return {call} < 0 ? null : global::Sharpy.Objects.Py.None;");
            return;
        }
        switch (m.Returns)
        {
            case ReturnKind.Object: sb.AppendLine($"{indent}return {call};"); break;
            case ReturnKind.Void:
                sb.AppendLine($"{indent}{call};");
                sb.AppendLine($"{indent}return global::Sharpy.Objects.Py.None;");
                break;
            case ReturnKind.Bool: sb.AppendLine($"{indent}return {ArgParse}.FromBool({call});"); break;
            case ReturnKind.Long:
            case ReturnKind.Int: sb.AppendLine($"{indent}return {ArgParse}.FromSsize({call});"); break;
            case ReturnKind.Double: sb.AppendLine($"{indent}return {ArgParse}.FromDouble({call});"); break;
        }
    }

    /// <summary>
    /// Declare __p{slot} of the parameter's type (unless declared already, for one that is
    /// released) and set it from <paramref name="src"/> (a PyObject? expression, null only
    /// when the parameter is optional and absent).
    /// </summary>
    static void EmitConversion(StringBuilder sb, string indent, ParamModel p, string src, string fname, string display)
    {
        int i = p.Slot;
        string v = $"__p{i}";
        if (!p.NeedsRelease) sb.AppendLine($"{indent}{p.CsType} {v};");
        string o = $"__o{i}";
        string F = TypeEmitter.Literal(fname), D = TypeEmitter.Literal(display);
        string body = p.Conv switch
        {
            ParamConv.Object => $"{v} = {o};",
            ParamConv.Ssize when p.NoneIsNull => $"if (!{ArgParse}.ToOptionalSsize({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Ssize => $"if (!{ArgParse}.ToSsize({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Int when p.NoneIsNull => $"if (!{ArgParse}.ToOptionalInt({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Int => $"if (!{ArgParse}.ToInt({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Double when p.NoneIsNull => $"if ({o} == global::Sharpy.Objects.Py.None) {v} = null; else if (!{ArgParse}.ToDouble({o}, out var __v{i})) return null; else {v} = __v{i};",
            ParamConv.Double => $"if (!{ArgParse}.ToDouble({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Bool => $"if (!{ArgParse}.ToBool({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Str when p.NoneIsNull => $"if (!{ArgParse}.ToOptionalStr({o}, {F}, {D}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Str => $"if (!{ArgParse}.ToStr({o}, {F}, {D}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Converter => $"if (!{p.TypedClass}.Convert({o}, new global::Sharpy.Runtime.ArgContext({F}, {D}, {TypeEmitter.Literal(p.PyName)}, {p.Flags}), out var __v{i})) return null; {v} = __v{i};"
                + (p.NeedsRelease ? $" __c{i} = true;" : ""),
            _ => $"if ({o} is {p.TypedClass} __t{i}) {v} = __t{i}; else return {ArgParse}.BadArgument({F}, {D}, {TypeEmitter.Literal(p.TypedPyName)}, {o});",
        };
        if (p.Optional)
        {
            sb.AppendLine($"{indent}if ({src} is {PyObj} {o}) {{ {body} }}");
            sb.AppendLine($"{indent}else {v} = {p.DefaultExpr};");
        }
        else
        {
            sb.AppendLine($"{indent}{{ {PyObj} {o} = {src}; {body} }}");
        }
    }
}
