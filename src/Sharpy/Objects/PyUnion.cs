using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `typing.Union`, which is also `types.UnionType` (Objects/unionobject.c, 3.14): what `int | str`
/// and `Union[int, str]` give. Its args are flattened and deduplicated (by hash and equality, or
/// by equality for unhashable ones); a union of one type is that type.
/// </summary>
[PyType("typing.Union", Doc = "Represent a union type\n\nE.g. for int | str")]
public sealed partial class PyUnion : PyObject, IWeakReferenceable
{
    public PyTuple Args;
    /// <summary>frozenset of the hashable args; the unhashable ones, or null when there are none.</summary>
    PyObject _hashableArgs;
    PyTuple? _unhashableArgs;
    PyTuple? _parameters;
    public PyWeakReference? WeakRefList { get; set; }

    PyUnion(PyTuple args, PyObject hashable, PyTuple? unhashable) : base(Type)
    {
        Args = args;
        _hashableArgs = hashable;
        _unhashableArgs = unhashable;
    }

    /// <summary>unionbuilder: the args collected so far, with the sets that deduplicate them.</summary>
    sealed class Builder : IDisposable
    {
        public readonly List<PyObject> Args = new();
        public readonly PySet Hashable = PySet.NewEmpty();
        public readonly List<PyObject> Unhashable = new();
        /// <summary>Check each new arg with typing._type_check (Union[...]); `|` has checked its operands already.</summary>
        public readonly bool Checked;

        public Builder(bool isChecked) { Checked = isChecked; }

        /// <summary>unionbuilder_add_single: a union adds its args, None adds NoneType.</summary>
        public bool Add(PyObject arg)
        {
            if (arg == Py.None) return AddUnchecked(PyNone.Type);
            if (arg is PyUnion u)
            {
                foreach (var x in u.Args.Items)
                    if (!AddUnchecked(x)) return false;
                return true;
            }
            if (!Checked) return AddUnchecked(arg);
            var t = TypingSupport.TypeCheck(arg, "Union[arg, ...]: each arg must be a type.");
            if (t == null) return false;
            bool ok = AddUnchecked(t);
            Py.DECREF(t);
            return ok;
        }

        public bool AddTuple(PyTuple t)
        {
            foreach (var x in t.Items)
                if (!Add(x)) return false;
            return true;
        }

        bool AddUnchecked(PyObject arg)
        {
            long hash = Abstract.Hash(arg);
            if (hash == -1)
            {
                Errors.Clear();
                foreach (var y in Unhashable)
                {
                    int eq = Abstract.RichCompareBool(y, arg, CompareOp.Eq);
                    if (eq < 0) return false;
                    if (eq > 0) return true;
                }
                Unhashable.Add(Py.NewRef(arg));
            }
            else
            {
                int contains = Hashable.Contains(arg);
                if (contains < 0) return false;
                if (contains > 0) return true;
                if (Hashable.Add(arg) < 0) return false;
            }
            Args.Add(Py.NewRef(arg));
            return true;
        }

        public void Dispose()
        {
            foreach (var a in Args) Py.DECREF(a);
            foreach (var a in Unhashable) Py.DECREF(a);
            Args.Clear();
            Unhashable.Clear();
            Py.DECREF(Hashable);
        }

        /// <summary>make_union: TypeError for no args, the arg itself for one, else a new union.</summary>
        public PyObject? Make()
        {
            if (Args.Count == 0) return Errors.SetString(PyExc.TypeError, "Cannot take a Union of no types.");
            if (Args.Count == 1) return Py.NewRef(Args[0]);
            var hashable = Calls.CallOneArg(PyFrozenSet.Type, Hashable);
            if (hashable == null) return null;
            var args = PyTuple.FromBorrowed(Args.ToArray());
            var unhashable = Unhashable.Count == 0 ? null : PyTuple.FromBorrowed(Unhashable.ToArray());
            return new PyUnion(args, hashable, unhashable);
        }
    }

    /// <summary>is_unionable: what `|` may combine into a union.</summary>
    static bool IsUnionable(PyObject o) => o == Py.None || o is PyType || o is PyGenericAlias || o is PyUnion || o is PyTypeAlias;

    /// <summary>_Py_union_type_or: `a | b` for types, aliases and unions; NotImplemented for anything else.</summary>
    public static PyObject? TypeOr(PyObject a, PyObject b)
    {
        if (!IsUnionable(a) || !IsUnionable(b)) return Py.NotImplemented;
        using var ub = new Builder(isChecked: false);
        if (!ub.Add(a) || !ub.Add(b)) return null;
        return ub.Make();
    }

    /// <summary>_Py_union_from_tuple: Union[args] (each arg type-checked).</summary>
    public static PyObject? FromTuple(PyObject args)
    {
        using var ub = new Builder(isChecked: true);
        if (!(args is PyTuple { ob_type: var tt } t && tt == PyTuple.Type ? ub.AddTuple(t) : ub.Add(args))) return null;
        return ub.Make();
    }

