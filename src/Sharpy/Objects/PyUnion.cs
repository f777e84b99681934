using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `typing.Union`, also `types.UnionType` (Objects/unionobject.c, 3.14): what `int | str` gives.
/// Its args are flattened and deduplicated; a union of one type is that type.
/// </summary>
[PyType("typing.Union")]
public sealed partial class PyUnion : PyObject, IWeakReferenceable
{
    public PyTuple Args;
    PyTuple? _parameters;
    public PyWeakReference? WeakRefList { get; set; }

    PyUnion(PyTuple args) : base(Type) { Args = args; }

    /// <summary>is_unionable: what `|` may combine into a union.</summary>
    static bool IsUnionable(PyObject o) => o == PyNone.None || o is PyType || o is PyGenericAlias || o is PyUnion || o is PyTypeAlias;

    /// <summary>_Py_union_type_or: `a | b` for types, aliases and unions; NotImplemented for anything else.</summary>
    public static PyObject? TypeOr(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return Py.NewRef(PyNotImplemented.Instance);
        return FromItems(new[] { a, b });
    }

    /// <summary>_Py_union_from_tuple: the union of the items (flattened, None as NoneType, duplicates dropped).</summary>
    public static PyObject? FromItems(ReadOnlySpan<PyObject> items)
    {
        var args = new List<PyObject>();
        foreach (var item in items)
        {
            if (item is PyUnion u)
            {
                foreach (var x in u.Args.Items)
                    if (!Add(args, x)) return null;
            }
            else if (!Add(args, item == PyNone.None ? PyNone.Type : item)) return null;
        }
        if (args.Count == 1) return Py.NewRef(args[0]);
        var arr = new PyObject[args.Count];
        for (int i = 0; i < arr.Length; i++) arr[i] = Py.NewRef(args[i]);
        return new PyUnion(PyTuple.FromStolen(arr));
    }

    static bool Add(List<PyObject> args, PyObject x)
    {
        foreach (var y in args)
        {
            if (y == x) return true;
            int eq = Abstract.RichCompareBool(y, x, CompareOp.Eq);
            if (eq < 0) return false;
            if (eq > 0) return true;
        }
        args.Add(x);
        return true;
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => TypeOr(a, b);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var u = (PyUnion)self;
        var sb = new StringBuilder();
        for (int i = 0; i < u.Args.Count; i++)
        {
            if (i > 0) sb.Append(" | ");
            var a = u.Args.Items[i];
            if (a == PyNone.Type) sb.Append("None");
            else if (!PyGenericAlias.AppendItem(sb, a)) return null;
        }
        return PyUnicode.FromString(sb.ToString());
    }

    [PyGetter("__args__")] static PyObject? GetArgs(PyUnion self) => Py.NewRef(self.Args);
    [PyGetter("__origin__")] static PyObject? GetOrigin(PyUnion self) => Py.NewRef(Type);

    [PyGetter("__parameters__")]
    static PyObject? GetParameters(PyUnion self)
    {
        if (self._parameters == null)
        {
            self._parameters = PyGenericAlias.MakeParameters(self.Args);
            if (self._parameters == null) return null;
        }
        return Py.NewRef(self._parameters);
    }

    /// <summary>union_getitem: substitute the union's type parameters, then union the results.</summary>
    [PySlot("mp_subscript")]
    static PyObject? GetItem(PyObject self, PyObject item)
    {
        var u = (PyUnion)self;
        var ps = GetParameters(u);
        if (ps == null) return null;
        try
        {
            var parameters = (PyTuple)ps;
            if (parameters.Count == 0)
            {
                var repr = Abstract.ReprString(self);
                return repr == null ? null : Errors.SetString(PyExc.TypeError, $"{repr} is not a generic class");
            }
            var newArgs = TypeParamSubstitution.Substitute(self, u.Args, parameters, item);
            if (newArgs == null) return null;
            var res = FromItems(newArgs.Items);
            Py.DECREF(newArgs);
            return res;
        }
        finally
        {
            Py.DECREF(ps);
        }
    }

    /// <summary>`Union[X, Y]` (3.14: typing.Union is this type).</summary>
    [PyMethod("__class_getitem__", Class = true)]
    static PyObject? ClassGetItem(PyType cls, PyObject args)
        => args is PyTuple t ? FromItems(t.Items) : FromItems(new[] { args });

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyUnion self, PyObject bases)
        => Errors.SetString(PyExc.TypeError, "Cannot subclass typing.Union");

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyUnion a || w is not PyUnion b || (op != CompareOp.Eq && op != CompareOp.Ne))
            return Py.NewRef(PyNotImplemented.Instance);
        int eq = SameMembers(a.Args, b.Args);
        if (eq < 0) return null;
        if (eq > 0) eq = SameMembers(b.Args, a.Args);
        if (eq < 0) return null;
        return Py.NewBool((eq > 0) == (op == CompareOp.Eq));
    }

    /// <summary>Whether every member of x is in y (the args compare as sets).</summary>
    static int SameMembers(PyTuple x, PyTuple y)
    {
        foreach (var a in x.Items)
        {
            bool found = false;
            foreach (var b in y.Items)
            {
                int eq = a == b ? 1 : Abstract.RichCompareBool(a, b, CompareOp.Eq);
                if (eq < 0) return -1;
                if (eq > 0) { found = true; break; }
            }
            if (!found) return 0;
        }
        return 1;
    }

    /// <summary>union_hash: the hash of frozenset(args), so that the order of the members does not count.</summary>
    [PySlot("tp_hash")]
    static long Hash(PyObject self)
    {
        var u = (PyUnion)self;
        var fs = Calls.CallOneArg(PyFrozenSet.Type, u.Args);
        if (fs == null) return -1;
        long h = Abstract.Hash(fs);
        Py.DECREF(fs);
        return h;
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Args);
        if (_parameters != null) visit(_parameters);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Args);
        Py.CLEAR(ref _parameters);
    }
}
