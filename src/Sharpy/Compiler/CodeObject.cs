namespace Sharpy.Compiler;

/// <summary>
/// What the compiler produces for one code block: the data of CPython's PyCodeObject
/// (Objects/codeobject.c), before the runtime wraps it as a Python `code` object.
/// Constants use the AST's constant convention (see <see cref="Sharpy.Parser.Ast.Constant"/>),
/// with nested code as <see cref="CodeObject"/>, tuples as object?[] and frozensets as
/// <see cref="FrozenSetConstant"/>.
/// </summary>
public sealed partial class CodeObject
{
    public string Filename = "";
    public string Name = "";
    public string QualName = "";
    public int FirstLineno;
    public int ArgCount;
    public int PosOnlyArgCount;
    public int KwOnlyArgCount;
    public int StackSize;
    /// <summary>co_flags (CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, ... as in Include/cpython/code.h).</summary>
    public int Flags;
    /// <summary>co_localsplusnames: locals, then cells, then free variables.</summary>
    public string[] LocalsPlusNames = [];
    /// <summary>co_localspluskinds: CO_FAST_* bits for each of <see cref="LocalsPlusNames"/>.</summary>
    public byte[] LocalsPlusKinds = [];
    /// <summary>
    /// co_localsplusnames was replaced after assembly (an annotations scope's ".format" renamed
    /// "format"), so it is a tuple of its own rather than one shared through the constant cache.
    /// </summary>
    public bool OwnLocalsPlusNames;
    public string[] Names = [];
    public object?[] Consts = [];
    /// <summary>co_code: 16-bit code units (opcode, oparg) with inline caches zeroed.</summary>
    public byte[] Code = [];
    public byte[] ExceptionTable = [];
    public byte[] LineTable = [];

    public const byte CO_FAST_HIDDEN = 0x10;
    public const byte CO_FAST_LOCAL = 0x20;
    public const byte CO_FAST_CELL = 0x40;
    public const byte CO_FAST_FREE = 0x80;

    /// <summary>A field-by-field copy (code.replace()).</summary>
    public CodeObject Clone() => (CodeObject)MemberwiseClone();
}

/// <summary>A frozenset constant (from `x in {1, 2}`), members in the AST constant convention.</summary>
public sealed class FrozenSetConstant(object?[] items)
{
    public readonly object?[] Items = items;
}
