using System.Collections;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Parser.Ast;
using Sharpy.Runtime;

namespace Sharpy.Modules.Ast;

/// <summary>
/// ast2obj (Python-ast.c PyAST_mod2obj): the compiler's tree as instances of the `ast`
/// classes, what compile(..., PyCF_ONLY_AST) and ast.parse return. Every field and
/// position attribute is set, None where the tree has nothing.
/// </summary>
public static class AstToObject
{
    public static PyObject? Convert(Mod tree, string filename)
    {
        var state = AstState.Get();
        return state == null ? null : Node(state, tree, filename);
    }

    static PyObject? Node(AstState state, Node node, string filename)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
        var cls = state.Classes[node.AstName];
        var spec = state.Specs[cls];
        var obj = new PyAstObject(cls);
        var dict = obj.Dict = PyDict.New();
        for (int i = 0; i < spec.Fields.Length; i++)
        {
            var value = Value(state, node.GetField(i), spec.Fields[i].Type, filename);
            if (value == null) { Py.DECREF(obj); return null; }
            dict.SetItemString(spec.Fields[i].Name, value);
            Py.DECREF(value);
        }
        if (node is LocatedNode at && spec.AllAttributes.Length > 0)
        {
            dict.SetItemStringSteal("lineno", PyLong.FromLong(at.Lineno));
            dict.SetItemStringSteal("col_offset", PyLong.FromLong(at.ColOffset));
            dict.SetItemStringSteal("end_lineno", PyLong.FromLong(at.EndLineno));
            dict.SetItemStringSteal("end_col_offset", PyLong.FromLong(at.EndColOffset));
        }
        return obj;
    }

    /// <summary>A field's value; <paramref name="asdl"/> says how a string or number is meant.</summary>
    static PyObject? Value(AstState state, object? value, string asdl, string filename)
    {
        // A Constant's value may be bytes or a folded tuple: arrays, but not node lists.
        if (asdl.TrimEnd('?') == "object") return Constants.ToPython(value, filename);
        switch (value)
        {
            case null: return Py.None;
            case Node n: return Node(state, n, filename);
            case IList list:
                var result = PyList.New(list.Count);
                string itemType = asdl.TrimEnd('*');
                foreach (var item in list)
                {
                    var o = Value(state, item, itemType, filename);
                    if (o == null) { Py.DECREF(result); return null; }
                    result.AppendSteal(o);
                }
                return result;
            case System.Enum e: return Py.NewRef(state.Singletons[e.ToString()]);
        }
        return value switch
        {
            // Identifiers are interned, as the parser's _PyPegen_new_identifier does (the table
            // does not tell them from the few `string` fields, type comments, which may be too).
            string s => Py.NewRef(PyUnicode.Intern(s)),
            int i => PyLong.FromLong(i),
            _ => Constants.ToPython(value, filename),
        };
    }
}
