using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

enum ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension, Annotations }

enum FBlockType
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator, StopIteration,
}

/// <summary>A frame block: a statement whose exit needs cleanup code (_PyCompile_FBlockInfo).</summary>
sealed record FBlockInfo(FBlockType Type, int Block, int Exit, object? Datum, Location Loc);

/// <summary>An insertion-ordered set of names, each with its index.</summary>
sealed class NameTable
{
    readonly OrderedDictionary<string, int> _map = new();

    public int Count => _map.Count;

    public int Add(string name)
    {
        if (_map.TryGetValue(name, out int i)) return i;
        _map.Add(name, _map.Count);
        return _map.Count - 1;
    }

    public void Set(string name, int index) => _map[name] = index;

    public bool TryGet(string name, out int index) => _map.TryGetValue(name, out index);

    public bool Contains(string name) => _map.ContainsKey(name);

    public IEnumerable<KeyValuePair<string, int>> Items => _map;

    public string[] Names()
    {
        var r = new string[_map.Count];
        foreach (var (k, v) in _map) r[v] = k;
        return r;
    }
}

/// <summary>The constants of a unit, merged by <see cref="ConstEquality"/>.</summary>
sealed class ConstTable
{
    public readonly List<object?> Values = new();
    readonly Dictionary<object, int> _index = new(new KeyComparer());
    int _noneIndex = -1;

    public int Add(object? o)
    {
        if (o == null)
        {
            if (_noneIndex < 0) { _noneIndex = Values.Count; Values.Add(null); }
            return _noneIndex;
        }
        if (_index.TryGetValue(o, out int i)) return i;
        Values.Add(o);
        _index[o] = Values.Count - 1;
        return Values.Count - 1;
    }

    sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? a, object? b) => ConstEquality.Instance.Equals(a, b);
        public int GetHashCode(object o) => ConstEquality.Instance.GetHashCode(o);
    }
}

/// <summary>The state of one code block being compiled (struct compiler_unit in Python/compile.c).</summary>
sealed class CompilerUnit
{
    public readonly SymtableEntry Ste;
    public readonly ScopeType ScopeType;
    public readonly string Name;
    public string QualName = "";
    public readonly string? Private;
    public readonly ConstTable Consts = new();
    public readonly NameTable Names = new(), Varnames = new(), Cellvars = new(), Freevars = new();
    public readonly Dictionary<string, bool> FastHidden = new();
    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public readonly int FirstLineno;
    public InstructionSequence Seq = new();
    public readonly List<FBlockInfo> FBlocks = new();
    public readonly SortedSet<string>? StaticAttributes;
    public int InInlinedComp;
    public bool InConditionalBlock;
    public List<(AnnAssign Stmt, int CondIndex)>? DeferredAnnotations;
    public int NextConditionalAnnotationIndex;

    public CompilerUnit(SymtableEntry ste, ScopeType scopeType, string name, string? privateName, int firstLineno)
    {
        Ste = ste;
        ScopeType = scopeType;
        Name = name;
        Private = privateName;
        FirstLineno = firstLineno;
        if (scopeType == ScopeType.Class)
            StaticAttributes = new SortedSet<string>(System.StringComparer.Ordinal);
    }
}
