using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Collections;

/// <summary>
/// `collections.OrderedDict` (Objects/odictobject.c): a dict plus its own order, a doubly
/// linked list of nodes (one per key). A node is found through the key object the dict
/// stores for a key, so lookups cost one dict probe. <see cref="State"/> changes whenever
/// the order changes (a key added, removed or moved); iterators that see it change raise
/// "OrderedDict mutated during iteration".
/// </summary>
[PyType("collections.OrderedDict", BaseType = true, Doc = "Dictionary that remembers insertion order")]
public partial class PyODict : PyDict, IWeakReferenceable
{
    internal sealed class Node
    {
        public PyObject Key;    // owned
        public long Hash;
        public Node? Prev, Next;
        public Node(PyObject key, long hash) { Key = key; Hash = hash; }
    }

    internal Node? First, Last;
    readonly Dictionary<PyObject, Node> _nodes = new(ReferenceEqualityComparer.Instance);
    internal ulong State;

    public PyWeakReference? WeakRefList { get; set; }

    public PyODict(PyType type) : base(type) { }

    /// <summary>The node of <paramref name="key"/>, or null (absent, or an error set).</summary>
    internal Node? FindNode(PyObject key, long hash)
    {
        var stored = StoredKey(key, hash);
        return stored != null && _nodes.TryGetValue(stored, out var node) ? node : null;
    }

    /// <summary>_odict_add_new_node: append a node for a key just stored in the dict (no-op if it has one).</summary>
    void AddNode(PyObject key, long hash)
    {
        var stored = StoredKey(key, hash) ?? key;
        if (_nodes.ContainsKey(stored)) return;
        var node = new Node(Py.NewRef(stored), hash) { Prev = Last };
        if (Last == null) First = node;
        else Last.Next = node;
        Last = node;
        _nodes[stored] = node;
        State++;
    }

    /// <summary>_odict_remove_node: unlink a node and drop its key reference.</summary>
    void RemoveNode(Node node)
    {
        if (node.Prev == null) First = node.Next;
        else node.Prev.Next = node.Next;
        if (node.Next == null) Last = node.Prev;
        else node.Next.Prev = node.Prev;
        _nodes.Remove(node.Key);
        State++;
        Py.DECREF(node.Key);
    }

    void MoveNode(Node node, bool last)
    {
        if (last ? node == Last : node == First) return;
        if (node.Prev == null) First = node.Next;
        else node.Prev.Next = node.Next;
        if (node.Next == null) Last = node.Prev;
        else node.Next.Prev = node.Prev;
        if (last)
        {
            node.Prev = Last;
            node.Next = null;
            if (Last == null) First = node;
            else Last.Next = node;
            Last = node;
        }
        else
        {
            node.Next = First;
            node.Prev = null;
            if (First == null) Last = node;
            else First.Prev = node;
            First = node;
        }
        State++;
    }

    /// <summary>PyODict_SetItem: store in the dict, then give a new key its node.</summary>
    internal int SetItemOd(PyObject key, PyObject value)
    {
        long hash = KeyHash(key);
        if (hash == -1) return -1;
        if (SetItemKnownHash(key, value, hash) < 0) return -1;
        AddNode(key, hash);
        return 0;
    }

    /// <summary>PyODict_DelItem: drop the node, then the dict entry (KeyError from the dict when absent).</summary>
    internal int DelItemOd(PyObject key)
    {
        long hash = KeyHash(key);
        if (hash == -1) return -1;
        var node = FindNode(key, hash);
        if (node == null && Errors.Occurred()) return -1;
        if (node != null) RemoveNode(node);
        return DelItem(key);
    }

    /// <summary>Drop every node (the dict's entries are cleared by the caller).</summary>
    void ClearNodes()
    {
        var node = First;
        First = Last = null;
        _nodes.Clear();
        if (node != null) State++;
        while (node != null)
        {
            var next = node.Next;
            Py.DECREF(node.Key);
            node = next;
        }
    }

    protected internal override void ReleaseReferences()
    {
        ClearNodes();
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Visitor visit)
    {
        for (var n = First; n != null; n = n.Next) visit(n.Key);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        ClearNodes();
        base.Clear();
    }

