using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sre;

/// <summary>re.Match (sre.c's MatchObject): the groups' spans of one successful match.</summary>
[PyType("re.Match", Doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")]
public sealed partial class SreMatch : PyObject
{
    internal SrePattern Pattern;
    internal PyObject String;
    PyObject? _regs;
    /// <summary>The number of groups including group 0.</summary>
    internal int Groups;
    /// <summary>Start and end of each group (2*i, 2*i+1); -1 for a group that did not match.</summary>
    internal int[] Mark;
    internal int Pos, EndPos, LastIndex;

    /// <summary>pattern_new_match for a successful state.</summary>
    internal SreMatch(SrePattern pattern, SreState state) : base(Type)
    {
        Pattern = Py.NewRef(pattern);
        String = Py.NewRef(state.String!);
        Groups = pattern.Groups + 1;
        Mark = new int[2 * Groups];
        Mark[0] = state.Start;
        Mark[1] = state.Ptr;
        for (int i = 0, j = 0; i < pattern.Groups; i++, j += 2)
        {
            if (j + 1 <= state.LastMark && state.Mark[j] >= 0 && state.Mark[j + 1] >= 0)
            {
                Mark[j + 2] = state.Mark[j];
                Mark[j + 3] = state.Mark[j + 1];
            }
            else
            {
                Mark[j + 2] = Mark[j + 3] = -1;
            }
        }
        Pos = state.Pos;
        EndPos = state.EndPos;
        LastIndex = state.LastIndex;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _regs);
        var p = Pattern;
        var s = String;
        Pattern = null!;
        String = Py.None;
        Py.XDECREF(p);
        Py.DECREF(s);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(String);
        if (_regs != null) visit(_regs);
        if (Pattern != null) visit(Pattern);
    }

    protected internal override void Clear() => ReleaseReferences();

    /// <summary>match_getslice_by_index: group <paramref name="index"/>'s text, or <paramref name="def"/> when it did not match.</summary>
    internal PyObject? GetSliceByIndex(int index, PyObject def)
    {
        index *= 2;
        if (String == Py.None || Mark[index] < 0) return Py.NewRef(def);
        if (!SreState.GetString(String, out int kind, out _, out _, out var bytes, out int off, out int length, out var view))
            return null;
        int i = Math.Min(Mark[index], length);
        int j = Math.Min(Mark[index + 1], length);
        var r = SreState.GetSlice(kind == 2, String, bytes, off, i, j);
        view?.Release();
        return r;
    }

    /// <summary>match_getindex: the group number for an int or a group name; -1 with IndexError "no such group".</summary>
    int GetIndex(PyObject? index)
    {
        if (index == null) return 0;
        long i = -1;
        if (index is PyLong || index.ob_type.nb_index != null)
        {
            i = Abstract.AsSsize(index, null);
            if (i == -1 && Errors.Occurred()) return -1;
        }
        else if (Pattern.GroupIndex != null)
        {
            var v = Pattern.GroupIndex.GetItemWithError(index);
            if (v == null && Errors.Occurred()) return -1;
            if (v is PyLong l && l.TryGetLong(out long n)) i = n;
        }
        if (i < 0 || i >= Groups)
        {
            Errors.SetString(PyExc.IndexError, "no such group");
            return -1;
        }
        return (int)i;
    }

    PyObject? GetSlice(PyObject? index, PyObject def)
    {
        int i = GetIndex(index);
        if (i < 0) return null;
        return GetSliceByIndex(i, def);
    }

    [PyMethod("expand", Doc = "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.")]
    static PyObject? Expand(SreMatch self, [Keyword] PyObject template)
    {
        var filter = SrePattern.CompileTemplate(self.Pattern, template);
        if (filter == null) return null;
        var r = filter.Expand(self);
        Py.DECREF(filter);
        return r;
    }

    [PyMethod("group", TextSignature = "", Doc = "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.")]
    static PyObject? Group(SreMatch self, [VarArgs] PyTuple args)
    {
        switch (args.Count)
        {
            case 0:
                return self.GetSliceByIndex(0, Py.None);
            case 1:
                return self.GetSlice(args.Items[0], Py.None);
            default:
                var items = new PyObject[args.Count];
                for (int i = 0; i < items.Length; i++)
                {
                    var item = self.GetSlice(args.Items[i], Py.None);
                    if (item == null)
                    {
                        for (int k = 0; k < i; k++) Py.DECREF(items[k]);
                        return null;
                    }
                    items[i] = item;
                }
                return PyTuple.FromStolen(items);
        }
    }

    [PySlot("mp_subscript")]
    static PyObject? GetItem(PyObject o, PyObject name) => ((SreMatch)o).GetSlice(name, Py.None);

    [PyMethod("groups", Doc = "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.")]
    static PyObject? GroupsMethod(SreMatch self, [Keyword("default")] PyObject? @default = null)
    {
        var def = @default ?? Py.None;
        var items = new PyObject[self.Groups - 1];
        for (int i = 1; i < self.Groups; i++)
        {
            var item = self.GetSliceByIndex(i, def);
            if (item == null)
            {
                for (int k = 0; k < i - 1; k++) Py.DECREF(items[k]);
                return null;
            }
            items[i - 1] = item;
        }
        return PyTuple.FromStolen(items);
    }

    [PyMethod("groupdict", Doc = "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.")]
    static PyObject? GroupDict(SreMatch self, [Keyword("default")] PyObject? @default = null)
    {
        var def = @default ?? Py.None;
        var result = PyDict.New();
        var gi = self.Pattern.GroupIndex;
        if (gi == null) return result;
        int pos = 0;
        while (gi.Next(ref pos, out var key, out _, out long hash))
        {
            Py.INCREF(key);
            var value = self.GetSlice(key, def);
            if (value == null)
            {
                Py.DECREF(key);
                Py.DECREF(result);
                return null;
            }
            int st = result.SetItemKnownHash(key, value, hash);
            Py.DECREF(value);
            Py.DECREF(key);
            if (st < 0)
            {
                Py.DECREF(result);
                return null;
            }
        }
        return result;
    }

    [PyMethod("start", Doc = "Return index of the start of the substring matched by group.")]
    static long Start(SreMatch self, PyObject? group = null)
    {
        int index = self.GetIndex(group);
        if (index < 0) return -1;
        return self.Mark[index * 2];
    }

    [PyMethod("end", Doc = "Return index of the end of the substring matched by group.")]
    static long End(SreMatch self, PyObject? group = null)
    {
        int index = self.GetIndex(group);
        if (index < 0) return -1;
        return self.Mark[index * 2 + 1];
    }

    static PyTuple Pair(int a, int b) => PyTuple.FromStolen([PyLong.FromLong(a), PyLong.FromLong(b)]);

    [PyMethod("span", Doc = "For match object m, return the 2-tuple (m.start(group), m.end(group)).")]
    static PyObject? Span(SreMatch self, PyObject? group = null)
    {
        int index = self.GetIndex(group);
        if (index < 0) return null;
        return Pair(self.Mark[index * 2], self.Mark[index * 2 + 1]);
    }

    [PyMethod("__copy__")]
    static PyObject? Copy(SreMatch self) => Py.NewRef(self);

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopy(SreMatch self, PyObject memo) => Py.NewRef(self);

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PyGetter("lastindex", Doc = "The integer index of the last matched capturing group.")]
    static PyObject? GetLastIndex(SreMatch self) => self.LastIndex >= 0 ? PyLong.FromLong(self.LastIndex) : Py.None;

    [PyGetter("lastgroup", Doc = "The name of the last matched capturing group.")]
    static PyObject? GetLastGroup(SreMatch self)
    {
        var ig = self.Pattern.IndexGroup;
        if (ig != null && self.LastIndex >= 0 && self.LastIndex < ig.Count) return Py.NewRef(ig.Items[self.LastIndex]);
        return Py.None;
    }

    [PyGetter("regs")]
    static PyObject? GetRegs(SreMatch self)
    {
        if (self._regs != null) return Py.NewRef(self._regs);
        var items = new PyObject[self.Groups];
        for (int i = 0; i < self.Groups; i++) items[i] = Pair(self.Mark[i * 2], self.Mark[i * 2 + 1]);
        var regs = PyTuple.FromStolen(items);
        self._regs = Py.NewRef(regs);
        return regs;
    }

    [PyGetter("string", Doc = "The string passed to match() or search().")]
    static PyObject? GetString(SreMatch self) => Py.NewRef(self.String);

    [PyGetter("re", Doc = "The regular expression object.")]
    static PyObject? GetRe(SreMatch self) => Py.NewRef(self.Pattern);

    [PyGetter("pos", Doc = "The index into the string at which the RE engine started looking for a match.")]
    static PyObject? GetPos(SreMatch self) => PyLong.FromLong(self.Pos);

    [PyGetter("endpos", Doc = "The index into the string beyond which the RE engine will not go.")]
    static PyObject? GetEndPos(SreMatch self) => PyLong.FromLong(self.EndPos);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (SreMatch)o;
        var group0 = self.GetSliceByIndex(0, Py.None);
        if (group0 == null) return null;
        var r = Abstract.Repr(group0);
        Py.DECREF(group0);
        if (r == null) return null;
        var pr = (PyUnicode)r;
        string text;
        if (pr.Length > 50)
        {
            var cut = pr.Substring(0, 50);
            text = cut.Value;
            Py.DECREF(cut);
        }
        else
        {
            text = pr.Value;
        }
        Py.DECREF(r);
        return PyUnicode.FromString($"<{self.ob_type.tp_name} object; span=({self.Mark[0]}, {self.Mark[1]}), match={text}>");
    }
}
