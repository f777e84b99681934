namespace Sharpy.Parser.Ast;

/// <summary>Base of every AST node: the `ast.AST` of CPython. Field access by index is
/// what `ast.dump` and the `ast` module's conversion walk.</summary>
public abstract class Node
{
    /// <summary>The class name in Python's `ast` module (the statement `ExprStmt` is `Expr`).</summary>
    public abstract string AstName { get; }
    /// <summary>`_fields`, in order.</summary>
    public abstract string[] FieldNames { get; }
    public abstract object? GetField(int index);
    /// <summary>Set field <paramref name="index"/> from the form GetField returns (a list field takes a List&lt;object?&gt;).</summary>
    public abstract void SetField(int index, object? value);
}

/// <summary>Typed lists for SetField: the `ast` conversion builds List&lt;object?&gt;, a node field wants List&lt;Stmt&gt;.</summary>
public static class AstLists
{
    public static System.Collections.Generic.List<T> Of<T>(object? value)
        => ((System.Collections.Generic.List<object?>)value!).ConvertAll(x => (T)x!);
}

/// <summary>A node with `_attributes` lineno, col_offset, end_lineno, end_col_offset.
/// Columns count UTF-8 bytes, as in CPython.</summary>
public abstract class LocatedNode : Node
{
    public int Lineno;
    public int ColOffset;
    public int EndLineno;
    public int EndColOffset;
}

/// <summary>The value of `ast.Constant(...)` and `MatchSingleton` for `...`.</summary>
public sealed class EllipsisValue
{
    public static readonly EllipsisValue Instance = new();
    EllipsisValue() { }
}
