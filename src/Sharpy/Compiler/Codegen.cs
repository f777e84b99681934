using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// AST to instruction sequences (Python/codegen.c, with the unit bookkeeping of
/// Python/compile.c). One instance compiles one module; nested code objects are
/// optimized and assembled as their scopes close.
/// </summary>
sealed partial class Codegen
{
    readonly Symtable _st;
    readonly string _filename;
    readonly bool _futureAnnotations;
    /// <summary>Compiling an `Interactive` module: expression statements at top level print their value.</summary>
    bool _interactive;
    readonly List<CompilerUnit> _stack = new();
    CompilerUnit _u = null!;
    public CompileError? Error;

    const int StackUseGuideline = 30;
    const int MaxBlocks = 21;

    /// <summary>compile()'s optimize level (0, 1 or 2): above 0, assert statements compile to nothing.</summary>
    readonly int _optimize;

    Codegen(Symtable st, string filename, FutureFeatures future, int optimize)
    {
        _st = st;
        _filename = filename;
        _futureAnnotations = future.Annotations;
        _optimize = optimize;
    }

    /// <summary>The SyntaxWarnings codegen emits are appended to <paramref name="warnings"/>.</summary>
    public static CodeObject? CompileModule(Mod mod, Symtable st, string filename, FutureFeatures future, int optimize,
        out CompileError? error, List<CompileWarning>? warnings)
    {
        var c = new Codegen(st, filename, future, optimize);
        c.EnterScope("<module>", ScopeType.Module, new BlockKey(mod), 1, null, 0, 0, 0);
        switch (mod)
        {
            case Module m: c.ModuleBody(m.Body, false); break;
            case Interactive i:
                c._interactive = true;
                c.ModuleBody(i.Body, true);
                break;
            case Expression e: c.VisitExpr(e.Body); break;
        }
        var co = c.OptimizeAndAssemble(mod is not Expression);
        c.ExitScope();
        warnings?.AddRange(c.Warnings);
        error = c.Error;
        return error == null ? co : null;
    }

    /// <summary>_PyCodegen_Module: an exec or single body, after the set that records which of its
    /// annotations ran when it has conditional ones.</summary>
    void ModuleBody(List<Stmt> body, bool isInteractive)
    {
        var start = body.Count > 0 ? Loc(body[0]) : new Location(1, 1, 0, 0);
        if (_u.Ste.HasConditionalAnnotations)
        {
            AddopI(Op.BUILD_SET, 0, start);
            AddopN(Op.STORE_NAME, _u.Names, "__conditional_annotations__", start);
        }
        Body(start, body, isInteractive);
    }

    /// <summary>The docstring of a body (a str value), if its first statement is a str constant.</summary>
    public static object? GetDocString(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant c } && StrValue.Is(c.Value) ? c.Value : null;

    /// <summary>
    /// The docstring of a body as co_consts and __doc__ hold it (_PyCompile_CleanDoc). CPython
    /// cleans it as UTF-8, so a docstring with a lone surrogate fails with UnicodeEncodeError.
    /// </summary>
    object CleanedDocString(List<Stmt> body)
    {
        var doc = GetDocString(body)!;
        if (doc is string s) return CleanDoc.Clean(s);
        Error ??= new CompileError { ExceptionType = "UnicodeEncodeError", Unencodable = (SurrogateStr)doc, Filename = _filename };
        return doc;
    }

    // ---- errors ----

    void SetError(string msg, Location loc)
    {
        Error ??= new CompileError
        {
            ExceptionType = "SyntaxError", Message = msg, Filename = _filename,
            Lineno = loc.Lineno, Offset = loc.ColOffset + 1, EndLineno = loc.EndLineno, EndOffset = loc.EndColOffset + 1,
        };
    }

    void SetSystemError(string msg) =>
        Error ??= new CompileError { ExceptionType = "SystemError", Message = msg, Filename = _filename };

    void SetRecursionError() =>
        Error ??= new CompileError
        {
            ExceptionType = "RecursionError", Message = "maximum recursion depth exceeded during compilation", Filename = _filename,
        };

    // ---- emitting ----

    static Location Loc(LocatedNode n) => Location.Of(n);

    int NewLabel() => _u.Seq.NewLabel();

    void UseLabel(int label) => _u.Seq.UseLabel(label);

    void Addop(int op, Location loc) => _u.Seq.Addop(op, 0, loc);

    void AddopI(int op, int oparg, Location loc) => _u.Seq.Addop(op, oparg, loc);

    void AddopJump(int op, int label, Location loc) => _u.Seq.Addop(op, label, loc);

    void AddopLoadConst(object? value, Location loc) => AddopI(Op.LOAD_CONST, _u.Consts.Add(value), loc);

    const int LOAD_METHOD = -1, LOAD_SUPER_METHOD = -2, LOAD_ZERO_SUPER_ATTR = -3, LOAD_ZERO_SUPER_METHOD = -4;

