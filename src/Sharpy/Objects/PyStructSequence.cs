using System;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>One field of a struct sequence type (PyStructSequence_Field); a null name is an unnamed field.</summary>
public readonly record struct StructSeqField(string? Name, string? Doc = null)
{
    /// <summary>PyStructSequence_UnnamedField: reachable by index only (allowed among the visible fields).</summary>
    public static readonly StructSeqField Unnamed = new(null);
}

/// <summary>
/// A struct sequence (Objects/structseq.c): a tuple whose items also have names, such as
/// os.stat_result, time.struct_time and sys.version_info. The first n_sequence_fields fields
/// are the tuple's items; the rest (n_fields in all) are reachable by name only and live in
/// <see cref="Hidden"/>. A type is made with <see cref="NewType"/> (PyStructSequence_NewType)
/// and an instance with <see cref="New"/>.
/// </summary>
public sealed class PyStructSequence : PyTuple
{
    /// <summary>The fields past the visible ones, in declaration order (owned references).</summary>
    public readonly PyObject[] Hidden;

    PyStructSequence(PyType type, PyObject[] visible, PyObject[] hidden) : base(type, visible) => Hidden = hidden;

    /// <summary>Field <paramref name="i"/> (visible or not), borrowed.</summary>
    public PyObject this[int i] => i < Items.Length ? Items[i] : Hidden[i - Items.Length];

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        foreach (var o in Hidden) if (o != null) visit(o);
    }

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        for (int i = Hidden.Length - 1; i >= 0; i--)
        {
            var o = Hidden[i];
            Hidden[i] = null!;
            if (o != null) Py.DECREF(o);
        }
    }

    protected internal override void Clear() => ReleaseReferences();

    /// <summary>What a struct sequence type knows about its fields (CPython reads it from tp_members and the type dict).</summary>
    sealed class Layout(StructSeqField[] fields, int nVisible)
    {
        public readonly StructSeqField[] Fields = fields;
        public readonly int NVisible = nVisible;
        public readonly int NUnnamed = Array.FindAll(fields, f => f.Name == null).Length;
        /// <summary>The named fields in order (tp_members); member i of the repr is the i-th of these.</summary>
        public readonly string[] Names = Array.ConvertAll(Array.FindAll(fields, f => f.Name != null), f => f.Name!);
    }

    /// <summary>
    /// PyStructSequence_NewType: a tuple subtype with a read-only member per named field,
    /// n_sequence_fields/n_fields/n_unnamed_fields, __match_args__, __new__(sequence, dict),
    /// __repr__, __reduce__ and __replace__. <paramref name="nInSequence"/> is how many fields
    /// are tuple items (all of them by default). <paramref name="postNew"/> runs after __new__
    /// has filled an instance (os.stat_result derives its float times there); it returns -1 with
    /// an exception set on failure. A type that is not <paramref name="instantiable"/> has no
    /// __new__ (Py_TPFLAGS_DISALLOW_INSTANTIATION: sys.version_info, sys.flags).
    /// </summary>
    public static PyType NewType(string name, StructSeqField[] fields, int nInSequence = -1, string? doc = null,
        Func<PyStructSequence, int>? postNew = null, bool instantiable = true)
    {
        var layout = new Layout(fields, nInSequence < 0 ? fields.Length : nInSequence);
        var t = TypeReady.NewStaticType(name, typeof(PyStructSequence), PyTuple.Type, false, doc);
        t.tp_dict = PyDict.New();
        var d = t.tp_dict;
        for (int i = 0, k = 0; i < fields.Length; i++)
        {
            if (fields[i].Name is not { } fname) continue;
            int index = i;
            d.SetItem(PyUnicode.Intern(fname), new PyMemberDescr(t, fname, o => ref ((PyStructSequence)o).FieldRef(index), fields[i].Doc, readOnly: true, noneWhenUnset: true));
            k++;
        }
        d.SetItemStringSteal("n_sequence_fields", PyLong.FromLong(layout.NVisible));
        d.SetItemStringSteal("n_fields", PyLong.FromLong(fields.Length));
        d.SetItemStringSteal("n_unnamed_fields", PyLong.FromLong(layout.NUnnamed));
        // __match_args__: the visible named fields.
        var matchArgs = new System.Collections.Generic.List<PyObject>();
        for (int i = 0; i < layout.NVisible; i++)
            if (fields[i].Name is { } fname) matchArgs.Add(PyUnicode.Intern(fname));
        var ma = PyTuple.FromBorrowed(matchArgs.ToArray());
        ma.SetImmortal();
        d.SetItemString("__match_args__", ma);
        t.tp_repr = o => Repr((PyStructSequence)o, layout);
        if (instantiable) t.tp_new = (type, args, kwnames) => NewImpl(type, args, kwnames, layout, postNew);
        else t.tp_flags |= TypeFlags.DisallowInstantiation;
        AddMethod(t, "__reduce__", (self, args, kwnames) =>
            ArgParse.NArgs(args, kwnames) != 0 || ArgParse.HasKeywords(kwnames)
                ? ArgParse.NoArguments("__reduce__", args.Length)
                : Reduce((PyStructSequence)self!, layout));
        AddMethod(t, "__replace__", (self, args, kwnames) => Replace((PyStructSequence)self!, args, kwnames, layout));
        SlotDefs.AddOperators(t);
        TypeReady.Ready(t);
        // Not inherited from tuple either (type_ready's Py_TPFLAGS_DISALLOW_INSTANTIATION).
        if (!instantiable) t.tp_new = null;
        return t;
    }

    static void AddMethod(PyType t, string name, BuiltinImpl impl)
    {
        var m = new PyMethodDescr(t, name, impl, null);
        m.SetImmortal();
        t.tp_dict.SetItemString(name, m);
    }

    // A field is never null once made; the member descriptor's delegate is typed for fields that may be.
