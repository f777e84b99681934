using System.Collections.Generic;
using System.Numerics;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// The SyntaxWarnings of Python/codegen.c: identity checks against literals, calls and
/// subscripts of literals that cannot support them (likely a missing comma), and asserts
/// on a non-empty tuple. Warnings are off while the exception path of a `finally` body is
/// compiled (that body is compiled more than once), and stop at the first error.
/// </summary>
sealed partial class Codegen
{
    public readonly List<CompileWarning> Warnings = new();
    int _disableWarning;

    void Warn(string message, Location loc)
    {
        if (_disableWarning > 0 || Error != null) return;
        Warnings.Add(new CompileWarning
        {
            Message = message, Filename = _filename,
            Lineno = loc.Lineno, Offset = loc.ColOffset + 1, EndLineno = loc.EndLineno, EndOffset = loc.EndColOffset + 1,
        });
    }

    /// <summary>The type name CPython infers for an expression (infer_type), or null.</summary>
    static string? InferType(Expr e) => e switch
    {
        Tuple => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        TemplateStr or Interpolation => "string.templatelib.Template",
        JoinedStr or FormattedValue => "str",
        Constant c => ConstantType(c.Value),
        _ => null,
    };

    static string ConstantType(object? v) => v switch
    {
        null => "NoneType",
        bool => "bool",
        long or BigInteger => "int",
        double => "float",
        Complex => "complex",
        string or SurrogateStr => "str",
        byte[] => "bytes",
        EllipsisValue => "ellipsis",
        object?[] => "tuple",
        FrozenSetConstant => "frozenset",
        SliceConstant => "slice",
        CodeObject => "code",
        _ => "object",
    };

    /// <summary>check_is_arg: false for a literal other than None, True, False and ..., or a tuple of constants.</summary>
    static bool CheckIsArg(Expr e)
    {
        if (e is Tuple t)
        {
            foreach (var elt in t.Elts)
                if (elt is not Constant) return true;
            return false;
        }
        if (e is not Constant c) return true;
        return c.Value is null or bool or EllipsisValue;
    }

    /// <summary>codegen_check_compare: "is" / "is not" with a literal operand (the first one only).</summary>
    void CheckCompare(Compare e)
    {
        bool left = CheckIsArg(e.Left);
        var leftExpr = e.Left;
        for (int i = 0; i < e.Ops.Count; i++)
        {
            var op = e.Ops[i];
            var rightExpr = e.Comparators[i];
            bool right = CheckIsArg(rightExpr);
            if ((op == CmpOpKind.Is || op == CmpOpKind.IsNot) && (!right || !left))
            {
                var literal = !left ? leftExpr : rightExpr;
                string type = InferType(literal) ?? "object";
                Warn(op == CmpOpKind.Is
                    ? $"\"is\" with '{type}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{type}' literal. Did you mean \"!=\"?", Loc(e));
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /// <summary>check_caller: calling a literal or display.</summary>
    void CheckCaller(Expr e)
    {
        switch (e)
        {
            case Constant or Tuple or List or ListComp or Dict or DictComp or Set or SetComp or GeneratorExp
                or JoinedStr or TemplateStr or FormattedValue or Interpolation:
                Warn($"'{InferType(e)}' object is not callable; perhaps you missed a comma?", Loc(e));
                break;
        }
    }

    /// <summary>check_subscripter: subscripting a value that has no __getitem__.</summary>
    void CheckSubscripter(Expr e)
    {
        switch (e)
        {
            case Constant c when c.Value is not (null or EllipsisValue or bool or long or BigInteger or double or Complex
                or FrozenSetConstant):
                return;
            case Constant or Set or SetComp or GeneratorExp or TemplateStr or Interpolation or Lambda:
                Warn($"'{InferType(e)}' object is not subscriptable; perhaps you missed a comma?", Loc(e));
                break;
        }
    }

    /// <summary>check_index: a sequence literal indexed by something that is not an int or slice.</summary>
    void CheckIndex(Expr e, Expr s)
    {
        var indexType = InferType(s);
        if (indexType == null || indexType is "int" or "bool" or "slice")
            return;
        switch (e)
        {
            case Constant c when c.Value is not (string or SurrogateStr or byte[] or object?[]):
                return;
            case Constant or Tuple or List or ListComp or JoinedStr or FormattedValue:
                Warn($"{InferType(e)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?", Loc(e));
                break;
        }
    }

    /// <summary>codegen_assert: a parenthesized (test, msg) is a tuple, always true.</summary>
    void CheckAssert(Assert s)
    {
        if (s.Test is Tuple { Elts.Count: > 0 } || s.Test is Constant { Value: object?[] { Length: > 0 } })
            Warn("assertion is always true, perhaps remove parentheses?", Loc(s));
    }
}