    string MaybeMangle(string name)
    {
        if (_u.Ste.MangledNames != null && !_u.Ste.MangledNames.Contains(name))
            return name;
        return Symtable.Mangle(_u.Private, name);
    }

    /// <summary>An instruction whose oparg indexes a name table, with mangling (codegen_addop_name).</summary>
    void AddopName(int op, NameTable table, string name, Location loc)
    {
        int arg = table.Add(MaybeMangle(name));
        switch (op)
        {
            case Op.LOAD_ATTR: arg <<= 1; break;
            case LOAD_METHOD: op = Op.LOAD_ATTR; arg = (arg << 1) | 1; break;
            case Op.LOAD_SUPER_ATTR: arg = (arg << 2) | 2; break;
            case LOAD_SUPER_METHOD: op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; break;
            case LOAD_ZERO_SUPER_ATTR: op = Op.LOAD_SUPER_ATTR; arg <<= 2; break;
            case LOAD_ZERO_SUPER_METHOD: op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; break;
        }
        AddopI(op, arg, loc);
    }

    /// <summary>An instruction whose oparg indexes a name table, without mangling (ADDOP_N).</summary>
    void AddopN(int op, NameTable table, string name, Location loc) => AddopI(op, table.Add(name), loc);

    // ---- frame blocks ----

    void PushFBlock(Location loc, FBlockType t, int block, int exit, object? datum)
    {
        if (_u.FBlocks.Count >= MaxBlocks)
        {
            SetError("too many statically nested blocks", loc);
            return;
        }
        _u.FBlocks.Add(new FBlockInfo(t, block, exit, datum, loc));
        if (t == FBlockType.FinallyEnd) _disableWarning++;
    }

    void PopFBlock()
    {
        if (_u.FBlocks.Count > 0)
        {
            if (_u.FBlocks[^1].Type == FBlockType.FinallyEnd) _disableWarning--;
            _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        }
    }

    FBlockInfo? TopFBlock() => _u.FBlocks.Count > 0 ? _u.FBlocks[^1] : null;

    // ---- scopes ----

    void EnterScope(string name, ScopeType scopeType, BlockKey key, int lineno, string? privateName,
        int argcount, int posonly, int kwonly)
    {
        var ste = _st.Lookup(key);
        if (_u != null)
        {
            privateName ??= _u.Private;
            _stack.Add(_u);
        }
        var u = new CompilerUnit(ste, scopeType, name, privateName, lineno)
        {
            ArgCount = argcount, PosOnlyArgCount = posonly, KwOnlyArgCount = kwonly,
        };
        foreach (var v in ste.Varnames) u.Varnames.Add(v);
        var cells = new List<string>();
        foreach (var (n, flags) in ste.Symbols)
            if (Sym.ToScope(flags) == Sym.CELL || (flags & Sym.DEF_COMP_CELL) != 0)
                cells.Add(n);
        cells.Sort(System.StringComparer.Ordinal);
        foreach (var n in cells) u.Cellvars.Add(n);
        if (ste.NeedsClassClosure) u.Cellvars.Add("__class__");
        if (ste.NeedsClassdict) u.Cellvars.Add("__classdict__");
        if (ste.HasConditionalAnnotations) u.Cellvars.Add("__conditional_annotations__");
        var frees = new List<string>();
        foreach (var (n, flags) in ste.Symbols)
            if (Sym.ToScope(flags) == Sym.FREE || (flags & Sym.DEF_FREE_CLASS) != 0)
                frees.Add(n);
        frees.Sort(System.StringComparer.Ordinal);
        foreach (var n in frees) u.Freevars.Set(n, u.Cellvars.Count + u.Freevars.Count);
        _u = u;
        if (scopeType != ScopeType.Module)
            SetQualname();
        var loc = new Location(scopeType == ScopeType.Module ? 0 : lineno, lineno, 0, 0);
        if (scopeType == ScopeType.Module)
            loc = loc with { EndLineno = lineno };
        AddopI(Op.RESUME, Oparg.RESUME_AT_FUNC_START, loc);
    }

