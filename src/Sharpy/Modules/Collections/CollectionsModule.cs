using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>The `_collections` module (Modules/_collectionsmodule.c): the C parts of `collections`.</summary>
[PyModule("_collections", Doc = "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")]
public static partial class CollectionsModule
{
    [PyConstant("deque")] static PyObject Deque => Py.NewRef(PyDeque.Type);
    [PyConstant("defaultdict")] static PyObject DefaultDict => Py.NewRef(PyDefaultDict.Type);
    [PyConstant("_deque_iterator")] static PyObject DequeIterator => Py.NewRef(PyDequeIter.Type);
    [PyConstant("_deque_reverse_iterator")] static PyObject DequeReverseIterator => Py.NewRef(PyDequeRevIter.Type);
    [PyConstant("OrderedDict")] static PyObject OrderedDict => Py.NewRef(PyODict.Type);
    [PyConstant("_tuplegetter")] static PyObject TupleGetter => Py.NewRef(PyTupleGetter.Type);

    static void InitModule(PyModule m)
    {
        PyDefaultDict.InstallMembers();
        PyTupleGetter.InstallMembers();
    }

    /// <summary>
    /// _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each
    /// element (Counter's counting loop). A dict whose get and __setitem__ are dict's own is
    /// updated directly.
    /// </summary>
    [PyMethod("_count_elements", TextSignature = "($module, mapping, iterable, /)", Doc = "Count elements in the iterable, updating the mapping")]
    static PyObject? CountElements(PyObject mapping, PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        var one = PyLong.FromLong(1);
        var get = PyUnicode.Intern("get");
        var setitem = PyUnicode.Intern("__setitem__");
        var mappingGet = TypeLookup.Lookup(mapping.ob_type, get);
        var mappingSetItem = TypeLookup.Lookup(mapping.ob_type, setitem);
        bool ok = true;
        if (mapping is PyDict dict && mappingGet != null && mappingGet == TypeLookup.Lookup(PyDict.Type, get)
            && mappingSetItem != null && mappingSetItem == TypeLookup.Lookup(PyDict.Type, setitem))
        {
            PyObject? key;
            while (ok && (key = Abstract.IterNext(it)) != null)
            {
                long hash = Abstract.Hash(key);
                int ix = hash == -1 ? -2 : dict.IndexOf(key, hash);
                var old = ix >= 0 ? dict.ValueAt(ix) : null;
                if (ix == -2) ok = false;
                else if (old == null) ok = dict.SetItemKnownHash(key, one, hash) >= 0;
                else if (old.ob_type == PyLong.Type && !((PyLong)old).IsBig && ((PyLong)old).Value < long.MaxValue)
                {
                    // An exact int count: adding 1 runs no code, so the entry found is still
                    // the key's and its value is replaced there, without a second lookup.
                    dict.ReplaceValueAt(ix, PyLong.FromLong(((PyLong)old).Value + 1));
                }
                else
                {
                    Py.INCREF(old);
                    var sum = Abstract.BinaryOp(old, one, NbOp.ADD);
                    Py.DECREF(old);
                    ok = sum != null && dict.SetItemKnownHash(key, sum, hash) >= 0;
                    Py.XDECREF(sum);
                }
                Py.DECREF(key);
            }
        }
        else
        {
            var boundGet = Abstract.GetAttr(mapping, get);
            if (boundGet == null) ok = false;
            var zero = PyLong.FromLong(0);
            PyObject? key;
            while (ok && (key = Abstract.IterNext(it)) != null)
            {
                var old = Calls.CallTwoArgs(boundGet!, key, zero);
                PyObject? sum = null;
                if (old != null)
                {
                    sum = old == zero ? Py.NewRef(one) : Abstract.BinaryOp(old, one, NbOp.ADD);
                    Py.DECREF(old);
                }
                ok = sum != null && Abstract.SetItem(mapping, key, sum) >= 0;
                Py.XDECREF(sum);
                Py.DECREF(key);
            }
            Py.DECREF(zero);
            Py.XDECREF(boundGet);
        }
        Py.DECREF(one);
        Py.DECREF(it);
        return Errors.Occurred() ? null : Py.None;
    }
}