    [PySlot("tp_new")]
    static PyObject? ODictNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyODict(type);

    /// <summary>odict_init: MutableMapping.update(self, *args, **kwds).</summary>
    [PySlot("tp_init")]
    static int ODictInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs > 1)
        {
            Errors.SetString(PyExc.TypeError, $"expected at most 1 argument, got {nargs}");
            return -1;
        }
        return MutableMappingUpdate(self, args, kwnames);
    }

    /// <summary>mutablemapping_update: the positional argument (a mapping or pairs), then the keywords, through self[key] = value.</summary>
    internal static int MutableMappingUpdate(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs == 1 && UpdateArg(self, args[0].AsBorrowed) < 0) return -1;
        int nk = kwnames?.Count ?? 0;
        for (int i = 0; i < nk; i++)
            if (Abstract.SetItem(self, kwnames!.Items[i], args[nargs + i].AsBorrowed) < 0) return -1;
        return 0;
    }

    /// <summary>mutablemapping_update_arg: a dict's items, else arg.keys() with arg[key], else arg.items(), else (key, value) pairs.</summary>
    internal static int UpdateArg(PyObject self, PyObject arg)
    {
        if (arg.ob_type == PyDict.Type)
        {
            var items = PyList.New(((PyDict)arg).Count);
            int pos = 0;
            while (((PyDict)arg).Next(ref pos, out var k, out var v)) items.AppendSteal(PyTuple.FromBorrowed([k, v]));
            int r = SetPairs(self, items);
            Py.DECREF(items);
            return r;
        }
        if (Abstract.LookupAttr(arg, PyUnicode.Intern("keys"), out var keysFunc) < 0) return -1;
        if (keysFunc != null)
        {
            var keys = Calls.CallNoArgs(keysFunc);
            Py.DECREF(keysFunc);
            if (keys == null) return -1;
            var it = Abstract.GetIter(keys);
            Py.DECREF(keys);
            if (it == null) return -1;
            int res = 0;
            PyObject? key;
            while ((key = Abstract.IterNext(it)) != null)
            {
                var value = Abstract.GetItem(arg, key);
                res = value == null ? -1 : Abstract.SetItem(self, key, value);
                Py.XDECREF(value);
                Py.DECREF(key);
                if (res < 0) break;
            }
            Py.DECREF(it);
            return res < 0 || Errors.Occurred() ? -1 : 0;
        }
        if (Abstract.LookupAttr(arg, PyUnicode.Intern("items"), out var itemsFunc) < 0) return -1;
        if (itemsFunc != null)
        {
            var items = Calls.CallNoArgs(itemsFunc);
            Py.DECREF(itemsFunc);
            if (items == null) return -1;
            int r = SetPairs(self, items);
            Py.DECREF(items);
            return r;
        }
        return SetPairs(self, arg);
    }

    /// <summary>mutablemapping_add_pairs: self[k] = v for each two-item pair.</summary>
    static int SetPairs(PyObject self, PyObject pairs)
    {
        var it = Abstract.GetIter(pairs);
        if (it == null) return -1;
        PyObject? pair;
        int res = 0;
        while (res == 0 && (pair = Abstract.IterNext(it)) != null)
        {
            var pit = Abstract.GetIter(pair);
            Py.DECREF(pair);
            if (pit == null) { res = -1; break; }
            var key = Abstract.IterNext(pit);
            PyObject? value = null;
            if (key == null)
            {
                if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, "need more than 0 values to unpack");
                res = -1;
            }
            else if ((value = Abstract.IterNext(pit)) == null)
            {
                if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, "need more than 1 value to unpack");
                res = -1;
            }
            else
            {
                var extra = Abstract.IterNext(pit);
                if (extra != null)
                {
                    Py.DECREF(extra);
                    Errors.SetString(PyExc.ValueError, "too many values to unpack (expected 2)");
                    res = -1;
                }
                else if (Errors.Occurred()) res = -1;
                else res = Abstract.SetItem(self, key, value) < 0 ? -1 : 0;
            }
            Py.XDECREF(key);
            Py.XDECREF(value);
            Py.DECREF(pit);
        }
        Py.DECREF(it);
        return res < 0 || Errors.Occurred() ? -1 : 0;
    }
}
