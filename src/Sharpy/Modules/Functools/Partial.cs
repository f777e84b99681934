using System;
using System.Runtime.CompilerServices;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Functools;

/// <summary>
/// `functools.partial(func, /, *args, **keywords)`: func with some arguments fixed. Positional
/// slots may be left open with Placeholder (3.14), filled by the call's first arguments. A
/// partial of a partial (without a __dict__) is flattened. As a method descriptor (3.14), a
/// partial stored in a class binds like a function.
/// </summary>
[PyType("functools.partial", BaseType = true)]
public sealed partial class Partial : PyObject, IInstanceDict, IWeakReferenceable
{
    PyObject? _fn;
    PyTuple _args = PyTuple.Empty;
    PyDict? _kw;
    int _phcount;   // Placeholders in _args
    public PyDict? Dict { get; set; }
    public PyWeakReference? WeakRefList { get; set; }

    Partial(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (nargs < 1) return Errors.SetString(PyExc.TypeError, "type 'partial' takes at least one argument");
        var func = args[0].AsBorrowed;
        PyTuple? ptoArgs = null;
        PyDict? ptoKw = null;
        int ptoPhcount = 0;
        if (func is Partial part && part.Dict == null)
        {
            // Use the inner partial's function and arguments directly.
            ptoArgs = part._args;
            ptoKw = part._kw;
            func = part._fn!;
            ptoPhcount = part._phcount;
        }
        if (func.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "the first argument must be callable");
        var placeholder = Placeholder.Instance;
        int newNargs = nargs - 1;
        if (newNargs > 0 && args[nargs - 1].AsBorrowed == placeholder)
            return Errors.SetString(PyExc.TypeError, "trailing Placeholders are not allowed");
        for (int k = 0; k < nkw; k++)
            if (args[nargs + k].AsBorrowed == placeholder)
                return Errors.SetString(PyExc.TypeError, "Placeholder cannot be passed as a keyword argument");
        int phcount = 0;
        for (int i = 1; i < nargs; i++) if (args[i].AsBorrowed == placeholder) phcount++;

        PyObject[] all;
        if (ptoPhcount > 0 && newNargs > 0)
        {
            // The new arguments fill the inner partial's Placeholders first, then follow its arguments.
            int npargs = ptoArgs!.Count;
            int total = npargs + Math.Max(0, newNargs - ptoPhcount);
            all = new PyObject[total];
            for (int i = 0, j = 0; i < total; i++)
            {
                PyObject item;
                if (i < npargs)
                {
                    item = ptoArgs.Items[i];
                    if (j < newNargs && item == placeholder)
                    {
                        item = args[1 + j++].AsBorrowed;
                        ptoPhcount--;
                    }
                }
                else item = args[1 + j++].AsBorrowed;
                all[i] = Py.NewRef(item);
            }
        }
        else
        {
            int inner = ptoArgs?.Count ?? 0;
            all = new PyObject[inner + newNargs];
            for (int i = 0; i < inner; i++) all[i] = Py.NewRef(ptoArgs!.Items[i]);
            for (int i = 0; i < newNargs; i++) all[inner + i] = Py.NewRef(args[1 + i].AsBorrowed);
        }

        var kw = ptoKw == null || ptoKw.Count == 0 ? PyDict.New() : ptoKw.Copy();
        for (int k = 0; k < nkw; k++)
        {
            if (kw.SetItem(kwnames!.Items[k], args[nargs + k].AsBorrowed) < 0)
            {
                foreach (var o in all) Py.DECREF(o);
                Py.DECREF(kw);
                return null;
            }
        }
        return new Partial(type)
        {
            _fn = Py.NewRef(func),
            _args = PyTuple.FromStolen(all),
            _kw = kw,
            _phcount = ptoPhcount + phcount,
        };
    }

