using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Ast;

/// <summary>One `_ast` class: name, base, fields with ASDL types, the attributes it adds, docstring.</summary>
public sealed record AstClassSpec(string Name, string Base, (string Name, string Type)[] Fields, (string Name, string Type)[] Attributes, string Doc)
{
    /// <summary>The class's attributes with its bases' (filled when the classes are made).</summary>
    public (string Name, string Type)[] AllAttributes = [];
}

/// <summary>
/// The node classes of one interpreter (Python-ast.c's struct ast_state, init_types): the
/// `_ast` module exports them, compile() converts trees to and from their instances.
/// </summary>
public sealed class AstState
{
    public readonly Dictionary<string, PyType> Classes = new();
    public readonly Dictionary<PyType, AstClassSpec> Specs = new();
    /// <summary>The one instance ast2obj uses for each field-less class (Load, Add, Eq...).</summary>
    public readonly Dictionary<string, PyObject> Singletons = new();
    public PyType ExprContext => Classes["expr_context"];
    public PyType Load => Classes["Load"];

    /// <summary>The interpreter's state, made on first use; null with an error set if that fails.</summary>
    public static AstState? Get()
    {
        var interp = Interpreter.Current;
        if (interp.Ast != null) return interp.Ast;
        var state = new AstState();
        if (!state.Init()) return null;
        return interp.Ast = state;
    }

    bool Init()
    {
        Classes["AST"] = PyAstObject.Type;
        // CPython's AST is a heap type without Py_TPFLAGS_IMMUTABLETYPE: its attributes can be set.
        PyAstObject.Type.tp_flags &= ~TypeFlags.ImmutableType;
        var dict = PyAstObject.Type.tp_dict;
        foreach (var name in (string[])["_fields", "_attributes", "__match_args__"])
            dict.SetItemString(name, PyTuple.Empty);
        foreach (var spec in AstModule.Specs) if (!MakeClass(spec)) return false;
        // _field_types name classes made later (Module's body is list[ast.stmt]), so it comes second.
        foreach (var spec in AstModule.Specs)
            if ((spec.Fields.Length > 0 || !IsSum(spec.Name)) && !SetFieldTypes(spec)) return false;
        foreach (var spec in AstModule.Specs)
        {
            if (spec.Fields.Length > 0 || IsSum(spec.Name)) continue;
            var single = Calls.CallNoArgs(Classes[spec.Name]);
            if (single == null) return false;
            Singletons[spec.Name] = single;
        }
        return true;
    }

    static bool IsSum(string name)
    {
        foreach (var s in AstModule.Specs) if (s.Base == name) return true;
        return false;
    }

    bool MakeClass(AstClassSpec spec)
    {
        var baseType = Classes[spec.Base];
        spec.AllAttributes = Specs.TryGetValue(baseType, out var baseSpec) ? [.. baseSpec.AllAttributes, .. spec.Attributes] : spec.Attributes;
        var ns = PyDict.New();
        var fieldNames = new PyObject[spec.Fields.Length];
        for (int i = 0; i < fieldNames.Length; i++) fieldNames[i] = PyUnicode.Intern(spec.Fields[i].Name);
        var fieldTuple = PyTuple.FromBorrowed(fieldNames);
        ns.SetItemString("_fields", fieldTuple);
        ns.SetItemString("__match_args__", fieldTuple);
        Py.DECREF(fieldTuple);
        var module = PyUnicode.FromString("ast");
        ns.SetItemString("__module__", module);
        Py.DECREF(module);
        var doc = PyUnicode.FromString(spec.Doc);
        ns.SetItemString("__doc__", doc);
        Py.DECREF(doc);
        if (spec.Attributes.Length > 0)
        {
            var attrs = new PyObject[spec.Attributes.Length];
            for (int i = 0; i < attrs.Length; i++) attrs[i] = PyUnicode.Intern(spec.Attributes[i].Name);
            var attrTuple = PyTuple.FromBorrowed(attrs);
            ns.SetItemString("_attributes", attrTuple);
            Py.DECREF(attrTuple);
            foreach (var (name, type) in spec.Attributes)
                if (type.EndsWith('?')) ns.SetItemString(name, Py.None);
        }
        // Optional fields read None from the class when a node leaves them unset.
        foreach (var (name, type) in spec.Fields)
            if (type.EndsWith('?')) ns.SetItemString(name, Py.None);
        var args = PyTuple.FromStolen([PyUnicode.FromString(spec.Name), PyTuple.Pack(baseType), ns]);
        var cls = Calls.CallTuple(PyType.Type, args);
        Py.DECREF(args);
        if (cls == null) return false;
        Classes[spec.Name] = (PyType)cls;
        Specs[(PyType)cls] = spec;
        return true;
    }

    bool SetFieldTypes(AstClassSpec spec)
    {
        var fieldTypes = PyDict.New();
        foreach (var (name, type) in spec.Fields)
        {
            var annotation = Annotation(type);
            if (annotation == null) { Py.DECREF(fieldTypes); return false; }
            fieldTypes.SetItemString(name, annotation);
            Py.DECREF(annotation);
        }
        // The field types are also the class's annotations (ast.arguments.__annotations__).
        int rc = Abstract.SetAttr(Classes[spec.Name], PyUnicode.Intern("_field_types"), fieldTypes);
        if (rc == 0) rc = Abstract.SetAttr(Classes[spec.Name], PyUnicode.Intern("__annotations__"), fieldTypes);
        Py.DECREF(fieldTypes);
        return rc == 0;
    }

    /// <summary>The `_field_types` entry for an ASDL type: ast.expr, ast.expr | None, list[ast.stmt], str, int, object.</summary>
    PyObject? Annotation(string asdl)
    {
        if (asdl.EndsWith('*'))
        {
            var item = Annotation(asdl[..^1]);
            if (item == null) return null;
            var alias = PyGenericAlias.New(PyList.Type, item);
            Py.DECREF(item);
            return alias;
        }
        if (asdl.EndsWith('?'))
        {
            var item = Annotation(asdl[..^1]);
            if (item == null) return null;
            var union = PyUnion.TypeOr(item, Py.None);
            Py.DECREF(item);
            return union;
        }
        PyObject t = asdl switch
        {
            "str" => PyUnicode.Type,
            "int" => PyLong.Type,
            "object" => PyBaseObject.Type,
            _ => Classes[asdl],
        };
        return Py.NewRef(t);
    }
}
