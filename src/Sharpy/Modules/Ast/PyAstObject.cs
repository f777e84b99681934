using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Ast;

/// <summary>
/// `ast.AST` (Python/Python-ast.c AST_object): the base of every node class. A node is just
/// its __dict__; the class says which names are fields (`_fields`, `_field_types`) and which
/// are position attributes (`_attributes`).
/// </summary>
[PyType("ast.AST", BaseType = true)]
public sealed partial class PyAstObject : PyObject, IWeakReferenceable
{
    public PyDict? Dict;
    public PyWeakReference? WeakRefList { get; set; }

    public PyAstObject(PyType type) : base(type) { }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear() => Py.CLEAR(ref Dict);

    [PySlot("tp_alloc")]
    static PyObject Alloc(PyType type) => new PyAstObject(type);

    [PyGetter("__dict__")]
    static PyObject? GetDict(PyAstObject self) => Py.NewRef(self.Dict ??= PyDict.New());

    /// <summary>
    /// ast_type_init: positional arguments fill `_fields` in order, keywords any field or
    /// attribute; a field left out gets [] (a list), Load() (an expr_context) or stays unset
    /// with a DeprecationWarning (3.13: an error from 3.15). Optional fields read None from
    /// the class. `_fields` and the keyword names are any objects, as in CPython (a non-str
    /// name fails at setattr, after the warnings).
    /// </summary>
    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var type = self.ob_type;
        int nkw = kwnames?.Count ?? 0, npos = args.Length - nkw;
        var fields = Abstract.GetAttr(type, PyUnicode.Intern("_fields"));
        if (fields == null) return -1;
        PyObject? attributes = null;
        PySet? remaining = null;
        try
        {
            long numfields = Abstract.Length(fields);
            if (numfields < 0) return -1;
            remaining = PySet.FromIterable(fields);
            if (remaining == null) return -1;
            if (numfields < npos)
            {
                Errors.SetString(PyExc.TypeError, $"{type.tp_name} constructor takes at most {numfields} positional argument{(numfields == 1 ? "" : "s")}");
                return -1;
            }
            for (int i = 0; i < npos; i++)
            {
                var name = Abstract.SequenceGetItem(fields, i);
                if (name == null) return -1;
                int rc = Abstract.SetAttr(self, name, args[i].AsBorrowed);
                int discarded = remaining.Discard(name);
                Py.DECREF(name);
                if (rc < 0 || discarded < 0) return -1;
            }
            for (int i = 0; i < nkw; i++)
            {
                var key = kwnames!.Items[i];
                int contains = Abstract.Contains(fields, key);
                if (contains < 0) return -1;
                if (contains == 1)
                {
                    int p = remaining.Discard(key);
                    if (p < 0) return -1;
                    if (p == 0)
                    {
                        var r = Abstract.Repr(key);
                        if (r == null) return -1;
                        Errors.SetString(PyExc.TypeError, $"{type.tp_name} got multiple values for argument {((PyUnicode)r).Value}");
                        Py.DECREF(r);
                        return -1;
                    }
                }
                else
                {
                    if (attributes == null)
                    {
                        attributes = Abstract.GetAttr(type, PyUnicode.Intern("_attributes"));
                        if (attributes == null) return -1;
                    }
                    int isAttribute = Abstract.Contains(attributes, key);
                    if (isAttribute < 0) return -1;
                    if (isAttribute == 0)
                    {
                        var r = Abstract.Repr(key);
                        if (r == null) return -1;
                        int w = Warnings.WarnEx(PyExc.DeprecationWarning, $"{type.tp_name}.__init__ got an unexpected keyword argument {((PyUnicode)r).Value}. "
                            + "Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.", 1);
                        Py.DECREF(r);
                        if (w < 0) return -1;
                    }
                }
                if (Abstract.SetAttr(self, key, args[npos + i].AsBorrowed) < 0) return -1;
            }
            return remaining.Count == 0 ? 0 : FillMissingFields(self, remaining);
        }
        finally
        {
            Py.DECREF(fields);
            Py.XDECREF(attributes);
            Py.XDECREF(remaining);
        }
    }

    /// <summary>The fields no argument gave, in the set's order (as ast_type_init walks them).</summary>
    static int FillMissingFields(PyObject self, PySet remaining)
    {
        var type = self.ob_type;
        int found = Abstract.LookupAttr(type, PyUnicode.Intern("_field_types"), out var fieldTypes);
        if (found < 0) return -1;
        if (found == 0) return 0;   // a user's AST subclass without _field_types: nothing to fill
        var names = new List<PyObject>();
        int pos = 0;
        while (remaining.NextEntry(ref pos, out var key, out _)) names.Add(Py.NewRef(key));
        try
        {
            var state = AstState.Get();
            if (state == null) return -1;
            foreach (var name in names)
            {
                if (fieldTypes is not PyDict d)
                {
                    Errors.SetString(PyExc.SystemError, "bad argument to internal function");
                    return -1;
                }
                var fieldType = d.GetItemWithError(name);
                if (fieldType == null && Errors.Occurred()) return -1;
                PyObject? value = null;
                if (fieldType == null)
                {
                    if (WarnWithName(name, n => $"Field {n} is missing from {type.tp_name}._field_types. This will become an error in Python 3.15.") < 0)
                        return -1;
                    continue;
                }
                if (fieldType is PyUnion) continue;   // optional: None from the class
                if (fieldType is PyGenericAlias) value = PyList.New();
                else if (fieldType == state.ExprContext) value = Calls.CallNoArgs(state.Load);
                else
                {
                    if (WarnWithName(name, n => $"{type.tp_name}.__init__ missing 1 required positional argument: {n}. This will become an error in Python 3.15.") < 0)
                        return -1;
                    continue;
                }
                if (value == null) return -1;
                int rc = Abstract.SetAttr(self, name, value);
                Py.DECREF(value);
                if (rc < 0) return -1;
            }
            return 0;
        }
        finally
        {
            foreach (var n in names) Py.DECREF(n);
            Py.DECREF(fieldTypes!);
        }
    }

    /// <summary>A DeprecationWarning whose text names a field by its repr (CPython's %R).</summary>
    static int WarnWithName(PyObject name, Func<string, string> message)
    {
        var r = Abstract.Repr(name);
        if (r == null) return -1;
        int rc = Warnings.WarnEx(PyExc.DeprecationWarning, message(((PyUnicode)r).Value), 1);
        Py.DECREF(r);
        return rc;
    }

    /// <summary>The strings of a class attribute such as `_fields`; null with an error set.</summary>
    internal static List<string>? ClassNames(PyType type, string attr)
    {
        int found = Abstract.LookupAttr(type, PyUnicode.Intern(attr), out var seq);
        if (found < 0) return null;
        var names = new List<string>();
        if (found == 0) return names;
        var iter = Abstract.GetIter(seq!);
        Py.DECREF(seq!);
        if (iter == null) return null;
        PyObject? item;
        while ((item = Abstract.IterNext(iter)) != null)
        {
            if (item is not PyUnicode u)
            {
                Errors.SetString(PyExc.TypeError, $"{attr} must contain only strings, not '{item.ob_type.tp_name}'");
                Py.DECREF(item);
                Py.DECREF(iter);
                return null;
            }
            names.Add(u.Value);
            Py.DECREF(item);
        }
        Py.DECREF(iter);
        return Errors.Occurred() ? null : names;
    }

    /// <summary>
    /// ast_type_reduce: (type, args, __dict__), where args is a None for each leading field
    /// present in the dict, so unpickling constructs without missing-field warnings.
    /// </summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyAstObject self)
    {
        var type = self.ob_type;
        if (self.Dict == null) return PyTuple.FromStolen([Py.NewRef(type), Py.NewRef(PyTuple.Empty)]);
        var fields = ClassNames(type, "_fields");
        if (fields == null) return null;
        int n = 0;
        while (n < fields.Count && self.Dict.GetItemString(fields[n]) != null) n++;
        var nones = new PyObject[n];
        for (int i = 0; i < n; i++) nones[i] = Py.None;
        return PyTuple.FromStolen([Py.NewRef(type), PyTuple.FromStolen(nones), Py.NewRef(self.Dict)]);
    }

    /// <summary>__replace__(**changes): a node of the same class with the instance's fields and attributes, changed.</summary>
    [PyMethod("__replace__", KeywordDict = true, Doc = "Return a copy of the AST node with new values for the specified fields.")]
    static PyObject? Replace(PyAstObject self, [VarArgs] PyTuple args, [VarKeywords] PyDict? kwargs)
    {
        var type = self.ob_type;
        if (args.Count > 0) return Errors.SetString(PyExc.TypeError, "__replace__() takes no positional arguments");
        var fields = ClassNames(type, "_fields");
        var attributes = fields == null ? null : ClassNames(type, "_attributes");
        if (attributes == null) return null;
        int pos = 0;
        while (kwargs != null && kwargs.Next(ref pos, out var key, out _))
        {
            if (key is PyUnicode k && (fields!.Contains(k.Value) || attributes.Contains(k.Value))) continue;
            var r = Abstract.Repr(key);
            if (r == null) return null;
            Errors.SetString(PyExc.TypeError, $"{type.tp_name}.__replace__ got an unexpected keyword argument {((PyUnicode)r).Value}.");
            Py.DECREF(r);
            return null;
        }
        var payload = PyDict.New();
        foreach (var name in (IEnumerable<string>)[.. fields!, .. attributes])
        {
            var value = kwargs?.GetItemString(name) ?? self.Dict?.GetItemString(name);
            if (value != null) payload.SetItemString(name, value);
        }
        var missing = new List<string>();
        int found = Abstract.LookupAttr(type, PyUnicode.Intern("_field_types"), out var fieldTypes);
        if (found < 0) { Py.DECREF(payload); return null; }
        foreach (var name in fields!)
        {
            if (payload.GetItemString(name) != null) continue;
            var ft = (fieldTypes as PyDict)?.GetItemString(name);
            var state = AstState.Get();
            if (ft is PyGenericAlias or PyUnion || ft != null && state != null && ft == state.ExprContext) continue;
            missing.Add(name);
        }
        if (fieldTypes != null) Py.DECREF(fieldTypes);
        if (missing.Count > 0)
        {
            Py.DECREF(payload);
            var names = string.Join(", ", missing.ConvertAll(m => $"'{m}'"));
            return Errors.SetString(PyExc.TypeError, $"{type.tp_name}.__replace__ missing {missing.Count} keyword argument{(missing.Count == 1 ? "" : "s")}: {names}.");
        }
        var result = Calls.CallTuple(type, PyTuple.Empty, payload);
        Py.DECREF(payload);
        return result;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var sb = new StringBuilder();
        return AppendRepr(sb, self, 3) ? PyUnicode.FromString(sb.ToString()) : null;
    }

    /// <summary>ast_repr_max_depth: fields shown to depth 3, deeper nodes as `Name(...)`, long lists as `[first, ..., last]`.</summary>
    static bool AppendRepr(StringBuilder sb, PyObject node, int depth)
    {
        var type = node.ob_type;
        string name = type.tp_name.StartsWith("ast.", StringComparison.Ordinal) ? type.tp_name[4..] : type.tp_name;
        if (depth <= 0) { sb.Append(name).Append("(...)"); return true; }
        if (SeqSupport.ReprEnter(node)) { sb.Append(name).Append("(...)"); return true; }
        try
        {
            var fields = ClassNames(type, "_fields");
            if (fields == null) return false;
            sb.Append(name).Append('(');
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                var value = Abstract.GetAttr(node, fields[i]);
                if (value == null) return false;
                sb.Append(fields[i]).Append('=');
                bool ok = value is PyList list ? AppendListRepr(sb, list, depth - 1) : AppendValueRepr(sb, value, depth - 1);
                Py.DECREF(value);
                if (!ok) return false;
            }
            sb.Append(')');
            return true;
        }
        finally { SeqSupport.ReprLeave(node); }
    }

    static bool AppendListRepr(StringBuilder sb, PyList list, int depth)
    {
        sb.Append('[');
        int n = list.Count;
        for (int i = 0; i < n; i++)
        {
            if (n > 2 && i == 1) { sb.Append(", ..."); i = n - 2; continue; }
            if (i > 0) sb.Append(", ");
            if (!AppendValueRepr(sb, list.Items[i], depth)) return false;
        }
        sb.Append(']');
        return true;
    }

    static bool AppendValueRepr(StringBuilder sb, PyObject value, int depth)
    {
        if (value is PyAstObject) return AppendRepr(sb, value, depth);
        var r = Abstract.ReprString(value);
        if (r == null) return false;
        sb.Append(r);
        return true;
    }
}
