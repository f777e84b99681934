using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>What the `from __future__ import` statements at the top of a module ask for (_PyFutureFeatures).</summary>
public sealed class FutureFeatures
{
    public bool Annotations;
    /// <summary>PyCF_ALLOW_TOP_LEVEL_AWAIT from compile()'s flags, which CPython merges into ff_features:
    /// the module's own code may use await, async for, async with and async comprehensions.</summary>
    public bool AllowTopLevelAwait;
    /// <summary>ff_location: where the last future statement is; a __future__ import after it is an
    /// error (the symbol table's check_import_from).</summary>
    public int Lineno = -1, ColOffset = -1, EndLineno = -1, EndColOffset = -1;
}

/// <summary>Python/future.c: reading the future statements, which may follow only a docstring or each other.</summary>
public static class Future
{
    public static FutureFeatures? Parse(Mod mod, string filename, out CompileError? error)
    {
        error = null;
        var ff = new FutureFeatures();
        var body = mod switch { Module m => m.Body, Interactive i => i.Body, _ => null };
        if (body == null) return ff;
        for (int i = Codegen.GetDocString(body) != null ? 1 : 0; i < body.Count; i++)
        {
            if (body[i] is not ImportFrom { Level: 0 or null, Module: "__future__" } s) break;
            if (!CheckFeatures(ff, s, filename, out error)) return null;
            ff.Lineno = s.Lineno;
            ff.ColOffset = s.ColOffset;
            ff.EndLineno = s.EndLineno;
            ff.EndColOffset = s.EndColOffset;
        }
        return ff;
    }

    static bool CheckFeatures(FutureFeatures ff, ImportFrom s, string filename, out CompileError? error)
    {
        error = null;
        foreach (var name in s.Names)
        {
            switch (name.Name)
            {
                // Features that are always on now, and barry_as_FLUFL, which the parser handles.
                case "nested_scopes" or "generators" or "division" or "absolute_import" or "with_statement"
                    or "print_function" or "unicode_literals" or "generator_stop" or "barry_as_FLUFL":
                    break;
                case "annotations":
                    ff.Annotations = true;
                    break;
                default:
                    error = new CompileError
                    {
                        Message = name.Name == "braces" ? "not a chance" : $"future feature {name.Name} is not defined",
                        Filename = filename, Lineno = name.Lineno, Offset = name.ColOffset + 1,
                        EndLineno = name.EndLineno, EndOffset = name.EndColOffset + 1, LocationAsAttributes = true,
                    };
                    return false;
            }
        }
        return true;
    }
}
