using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `types.GenericAlias` (Objects/genericaliasobject.c): what `list[int]` gives, PEP 585. It
/// stands for its origin: calls, attribute lookups and class bases go to the origin.
/// </summary>
[PyType("types.GenericAlias", BaseType = true)]
public sealed partial class PyGenericAlias : PyObject, IWeakReferenceable
{
    public PyObject Origin;
    public PyTuple Args;
    PyTuple? _parameters;
    /// <summary>`*tuple[int, ...]`: an unpacked alias (PEP 646).</summary>
    public readonly bool Starred;
    public PyWeakReference? WeakRefList { get; set; }

    PyGenericAlias(PyType type, PyObject origin, PyObject args, bool starred) : base(type)
    {
        Origin = Py.NewRef(origin);
        Args = args is PyTuple t ? Py.NewRef(t) : PyTuple.Pack(args);
        Starred = starred;
    }

    /// <summary>Py_GenericAlias: what a builtin's __class_getitem__ returns.</summary>
    public static PyObject New(PyObject origin, PyObject args) => new PyGenericAlias(Type, origin, args, false);

    [PySlot("tp_new", Raw = "ga_new refuses keywords for every subclass, even one with its own __init__ (not clinic's rule)")]
    static PyObject? GaNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0)
            return Errors.SetString(PyExc.TypeError, "GenericAlias() takes no keyword arguments");
        if (args.Length != 2)
            return Errors.SetString(PyExc.TypeError, $"GenericAlias expected 2 arguments, got {args.Length}");
        return new PyGenericAlias(type, args[0].AsBorrowed, args[1].AsBorrowed, false);
    }

    static readonly HashSet<string> OwnAttributes = new()
    {
        "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__",
    };

    /// <summary>ga_getattro: every attribute but the alias's own comes from the origin.</summary>
    [PySlot("tp_getattro")]
    static PyObject? GetAttro(PyObject self, PyObject name)
    {
        var ga = (PyGenericAlias)self;
        var n = ((PyUnicode)name).Value;
        if (!OwnAttributes.Contains(n)) return Abstract.GetAttr(ga.Origin, name);
        return GenericAttr.GetAttr(self, name);
    }

    /// <summary>ga_call: the origin's result, told which alias made it (`__orig_class__`) when it can be.</summary>
    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var ga = (PyGenericAlias)self;
        var obj = Calls.Call(ga.Origin, args, kwnames);
        if (obj == null) return null;
        if (Abstract.SetAttr(obj, PyUnicode.Intern("__orig_class__"), self) < 0)
        {
            if (!Errors.ExceptionMatches(PyExc.AttributeError) && !Errors.ExceptionMatches(PyExc.TypeError))
            {
                Py.DECREF(obj);
                return null;
            }
            Errors.Clear();
        }
        return obj;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var ga = (PyGenericAlias)self;
        var sb = new StringBuilder();
        if (ga.Starred) sb.Append('*');
        if (!AppendItem(sb, ga.Origin)) return null;
        sb.Append('[');
        if (ga.Args.Count == 0) sb.Append("()");
        for (int i = 0; i < ga.Args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            var a = ga.Args.Items[i];
            if (a is PyList l ? !AppendList(sb, l) : !AppendItem(sb, a)) return null;
        }
        sb.Append(']');
        return PyUnicode.FromString(sb.ToString());
    }

    static bool AppendList(StringBuilder sb, PyList l)
    {
        sb.Append('[');
        for (int i = 0; i < l.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (!AppendItem(sb, l.Items[i])) return false;
        }
        sb.Append(']');
        return true;
    }

    /// <summary>_Py_typing_type_repr: `...`, None for NoneType, an alias's repr, a class as module.qualname (no module for builtins), else repr().</summary>
    internal static bool AppendItem(StringBuilder sb, PyObject p)
    {
        if (p == PyEllipsis.Instance || p == PyNone.Type)
        {
            sb.Append(p == PyNone.Type ? "None" : "...");
            return true;
        }
        int r = Abstract.LookupAttr(p, PyUnicode.Intern("__origin__"), out var tmp);
        Py.XDECREF(tmp);
        if (r < 0) return false;
        if (r > 0)
        {
            r = Abstract.LookupAttr(p, PyUnicode.Intern("__args__"), out tmp);
            Py.XDECREF(tmp);
            if (r < 0) return false;
            if (r > 0) return AppendRepr(sb, p);
        }
        r = Abstract.LookupAttr(p, PyUnicode.Intern("__qualname__"), out var qual);
        if (r < 0) return false;
        if (r == 0) return AppendRepr(sb, p);
        r = Abstract.LookupAttr(p, PyUnicode.Intern("__module__"), out var module);
        if (r <= 0 || module == Py.None)
        {
            Py.DECREF(qual!);
            Py.XDECREF(module);
            return r < 0 ? false : AppendRepr(sb, p);
        }
        bool ok = true;
        var ms = Abstract.Str(module!);
        var qs = ms == null ? null : Abstract.Str(qual!);
        if (ms == null || qs == null) ok = false;
        else
        {
            var m = ((PyUnicode)ms).Value;
            if (m != "builtins") sb.Append(m).Append('.');
            sb.Append(((PyUnicode)qs).Value);
        }
        Py.XDECREF(ms);
        Py.XDECREF(qs);
        Py.DECREF(qual!);
        Py.DECREF(module!);
        return ok;
    }

    static bool AppendRepr(StringBuilder sb, PyObject p)
    {
        var s = Abstract.ReprString(p);
        if (s == null) return false;
        sb.Append(s);
        return true;
    }

    [PyGetter("__origin__")] static PyObject? GetOrigin(PyGenericAlias self) => Py.NewRef(self.Origin);
    [PyGetter("__args__")] static PyObject? GetArgs(PyGenericAlias self) => Py.NewRef(self.Args);
    [PyGetter("__unpacked__")] static PyObject? GetUnpacked(PyGenericAlias self) => Py.NewBool(self.Starred);

    [PyGetter("__typing_unpacked_tuple_args__")]
    static PyObject? GetUnpackedTupleArgs(PyGenericAlias self)
        => Py.NewRef<PyObject>(self.Starred && self.Origin == PyTuple.Type ? self.Args : Py.None);

    [PyGetter("__parameters__")]
    static PyObject? GetParameters(PyGenericAlias self)
    {
        if (self._parameters == null)
        {
            self._parameters = MakeParameters(self.Args);
            if (self._parameters == null) return null;
        }
        return Py.NewRef(self._parameters);
    }

    /// <summary>
    /// _Py_make_parameters: the type variables among args (objects with __typing_subst__) and
    /// their __parameters__, once each, looking into lists and tuples of args (Callable's).
    /// </summary>
    internal static PyTuple? MakeParameters(PyTuple args)
    {
        var found = new List<PyObject>();
        if (!CollectParameters(args.Items, found)) return null;
        var items = new PyObject[found.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(found[i]);
        return PyTuple.FromStolen(items);
    }

    static bool CollectParameters(ReadOnlySpan<PyObject> args, List<PyObject> found)
    {
        foreach (var t in args)
        {
            // Not a bare class's __parameters__ descriptor.
            if (t is PyType) continue;
            int r = Abstract.LookupAttr(t, PyUnicode.Intern("__typing_subst__"), out var subst);
            Py.XDECREF(subst);
            if (r < 0) return false;
            if (r > 0)
            {
                if (!found.Contains(t)) found.Add(t);
                continue;
            }
            r = Abstract.LookupAttr(t, PyUnicode.Intern("__parameters__"), out var ps);
            if (r < 0) return false;
            if (ps == null && (t is PyTuple || t is PyList))
            {
                var inner = t is PyTuple tt ? tt.Items.AsSpan() : ((PyList)t).Items.AsSpan(0, ((PyList)t).Count);
                if (!CollectParameters(inner, found)) return false;
                continue;
            }
            if (ps is PyTuple pt)
                foreach (var p in pt.Items)
                    if (!found.Contains(p)) found.Add(p);
            Py.XDECREF(ps);
        }
        return true;
    }

    /// <summary>ga_getitem: substitute the alias's type variables (_Py_subs_parameters); the result is a plain GenericAlias.</summary>
    [PySlot("mp_subscript")]
    static PyObject? GetItem(PyObject self, PyObject item)
    {
        var ga = (PyGenericAlias)self;
        var ps = GetParameters(ga);
        if (ps == null) return null;
        var newArgs = TypeParamSubstitution.Substitute(self, ga.Args, (PyTuple)ps, item);
        Py.DECREF(ps);
        if (newArgs == null) return null;
        var res = new PyGenericAlias(Type, ga.Origin, newArgs, ga.Starred);
        Py.DECREF(newArgs);
        return res;
    }

    /// <summary>ga_dir: the origin's names, and those of the alias's own attributes it has.</summary>
    [PyMethod("__dir__")]
    static PyObject? Dir(PyGenericAlias self)
    {
        if (Sharpy.Modules.BuiltinsModule.DirObject(self.Origin) is not PyList dir) return null;
        foreach (var name in OwnAttributes)
        {
            var key = PyUnicode.FromString(name);
            int listed = Abstract.Contains(dir, key), has = 0;
            if (listed == 0)
            {
                has = Abstract.LookupAttr(self, key, out var value);
                if (has > 0)
                {
                    Py.DECREF(value!);
                    dir.Append(key);
                }
            }
            Py.DECREF(key);
            if (listed < 0 || has < 0) { Py.DECREF(dir); return null; }
        }
        return dir;
    }

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyGenericAlias self, PyObject bases) => PyTuple.Pack(self.Origin);

    [PyMethod("__instancecheck__")]
    static PyObject? InstanceCheck(PyGenericAlias self, PyObject obj)
        => Errors.SetString(PyExc.TypeError, "isinstance() argument 2 cannot be a parameterized generic");

    [PyMethod("__subclasscheck__")]
    static PyObject? SubclassCheck(PyGenericAlias self, PyObject obj)
        => Errors.SetString(PyExc.TypeError, "issubclass() argument 2 cannot be a parameterized generic");

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyGenericAlias self)
    {
        var args = PyTuple.Pack(self.Origin, self.Args);
        var res = PyTuple.Pack(self.ob_type, args);
        Py.DECREF(args);
        return res;
    }

    /// <summary>`*tuple[int, ...]`: iterating an alias yields its unpacked form once.</summary>
    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self)
    {
        var ga = (PyGenericAlias)self;
        var starred = new PyGenericAlias(Type, ga.Origin, ga.Args, true);
        var one = PyTuple.Pack(starred);
        Py.DECREF(starred);
        var it = Abstract.GetIter(one);
        Py.DECREF(one);
        return it;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (v is not PyGenericAlias a || w is not PyGenericAlias b || (op != CompareOp.Eq && op != CompareOp.Ne))
            return Py.NotImplemented;
        if (a.Starred != b.Starred) return Py.NewBool(op == CompareOp.Ne);
        int eq = Abstract.RichCompareBool(a.Origin, b.Origin, CompareOp.Eq);
        if (eq < 0) return null;
        if (eq == 0) return Py.NewBool(op == CompareOp.Ne);
        return Abstract.RichCompare(a.Args, b.Args, op);
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject self)
    {
        var ga = (PyGenericAlias)self;
        long h0 = Abstract.Hash(ga.Origin);
        if (h0 == -1) return -1;
        long h1 = Abstract.Hash(ga.Args);
        if (h1 == -1) return -1;
        long h = h0 ^ h1;
        return h == -1 ? -2 : h;
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => PyUnion.TypeOr(a, b);

    protected internal override void Traverse(Visitor visit)
    {
        visit(Origin);
        visit(Args);
        if (_parameters != null) visit(_parameters);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Origin);
        Py.DECREF(Args);
        Py.CLEAR(ref _parameters);
    }
}
