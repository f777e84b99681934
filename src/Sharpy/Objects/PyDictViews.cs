using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// dict_keys, dict_values and dict_items (Objects/dictobject.c dictview*): live views of a
/// dict. Keys and items views are set-like: comparisons, &amp; | ^ - and isdisjoint.
/// </summary>
public abstract class PyDictView : PyObject
{
    public PyDict? Dict;

    protected PyDictView(PyType type, PyDict d) : base(type) { Dict = Py.NewRef(d); }

    protected static long Len(PyObject o) => ((PyDictView)o).Dict?.Count ?? 0;

    protected static PyObject? ReprView(PyObject o)
    {
        if (SeqSupport.ReprEnter(o)) return PyUnicode.FromString("...");
        var list = PyList.New();
        if (list.Extend(o) < 0)
        {
            Py.DECREF(list);
            SeqSupport.ReprLeave(o);
            return null;
        }
        var lr = Abstract.ReprString(list);
        Py.DECREF(list);
        SeqSupport.ReprLeave(o);
        if (lr == null) return null;
        return PyUnicode.FromString($"{o.ob_type.tp_name}({lr})");
    }

    /// <summary>PyDictViewSet_Check: a keys or items view.</summary>
    public static bool IsSetView(PyObject o) => o is PyDictKeys || o is PyDictItems;

    /// <summary>dictview_richcompare: set-like comparisons against sets and set-like views.</summary>
    protected static PyObject? SetLikeCompare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyAnySet && !IsSetView(other)) return Py.NotImplemented;
        long lenSelf = Abstract.Length(self);
        if (lenSelf < 0) return null;
        long lenOther = Abstract.Length(other);
        if (lenOther < 0) return null;
        int ok = 0;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (lenSelf == lenOther) ok = AllContainedIn(self, other);
                if (op == CompareOp.Ne && ok >= 0) ok = ok == 0 ? 1 : 0;
                break;
            case CompareOp.Lt:
                if (lenSelf < lenOther) ok = AllContainedIn(self, other);
                break;
            case CompareOp.Le:
                if (lenSelf <= lenOther) ok = AllContainedIn(self, other);
                break;
            case CompareOp.Gt:
                if (lenSelf > lenOther) ok = AllContainedIn(other, self);
                break;
            case CompareOp.Ge:
                if (lenSelf >= lenOther) ok = AllContainedIn(other, self);
                break;
        }
        if (ok < 0) return null;
        return Py.NewBool(ok != 0);
    }

    static int AllContainedIn(PyObject self, PyObject other)
    {
        var it = Abstract.GetIter(self);
        if (it == null) return -1;
        int ok = 1;
        while (true)
        {
            var x = Abstract.IterNext(it);
            if (x == null)
            {
                if (Errors.Occurred()) ok = -1;
                break;
            }
            ok = Abstract.Contains(other, x);
            Py.DECREF(x);
            if (ok <= 0) break;
        }
        Py.DECREF(it);
        return ok;
    }

    /// <summary>set(self) then set.&lt;method&gt;(other): how | - ^ on views are computed.</summary>
    protected static PyObject? SetThen(PyObject self, PyObject other, Func<PySet, PyObject, int> op)
    {
        var result = PySet.FromIterable(self);
        if (result == null) return null;
        if (op(result, other) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    /// <summary>_PyDictView_Intersect.</summary>
    protected static PyObject? Intersect(PyObject self, PyObject other)
    {
        if (!IsSetView(self)) (self, other) = (other, self);
        long lenSelf = Len(self);
        if (other.ob_type == PySet.Type && lenSelf <= ((PyAnySet)other).Count)
            return PyAnySet.Intersection((PyAnySet)other, self);
        if (IsSetView(other) && Len(other) > lenSelf) (self, other) = (other, self);
        var result = PySet.NewEmpty();
        var it = Abstract.GetIter(other);
        if (it == null)
        {
            Py.DECREF(result);
            return null;
        }
        var view = (PyDictView)self;
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            int rv = view is PyDictItems ? PyDictItems.ContainsItem(view, key) : PyDictKeys.ContainsKey(view, key);
            if (rv > 0) rv = result.Add(key);
            Py.DECREF(key);
            if (rv < 0)
            {
                Py.DECREF(it);
                Py.DECREF(result);
                return null;
            }
        }
        Py.DECREF(it);
        if (Errors.Occurred())
        {
            Py.DECREF(result);
            return null;
        }
        return result;
    }

    protected static PyObject? IsDisjointImpl(PyObject self, PyObject other)
    {
        if (self == other) return Py.NewBool(Len(self) == 0);
        PyObject iterateOver = other, probe = self;
        if ((other is PyAnySet || IsSetView(other)) && Abstract.Length(other) > Len(self))
        {
            iterateOver = self;
            probe = other;
        }
        var it = Abstract.GetIter(iterateOver);
        if (it == null) return null;
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            int c = Abstract.Contains(probe, item);
            Py.DECREF(item);
            if (c != 0)
            {
                Py.DECREF(it);
                return c < 0 ? null : Py.False;
            }
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : Py.True;
    }

    /// <summary>dictview_mapping: a read-only proxy of the viewed dict.</summary>
    protected static PyObject? MappingOf(PyDictView self) =>
        new PyMappingProxy((PyObject?)self.Dict ?? Py.None);

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Dict);

    protected internal override void Traverse(Visitor visit)
    {
        if (Dict != null) visit(Dict);
    }
}

[PyType("dict_keys")]
public partial class PyDictKeys : PyDictView
{
    internal PyDictKeys(PyDict d) : base(Type, d) { }

