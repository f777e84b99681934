namespace Sharpy.Parser.Ast;

/// <summary>
/// `ast.Constant.Value` holds one of: null (None), bool, long or System.Numerics.BigInteger
/// (int), double (float), System.Numerics.Complex (complex), string or <see cref="SurrogateStr"/> (str), byte[] (bytes),
/// <see cref="EllipsisValue"/> (...), or, for constants folded by the compiler, a tuple
/// as object?[]. The compiler turns these into Python objects.
/// </summary>
public sealed partial class Constant { }