    /// <summary>make_union of typevarobject.c: `T | x` for a TypeVar or ParamSpec, which allows strings (forward references).</summary>
    public static PyObject? MakeUnion(PyObject a, PyObject b)
    {
        var args = PyTuple.Pack(a, b);
        var r = FromTuple(args);
        Py.DECREF(args);
        return r;
    }

    /// <summary>union_nb_or: a union on either side takes anything typing._type_check accepts (gh-140348), strings as forward references.</summary>
    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b)
    {
        using var ub = new Builder(isChecked: true);
        if (!ub.Add(a) || !ub.Add(b)) return null;
        return ub.Make();
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var u = (PyUnion)self;
        var sb = new StringBuilder();
        for (int i = 0; i < u.Args.Count; i++)
        {
            if (i > 0) sb.Append(" | ");
            if (!PyGenericAlias.AppendItem(sb, u.Args.Items[i])) return null;
        }
        return PyUnicode.FromString(sb.ToString());
    }

    /// <summary>union_getattro: `__module__` is the type's.</summary>
    [PySlot("tp_getattro")]
    static PyObject? GetAttro(PyObject self, PyObject name)
    {
        if (name is PyUnicode { Value: "__module__" }) return Abstract.GetAttr(self.ob_type, name);
        return GenericAttr.GetAttr(self, name);
    }

    [PyGetter("__args__")] static PyObject? GetArgs(PyUnion self) => Py.NewRef(self.Args);
    [PySetter("__args__")] static int SetArgs(PyUnion self, PyObject? v) { Errors.SetString(PyExc.AttributeError, "readonly attribute"); return -1; }
    [PyGetter("__origin__")] static PyObject? GetOrigin(PyUnion self) => Py.NewRef(self.ob_type);
    [PyGetter("__name__")] static PyObject? GetName(PyUnion self) => PyUnicode.FromString("Union");
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyUnion self) => PyUnicode.FromString("Union");

    [PyGetter("__parameters__", Doc = "Type variables in the types.UnionType.")]
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
        var newArgs = TypeParamSubstitution.Substitute(self, u.Args, (PyTuple)ps, item);
        Py.DECREF(ps);
        if (newArgs == null) return null;
        var res = FromTuple(newArgs);
        Py.DECREF(newArgs);
        return res;
    }

    /// <summary>`Union[X, Y]` (3.14: typing.Union is this type).</summary>
    [PyMethod("__class_getitem__", Class = true)]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => FromTuple(args);

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyUnion self, PyObject bases)
    {
        var repr = Abstract.ReprString(self);
        return repr == null ? null : Errors.SetString(PyExc.TypeError, $"Cannot subclass {repr}");
    }

    /// <summary>union_richcompare: the args compare as sets (by equality for unhashable ones).</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyUnion a || w is not PyUnion b || (op != CompareOp.Eq && op != CompareOp.Ne))
            return Py.NotImplemented;
        if (a._unhashableArgs == null && b._unhashableArgs == null)
            return Abstract.RichCompare(a._hashableArgs, b._hashableArgs, op);
        int eq = SameMembers(a.Args, b.Args);
        if (eq > 0) eq = SameMembers(b.Args, a.Args);
        if (eq < 0) return null;
        return Py.NewBool((eq > 0) == (op == CompareOp.Eq));
    }

    /// <summary>Whether every member of x is in y.</summary>
    static int SameMembers(PyTuple x, PyTuple y)
    {
        foreach (var a in x.Items)
        {
            bool found = false;
            foreach (var b in y.Items)
            {
                int eq = Abstract.RichCompareBool(a, b, CompareOp.Eq);
                if (eq < 0) return -1;
                if (eq > 0) { found = true; break; }
            }
            if (!found) return 0;
        }
        return 1;
    }

    /// <summary>union_hash: the hash of the hashable args' frozenset; a union with unhashable args is unhashable.</summary>
    [PySlot("tp_hash")]
    static long Hash(PyObject self)
    {
        var u = (PyUnion)self;
        if (u._unhashableArgs is { } unhashable)
        {
            foreach (var arg in unhashable.Items)
                if (Abstract.Hash(arg) == -1) return -1;
            Errors.SetString(PyExc.TypeError, $"union contains {unhashable.Count} unhashable elements");
            return -1;
        }
        return Abstract.Hash(u._hashableArgs);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Args);
        visit(_hashableArgs);
        if (_unhashableArgs != null) visit(_unhashableArgs);
        if (_parameters != null) visit(_parameters);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Args);
        Py.DECREF(_hashableArgs);
        Py.CLEAR(ref _unhashableArgs);
        Py.CLEAR(ref _parameters);
    }
}
