using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Parser.Ast;
using Sharpy.Runtime;

namespace Sharpy.Modules.Ast;

/// <summary>
/// obj2ast (Python-ast.c PyAST_obj2mod): instances of the `ast` classes back into the
/// compiler's tree, for compile(tree, ...), with CPython's TypeErrors for a missing field,
/// a wrong type or a node of the wrong kind.
/// </summary>
public static class ObjectToAst
{
    /// <summary>The tree for compile mode <paramref name="mode"/> ("exec", "eval", "single", "func_type"); null with an error set.</summary>
    public static Mod? Convert(PyObject obj, string mode)
    {
        if (!CheckMode(obj, mode)) return null;
        return Value(AstState.Get()!, obj, "mod", "mod") as Mod;
    }

    /// <summary>Whether <paramref name="obj"/> is the node compile()'s <paramref name="mode"/> takes
    /// (Module for 'exec'...); false with TypeError set if not.</summary>
    public static bool CheckMode(PyObject obj, string mode)
    {
        var state = AstState.Get();
        if (state == null) return false;
        string expected = mode switch { "exec" => "Module", "eval" => "Expression", "single" => "Interactive", _ => "FunctionType" };
        if (Abstract.TypeCheck(obj, state.Classes[expected])) return true;
        Errors.SetString(PyExc.TypeError, $"expected {expected} node, got {obj.ob_type.tp_name}");
        return false;
    }

    /// <summary>True when the object is an instance of `ast.AST` (PyAST_Check).</summary>
    public static bool IsAst(PyObject obj) => obj is PyAstObject;

    static readonly object Failed = new();

    /// <summary>One value of ASDL type <paramref name="asdl"/> (no '?' or '*'); Failed with an error set.</summary>
    static object? Value(AstState state, PyObject obj, string asdl, string owner)
    {
        switch (asdl)
        {
            case "str":
                if (obj is PyUnicode u) return u.Value;
                Errors.SetString(PyExc.TypeError, IsStringField(owner) ? "AST string must be of type str" : "AST identifier must be of type str");
                return Failed;
            case "int":
                if (obj is PyLong l && !l.IsBig && l.Value is >= int.MinValue and <= int.MaxValue) return (int)l.Value;
                Errors.SetString(PyExc.ValueError, $"invalid integer value: {Abstract.ReprString(obj)}");
                return Failed;
            case "object":
                return Constant(obj);
        }
        var baseCls = state.Classes[asdl];
        if (!Abstract.TypeCheck(obj, baseCls))
        {
            Errors.SetString(PyExc.TypeError, $"expected some sort of {asdl}, but got {Abstract.ReprString(obj)}");
            return Failed;
        }
        AstClassSpec? spec = null;
        foreach (var t in obj.ob_type.tp_mro.Items)
            if (t is PyType pt && state.Specs.TryGetValue(pt, out spec)) break;
        if (NodeFactory.EnumValue(spec!.Name) is { } e) return e;
        var node = NodeFactory.Create(spec.Name);
        if (node == null)
        {
            Errors.SetString(PyExc.TypeError, $"expected some sort of {asdl}, but got {Abstract.ReprString(obj)}");
            return Failed;
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded during ast construction");
            return Failed;
        }
        // Positions first, then fields, as CPython's obj2ast_* read them.
        if (node is LocatedNode located && spec.AllAttributes.Length > 0 && !Positions(state, obj, located, asdl)) return Failed;
        for (int i = 0; i < spec.Fields.Length; i++)
        {
            var (name, type) = spec.Fields[i];
            var v = Field(state, obj, name, type, spec.Name, spec.Name + "." + name);
            if (v == Failed) return Failed;
            node.SetField(i, v);
        }
        return node;
    }

