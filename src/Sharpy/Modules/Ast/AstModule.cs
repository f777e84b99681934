using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Ast;

/// <summary>
/// The `_ast` module (Python/Python-ast.c's astmodule_exec): the node classes, made from the
/// generated table <see cref="Specs"/>, and the compile() flags that ask for a tree.
/// </summary>
[PyModule("_ast")]
public static partial class AstModule
{
    public const int PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
        PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

    [PyConstant("PyCF_ONLY_AST")] static PyObject OnlyAst => PyLong.FromLong(PyCF_ONLY_AST);
    [PyConstant("PyCF_TYPE_COMMENTS")] static PyObject TypeComments => PyLong.FromLong(PyCF_TYPE_COMMENTS);
    [PyConstant("PyCF_ALLOW_TOP_LEVEL_AWAIT")] static PyObject AllowTopLevelAwait => PyLong.FromLong(PyCF_ALLOW_TOP_LEVEL_AWAIT);
    [PyConstant("PyCF_OPTIMIZED_AST")] static PyObject OptimizedAst => PyLong.FromLong(PyCF_OPTIMIZED_AST);

    public static int InitModule(PyModule m)
    {
        var state = AstState.Get();
        if (state == null) return -1;
        foreach (var (name, cls) in state.Classes) m.Dict.SetItemString(name, cls);
        return 0;
    }
}
