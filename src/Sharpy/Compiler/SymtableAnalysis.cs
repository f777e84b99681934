using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>
/// The second symbol table pass (analyze_block and friends in Python/symtable.c): decides
/// for every name whether it is local, global, free or a cell, and inlines comprehensions.
/// </summary>
sealed partial class Symtable
{
    void Analyze()
    {
        AnalyzeBlock(Top, null, new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), null);
    }

    bool ErrorAtDirective(SymtableEntry ste, string name, string msg)
    {
        foreach (var (n, loc) in ste.Directives!)
            if (n == name)
            {
                SetError(msg, loc);
                return false;
            }
        return false;
    }

    bool AnalyzeName(SymtableEntry ste, Dictionary<string, int> scopes, string name, long flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymtableEntry? classEntry)
    {
        if ((flags & Sym.DEF_GLOBAL) != 0)
        {
            if ((flags & Sym.DEF_NONLOCAL) != 0)
                return ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            scopes[name] = Sym.GLOBAL_EXPLICIT;
            global.Add(name);
            bound?.Remove(name);
            return true;
        }
        if ((flags & Sym.DEF_NONLOCAL) != 0)
        {
            if (bound == null)
                return ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                return ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            if (typeParams.Contains(name))
                return ErrorAtDirective(ste, name, $"nonlocal binding not allowed for type parameter '{name}'");
            scopes[name] = Sym.FREE;
            free.Add(name);
            return true;
        }
        if ((flags & Sym.DEF_BOUND) != 0)
        {
            scopes[name] = Sym.LOCAL;
            local.Add(name);
            global.Remove(name);
            if ((flags & Sym.DEF_TYPE_PARAM) != 0)
                typeParams.Add(name);
            else
                typeParams.Remove(name);
            return true;
        }
        if (classEntry != null)
        {
            long classFlags = classEntry.GetSymbol(name);
            if ((classFlags & Sym.DEF_GLOBAL) != 0)
            {
                scopes[name] = Sym.GLOBAL_EXPLICIT;
                return true;
            }
            if ((classFlags & Sym.DEF_BOUND) != 0 && (classFlags & Sym.DEF_NONLOCAL) == 0)
            {
                scopes[name] = Sym.GLOBAL_IMPLICIT;
                return true;
            }
        }
        if (bound != null && bound.Contains(name))
        {
            scopes[name] = Sym.FREE;
            free.Add(name);
            return true;
        }
        scopes[name] = Sym.GLOBAL_IMPLICIT;
        return true;
    }

    static bool IsFreeInAnyChild(SymtableEntry entry, string key)
    {
        foreach (var child in entry.Children)
            if (child.GetScope(key) == Sym.FREE)
                return true;
        return false;
    }

    static void InlineComprehension(SymtableEntry ste, SymtableEntry comp, Dictionary<string, int> scopes,
        HashSet<string> compFree, HashSet<string> inlinedCells)
    {
        List<string>? removeFromComp = null;
        foreach (var (k, compFlags) in comp.Symbols)
        {
            if ((compFlags & Sym.DEF_PARAM) != 0)
                continue;
            int scope = Sym.ToScope(compFlags);
            long onlyFlags = compFlags & ((1 << Sym.SCOPE_OFFSET) - 1);
            if (scope == Sym.CELL || (onlyFlags & Sym.DEF_COMP_CELL) != 0)
                inlinedCells.Add(k);
            bool exists = ste.Symbols.TryGetValue(k, out long flags);
            // These three are never free through a class scope (see DropClassFree), unless a
            // scope nested in the comprehension (a lambda) still needs the class's cell.
            if (scope == Sym.FREE && ste.Type == BlockType.Class
                && k is "__class__" or "__classdict__" or "__conditional_annotations__")
            {
                scope = Sym.GLOBAL_IMPLICIT;
                if (!IsFreeInAnyChild(comp, k))
                    compFree.Remove(k);
                (removeFromComp ??= new List<string>()).Add(k);
            }
            if (!exists)
            {
                ste.Symbols[k] = onlyFlags;
                scopes[k] = scope;
            }
            else if ((flags & Sym.DEF_BOUND) != 0 && ste.Type != BlockType.Class)
            {
                if (!IsFreeInAnyChild(comp, k))
                    compFree.Remove(k);
            }
        }
        if (removeFromComp != null)
            foreach (var k in removeFromComp)
                comp.Symbols.Remove(k);
    }

    static void AnalyzeCells(Dictionary<string, int> scopes, HashSet<string> free, HashSet<string> inlinedCells)
    {
        foreach (var name in new List<string>(scopes.Keys))
        {
            if (scopes[name] != Sym.LOCAL)
                continue;
            if (!free.Contains(name) && !inlinedCells.Contains(name))
                continue;
            scopes[name] = Sym.CELL;
            free.Remove(name);
        }
    }

    static void DropClassFree(SymtableEntry ste, HashSet<string> free)
    {
        if (free.Remove("__class__"))
            ste.NeedsClassClosure = true;
        if (free.Remove("__classdict__"))
            ste.NeedsClassdict = true;
        if (free.Remove("__conditional_annotations__"))
            ste.HasConditionalAnnotations = true;
    }

    static void UpdateSymbols(OrderedDictionary<string, long> symbols, Dictionary<string, int> scopes,
        HashSet<string>? bound, HashSet<string> free, HashSet<string> inlinedCells, bool classflag)
    {
        for (int i = 0; i < symbols.Count; i++)
        {
            var (name, flags) = symbols.GetAt(i);
            if (inlinedCells.Contains(name))
                flags |= Sym.DEF_COMP_CELL;
            flags |= (long)scopes[name] << Sym.SCOPE_OFFSET;
            symbols.SetAt(i, flags);
        }
        foreach (var name in free)
        {
            if (symbols.TryGetValue(name, out long v))
            {
                if (classflag)
                    symbols[name] = v | Sym.DEF_FREE_CLASS;
                continue;
            }
            if (bound != null && !bound.Contains(name))
                continue;
            symbols[name] = (long)Sym.FREE << Sym.SCOPE_OFFSET;
        }
    }

    bool AnalyzeBlock(SymtableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global,
        HashSet<string> typeParams, SymtableEntry? classEntry)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, int>();
        var newglobal = new HashSet<string>();
        var newfree = new HashSet<string>();
        var newbound = new HashSet<string>();
        var inlinedCells = new HashSet<string>();

        if (ste.Type == BlockType.Class)
        {
            newglobal.UnionWith(global);
            if (bound != null)
                newbound.UnionWith(bound);
        }
        foreach (var (name, flags) in ste.Symbols)
            if (!AnalyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry))
                return false;

        if (ste.Type != BlockType.Class)
        {
            if (ste.IsFunctionLike)
                newbound.UnionWith(local);
            if (bound != null)
                newbound.UnionWith(bound);
            newglobal.UnionWith(global);
        }
        else
        {
            newbound.Add("__class__");
            newbound.Add("__classdict__");
            newbound.Add("__conditional_annotations__");
        }

        foreach (var entry in ste.Children)
        {
            SymtableEntry? newClassEntry = null;
            if (entry.CanSeeClassScope)
            {
                if (ste.Type == BlockType.Class)
                    newClassEntry = ste;
                else if (classEntry != null)
                    newClassEntry = classEntry;
            }
            bool inlineComp = entry.Comprehension != ComprehensionType.None && !entry.Generator && !ste.CanSeeClassScope;
            var childFree = new HashSet<string>(newfree);
            if (!AnalyzeBlock(entry, new HashSet<string>(newbound), childFree, new HashSet<string>(newglobal),
                    new HashSet<string>(typeParams), newClassEntry))
                return false;
            if (inlineComp)
            {
                InlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.CompInlined = true;
            }
            newfree.UnionWith(childFree);
        }

        for (int i = ste.Children.Count - 1; i >= 0; i--)
        {
            var entry = ste.Children[i];
            if (entry.CompInlined)
            {
                ste.Children.RemoveAt(i);
                ste.Children.InsertRange(i, entry.Children);
            }
        }

        if (ste.IsFunctionLike)
            AnalyzeCells(scopes, newfree, inlinedCells);
        else if (ste.Type == BlockType.Class)
            DropClassFree(ste, newfree);
        UpdateSymbols(ste.Symbols, scopes, bound, newfree, inlinedCells,
            ste.Type == BlockType.Class || ste.CanSeeClassScope);
        free.UnionWith(newfree);
        return true;
    }
}
