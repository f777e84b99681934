using System;
using Sharpy.Compiler;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `FrameLocalsProxy` (PEP 667, Objects/frameobject.c): `frame.f_locals` of a function frame,
/// a write-through mapping over the frame's fast locals, cells and free variables. Keys that
/// are not variables of the code live in the frame object's extra-locals dict. Reads see
/// only bound variables; variables cannot be deleted.
/// </summary>
[PyType("FrameLocalsProxy")]
public sealed partial class FrameLocalsProxy : PyObject
{
    readonly PyFrameObject _frame;

    public FrameLocalsProxy(PyFrameObject frame) : base(Type) { _frame = Py.NewRef(frame); }

    protected internal override void ReleaseReferences() => Py.DECREF(_frame);

    protected internal override void Traverse(Visitor visit) => visit(_frame);

    PyCode Code => _frame.Code;

    /// <summary>
    /// framelocalsproxy_getkeyindex: the locals-plus index of the variable <paramref name="key"/>
    /// names, compared as a dict would (the key must be hashable; a str subclass or an object
    /// equal to the name matches). Reading finds only a bound variable; writing skips the
    /// hidden variables of an inlined comprehension. -1 when there is none, -2 on error.
    /// </summary>
    int IndexOf(PyObject key, bool read)
    {
        long hash = Abstract.Hash(key);
        if (hash == -1 && Errors.Occurred()) return -2;
        var names = Code.LocalsPlusNames;
        bool found = false;
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] != key) continue;
            if (Usable(i, read)) return i;
            found = true;
        }
        // Named but unbound (a read) or hidden (a write): not a variable for this access.
        if (found) return -1;
        for (int i = 0; i < names.Length; i++)
        {
            if (Abstract.Hash(names[i]) != hash) continue;
            int same = Abstract.RichCompareBool(names[i], key, CompareOp.Eq);
            if (same < 0) return -2;
            if (same > 0 && Usable(i, read)) return i;
        }
        return -1;
    }

    bool Usable(int i, bool read)
        => read ? ValueAt(i) != null : (Code.Co.LocalsPlusKinds[i] & CodeObject.CO_FAST_HIDDEN) == 0;

    /// <summary>The bound value of variable <paramref name="i"/> (a cell's contents), borrowed; null when unbound.</summary>
    PyObject? ValueAt(int i) => LocalValue(Code, _frame.LocalsPlus, i);

    /// <summary>
    /// framelocalsproxy_getval: the value in locals-plus slot <paramref name="i"/>, borrowed;
    /// a cell variable's slot gives the cell's contents. An inlined comprehension may hold a
    /// plain value in a slot of a cell variable of the same name: that value is the variable's.
    /// </summary>
    internal static PyObject? LocalValue(PyCode code, Span<StackRef> slots, int i)
    {
        if (i >= slots.Length || slots[i].IsNull) return null;
        var v = slots[i].AsBorrowed;
        if ((code.Co.LocalsPlusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0 && v is PyCell c)
            return c.Ref;
        return v;
    }

    /// <summary>
    /// _PyFrame_HasHiddenLocals: a comprehension inlined in module or class code is running
    /// (one of its hidden variables is bound). The frame's f_locals and locals() are then
    /// over its fast locals, as a function's are, rather than its locals dict.
    /// </summary>
    internal static bool HasHiddenLocals(PyCode code, Span<StackRef> slots)
    {
        var kinds = code.Co.LocalsPlusKinds;
        for (int i = 0; i < slots.Length; i++)
            if ((kinds[i] & CodeObject.CO_FAST_HIDDEN) != 0 && !slots[i].IsNull) return true;
        return false;
    }

    /// <summary>
    /// Store into variable <paramref name="i"/>. A replaced value stays alive as long as the
    /// frame object: the running code may still use it through a borrowed stack reference.
    /// </summary>
    void SetValueAt(int i, PyObject value)
    {
        var slots = _frame.LocalsPlus;
        if (i >= slots.Length) return;   // a generator's frame that is gone has no variables left
        ref var slot = ref slots[i];
        if ((Code.Co.LocalsPlusKinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0 && !slot.IsNull && slot.AsBorrowed is PyCell c)
        {
            Py.SETREF(ref c.Ref, Py.NewRef(value));
            return;
        }
        if (!slot.IsNull && slot.AsBorrowed == value) return;
        var old = slot;
        slot = StackRef.FromNew(value);
        if (!old.IsNull) (_frame.OverwrittenLocals ??= new()).Add(old.AsSteal());
    }

    /// <summary>The proxy's items, in order, as a new dict (locals first, then the extra locals).</summary>
    internal PyDict? ToDict()
    {
        var d = PyDict.New();
        var names = Code.LocalsPlusNames;
        for (int i = 0; i < names.Length; i++)
            if (ValueAt(i) is { } v && d.SetItem(names[i], v) < 0) { Py.DECREF(d); return null; }
        if (_frame.ExtraLocals is { } extra && d.Merge(extra, true) < 0) { Py.DECREF(d); return null; }
        return d;
    }

    PyObject? GetItem(PyObject key)
    {
        int i = IndexOf(key, read: true);
        if (i == -2) return null;
        if (i >= 0) return Py.NewRef(ValueAt(i)!);
        if (_frame.ExtraLocals is { } extra)
        {
            var r = extra.GetItemWithError(key);
            if (r != null) return Py.NewRef(r);
            if (Errors.Occurred()) return null;
        }
        var repr = Abstract.ReprString(key);
        if (repr == null) return null;
        var message = PyUnicode.FromString($"local variable '{repr}' is not defined");
        Errors.SetObject(PyExc.KeyError, message);
        Py.DECREF(message);
        return null;
    }

    int SetItem(PyObject key, PyObject value)
    {
        int i = IndexOf(key, read: false);
        if (i == -2) return -1;
        if (i >= 0)
        {
            SetValueAt(i, value);
            return 0;
        }
        _frame.ExtraLocals ??= PyDict.New();
        return _frame.ExtraLocals.SetItem(key, value);
    }

    /// <summary>Delete a key: variables cannot be removed; an extra local can.</summary>
    int DelItem(PyObject key)
    {
        int i = IndexOf(key, read: false);
        if (i == -2) return -1;
        if (i >= 0)
        {
            Errors.SetString(PyExc.ValueError, "cannot remove local variables from FrameLocalsProxy");
            return -1;
        }
        if (_frame.ExtraLocals is { } extra) return extra.DelItem(key);
        Errors.SetKeyError(key);
        return -1;
    }

    static FrameLocalsProxy Self(PyObject o) => (FrameLocalsProxy)o;

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs != 1) return Errors.SetString(PyExc.TypeError, $"FrameLocalsProxy expected 1 argument, got {nargs}");
        var frame = args[0].AsBorrowed;
        if (frame is not PyFrameObject f) return Errors.SetString(PyExc.TypeError, $"expect frame, not {frame.ob_type.tp_name}");
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "FrameLocalsProxy takes no keyword arguments");
        return new FrameLocalsProxy(f);
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key) => Self(o).GetItem(key);

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject key, PyObject? value)
        => value == null ? Self(o).DelItem(key) : Self(o).SetItem(key, value);

    [PySlot("mp_length")]
    static long Length(PyObject o)
    {
        var p = Self(o);
        long n = 0;
        for (int i = 0; i < p.Code.NLocalsPlus; i++)
            if (p.ValueAt(i) != null) n++;
        if (p._frame.ExtraLocals is { } extra) n += extra.Count;
        return n;
    }

    [PySlot("sq_contains")]
    static int Contains(PyObject o, PyObject key)
    {
        var p = Self(o);
        int i = p.IndexOf(key, read: true);
        if (i == -2) return -1;
        if (i >= 0) return 1;
        return p._frame.ExtraLocals is { } extra ? extra.Contains(key) : 0;
    }

    /// <summary>A method over the dict form: keys(), values(), items(), iteration and repr.</summary>
    static PyObject? OverDict(PyObject o, Func<PyDict, PyObject?> f)
    {
        var d = Self(o).ToDict();
        if (d == null) return null;
        var r = f(d);
        Py.DECREF(d);
        return r;
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => OverDict(o, static d => IterAndRelease(ListOf(d, Part.Keys)));

    static PyObject? IterAndRelease(PyObject seq)
    {
        var it = Abstract.GetIter(seq);
        Py.DECREF(seq);
        return it;
    }

    enum Part { Keys, Values, Items }

    /// <summary>keys(), values() and items() of the proxy are lists, not views.</summary>
    static PyList ListOf(PyDict d, Part part)
    {
        var l = PyList.New();
        int pos = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            if (part == Part.Keys) l.Append(k);
            else if (part == Part.Values) l.Append(v);
            else l.AppendSteal(PyTuple.Pack(k, v));
        }
        return l;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        if (SeqSupport.ReprEnter(o)) return PyUnicode.FromString("{...}");
        var result = OverDict(o, static d => Abstract.Repr(d));
        SeqSupport.ReprLeave(o);
        return result;
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        Errors.SetString(PyExc.TypeError, "unhashable type: 'FrameLocalsProxy'");
        return -1;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        if (w is FrameLocalsProxy other && other._frame == Self(v)._frame) return Py.NewBool(op == CompareOp.Eq);
        if (w is not PyDict && w is not FrameLocalsProxy) return Py.NotImplemented;
        return OverDict(v, d => Abstract.RichCompare(d, w, op));
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b)
    {
        if ((a is not PyDict && a is not FrameLocalsProxy) || (b is not PyDict && b is not FrameLocalsProxy))
            return Py.NotImplemented;
        var left = a is FrameLocalsProxy pa ? pa.ToDict() : ((PyDict)a).Copy();
        if (left == null) return null;
        if (left.UpdateArg(b is FrameLocalsProxy pb ? pb : b) < 0)
        {
            Py.DECREF(left);
            return null;
        }
        return left;
    }

    [PySlot("nb_inplace_or")]
    static PyObject? InplaceOr(PyObject self, PyObject other)
    {
        if (other is not PyDict && other is not FrameLocalsProxy) return Py.NotImplemented;
        if (Self(self).Update(other) < 0) return null;
        return Py.NewRef(self);
    }

    int Update(PyObject other)
    {
        var src = other is FrameLocalsProxy p ? p.ToDict() : Py.NewRef((PyDict)other);
        if (src == null) return -1;
        int pos = 0;
        while (src.Next(ref pos, out var k, out var v))
        {
            if (SetItem(k, v) < 0)
            {
                Py.DECREF(src);
                return -1;
            }
        }
        Py.DECREF(src);
        return 0;
    }

    [PyMethod("keys")]
    static PyObject? Keys(FrameLocalsProxy self) => OverDict(self, static d => ListOf(d, Part.Keys));

    [PyMethod("values")]
    static PyObject? Values(FrameLocalsProxy self) => OverDict(self, static d => ListOf(d, Part.Values));

    [PyMethod("items")]
    static PyObject? Items(FrameLocalsProxy self) => OverDict(self, static d => ListOf(d, Part.Items));

    [PyMethod("copy")]
    static PyObject? CopyMethod(FrameLocalsProxy self) => self.ToDict();

    /// <summary>__reversed__ gives a list of the keys, last first (not an iterator).</summary>
    [PyMethod("__reversed__")]
    static PyObject? Reversed(FrameLocalsProxy self)
        => OverDict(self, static d =>
        {
            var keys = ListOf(d, Part.Keys);
            Array.Reverse(keys.Items, 0, keys.Count);
            return keys;
        });

    [PyMethod("get")]
    static PyObject? Get(FrameLocalsProxy self, PyObject key, PyObject? @default = null)
    {
        var r = self.GetItem(key);
        if (r != null || !Errors.ExceptionMatches(PyExc.KeyError)) return r;
        Errors.Clear();
        return Py.NewRef(@default ?? Py.None);
    }

    [PyMethod("setdefault")]
    static PyObject? SetDefault(FrameLocalsProxy self, PyObject key, PyObject? @default = null)
    {
        var r = self.GetItem(key);
        if (r != null || !Errors.ExceptionMatches(PyExc.KeyError)) return r;
        Errors.Clear();
        var value = @default ?? Py.None;
        if (self.SetItem(key, value) < 0) return null;
        return Py.NewRef(value);
    }

    [PyMethod("pop")]
    static PyObject? Pop(FrameLocalsProxy self, PyObject key, PyObject? @default = null)
    {
        int i = self.IndexOf(key, read: false);
        if (i == -2) return null;
        if (i >= 0) return Errors.SetString(PyExc.ValueError, "cannot remove local variables from FrameLocalsProxy");
        var extra = self._frame.ExtraLocals;
        var r = extra?.GetItemWithError(key);
        if (r != null)
        {
            Py.INCREF(r);
            if (extra!.DelItem(key) < 0) { Py.DECREF(r); return null; }
            return r;
        }
        if (Errors.Occurred()) return null;
        if (@default != null) return Py.NewRef(@default);
        Errors.SetKeyError(key);
        return null;
    }

    [PyMethod("update")]
    static PyObject? UpdateMethod(FrameLocalsProxy self, PyObject other)
    {
        if (other is not PyDict && other is not FrameLocalsProxy)
            return Errors.SetString(PyExc.TypeError, "update() argument must be dict or another FrameLocalsProxy");
        return self.Update(other) < 0 ? null : Py.None;
    }
}
