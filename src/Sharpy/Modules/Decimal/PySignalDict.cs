using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

/// <summary>A context's flag word, shared by the context and its flags or traps SignalDict.</summary>
internal sealed class FlagWord
{
    public uint Value;
}

/// <summary>
/// `decimal.SignalDictMixin` (PyDecSignalDictMixin_Type): a mapping view of a context's
/// flags or traps, signal class to bool. The module's SignalDict derives from it and from
/// collections.abc.MutableMapping.
/// </summary>
[PyType("decimal.SignalDictMixin", BaseType = true)]
public partial class PySignalDict : PyObject
{
    /// <summary>The context's word; null for a SignalDict made directly, which is unusable.</summary>
    internal FlagWord? Word;

    PySignalDict(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PySignalDict(type);

    /// <summary>A SignalDict over <paramref name="word"/>.</summary>
    internal static PyObject? Over(FlagWord word)
    {
        var d = Calls.CallTuple(DecimalState.Get().SignalDict, PyTuple.Empty);
        if (d == null) return null;
        ((PySignalDict)d).Word = word;
        return d;
    }

    /// <summary>The flag word, or null with ValueError set for an unbound SignalDict.</summary>
    static FlagWord? WordOf(PyObject self)
    {
        var w = ((PySignalDict)self).Word;
        if (w == null) Errors.SetString(PyExc.ValueError, "invalid signal dict");
        return w;
    }

    [PySlot("mp_length")]
    static long Length(PyObject self) => WordOf(self) == null ? -1 : 9;

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self)
    {
        if (WordOf(self) == null) return null;
        var st = DecimalState.Get();
        var t = PyTuple.FromBorrowed(st.Signals);
        var it = Abstract.GetIter(t);
        Py.DECREF(t);
        return it;
    }

    [PySlot("mp_subscript")]
    static PyObject? GetItem(PyObject self, PyObject key)
    {
        var w = WordOf(self);
        if (w == null) return null;
        uint f = DecimalState.Get().FlagOf(key);
        if (f == 0) return null;
        return (w.Value & f) != 0 ? PyBool.True : PyBool.False;
    }

    [PySlot("mp_ass_subscript")]
    static int SetItem(PyObject self, PyObject key, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.ValueError, "signal keys cannot be deleted");
            return -1;
        }
        var w = WordOf(self);
        if (w == null) return -1;
        uint f = DecimalState.Get().FlagOf(key);
        if (f == 0) return -1;
        int t = Abstract.IsTrue(value);
        if (t < 0) return -1;
        if (t == 1) w.Value |= f;
        else w.Value &= ~f;
        return 0;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var w = WordOf(self);
        if (w == null) return null;
        uint v = w.Value;
        var sb = new System.Text.StringBuilder("{");
        for (int i = 0; i < 9; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append("<class 'decimal.").Append(DecimalState.SignalNames[i]).Append("'>:")
              .Append((v & DecimalState.SignalFlags[i]) != 0 ? "True" : "False");
        }
        return PyUnicode.FromString(sb.Append('}').ToString());
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject self) => SlotDefs.HashNotImplemented(self);

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        var wv = WordOf(v);
        if (wv == null) return null;
        uint a = wv.Value, b;
        if (w is PySignalDict sw)
        {
            var ww = WordOf(sw);
            if (ww == null) return null;
            b = ww.Value;
        }
        else if (w is PyDict)
        {
            b = DecimalState.Get().DictAsFlags(w, out bool invalid);
            if (b == uint.MaxValue)
            {
                if (!invalid) return null;
                Errors.Clear();
                return Py.NotImplemented;
            }
        }
        else return Py.NotImplemented;
        return (a == b) ^ (op == CompareOp.Ne) ? PyBool.True : PyBool.False;
    }

    [PyMethod("copy")]
    static PyObject? Copy(PySignalDict self)
    {
        var w = WordOf(self);
        return w == null ? null : FlagsAsDict(w.Value);
    }

    /// <summary>flags_as_dict.</summary>
    internal static PyObject? FlagsAsDict(uint flags)
    {
        var st = DecimalState.Get();
        var d = PyDict.New();
        for (int i = 0; i < 9; i++)
        {
            if (d.SetItem(st.Signals[i], (flags & DecimalState.SignalFlags[i]) != 0 ? PyBool.True : PyBool.False) < 0)
            {
                Py.DECREF(d);
                return null;
            }
        }
        return d;
    }
}
