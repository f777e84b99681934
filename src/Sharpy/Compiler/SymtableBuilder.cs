using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Identifies a scope by the AST node that opens it (CPython keys by pointer, sometimes pointer+1).</summary>
readonly record struct BlockKey(object Node, int Variant = 0);

/// <summary>
/// The first symbol table pass (Python/symtable.c): walks the AST, creates a scope per
/// block and records the raw facts about each name. <see cref="SymtableAnalysis"/> then
/// decides scopes.
/// </summary>
sealed partial class Symtable
{
    public readonly Dictionary<BlockKey, SymtableEntry> Blocks = new();
    public SymtableEntry Top = null!;
    public CompileError? Error;

    readonly string _filename;
    readonly FutureFeatures _future;
    readonly bool _futureAnnotations;
    readonly List<SymtableEntry> _stack = new();
    SymtableEntry _cur = null!;
    OrderedDictionary<string, long> _global = null!;
    string? _private;

    Symtable(string filename, FutureFeatures future)
    {
        _filename = filename;
        _future = future;
        _futureAnnotations = future.Annotations;
    }

    public static Symtable Build(Mod mod, string filename, FutureFeatures future)
    {
        var st = new Symtable(filename, future);
        st.EnterBlock("top", BlockType.Module, new BlockKey(mod), new Location(0, 0, 0, 0));
        st.Top = st._cur;
        switch (mod)
        {
            case Module m:
                if (Codegen.GetDocString(m.Body) != null)
                    st._cur.HasDocstring = true;
                foreach (var s in m.Body) st.VisitStmt(s);
                break;
            case Interactive i:
                foreach (var s in i.Body) st.VisitStmt(s);
                break;
            case Expression e:
                st.VisitExpr(e.Body);
                break;
        }
        st.ExitBlock();
        if (st.Error == null)
            st.Analyze();
        return st;
    }

    public SymtableEntry Lookup(BlockKey key) => Blocks[key];

    void SetError(string msg, Location loc)
    {
        Error ??= new CompileError
        {
            ExceptionType = "SyntaxError", Message = msg, Filename = _filename,
            Lineno = loc.Lineno, Offset = loc.ColOffset + 1, EndLineno = loc.EndLineno, EndOffset = loc.EndColOffset + 1,
        };
    }

    void SetRecursionError() =>
        Error ??= new CompileError
        {
            ExceptionType = "RecursionError", Message = "maximum recursion depth exceeded during compilation", Filename = _filename,
        };

    SymtableEntry NewEntry(string name, BlockType type, BlockKey key, Location loc)
    {
        var ste = new SymtableEntry(name, type, key, loc);
        if (_stack.Count > 0 && (_cur.Nested || _cur.IsFunctionLike))
            ste.Nested = true;
        if (_stack.Count > 0 && _cur.Type == BlockType.Class && type == BlockType.Function)
            ste.Method = true;
        Blocks[key] = ste;
        return ste;
    }

    void EnterExistingBlock(SymtableEntry ste, bool addToParent = true)
    {
        var prev = _stack.Count > 0 ? _cur : null;
        _stack.Add(ste);
        if (prev != null)
            ste.CompIterExpr = prev.CompIterExpr;
        if (prev?.MangledNames != null && ste.Type != BlockType.Class)
            ste.MangledNames = prev.MangledNames;
        _cur = ste;
        if (_futureAnnotations && ste.Type == BlockType.Annotation)
            return;
        if (ste.Type == BlockType.Module)
            _global = ste.Symbols;
        if (prev != null && addToParent)
            prev.Children.Add(ste);
    }

    void EnterBlock(string name, BlockType type, BlockKey key, Location loc)
    {
        var ste = NewEntry(name, type, key, loc);
        EnterExistingBlock(ste);
        if (type is BlockType.Annotation or BlockType.TypeVariable or BlockType.TypeAlias)
        {
            AddDef(".format", Sym.DEF_PARAM, loc);
            AddDef(".format", Sym.USE, loc);
        }
    }

    void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0)
            _cur = _stack[^1];
    }

    string MaybeMangle(SymtableEntry ste, string name)
    {
        if (ste.MangledNames != null && !ste.MangledNames.Contains(name))
            return name;
        return Mangle(_private, name);
    }

    /// <summary>_Py_Mangle: __private becomes _classname__private.</summary>
    public static string Mangle(string? privateName, string ident)
    {
        if (privateName == null || ident.Length < 2 || ident[0] != '_' || ident[1] != '_')
            return ident;
        if ((ident.EndsWith("__") && ident.Length >= 2) || ident.Contains('.'))
            return ident;
        string stripped = privateName.TrimStart('_');
        if (stripped.Length == 0)
            return ident;
        return "_" + stripped + ident;
    }

    long LookupEntry(SymtableEntry ste, string name) => ste.GetSymbol(MaybeMangle(ste, name));

    long LookupCur(string name) => LookupEntry(_cur, name);

    void AddDefHelper(string name, int flag, SymtableEntry ste, Location loc)
    {
        string mangled = MaybeMangle(_cur, name);
        long val;
        if (ste.Symbols.TryGetValue(mangled, out long o))
        {
            if ((flag & Sym.DEF_PARAM) != 0 && (o & Sym.DEF_PARAM) != 0)
            {
                SetError($"duplicate argument '{name}' in function definition", loc);
                return;
            }
            if ((flag & Sym.DEF_TYPE_PARAM) != 0 && (o & Sym.DEF_TYPE_PARAM) != 0)
            {
                SetError($"duplicate type parameter '{name}'", loc);
                return;
            }
            val = o | (long)flag;
        }
        else
            val = flag;
        if (ste.CompIterTarget)
        {
            if ((val & (Sym.DEF_GLOBAL | Sym.DEF_NONLOCAL)) != 0)
            {
                SetError($"comprehension inner loop cannot rebind assignment expression target '{name}'", loc);
                return;
            }
            val |= Sym.DEF_COMP_ITER;
        }
        ste.Symbols[mangled] = val;
        if ((flag & Sym.DEF_PARAM) != 0)
            ste.Varnames.Add(mangled);
        else if ((flag & Sym.DEF_GLOBAL) != 0)
            _global[mangled] = (_global.TryGetValue(mangled, out long g) ? g : 0) | (long)flag;
    }

    bool CheckName(string name, Location loc, ExprContext ctx)
    {
        if (ctx == ExprContext.Store && name == "__debug__")
        {
            SetError("cannot assign to __debug__", loc);
            return false;
        }
        if (ctx == ExprContext.Del && name == "__debug__")
        {
            SetError("cannot delete __debug__", loc);
            return false;
        }
        return true;
    }

    void AddDefCtx(string name, int flag, Location loc, ExprContext ctx)
    {
        int writeMask = Sym.DEF_PARAM | Sym.DEF_LOCAL | Sym.DEF_IMPORT;
        if ((flag & writeMask) != 0 && !CheckName(name, loc, ctx))
            return;
        if ((flag & Sym.DEF_TYPE_PARAM) != 0 && _cur.MangledNames != null)
            _cur.MangledNames.Add(name);
        AddDefHelper(name, flag, _cur, loc);
    }

    void AddDef(string name, int flag, Location loc) =>
        AddDefCtx(name, flag, loc, flag == Sym.USE ? ExprContext.Load : ExprContext.Store);

    void RecordDirective(string name, Location loc)
    {
        _cur.Directives ??= new();
        _cur.Directives.Add((MaybeMangle(_cur, name), loc));
    }
}
