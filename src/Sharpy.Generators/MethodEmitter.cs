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
/// </summary>
internal static class MethodEmitter
{
    const string ArgParse = "global::Sharpy.Runtime.ArgParse";
    const string PyObj = "global::Sharpy.Objects.PyObject";

    /// <param name="qualName">The name _PyObject_FunctionStr gives: "list.append", "math.sqrt", "len".</param>
    public static void EmitWrapper(StringBuilder sb, MethodModel m, string qualName, string indent)
    {
        string fname = m.PyName;
        if (!m.Raw && m.Params.Any(p => p.Pass != PassKind.PosOnly))
        {
            // The parser description, shared by every call.
            int posOnly = m.Params.Count(p => p.Pass == PassKind.PosOnly);
            int maxPos = m.Params.Count(p => p.Pass != PassKind.KwOnly);
            int minPos = m.Params.Count(p => p.Pass != PassKind.KwOnly && !p.Optional);
            int minKw = m.Params.Count(p => p.Pass == PassKind.KwOnly && !p.Optional);
            string names = string.Join(", ", m.Params.Where(p => p.Pass != PassKind.PosOnly).Select(p => TypeEmitter.Literal(p.PyName)));
            sb.AppendLine($"{indent}static readonly {ArgParse}.Parser {m.ParserName} = new({TypeEmitter.Literal(fname)}, {posOnly}, new string[] {{ {names} }}, {minPos}, {maxPos}, {minKw});");
        }
        sb.AppendLine($"{indent}static {PyObj}? {m.WrapperName}({PyObj}? __self, global::System.ReadOnlySpan<global::Sharpy.Runtime.StackRef> __args, global::Sharpy.Objects.PyTuple? __kwnames)");
        sb.AppendLine($"{indent}{{");
        string i1 = indent + "    ";
        var callArgs = new List<string>();
        if (m.SelfCast != null)
            callArgs.Add(m.SelfCast == "global::Sharpy.Objects.PyObject" ? "__self!" : $"({m.SelfCast})__self!");

        if (m.Raw)
        {
            callArgs.Add("__args");
            callArgs.Add("__kwnames");
        }
        else if (m.Params.Count == 0)
        {
            // METH_NOARGS
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({TypeEmitter.Literal(qualName)});");
            sb.AppendLine($"{i1}if (__args.Length != 0) return {ArgParse}.NoArguments({TypeEmitter.Literal(qualName)}, __args.Length);");
        }
        else if (m.Params.Count == 1 && m.Params[0].Pass == PassKind.PosOnly && !m.Params[0].Optional)
        {
            // METH_O
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({TypeEmitter.Literal(qualName)});");
            sb.AppendLine($"{i1}if (__args.Length != 1) return {ArgParse}.ExactlyOne({TypeEmitter.Literal(qualName)}, __args.Length);");
            EmitConversion(sb, i1, m.Params[0], 0, "__args[0].AsBorrowed", fname, "argument");
            callArgs.Add("__p0");
        }
        else if (m.Params.All(p => p.Pass == PassKind.PosOnly))
        {
            // METH_FASTCALL, positional only
            int min = m.Params.Count(p => !p.Optional);
            int max = m.Params.Count;
            sb.AppendLine($"{i1}if ({ArgParse}.HasKeywords(__kwnames)) return {ArgParse}.NoKeywords({TypeEmitter.Literal(qualName)});");
            sb.AppendLine($"{i1}int __nargs = __args.Length;");
            sb.AppendLine($"{i1}if (!{ArgParse}.CheckPositional({TypeEmitter.Literal(fname)}, __nargs, {min}, {max})) return null;");
            for (int i = 0; i < m.Params.Count; i++)
            {
                var p = m.Params[i];
                string src = p.Optional ? $"(__nargs > {i} ? __args[{i}].AsBorrowed : null)" : $"__args[{i}].AsBorrowed";
                EmitConversion(sb, i1, p, i, src, fname, $"argument {i + 1}");
                callArgs.Add($"__p{i}");
            }
        }
        else
        {
            // METH_FASTCALL | METH_KEYWORDS
            int n = m.Params.Count;
            if (n <= 4) sb.AppendLine($"{i1}var __buf = default({ArgParse}.Buffer4);");
            else if (n <= 8) sb.AppendLine($"{i1}var __buf = default({ArgParse}.Buffer8);");
            else if (n <= 16) sb.AppendLine($"{i1}var __buf = default({ArgParse}.Buffer16);");
            else sb.AppendLine($"{i1}var __buf = new {PyObj}?[{n}];");
            sb.AppendLine($"{i1}global::System.Span<{PyObj}?> __a = __buf;");
            sb.AppendLine($"{i1}if (!{ArgParse}.UnpackKeywords(__args, __kwnames, {m.ParserName}, __a)) return null;");
            for (int i = 0; i < n; i++)
            {
                var p = m.Params[i];
                string display = p.Pass == PassKind.PosOnly ? $"argument {i + 1}" : $"argument '{p.PyName}'";
                EmitConversion(sb, i1, p, i, p.Optional ? $"__a[{i}]" : $"__a[{i}]!", fname, display);
                callArgs.Add($"__p{i}");
            }
        }
        sb.AppendLine($"{i1}return {m.CsName}({string.Join(", ", callArgs)});");
        sb.AppendLine($"{indent}}}");
    }

    /// <summary>
    /// Declare __p{i} of the parameter's type and set it from <paramref name="src"/> (a
    /// PyObject? expression, null only when the parameter is optional and absent).
    /// </summary>
    static void EmitConversion(StringBuilder sb, string indent, ParamModel p, int i, string src, string fname, string display)
    {
        string v = $"__p{i}";
        sb.AppendLine($"{indent}{p.CsType} {v};");
        string o = $"__o{i}";
        string body = p.Conv switch
        {
            ParamConv.Object => $"{v} = {o};",
            ParamConv.Ssize => $"if (!{ArgParse}.ToSsize({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Int => $"if (!{ArgParse}.ToInt({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Double => $"if (!{ArgParse}.ToDouble({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Bool => $"if (!{ArgParse}.ToBool({o}, out var __v{i})) return null; {v} = __v{i};",
            ParamConv.Str => $"if (!{ArgParse}.ToStr({o}, {TypeEmitter.Literal(fname)}, {TypeEmitter.Literal(display)}, out var __v{i})) return null; {v} = __v{i};",
            _ => $"if ({o} is {p.TypedClass} __t{i}) {v} = __t{i}; else return {ArgParse}.BadArgument({TypeEmitter.Literal(fname)}, {TypeEmitter.Literal(display)}, {TypeEmitter.Literal(p.TypedPyName)}, {o});",
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