    /// <summary>A field read off the node: '?' allows None or absence, '*' wants a list (absent: empty).</summary>
    static object? Field(AstState state, PyObject obj, string name, string type, string owner, string? path = null)
    {
        int found = Abstract.LookupAttr(obj, PyUnicode.Intern(name), out var value);
        if (found < 0) return Failed;
        try
        {
            if (type.EndsWith('*'))
            {
                var items = new List<object?>();
                if (found == 0) return items;
                if (value is not PyList list)
                {
                    Errors.SetString(PyExc.TypeError, $"{owner} field \"{name}\" must be a list, not a {value!.ob_type.tp_name}");
                    return Failed;
                }
                string itemType = type[..^1];
                for (int i = 0; i < list.Count; i++)
                {
                    int size = list.Count;
                    var item = Py.NewRef(list.Items[i]);
                    // None in a list of statements or expressions is a null the validator reports
                    // (Dict.keys holds None for `**` entries).
                    var v = item == Py.None && itemType is "expr" or "stmt" ? null : Value(state, item, itemType.TrimEnd('?'), path ?? owner);
                    Py.DECREF(item);
                    if (v == Failed) return Failed;
                    if (list.Count != size)
                    {
                        Errors.SetString(PyExc.RuntimeError, $"{owner} field \"{name}\" changed size during iteration");
                        return Failed;
                    }
                    items.Add(v);
                }
                return items;
            }
            if (found == 0 || value == Py.None && type != "object")
            {
                if (type.EndsWith('?')) return null;
                if (found == 0)
                {
                    Errors.SetString(PyExc.TypeError, $"required field \"{name}\" missing from {owner}");
                    return Failed;
                }
                // None for a required node or identifier is null, which the node's constructor refuses.
                if (type is "mod" or "stmt" or "expr" or "excepthandler" or "pattern" or "type_ignore" or "type_param"
                    || type == "str" && !IsStringField(path ?? owner))
                {
                    Errors.SetString(PyExc.ValueError, $"field '{name}' is required for {owner}");
                    return Failed;
                }
            }
            return Value(state, value!, type.TrimEnd('?'), path ?? owner);
        }
        finally { if (value != null) Py.DECREF(value); }
    }

    /// <summary>
    /// The fields Python.asdl types `string` rather than `identifier` (both are str in `ast`):
    /// they have their own TypeError message. <paramref name="path"/> is "Owner.field".
    /// </summary>
    static bool IsStringField(string path) =>
        path.EndsWith(".type_comment") || path is "Constant.kind" or "TypeIgnore.tag";

    /// <summary>lineno and col_offset are required; end positions default to the start.</summary>
    static bool Positions(AstState state, PyObject obj, LocatedNode node, string owner)
    {
        if (Field(state, obj, "lineno", "int", owner) is not int lineno) return false;
        if (Field(state, obj, "col_offset", "int", owner) is not int col) return false;
        var endLine = Field(state, obj, "end_lineno", "int?", owner);
        if (endLine == Failed) return false;
        var endCol = Field(state, obj, "end_col_offset", "int?", owner);
        if (endCol == Failed) return false;
        node.Lineno = lineno;
        node.ColOffset = col;
        node.EndLineno = endLine as int? ?? lineno;
        node.EndColOffset = endCol as int? ?? col;
        return true;
    }

    /// <summary>A Constant's value in the AST constant convention; the types validate_constant allows.</summary>
    static object? Constant(PyObject obj)
    {
        switch (obj)
        {
            case PyNone: return null;
            case PyBool b: return b == PyBool.True;
            case PyLong l: return l.IsBig ? l.ToBigInteger() : l.Value;
            case PyFloat f: return f.Value;
            case PyComplex c: return c.Value;
            // A str with a lone surrogate keeps its code points: its Value would pair them up.
            case PyUnicode s: return s.HasLoneSurrogates ? StrValue.FromCodePoints(s.CodePoints()) : s.Value;
            case PyBytes bytes: return bytes.Value;
            case PyEllipsis: return EllipsisValue.Instance;
            case PyTuple t:
                var items = new object?[t.Count];
                for (int i = 0; i < items.Length; i++)
                    if ((items[i] = Constant(t.Items[i])) == Failed) return Failed;
                return items;
            case PyFrozenSet fs:
                var list = new List<object?>();
                var iter = Abstract.GetIter(fs);
                if (iter == null) return Failed;
                PyObject? item;
                while ((item = Abstract.IterNext(iter)) != null)
                {
                    var v = Constant(item);
                    Py.DECREF(item);
                    if (v == Failed) { Py.DECREF(iter); return Failed; }
                    list.Add(v);
                }
                Py.DECREF(iter);
                return new FrozenSetConstant([.. list]);
        }
        Errors.SetString(PyExc.TypeError, $"got an invalid type in Constant: {obj.ob_type.tp_name}");
        return Failed;
    }
}