    /// <summary>For OrderedDict's odict_keys, a subclass that iterates in the OrderedDict's order.</summary>
    protected PyDictKeys(PyType type, PyDict d) : base(type, d) { }

    internal static int ContainsKey(PyObject self, PyObject key) => ((PyDictView)self).Dict?.Contains(key) ?? 0;

    [PyGetter("mapping", Doc = "dictionary that this view refers to")]
    static PyObject? GetMapping(PyDictKeys self) => MappingOf(self);

    [PySlot("sq_length")] static long Length(PyObject o) => Len(o);
    [PySlot("tp_repr")] static PyObject? Repr(PyObject o) => ReprView(o);
    [PySlot("sq_contains")] static int Contains(PyObject o, PyObject key) => ContainsKey(o, key);
    [PySlot("tp_richcompare")] static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op) => SetLikeCompare(a, b, op);
    [PySlot("nb_and")] static PyObject? And(PyObject a, PyObject b) => Intersect(a, b);
    [PySlot("nb_or")] static PyObject? Or(PyObject a, PyObject b) => SetThen(a, b, PyAnySet.UpdateInternal);
    [PySlot("nb_subtract")] static PyObject? Sub(PyObject a, PyObject b) => SetThen(a, b, PyAnySet.DifferenceUpdateInternal);
    [PySlot("nb_xor")] static PyObject? Xor(PyObject a, PyObject b) => SetThen(a, b, PyAnySet.SymmetricDifferenceUpdate);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => PyDictIterBase.Create(((PyDictView)o).Dict!, PyDictIterBase.Kind.Keys, false);

    [PyMethod("__reversed__")]
    public static PyObject? Reversed(PyDictKeys self) => PyDictIterBase.Create(self.Dict!, PyDictIterBase.Kind.Keys, true);

    [PyMethod("isdisjoint")]
    public static PyObject? IsDisjoint(PyDictKeys self, PyObject other) => IsDisjointImpl(self, other);
}

[PyType("dict_values")]
public partial class PyDictValues : PyDictView
{
    internal PyDictValues(PyDict d) : base(Type, d) { }

    /// <summary>For OrderedDict's odict_values, a subclass that iterates in the OrderedDict's order.</summary>
    protected PyDictValues(PyType type, PyDict d) : base(type, d) { }

    [PyGetter("mapping", Doc = "dictionary that this view refers to")]
    static PyObject? GetMapping(PyDictValues self) => MappingOf(self);

    [PySlot("sq_length")] static long Length(PyObject o) => Len(o);
    [PySlot("tp_repr")] static PyObject? Repr(PyObject o) => ReprView(o);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => PyDictIterBase.Create(((PyDictView)o).Dict!, PyDictIterBase.Kind.Values, false);

    [PyMethod("__reversed__")]
    public static PyObject? Reversed(PyDictValues self) => PyDictIterBase.Create(self.Dict!, PyDictIterBase.Kind.Values, true);
}

[PyType("dict_items")]
public partial class PyDictItems : PyDictView
{
    internal PyDictItems(PyDict d) : base(Type, d) { }

    /// <summary>For OrderedDict's odict_items, a subclass that iterates in the OrderedDict's order.</summary>
    protected PyDictItems(PyType type, PyDict d) : base(type, d) { }

    /// <summary>dictitems_contains: (key, value) in d.items().</summary>
    internal static int ContainsItem(PyObject self, PyObject obj)
    {
        var d = ((PyDictView)self).Dict;
        if (d == null) return 0;
        if (obj is not PyTuple t || t.Count != 2) return 0;
        var found = d.GetItemWithError(t.Items[0]);
        if (found == null) return Errors.Occurred() ? -1 : 0;
        Py.INCREF(found);
        int r = Abstract.RichCompareBool(found, t.Items[1], CompareOp.Eq);
        Py.DECREF(found);
        return r;
    }

    [PyGetter("mapping", Doc = "dictionary that this view refers to")]
    static PyObject? GetMapping(PyDictItems self) => MappingOf(self);

    [PySlot("sq_length")] static long Length(PyObject o) => Len(o);
    [PySlot("tp_repr")] static PyObject? Repr(PyObject o) => ReprView(o);
    [PySlot("sq_contains")] static int Contains(PyObject o, PyObject item) => ContainsItem(o, item);
    [PySlot("tp_richcompare")] static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op) => SetLikeCompare(a, b, op);
    [PySlot("nb_and")] static PyObject? And(PyObject a, PyObject b) => Intersect(a, b);
    [PySlot("nb_or")] static PyObject? Or(PyObject a, PyObject b) => SetThen(a, b, PyAnySet.UpdateInternal);
    [PySlot("nb_subtract")] static PyObject? Sub(PyObject a, PyObject b) => SetThen(a, b, PyAnySet.DifferenceUpdateInternal);
    [PySlot("nb_xor")] static PyObject? Xor(PyObject a, PyObject b) => SetThen(a, b, PyAnySet.SymmetricDifferenceUpdate);

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject o) => PyDictIterBase.Create(((PyDictView)o).Dict!, PyDictIterBase.Kind.Items, false);

    [PyMethod("__reversed__")]
    public static PyObject? Reversed(PyDictItems self) => PyDictIterBase.Create(self.Dict!, PyDictIterBase.Kind.Items, true);

    [PyMethod("isdisjoint")]
    public static PyObject? IsDisjoint(PyDictItems self, PyObject other) => IsDisjointImpl(self, other);
}