#nullable disable warnings
    ref PyObject? FieldRef(int i) => ref (i < Items.Length ? ref Items[i] : ref Hidden[i - Items.Length]);
#nullable restore warnings

    /// <summary>
    /// PyStructSequence_New with every field given: <paramref name="fields"/> (stolen) holds
    /// n_fields values, the visible ones first.
    /// </summary>
    public static PyStructSequence New(PyType type, params PyObject[] fields)
    {
        ((PyLong)type.tp_dict.GetItemString("n_sequence_fields")!).TryGetLong(out long n);
        int nVisible = (int)n;
        return new PyStructSequence(type, fields[..nVisible], fields[nVisible..]);
    }

    /// <summary>structseq_new: (sequence, dict={}); the sequence gives the visible fields and maybe more, the dict the rest by name.</summary>
    static PyObject? NewImpl(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames, Layout layout, Func<PyStructSequence, int>? postNew)
    {
        var buf = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_newParser, buf)) return null;
        var arg = buf[0]!;
        var dict = buf[1];
        int minLen = layout.NVisible, maxLen = layout.Fields.Length;
        var fast = SeqSupport.Fast(arg, "constructor requires a sequence");
        if (fast == null) return null;
        if (dict != null && dict is not PyDict)
        {
            Py.DECREF(fast);
            return Errors.SetString(PyExc.TypeError, $"{type.tp_name}() takes a dict as second arg, if any");
        }
        var items = SeqSupport.FastItems(fast);
        int len = items.Length;
        string? error = null;
        if (minLen != maxLen)
        {
            if (len < minLen) error = $"{type.tp_name}() takes an at least {minLen}-sequence ({len}-sequence given)";
            else if (len > maxLen) error = $"{type.tp_name}() takes an at most {maxLen}-sequence ({len}-sequence given)";
        }
        else if (len != minLen) error = $"{type.tp_name}() takes a {minLen}-sequence ({len}-sequence given)";
        if (error != null)
        {
            Py.DECREF(fast);
            return Errors.SetString(PyExc.TypeError, error);
        }
        var all = new PyObject[maxLen];
        for (int i = 0; i < len; i++) all[i] = Py.NewRef(items[i]);
        Py.DECREF(fast);
        int used = 0;
        for (int i = len; i < maxLen; i++)
        {
            PyObject? ob = null;
            if (dict != null)
            {
                var key = PyUnicode.FromString(layout.Names[i - layout.NUnnamed]);
                ob = ((PyDict)dict).GetItemWithError(key);
                Py.DECREF(key);
                if (ob == null && Errors.Occurred())
                {
                    for (int j = 0; j < i; j++) Py.DECREF(all[j]);
                    return null;
                }
                if (ob != null) used++;
            }
            all[i] = Py.NewRef(ob ?? Py.None);
        }
        var res = new PyStructSequence(type, all[..minLen], all[minLen..]);
        if (dict != null && ((PyDict)dict).Count > used)
        {
            Py.DECREF(res);
            return Errors.SetString(PyExc.TypeError, $"{type.tp_name}() got duplicate or unexpected field name(s)");
        }
        if (postNew != null && postNew(res) < 0)
        {
            Py.DECREF(res);
            return null;
        }
        return res;
    }

    static readonly ArgParse.Parser s_newParser = new("structseq", 0, ["sequence", "dict"], 1, 2, 0);

    /// <summary>structseq_repr: "name(field=value, ...)" over the visible fields, each named by the matching member.</summary>
    static PyObject? Repr(PyStructSequence o, Layout layout)
    {
        var sb = new StringBuilder(o.ob_type.tp_name).Append('(');
        for (int i = 0; i < o.Items.Length; i++)
        {
            var r = Abstract.ReprString(o.Items[i]);
            if (r == null) return null;
            if (i > 0) sb.Append(", ");
            sb.Append(layout.Names[i]).Append('=').Append(r);
        }
        return PyUnicode.FromString(sb.Append(')').ToString());
    }

    /// <summary>structseq_reduce: (type, (visible fields, {hidden name: value})).</summary>
    static PyObject? Reduce(PyStructSequence self, Layout layout)
    {
        var tup = PyTuple.FromBorrowed(self.Items);
        var dict = PyDict.New();
        for (int i = self.Items.Length; i < layout.Fields.Length; i++)
            dict.SetItemString(layout.Names[i - layout.NUnnamed], self.Hidden[i - self.Items.Length]);
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), PyTuple.FromStolen([tup, dict])]);
    }

    /// <summary>structseq_replace: a copy with the fields named in the keywords replaced.</summary>
    static PyObject? Replace(PyStructSequence self, ReadOnlySpan<StackRef> args, PyTuple? kwnames, Layout layout)
    {
        if (ArgParse.NArgs(args, kwnames) != 0) return Errors.SetString(PyExc.TypeError, "__replace__() takes no positional arguments");
        if (layout.NUnnamed > 0)
            return Errors.SetString(PyExc.TypeError, $"__replace__() is not supported for {self.ob_type.tp_name} because it has unnamed field(s)");
        var all = new PyObject[layout.Fields.Length];
        int nkw = kwnames?.Count ?? 0, nargs = args.Length - nkw;
        var found = new bool[nkw];
        for (int i = 0; i < all.Length; i++)
        {
            PyObject v = self[i];
            for (int k = 0; k < nkw; k++)
                if (((PyUnicode)kwnames!.Items[k]).Value == layout.Names[i]) { v = args[nargs + k].AsBorrowed; found[k] = true; }
            all[i] = Py.NewRef(v);
        }
        if (Array.IndexOf(found, false) >= 0)
        {
            foreach (var o in all) Py.DECREF(o);
            var sb = new StringBuilder("Got unexpected field name(s): [");
            bool first = true;
            for (int k = 0; k < nkw; k++)
            {
                if (found[k]) continue;
                var r = Abstract.ReprString(kwnames!.Items[k]);
                if (r == null) return null;
                sb.Append(first ? "" : ", ").Append(r);
                first = false;
            }
            return Errors.SetString(PyExc.TypeError, sb.Append(']').ToString());
        }
        return new PyStructSequence(self.ob_type, all[..self.Items.Length], all[self.Items.Length..]);
    }
}
