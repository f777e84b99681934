using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>`operator.itemgetter(item, /, *items)`: obj[item], or a tuple of obj[i] for several items.</summary>
[PyType("operator.itemgetter", Doc = "itemgetter(item, /, *items)\n--\n\nReturn a callable that gets item from its operand (operand[item]), or a tuple of\nthe items when given several.\n\nitemgetter(1)(r) is r[1]; itemgetter(2, 5)(r) is (r[2], r[5]).")]
public sealed partial class ItemGetter : PyObject
{
    PyObject[] _items = [];

    ItemGetter() : base(Type) { }

    /// <summary>The signature of a call of an instance (operator.c's common_getset).</summary>
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(ItemGetter self) => PyUnicode.FromString("(obj, /)");

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("itemgetter");
        if (args.Length == 0)
        {
            // CPython unpacks one argument when there are fewer than two: "itemgetter expected 1 argument, got 0".
            ArgParse.CheckPositional("itemgetter", 0, 1, 1);
            return null;
        }
        var items = new PyObject[args.Length];
        for (int i = 0; i < items.Length; i++) items[i] = Py.NewRef(args[i].AsBorrowed);
        return new ItemGetter { _items = items };
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("itemgetter");
        if (!ArgParse.CheckPositional("itemgetter", args.Length, 1, 1)) return null;
        var items = ((ItemGetter)self)._items;
        var obj = args[0].AsBorrowed;
        if (items.Length == 1) return Abstract.GetItem(obj, items[0]);
        var result = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var v = Abstract.GetItem(obj, items[i]);
            if (v == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(result[j]);
                return null;
            }
            result[i] = v;
        }
        return PyTuple.FromStolen(result);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => GetterRepr.Of(self, ((ItemGetter)self)._items);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(ItemGetter self) =>
        PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromBorrowed(self._items)]);

    protected internal override void ReleaseReferences()
    {
        var items = _items;
        _items = [];
        foreach (var o in items) Py.DECREF(o);
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var o in _items) visit(o);
    }
}

/// <summary>
/// `operator.attrgetter(attr, /, *attrs)`: obj.attr (dotted names follow the chain), or a tuple
/// for several. Each name is kept split at the dots, as interned parts.
/// </summary>
[PyType("operator.attrgetter", Doc = "attrgetter(attr, /, *attrs)\n--\n\nReturn a callable that gets the attribute attr from its operand, following the\ndots of a dotted name, or a tuple of the attributes when given several.\n\nattrgetter('a.b')(r) is r.a.b; attrgetter('x', 'y')(r) is (r.x, r.y).")]
public sealed partial class AttrGetter : PyObject
{
    PyUnicode[][] _attrs = [];

    AttrGetter() : base(Type) { }

    /// <summary>The signature of a call of an instance (operator.c's common_getset).</summary>
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(AttrGetter self) => PyUnicode.FromString("(obj, /)");

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("attrgetter");
        if (args.Length == 0)
        {
            // CPython unpacks one argument when there are fewer than two: "attrgetter expected 1 argument, got 0".
            ArgParse.CheckPositional("attrgetter", 0, 1, 1);
            return null;
        }
        var attrs = new PyUnicode[args.Length][];
        for (int i = 0; i < attrs.Length; i++)
        {
            if (args[i].AsBorrowed is not PyUnicode name)
                return Errors.SetString(PyExc.TypeError, "attribute name must be a string");
            var parts = name.Value.Split('.');
            attrs[i] = new PyUnicode[parts.Length];
            for (int j = 0; j < parts.Length; j++) attrs[i][j] = PyUnicode.Intern(parts[j]);
        }
        return new AttrGetter { _attrs = attrs };
    }

    /// <summary>dotted_getattr: follow one dotted name from obj.</summary>
    static PyObject? DottedGetAttr(PyObject obj, PyUnicode[] parts)
    {
        var cur = Py.NewRef(obj);
        foreach (var part in parts)
        {
            var next = Abstract.GetAttr(cur, part);
            Py.DECREF(cur);
            if (next == null) return null;
            cur = next;
        }
        return cur;
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("attrgetter");
        if (!ArgParse.CheckPositional("attrgetter", args.Length, 1, 1)) return null;
        var attrs = ((AttrGetter)self)._attrs;
        var obj = args[0].AsBorrowed;
        if (attrs.Length == 1) return DottedGetAttr(obj, attrs[0]);
        var result = new PyObject[attrs.Length];
        for (int i = 0; i < attrs.Length; i++)
        {
            var v = DottedGetAttr(obj, attrs[i]);
            if (v == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(result[j]);
                return null;
            }
            result[i] = v;
        }
        return PyTuple.FromStolen(result);
    }

    /// <summary>The names as given (the parts joined again with dots).</summary>
    PyObject[] Names()
    {
        var names = new PyObject[_attrs.Length];
        for (int i = 0; i < names.Length; i++)
            names[i] = PyUnicode.FromString(string.Join('.', Array.ConvertAll(_attrs[i], p => p.Value)));
        return names;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var names = ((AttrGetter)self).Names();
        var r = GetterRepr.Of(self, names);
        foreach (var n in names) Py.DECREF(n);
        return r;
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(AttrGetter self) =>
        PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen(self.Names())]);
}

