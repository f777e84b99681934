using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// dict's methods (Objects/dictobject.c).
public partial class PyDict
{
    [PyMethod("get")]
    public static PyObject? GetMethod(PyDict self, PyObject key, PyObject? @default = null)
    {
        long hash = KeyHash(key);
        if (hash == -1) return null;
        int ix = self.Lookup(key, hash, out _);
        if (ix == -2) return null;
        if (ix >= 0) return Py.NewRef(self._entries[ix].Value!);
        return Py.NewRef(@default ?? Py.None);
    }

    [PyMethod("setdefault")]
    public static PyObject? SetDefaultMethod(PyDict self, PyObject key, PyObject? @default = null)
    {
        var v = self.SetDefault(key, @default ?? Py.None);
        return v == null ? null : Py.NewRef(v);
    }

    [PyMethod("pop", TextSignature = "($self, key, default=<unrepresentable>, /)")]
    public static PyObject? PopMethod(PyDict self, PyObject key, PyObject? @default = null)
    {
        var v = self.Pop(key, @default == null);
        if (v != null || Errors.Occurred()) return v;
        return Py.NewRef(@default!);
    }

    [PyMethod("popitem")]
    public static PyObject? PopItemMethod(PyDict self) => self.PopItem();

    [PyMethod("keys")]
    public static PyObject? KeysMethod(PyDict self) => new PyDictKeys(self);

    [PyMethod("values")]
    public static PyObject? ValuesMethod(PyDict self) => new PyDictValues(self);

    [PyMethod("items")]
    public static PyObject? ItemsMethod(PyDict self) => new PyDictItems(self);

    [PyMethod("update", Raw = "update([other], /, **kwargs) shares dict()'s argument handling (UpdateCommon)")]
    public static PyObject? UpdateMethod(PyDict self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (self.UpdateCommon(args, kwnames, "update") < 0) return null;
        return Py.None;
    }

    [PyMethod("clear")]
    public static PyObject? ClearMethod(PyDict self)
    {
        self.ClearItems();
        return Py.None;
    }

    [PyMethod("copy")]
    public static PyObject? CopyMethod(PyDict self) => self.Copy();

    [PyMethod("__reversed__")]
    public static PyObject? ReversedMethod(PyDict self) => PyDictIterBase.Create(self, PyDictIterBase.Kind.Keys, true);

    /// <summary>_PyDict_SizeOf on 64-bit CPython: the dict, and its keys table unless it is the shared empty one.</summary>
    [PyMethod("__sizeof__")]
    public static PyObject? SizeOfMethod(PyDict self)
    {
        long size = TypeSizes.BasicSize(self.ob_type);
        if (self._nentries == 0) return PyLong.FromLong(size);
        int n = self._indices.Length;
        int indexBytes = n <= 0x80 ? 1 : n <= 0x8000 ? 2 : 4;
        // A table of only exact str keys stores no hashes (DICT_KEYS_UNICODE): 16-byte entries, else 24.
        bool unicodeKeys = true;
        for (int i = 0; i < self._nentries && unicodeKeys; i++)
            if (self._entries[i].Key is { } k && k.ob_type != PyUnicode.Type) unicodeKeys = false;
        size += TypeSizes.DictKeysHeaderSize + (long)n * indexBytes + (unicodeKeys ? 16L : 24L) * self._entries.Length;
        return PyLong.FromLong(size);
    }

    [PyMethod("fromkeys", Class = true)]
    public static PyObject? FromKeys(PyType type, PyObject iterable, PyObject? value = null)
    {
        value ??= Py.None;
        var d = Calls.CallNoArgs(type);
        if (d == null) return null;
        if (d.ob_type == Type && ((PyDict)d)._used == 0)
        {
            var dd = (PyDict)d;
            if (iterable.ob_type == Type)
            {
                var src = (PyDict)iterable;
                dd.Resize(EstimateSize(src._used));
                int pos = 0;
                while (src.Next(ref pos, out var k, out _, out long h))
                    if (dd.SetItemKnownHash(k, value, h) < 0) { Py.DECREF(d); return null; }
                return d;
            }
            if (iterable is PyAnySet set && (set.ob_type == PySet.Type || set.ob_type == PyFrozenSet.Type))
            {
                dd.Resize(EstimateSize(set.Count));
                int pos = 0;
                while (set.NextEntry(ref pos, out var k, out long h))
                    if (dd.SetItemKnownHash(k, value, h) < 0) { Py.DECREF(d); return null; }
                return d;
            }
        }
        var it = Abstract.GetIter(iterable);
        if (it == null)
        {
            Py.DECREF(d);
            return null;
        }
        while (true)
        {
            var key = Abstract.IterNext(it);
            if (key == null) break;
            int r = d is PyDict pd && d.ob_type == Type ? pd.SetItem(key, value) : Abstract.SetItem(d, key, value);
            Py.DECREF(key);
            if (r < 0)
            {
                Py.DECREF(it);
                Py.DECREF(d);
                return null;
            }
        }
        Py.DECREF(it);
        if (Errors.Occurred())
        {
            Py.DECREF(d);
            return null;
        }
        return d;
    }
}
