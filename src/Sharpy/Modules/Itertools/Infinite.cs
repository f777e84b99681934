using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Itertools;

/// <summary>
/// `itertools.count(start=0, step=1)`. While the count fits a long and the step is the int 1 it
/// counts in <see cref="_cnt"/> (fast mode); otherwise <see cref="_cnt"/> is long.MaxValue and
/// the current value and the step are objects added with `+` (slow mode), as CPython does.
/// </summary>
[PyType("itertools.count", BaseType = true)]
public sealed partial class CountObject : PyObject
{
    long _cnt;
    PyObject? _longCnt;
    PyObject? _longStep;

    CountObject(PyType type) : base(type) { }

    /// <summary>PyNumber_Check: what count accepts as start and step.</summary>
    static bool NumberCheck(PyObject o)
    {
        var t = o.ob_type;
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o is PyComplex;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject? start = null, [Keyword] PyObject? step = null)
    {
        if ((start != null && !NumberCheck(start)) || (step != null && !NumberCheck(step)))
            return Errors.SetString(PyExc.TypeError, "a number is required");
        bool slow = false;
        long cnt = 0;
        if (start != null)
        {
            if (start is PyLong l && l.TryGetLong(out long v) && v != long.MaxValue) cnt = v;
            else slow = true;
        }
        if (step != null && !(step is PyLong s && s.TryGetLong(out long sv) && sv == 1)) slow = true;
        return new CountObject(type)
        {
            _cnt = slow ? long.MaxValue : cnt,
            _longCnt = slow ? Py.NewRef(start ?? PyLong.FromLong(0)) : null,
            _longStep = Py.NewRef(step ?? PyLong.FromLong(1)),
        };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var c = (CountObject)self;
        if (c._cnt != long.MaxValue) return PyLong.FromLong(c._cnt++);
        // Slow mode, also entered when the fast count reaches long.MaxValue.
        c._longCnt ??= PyLong.FromLong(long.MaxValue);
        var next = Abstract.BinaryOp(c._longCnt, c._longStep!, Compiler.NbOp.ADD);
        if (next == null) return null;
        var result = c._longCnt;
        c._longCnt = next;
        return result;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var c = (CountObject)self;
        string name = c.ob_type.Name;
        if (c._cnt != long.MaxValue) return PyUnicode.FromString($"{name}({c._cnt})");
        var cnt = c._longCnt == null ? long.MaxValue.ToString() : Abstract.ReprString(c._longCnt);
        if (cnt == null) return null;
        if (c._longStep is PyLong s && s.TryGetLong(out long sv) && sv == 1)
            return PyUnicode.FromString($"{name}({cnt})");
        var step = Abstract.ReprString(c._longStep!);
        if (step == null) return null;
        return PyUnicode.FromString($"{name}({cnt}, {step})");
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _longCnt);
        Py.CLEAR(ref _longStep);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_longCnt != null) visit(_longCnt);
        if (_longStep != null) visit(_longStep);
    }
}

/// <summary>`itertools.cycle(iterable)`: the items, saved on the first pass and replayed forever.</summary>
[PyType("itertools.cycle", BaseType = true)]
public sealed partial class CycleObject : PyObject
{
    PyObject? _it;
    PyList? _saved;
    int _index;

    CycleObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (!ItertoolsArgs.Positional("cycle", type, Type, args, kwnames, 1, 1)) return null;
        var it = Abstract.GetIter(args[0].AsBorrowed);
        if (it == null) return null;
        return new CycleObject(type) { _it = it, _saved = PyList.New() };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var c = (CycleObject)self;
        if (c._saved == null) return null;
        if (c._it != null)
        {
            var item = Abstract.IterNext(c._it);
            if (item != null)
            {
                c._saved.Append(item);
                return item;
            }
            if (Errors.Occurred()) return null;
            Py.CLEAR(ref c._it);
        }
        var saved = c._saved;
        if (saved.Count == 0) return null;
        var r = saved.Items[c._index];
        if (++c._index >= saved.Count) c._index = 0;
        return Py.NewRef(r);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _it);
        Py.CLEAR(ref _saved);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_it != null) visit(_it);
        if (_saved != null) visit(_saved);
    }

    protected internal override void Clear() => ReleaseReferences();
}

/// <summary>`itertools.repeat(object[, times])`: the object, times times or forever (_cnt -1).</summary>
[PyType("itertools.repeat", BaseType = true)]
public sealed partial class RepeatObject : PyObject
{
    PyObject? _element;
    long _cnt;

    RepeatObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] PyObject @object, [Keyword] PyObject? times = null)
    {
        // Absent, it repeats forever (-1); given, it is a count, None included in what it refuses.
        long cnt = -1;
        if (times != null)
        {
            if (!ArgParse.ToSsize(times, out cnt)) return null;
            if (cnt < 0) cnt = 0;
        }
        return new RepeatObject(type) { _element = Py.NewRef(@object), _cnt = cnt };
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var r = (RepeatObject)self;
        if (r._cnt == 0 || r._element == null) return null;
        if (r._cnt > 0) r._cnt--;
        return Py.NewRef(r._element);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var r = (RepeatObject)self;
        if (r._element == null) return PyUnicode.FromString($"{r.ob_type.Name}()");
        var e = Abstract.ReprString(r._element);
        if (e == null) return null;
        return PyUnicode.FromString(r._cnt == -1 ? $"{r.ob_type.Name}({e})" : $"{r.ob_type.Name}({e}, {r._cnt})");
    }

    [PyMethod("__length_hint__")]
    static PyObject? LengthHint(RepeatObject self)
    {
        if (self._cnt == -1) return Errors.SetString(PyExc.TypeError, "len() of unsized object");
        return PyLong.FromLong(self._cnt);
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _element);

    protected internal override void Traverse(Visitor visit)
    {
        if (_element != null) visit(_element);
    }

    protected internal override void Clear() => ReleaseReferences();
}