/// <summary>`operator.methodcaller(name, /, *args, **kwargs)`: obj.name(*args, **kwargs).</summary>
[PyType("operator.methodcaller", Doc = "methodcaller(name, /, *args, **kwargs)\n--\n\nReturn a callable that calls the method name of its operand with the given\narguments.\n\nmethodcaller('f', 1, k=2)(r) is r.f(1, k=2).")]
public sealed partial class MethodCaller : PyObject
{
    PyUnicode? _name;
    PyTuple? _args;
    PyDict? _kwargs;
    PyTuple? _kwnames;          // the keyword names, for the vectorcall
    StackRef[] _callArgs = [];  // the call's arguments: args, then the keyword values

    MethodCaller() : base(Type) { }

    /// <summary>The signature of a call of an instance (operator.c's common_getset).</summary>
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(MethodCaller self) => PyUnicode.FromString("(obj, /)");

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs < 1) return Errors.SetString(PyExc.TypeError, "methodcaller needs at least one argument, the method name");
        if (args[0].AsBorrowed is not PyUnicode name) return Errors.SetString(PyExc.TypeError, "method name must be a string");
        int nkw = kwnames?.Count ?? 0;
        var mc = new MethodCaller
        {
            _name = PyUnicode.Intern(name.Value),
            _args = ArgParse.VarArgsTuple(args[..nargs], 1),
            _kwargs = PyDict.New(),
            _kwnames = nkw == 0 ? null : Py.NewRef(kwnames!),
        };
        // The call arguments borrow from _args and _kwargs, which live as long as this object.
        var callArgs = new StackRef[nargs - 1 + nkw];
        for (int i = 1; i < nargs; i++) callArgs[i - 1] = StackRef.FromBorrow(mc._args.Items[i - 1]);
        for (int k = 0; k < nkw; k++)
        {
            var value = args[nargs + k].AsBorrowed;
            if (mc._kwargs.SetItem(kwnames!.Items[k], value) < 0)
            {
                Py.DECREF(mc);
                return null;
            }
            callArgs[nargs - 1 + k] = StackRef.FromBorrow(value);
        }
        mc._callArgs = callArgs;
        return mc;
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ArgParse.CheckPositional("methodcaller", ArgParse.NArgs(args, kwnames), 1, 1)) return null;
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("methodcaller");
        var mc = (MethodCaller)self;
        var method = Abstract.GetAttr(args[0].AsBorrowed, mc._name!);
        if (method == null) return null;
        var r = Calls.Call(method, mc._callArgs, mc._kwnames);
        Py.DECREF(method);
        return r;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var mc = (MethodCaller)self;
        if (SeqSupport.ReprEnter(self)) return PyUnicode.FromString($"{self.ob_type.tp_name}(...)");
        var sb = new StringBuilder(self.ob_type.tp_name).Append('(');
        bool ok = Append(sb, mc._name!);
        for (int i = 0; ok && i < mc._args!.Count; i++) ok = Append(sb.Append(", "), mc._args.Items[i]);
        int pos = 0;
        while (ok && mc._kwargs!.Next(ref pos, out var key, out var value))
            ok = Append(sb.Append(", ").Append(((PyUnicode)key).Value).Append('='), value);
        SeqSupport.ReprLeave(self);
        return ok ? PyUnicode.FromString(sb.Append(')').ToString()) : null;

        static bool Append(StringBuilder sb, PyObject o)
        {
            var r = Abstract.ReprString(o);
            if (r == null) return false;
            sb.Append(r);
            return true;
        }
    }

    /// <summary>
    /// (methodcaller, (name, *args)) without keywords; with them, a functools.partial of the
    /// class holding the name and keywords, called with args.
    /// </summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(MethodCaller self)
    {
        if (self._kwargs!.Count == 0)
        {
            var newArgs = new PyObject[self._args!.Count + 1];
            newArgs[0] = Py.NewRef(self._name!);
            for (int i = 0; i < self._args.Count; i++) newArgs[i + 1] = Py.NewRef(self._args.Items[i]);
            return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen(newArgs)]);
        }
        var functools = Import.ImportModule("functools");
        if (functools == null) return null;
        var partialType = Abstract.GetAttr(functools, "partial");
        Py.DECREF(functools);
        if (partialType == null) return null;
        var pargs = PyTuple.FromBorrowed([self.ob_type, self._name!]);
        var constructor = Calls.CallTuple(partialType, pargs, self._kwargs);
        Py.DECREF(pargs);
        Py.DECREF(partialType);
        if (constructor == null) return null;
        return PyTuple.FromStolen([constructor, Py.NewRef(self._args!)]);
    }

    protected internal override void ReleaseReferences()
    {
        _callArgs = [];
        Py.CLEAR(ref _name);
        Py.CLEAR(ref _args);
        Py.CLEAR(ref _kwargs);
        Py.CLEAR(ref _kwnames);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_args != null) visit(_args);
        if (_kwargs != null) visit(_kwargs);
    }
}

/// <summary>The repr itemgetter and attrgetter share: "operator.itemgetter(1)" or "operator.itemgetter(1, 2)".</summary>
static class GetterRepr
{
    public static PyObject? Of(PyObject self, PyObject[] args)
    {
        string name = self.ob_type.tp_name;
        if (SeqSupport.ReprEnter(self)) return PyUnicode.FromString($"{name}(...)");
        var sb = new StringBuilder(name).Append('(');
        for (int i = 0; i < args.Length; i++)
        {
            var r = Abstract.ReprString(args[i]);
            if (r == null)
            {
                SeqSupport.ReprLeave(self);
                return null;
            }
            if (i > 0) sb.Append(", ");
            sb.Append(r);
        }
        SeqSupport.ReprLeave(self);
        return PyUnicode.FromString(sb.Append(')').ToString());
    }
}