    void ExitScope()
    {
        if (_stack.Count > 0)
        {
            _u = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    void SetQualname()
    {
        var u = _u;
        string? bas = null;
        if (_stack.Count > 1)
        {
            var parent = _stack[^1];
            if (parent.ScopeType == ScopeType.Annotations)
            {
                if (_stack.Count == 2)
                {
                    u.QualName = u.Name;
                    return;
                }
                parent = _stack[^2];
            }
            bool forceGlobal = false;
            if (u.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Class)
            {
                string mangled = Symtable.Mangle(parent.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == Sym.GLOBAL_EXPLICIT)
                    forceGlobal = true;
            }
            if (!forceGlobal)
                bas = parent.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Lambda
                    ? parent.QualName + ".<locals>" : parent.QualName;
        }
        u.QualName = bas != null ? bas + "." + u.Name : u.Name;
    }

    bool IsInInlinedComp => _u.InInlinedComp > 0;

    // ---- names ----

    enum OpType { Fast, Global, Deref, Name }

    void Nameop(string name, ExprContext ctx, Location loc)
    {
        string mangled = MaybeMangle(name);
        int scope = _u.Ste.GetScope(mangled);
        var optype = OpType.Name;
        NameTable dict = _u.Names;
        switch (scope)
        {
            case Sym.FREE: dict = _u.Freevars; optype = OpType.Deref; break;
            case Sym.CELL: dict = _u.Cellvars; optype = OpType.Deref; break;
            case Sym.LOCAL:
                if (_u.Ste.IsFunctionLike || (_u.FastHidden.TryGetValue(mangled, out bool h) && h))
                    optype = OpType.Fast;
                break;
            case Sym.GLOBAL_IMPLICIT:
                if (_u.Ste.IsFunctionLike) optype = OpType.Global;
                break;
            case Sym.GLOBAL_EXPLICIT: optype = OpType.Global; break;
        }
        int op = 0;
        switch (optype)
        {
            case OpType.Deref:
                switch (ctx)
                {
                    case ExprContext.Load:
                        if (_u.Ste.Type == BlockType.Class && !IsInInlinedComp)
                        {
                            op = Op.LOAD_FROM_DICT_OR_DEREF;
                            Addop(Op.LOAD_LOCALS, loc);
                        }
                        else if (_u.Ste.CanSeeClassScope)
                        {
                            op = Op.LOAD_FROM_DICT_OR_DEREF;
                            AddopN(Op.LOAD_DEREF, _u.Freevars, "__classdict__", loc);
                        }
                        else
                            op = Op.LOAD_DEREF;
                        break;
                    case ExprContext.Store: op = Op.STORE_DEREF; break;
                    default: op = Op.DELETE_DEREF; break;
                }
                break;
            case OpType.Fast:
                op = ctx switch { ExprContext.Load => Op.LOAD_FAST, ExprContext.Store => Op.STORE_FAST, _ => Op.DELETE_FAST };
                AddopN(op, _u.Varnames, mangled, loc);
                return;
            case OpType.Global:
                switch (ctx)
                {
                    case ExprContext.Load:
                        if (_u.Ste.CanSeeClassScope && scope == Sym.GLOBAL_IMPLICIT)
                        {
                            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
                            AddopN(Op.LOAD_DEREF, _u.Freevars, "__classdict__", loc);
                        }
                        else
                            op = Op.LOAD_GLOBAL;
                        break;
                    case ExprContext.Store: op = Op.STORE_GLOBAL; break;
                    default: op = Op.DELETE_GLOBAL; break;
                }
                break;
            case OpType.Name:
                op = ctx switch
                {
                    ExprContext.Load => _u.Ste.Type == BlockType.Class && IsInInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME,
                    ExprContext.Store => Op.STORE_NAME,
                    _ => Op.DELETE_NAME,
                };
                break;
        }
        int arg = dict.Add(mangled);
        if (op == Op.LOAD_GLOBAL) arg <<= 1;
        AddopI(op, arg, loc);
    }

    /// <summary>
    /// The index of a name in the enclosing unit for LOAD_CLOSURE (_PyCompile_LookupArg), or -1
    /// with a SystemError recorded when the symbol table left the name unresolved (a compiler bug,
    /// reported as CPython reports it rather than crashing).
    /// </summary>
    int LookupArg(string? name, CodeObject co)
    {
        if (name == null)
        {
            // A free variable the nested unit added while compiling (the __classdict__ that
            // LOAD_FROM_DICT_OR_GLOBALS loads, when the symbol table did not make it free) takes
            // a cell's index and leaves a slot without a name; CPython reads that empty slot
            // as a name and fails in _PyST_GetScope.
            SetSystemError($"_PyST_GetScope(name=<NULL>) failed: unknown scope in unit {_u.Name}");
            return -1;
        }
        int reftype = GetRefType(name);
        if (reftype == 0)
            return -1;
        var table = reftype == Sym.CELL ? _u.Cellvars : _u.Freevars;
        if (table.TryGet(name, out int arg))
            return arg;
        var freevars = co.FreeVars;
        string tuple = freevars.Length == 1 ? $"('{freevars[0]}',)" : "('" + string.Join("', '", freevars) + "')";
        SetSystemError($"compiler_lookup_arg(name='{name}') with reftype={reftype} failed in {_u.Name}; "
            + $"freevars of code {co.Name}: {tuple}");
        return -1;
    }

    /// <summary>_PyCompile_GetRefType: the scope of a name in the current unit; 0 with a SystemError if it has none.</summary>
    int GetRefType(string name)
    {
        if (_u.ScopeType == ScopeType.Class
            && name is "__class__" or "__classdict__" or "__conditional_annotations__")
            return Sym.CELL;
        int scope = _u.Ste.GetScope(name);
        if (scope == 0)
            SetSystemError($"_PyST_GetScope(name='{name}') failed: unknown scope in unit {_u.Name}");
        return scope;
    }
}
