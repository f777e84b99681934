using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>`collections.defaultdict` (Modules/_collectionsmodule.c, defdict_*): a dict whose __missing__ calls default_factory.</summary>
[PyType("collections.defaultdict", BaseType = true, Doc = DefaultDictDoc)]
public partial class PyDefaultDict : PyDict
{
    const string DefaultDictDoc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
        + "The default factory is called without arguments to produce\n"
        + "a new value when a key is not present, in __getitem__ only.\n"
        + "A defaultdict compares equal to a dict with the same items.\n"
        + "All remaining arguments are treated the same as if they were\n"
        + "passed to the dict constructor, including keyword arguments.\n";

    /// <summary>default_factory; null reads as None.</summary>
    internal PyObject? DefaultFactory;

    public PyDefaultDict(PyType type) : base(type) { }

    /// <summary>defdict_members: `default_factory`, a writable member that reads None when unset (installed with the module).</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("default_factory") != null) return;
        d.SetItemString("default_factory", new PyMemberDescr(Type, "default_factory",
            o => ref ((PyDefaultDict)o).DefaultFactory, "Factory for default value called by __missing__().", noneWhenUnset: true));
    }

    [PySlot("tp_new")]
    static PyObject? DefDictNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyDefaultDict(type);

    /// <summary>defdict_init: the first positional argument is the factory, the rest go to dict.__init__.</summary>
    [PySlot("tp_init")]
    static int DefDictInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var dd = (PyDefaultDict)self;
        int nargs = ArgParse.NArgs(args, kwnames);
        PyObject? factory = null;
        if (nargs > 0)
        {
            factory = args[0].AsBorrowed;
            if (factory == Py.None) factory = null;
            else if (factory.ob_type.tp_call == null)
            {
                Errors.SetString(PyExc.TypeError, "first argument must be callable or None");
                return -1;
            }
            args = args[1..];
        }
        Py.SETREF(ref dd.DefaultFactory, Py.XNewRef(factory));
        return PyDict.Type.tp_init!(self, args, kwnames);
    }

    [PyMethod("__missing__", TextSignature = "($self, object, /)", Doc = "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n")]
    static PyObject? Missing(PyDefaultDict self, PyObject key)
    {
        var factory = self.DefaultFactory;
        if (factory == null)
        {
            var tup = PyTuple.FromBorrowed([key]);
            Errors.SetObject(PyExc.KeyError, tup);
            Py.DECREF(tup);
            return null;
        }
        Py.INCREF(factory);
        var value = Calls.CallNoArgs(factory);
        Py.DECREF(factory);
        if (value == null) return null;
        if (Abstract.SetItem(self, key, value) < 0)
        {
            Py.DECREF(value);
            return null;
        }
        return value;
    }

    /// <summary>new_defdict: type(dd)(default_factory, arg), so subclasses are copied through their constructor.</summary>
    static PyObject? NewLike(PyDefaultDict dd, PyObject arg)
        => Calls.CallTwoArgs(dd.ob_type, dd.DefaultFactory ?? Py.None, arg);

    [PyMethod("copy", Doc = "D.copy() -> a shallow copy of D.")]
    static PyObject? CopyMethod(PyDefaultDict self) => NewLike(self, self);

    [PyMethod("__copy__", Doc = "D.copy() -> a shallow copy of D.")]
    static PyObject? DunderCopy(PyDefaultDict self) => NewLike(self, self);

    [PyMethod("__reduce__", Doc = "Return state information for pickling.")]
    static PyObject? Reduce(PyDefaultDict self)
    {
        PyObject args = self.DefaultFactory == null ? PyTuple.Empty : PyTuple.FromBorrowed([self.DefaultFactory]);
        var items = Calls.CallMethod(self, "items");
        if (items == null)
        {
            Py.DECREF(args);
            return null;
        }
        var it = Abstract.GetIter(items);
        Py.DECREF(items);
        if (it == null)
        {
            Py.DECREF(args);
            return null;
        }
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), args, Py.None, Py.None, it]);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var dd = (PyDefaultDict)o;
        var baseRepr = PyDict.Type.tp_repr!(o);
        if (baseRepr == null) return null;
        string factoryRepr;
        var factory = dd.DefaultFactory;
        if (factory == null) factoryRepr = "None";
        else if (SeqSupport.ReprEnter(factory)) factoryRepr = "...";
        else
        {
            Py.INCREF(factory);
            var s = Abstract.ReprString(factory);
            SeqSupport.ReprLeave(factory);
            Py.DECREF(factory);
            if (s == null)
            {
                Py.DECREF(baseRepr);
                return null;
            }
            factoryRepr = s;
        }
        var r = PyUnicode.FromString($"{dd.ob_type.Name}({factoryRepr}, {((PyUnicode)baseRepr).Value})");
        Py.DECREF(baseRepr);
        return r;
    }

    /// <summary>defdict_or: a copy of the defaultdict operand (through its class) updated with the other operand, a dict.</summary>
    [PySlot("nb_or")]
    static PyObject? Or(PyObject left, PyObject right)
    {
        PyObject self, other;
        if (Abstract.TypeCheck(left, Type)) (self, other) = (left, right);
        else (self, other) = (right, left);
        if (other is not PyDict) return Py.NotImplemented;
        var result = NewLike((PyDefaultDict)self, left);
        if (result == null) return null;
        if (result is not PyDict rd)
        {
            Py.DECREF(result);
            return Errors.SetString(PyExc.SystemError, "bad argument to internal function");
        }
        if (rd.Merge(right, true) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref DefaultFactory);
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (DefaultFactory != null) visit(DefaultFactory);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref DefaultFactory);
        base.Clear();
    }
}
