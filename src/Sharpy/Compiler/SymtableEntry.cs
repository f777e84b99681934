using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>_Py_block_ty, in CPython's order: the values are _symtable's TYPE_* constants.</summary>
enum BlockType { Function, Class, Module, Annotation, TypeAlias, TypeParameters, TypeVariable }

enum ComprehensionType { None, List, Dict, Set, Generator }

/// <summary>Symbol flags and scopes (Include/internal/pycore_symtable.h), with CPython's bit
/// values: the _symtable module hands them to Python as they are. (Bit 32 is unused since 3.14
/// dropped DEF_FREE.)</summary>
static class Sym
{
    public const int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16,
        DEF_FREE_CLASS = 64, DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512,
        DEF_TYPE_PARAM = 1024, DEF_COMP_CELL = 2048;
    public const int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public const int SCOPE_OFFSET = 12, SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
    public const int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    public static int ToScope(long symbol) => (int)((symbol >> SCOPE_OFFSET) & SCOPE_MASK);
}

/// <summary>One scope of the symbol table (PySTEntryObject).</summary>
sealed class SymtableEntry
{
    public readonly string Name;
    public readonly BlockType Type;
    public readonly object Key;
    public readonly Location Loc;
    public readonly OrderedDictionary<string, long> Symbols = new();
    /// <summary>The parameters, in order.</summary>
    public readonly List<string> Varnames = new();
    public readonly List<SymtableEntry> Children = new();
    public List<(string Name, Location Loc)>? Directives;
    public HashSet<string>? MangledNames;
    public string? ScopeInfo;

    public bool Nested, Generator, Coroutine, Varargs, Varkeywords, ReturnsValue, NeedsClassClosure,
        CompInlined, CompIterTarget, CanSeeClassScope, NeedsClassdict, HasConditionalAnnotations,
        InConditionalBlock, InUnevaluatedAnnotation, HasDocstring, Method, AnnotationsUsed;
    public int CompIterExpr;
    public ComprehensionType Comprehension;
    public SymtableEntry? AnnotationBlock;

    public SymtableEntry(string name, BlockType type, object key, Location loc)
    {
        Name = name;
        Type = type;
        Key = key;
        Loc = loc;
    }

    public bool IsFunctionLike => Type is BlockType.Function or BlockType.Annotation or BlockType.TypeVariable
        or BlockType.TypeAlias or BlockType.TypeParameters;

    public long GetSymbol(string name) => Symbols.TryGetValue(name, out long v) ? v : 0;

    public int GetScope(string name) => Sym.ToScope(GetSymbol(name));
}