    [InlineArray(8)]
    struct ArgBuffer { StackRef _e; }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var p = (Partial)self;
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        if (nargs < p._phcount)
            return Errors.SetString(PyExc.TypeError,
                $"missing positional arguments in 'partial' call; expected at least {p._phcount}, got {nargs}");
        // The keywords are mutable, so checked on every call.
        if (p._kw!.Count != 0) return CallWithKeywords(p, args, kwnames);
        var own = p._args.Items;
        int total = own.Length + nargs - p._phcount + nkw;
        var stack = new ArgBuffer();
        Span<StackRef> all = total <= 8 ? stack : new StackRef[total];
        all = all[..total];
        int j = 0, n = 0;
        foreach (var item in own)
            all[n++] = StackRef.FromBorrow(item == Placeholder.Instance ? args[j++].AsBorrowed : item);
        for (; j < args.Length; j++) all[n++] = StackRef.FromBorrow(args[j].AsBorrowed);
        return Calls.Call(p._fn!, all, kwnames);
    }

    /// <summary>partial_call: the arguments as a tuple and the keywords merged into a copy of ours.</summary>
    static PyObject? CallWithKeywords(Partial p, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int nargs = args.Length - nkw;
        var kw = p._kw!.Copy();
        for (int k = 0; k < nkw; k++)
        {
            if (kw.SetItem(kwnames!.Items[k], args[nargs + k].AsBorrowed) < 0)
            {
                Py.DECREF(kw);
                return null;
            }
        }
        var own = p._args.Items;
        var items = new PyObject[own.Length + nargs - p._phcount];
        int j = 0, n = 0;
        foreach (var item in own)
            items[n++] = Py.NewRef(item == Placeholder.Instance ? args[j++].AsBorrowed : item);
        for (; j < nargs; j++) items[n++] = Py.NewRef(args[j].AsBorrowed);
        var tuple = PyTuple.FromStolen(items);
        var r = Calls.CallTuple(p._fn!, tuple, kw);
        Py.DECREF(tuple);
        Py.DECREF(kw);
        return r;
    }

    /// <summary>A method descriptor (3.14): looked up on an instance it binds as a method.</summary>
    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject self, PyObject? obj, PyObject? type)
    {
        if (obj == null || obj == Py.None) return Py.NewRef(self);
        return new PyMethod(self, obj);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var p = (Partial)self;
        if (SeqSupport.ReprEnter(self)) return PyUnicode.FromString("...");
        // Hold the parts: a repr may change the partial.
        var fn = Py.NewRef(p._fn!);
        var args = Py.NewRef(p._args);
        var kw = p._kw!.Copy();
        var sb = new StringBuilder();
        bool ok = true;
        var fnRepr = Abstract.ReprString(fn);
        ok = fnRepr != null;
        sb.Append(fnRepr);
        for (int i = 0; ok && i < args.Count; i++)
        {
            var r = Abstract.ReprString(args.Items[i]);
            if (r == null) ok = false;
            else sb.Append(", ").Append(r);
        }
        int pos = 0;
        while (ok && kw.Next(ref pos, out var key, out var value))
        {
            Py.INCREF(value);
            var ks = Abstract.Str(key);
            var vr = ks == null ? null : Abstract.ReprString(value);
            Py.DECREF(value);
            if (ks == null || vr == null) ok = false;
            else sb.Append(", ").Append(((PyUnicode)ks).Value).Append('=').Append(vr);
            Py.XDECREF(ks);
        }
        Py.DECREF(fn);
        Py.DECREF(args);
        Py.DECREF(kw);
        SeqSupport.ReprLeave(self);
        if (!ok) return null;
        return PyUnicode.FromString($"{TypeAttrs.ModuleName(self.ob_type)}.{TypeAttrs.QualName(self.ob_type)}({sb})");
    }

    [PyGetter("func", Doc = "function object to use in future partial calls")]
    static PyObject? GetFunc(Partial self) => Py.NewRef(self._fn ?? Py.None);

    [PyGetter("args", Doc = "tuple of arguments to future partial calls")]
    static PyObject? GetArgs(Partial self) => Py.NewRef(self._args);

    [PyGetter("keywords", Doc = "dictionary of keyword arguments to future partial calls")]
    static PyObject? GetKeywords(Partial self) => Py.NewRef((PyObject?)self._kw ?? Py.None);

    // func, args and keywords are read-only members in CPython (T_OBJECT, READONLY).
    [PySetter("func")] static int SetFunc(Partial self, PyObject? value) => ReadOnlyMember();
    [PySetter("args")] static int SetArgs(Partial self, PyObject? value) => ReadOnlyMember();
    [PySetter("keywords")] static int SetKeywords(Partial self, PyObject? value) => ReadOnlyMember();

    static int ReadOnlyMember()
    {
        Errors.SetString(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    [PyGetter("__dict__")] static PyObject? GetDict(Partial self) => InstanceDictAttr.Get(self);
    [PySetter("__dict__")] static int SetDict(Partial self, PyObject? value) => InstanceDictAttr.Set(self, value);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(Partial self) =>
        PyTuple.FromStolen([
            Py.NewRef(self.ob_type),
            PyTuple.FromBorrowed([self._fn!]),
            PyTuple.FromBorrowed([self._fn!, self._args, self._kw!, (PyObject?)self.Dict ?? Py.None]),
        ]);

    [PyMethod("__setstate__")]
    static PyObject? SetState(Partial self, PyObject state)
    {
        if (state is not PyTuple { Count: 4 } t
            || t.Items[0].ob_type.tp_call == null
            || t.Items[1] is not PyTuple fnargs
            || (t.Items[2] != Py.None && t.Items[2] is not PyDict)
            || (t.Items[3] != Py.None && t.Items[3] is not PyDict))
            return Errors.SetString(PyExc.TypeError, "invalid partial state");
        var fn = t.Items[0];
        var kwArg = t.Items[2];
        var dict = t.Items[3];
        int nargs = fnargs.Count;
        if (nargs > 0 && fnargs.Items[nargs - 1] == Placeholder.Instance)
            return Errors.SetString(PyExc.TypeError, "trailing Placeholders are not allowed");
        int phcount = 0;
        for (int i = 0; i < nargs - 1; i++) if (fnargs.Items[i] == Placeholder.Instance) phcount++;
        var args = fnargs.ob_type == PyTuple.Type ? Py.NewRef(fnargs) : PyTuple.FromBorrowed(fnargs.Items);
        var kw = kwArg == Py.None ? PyDict.New() : kwArg.ob_type == PyDict.Type ? Py.NewRef((PyDict)kwArg) : ((PyDict)kwArg).Copy();
        var oldFn = self._fn;
        var oldArgs = self._args;
        var oldKw = self._kw;
        var oldDict = self.Dict;
        self._fn = Py.NewRef(fn);
        self._args = args;
        self._kw = kw;
        self._phcount = phcount;
        self.Dict = dict == Py.None ? null : (PyDict)Py.NewRef(dict);
        Py.XDECREF(oldFn);
        Py.DECREF(oldArgs);
        Py.XDECREF(oldKw);
        Py.XDECREF(oldDict);
        return Py.None;
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _fn);
        var args = _args;
        _args = PyTuple.Empty;
        Py.DECREF(args);
        Py.CLEAR(ref _kw);
        var d = Dict;
        Dict = null;
        Py.XDECREF(d);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_fn != null) visit(_fn);
        visit(_args);
        if (_kw != null) visit(_kw);
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear() => ReleaseReferences();
}
