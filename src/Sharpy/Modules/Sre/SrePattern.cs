using System;
using System.Buffers;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sre.SreConstants;

namespace Sharpy.Modules.Sre;

/// <summary>re.Pattern (sre.c's PatternObject): a compiled regular expression.</summary>
[PyType("re.Pattern", Doc = "Compiled regular expression object.")]
public sealed partial class SrePattern : PyObject, IWeakReferenceable
{
    /// <summary>The engine code (SRE_CODE words; values above int.MaxValue are stored wrapped).</summary>
    internal int[] Code = [];
    /// <summary>The number of capturing groups.</summary>
    internal int Groups;
    internal PyDict? GroupIndex;
    internal PyTuple? IndexGroup;
    internal PyObject Pattern = Py.None;
    internal int Flags;
    /// <summary>1 for a bytes pattern, 0 for str, -1 when compiled without a pattern (None).</summary>
    internal int IsBytes;
    public PyWeakReference? WeakRefList { get; set; }
    /// <summary>A finished state kept for the next match (no Python references while spare).</summary>
    internal SreState? SpareState;
    /// <summary>
    /// The INFO block's charset (the characters a match can start with) as a bitmap of the
    /// characters below 256, so a search tests a character with one lookup instead of
    /// interpreting the set; null when the pattern has no INFO charset.
    /// </summary>
    internal uint[]? FirstChars;

    internal SrePattern() : base(Type) { }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref GroupIndex);
        Py.CLEAR(ref IndexGroup);
        var p = Pattern;
        Pattern = Py.None;
        Py.DECREF(p);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (GroupIndex != null) visit(GroupIndex);
        if (IndexGroup != null) visit(IndexGroup);
        visit(Pattern);
    }

    protected internal override void Clear() => ReleaseReferences();

    const string PosSig = "($self, /, string, pos=0, endpos=sys.maxsize)";

    /// <summary>The new match object for a finished match or search (pattern_new_match).</summary>
    internal PyObject? NewMatch(SreState state, long status)
    {
        if (status > 0) return new SreMatch(this, state);
        if (status == 0) return Py.None;
        SreState.SetError(status);
        return null;
    }

    PyObject? RunMatch(PyObject str, long pos, long endpos, bool matchAll)
    {
        var state = SreState.Init(this, str, pos, endpos);
        if (state == null) return null;
        try
        {
            state.MatchAll = matchAll;
            long status = state.Match(Code);
            if (Errors.Occurred()) return null;
            return NewMatch(state, status);
        }
        finally
        {
            state.Fini();
        }
    }

    [PyMethod("match", TextSignature = PosSig, Doc = "Matches zero or more characters at the beginning of the string.")]
    static PyObject? Match(SrePattern self, [Keyword] PyObject @string, [Keyword] long pos = 0, [Keyword] long endpos = long.MaxValue)
        => self.RunMatch(@string, pos, endpos, false);

    [PyMethod("fullmatch", TextSignature = PosSig, Doc = "Matches against all of the string.")]
    static PyObject? FullMatch(SrePattern self, [Keyword] PyObject @string, [Keyword] long pos = 0, [Keyword] long endpos = long.MaxValue)
        => self.RunMatch(@string, pos, endpos, true);

    [PyMethod("search", TextSignature = PosSig, Doc = "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.")]
    static PyObject? Search(SrePattern self, [Keyword] PyObject @string, [Keyword] long pos = 0, [Keyword] long endpos = long.MaxValue)
    {
        var state = SreState.Init(self, @string, pos, endpos);
        if (state == null) return null;
        try
        {
            long status = state.Search(self.Code);
            if (Errors.Occurred()) return null;
            return self.NewMatch(state, status);
        }
        finally
        {
            state.Fini();
        }
    }

    [PyMethod("findall", TextSignature = PosSig, Doc = "Return a list of all non-overlapping matches of pattern in string.")]
    static PyObject? FindAll(SrePattern self, [Keyword] PyObject @string, [Keyword] long pos = 0, [Keyword] long endpos = long.MaxValue)
    {
        var state = SreState.Init(self, @string, pos, endpos);
        if (state == null) return null;
        var list = PyList.New();
        try
        {
            while (state.Start <= state.End)
            {
                state.Reset();
                state.Ptr = state.Start;
                long status = state.Search(self.Code);
                if (Errors.Occurred()) goto error;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetError(status);
                    goto error;
                }
                PyObject item;
                switch (self.Groups)
                {
                    case 0:
                        item = state.GetSlice(state.Start, state.Ptr);
                        break;
                    case 1:
                        item = state.GetGroupSlice(1, true);
                        break;
                    default:
                        var items = new PyObject[self.Groups];
                        for (int i = 0; i < items.Length; i++) items[i] = state.GetGroupSlice(i + 1, true);
                        item = PyTuple.FromStolen(items);
                        break;
                }
                list.Append(item);
                Py.DECREF(item);
                state.MustAdvance = state.Ptr == state.Start;
                state.Start = state.Ptr;
            }
            return list;
        error:
            Py.DECREF(list);
            return null;
        }
        finally
        {
            state.Fini();
        }
    }

    [PyMethod("finditer", TextSignature = PosSig, Doc = "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.")]
    static PyObject? FindIter(SrePattern self, [Keyword] PyObject @string, [Keyword] long pos = 0, [Keyword] long endpos = long.MaxValue)
    {
        var scanner = SreScanner.New(self, @string, pos, endpos);
        if (scanner == null) return null;
        var search = Abstract.GetAttr(scanner, "search");
        Py.DECREF(scanner);
        if (search == null) return null;
        var it = PyCallIter.New(search, Py.None);
        Py.DECREF(search);
        return it;
    }

    [PyMethod("scanner", TextSignature = PosSig)]
    static PyObject? Scanner(SrePattern self, [Keyword] PyObject @string, [Keyword] long pos = 0, [Keyword] long endpos = long.MaxValue)
        => SreScanner.New(self, @string, pos, endpos);

    [PyMethod("split", Doc = "Split string by the occurrences of pattern.")]
    static PyObject? Split(SrePattern self, [Keyword] PyObject @string, [Keyword] long maxsplit = 0)
    {
        var state = SreState.Init(self, @string, 0, long.MaxValue);
        if (state == null) return null;
        var list = PyList.New();
        try
        {
            long n = 0;
            int last = state.Start;
            PyObject item;
            while (maxsplit == 0 || n < maxsplit)
            {
                state.Reset();
                state.Ptr = state.Start;
                long status = state.Search(self.Code);
                if (Errors.Occurred()) goto error;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetError(status);
                    goto error;
                }
                // the segment before this match
                item = state.GetSlice(last, state.Start);
                list.Append(item);
                Py.DECREF(item);
                // the groups, if any
                for (int i = 0; i < self.Groups; i++)
                {
                    item = state.GetGroupSlice(i + 1, false);
                    list.Append(item);
                    Py.DECREF(item);
                }
                n++;
                state.MustAdvance = state.Ptr == state.Start;
                last = state.Start = state.Ptr;
            }
            // the segment after the last match (even if empty)
            item = state.GetSlice(last, state.EndPos);
            list.Append(item);
            Py.DECREF(item);
            return list;
        error:
            Py.DECREF(list);
            return null;
        }
        finally
        {
            state.Fini();
        }
    }

    [PyMethod("sub", Doc = "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.")]
    static PyObject? Sub(SrePattern self, [Keyword] PyObject repl, [Keyword] PyObject @string, [Keyword] long count = 0)
        => self.SubX(repl, @string, count, false);

    [PyMethod("subn", Doc = "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.")]
    static PyObject? SubN(SrePattern self, [Keyword] PyObject repl, [Keyword] PyObject @string, [Keyword] long count = 0)
        => self.SubX(repl, @string, count, true);

    /// <summary>compile_template: re._compile_template(pattern, repl), which must give an SRE_Template.</summary>
    internal static SreTemplate? CompileTemplate(SrePattern pattern, PyObject template)
    {
        var re = Import.ImportModule("re");
        if (re == null) return null;
        var func = Abstract.GetAttr(re, "_compile_template");
        Py.DECREF(re);
        if (func == null) return null;
        try
        {
            var result = Calls.CallTwoArgs(func, pattern, template);
            if (result == null && Errors.ExceptionMatches(PyExc.TypeError))
            {
                // an unhashable replacement (a bytearray, a str subclass): retry with the basic type
                PyObject? basic;
                if (template is PyUnicode u && template.ob_type != PyUnicode.Type)
                {
                    Errors.Clear();
                    basic = PyUnicode.FromCodePoints(u.CodePoints());
                }
                else if (PyBuffer.Check(template) && template.ob_type != PyBytes.Type)
                {
                    Errors.Clear();
                    var b = PyBuffer.ToArray(template);
                    if (b == null) return null;
                    basic = PyBytes.FromBytes(b);
                }
                else
                {
                    return null;
                }
                result = Calls.CallTwoArgs(func, pattern, basic);
                Py.DECREF(basic);
            }
            if (result != null && result is not SreTemplate)
            {
                Errors.SetString(PyExc.RuntimeError, $"the result of compiling a replacement string is {result.ob_type.tp_name}");
                Py.DECREF(result);
                return null;
            }
            return (SreTemplate?)result;
        }
        finally
        {
            Py.DECREF(func);
        }
    }

    /// <summary>pattern_subx: sub() and subn().</summary>
    PyObject? SubX(PyObject ptemplate, PyObject str, long count, bool subn)
    {
        const int LITERAL = 0, TEMPLATE = 1, CALLABLE = 2;
        PyObject filter;
        int filterType;
        if (ptemplate.ob_type.tp_call != null)
        {
            filter = Py.NewRef(ptemplate);
            filterType = CALLABLE;
        }
        else
        {
            // a literal if it has no backslash
            bool literal;
            if (SreState.GetString(ptemplate, out int kind, out var s, out var cps, out var bytes, out int off, out int n, out var view))
            {
                literal = kind switch
                {
                    0 => s!.IndexOf('\\') < 0,
                    1 => Array.IndexOf(cps!, '\\') < 0,
                    _ => bytes.AsSpan(off, n).IndexOf((byte)'\\') < 0,
                };
                view?.Release();
            }
            else
            {
                Errors.Clear();
                literal = false;
            }
            if (literal)
            {
                filter = Py.NewRef(ptemplate);
                filterType = LITERAL;
            }
            else
            {
                var t = CompileTemplate(this, ptemplate);
                if (t == null) return null;
                if (t.Items.Length == 0)
                {
                    filter = Py.NewRef(t.Literal);
                    Py.DECREF(t);
                    filterType = LITERAL;
                }
                else
                {
                    filter = t;
                    filterType = TEMPLATE;
                }
            }
        }

        var state = SreState.Init(this, str, 0, long.MaxValue);
        if (state == null)
        {
            Py.DECREF(filter);
            return null;
        }
        if (filterType == LITERAL &&
            ((state.Kind == 0 && filter is PyUnicode { IsSimple: true }) || (state.Kind == 2 && filter is PyBytes)))
        {
            var r = SubLiteral(state, filter, count, subn);
            Py.DECREF(filter);
            return r;
        }
        var list = PyList.New();
        long nsub = 0;
        int i = 0;
        bool isBytes = state.IsBytes;
        try
        {
            PyObject? item;
            while (count == 0 || nsub < count)
            {
                state.Reset();
                state.Ptr = state.Start;
                long status = state.Search(Code);
                if (Errors.Occurred()) goto error;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetError(status);
                    goto error;
                }
                int b = state.Start, e = state.Ptr;
                if (i < b)
                {
                    // the segment before this match
                    item = state.GetSlice(i, b);
                    list.Append(item);
                    Py.DECREF(item);
                }
                if (filterType != LITERAL)
                {
                    // pass the match object through the filter
                    var match = NewMatch(state, 1);
                    if (match == null) goto error;
                    item = filterType == TEMPLATE
                        ? ((SreTemplate)filter).Expand((SreMatch)match)
                        : Calls.CallOneArg(filter, match);
                    Py.DECREF(match);
                    if (item == null) goto error;
                }
                else
                {
                    item = Py.NewRef(filter);
                }
                if (item != Py.None) list.Append(item);
                Py.DECREF(item);
                i = e;
                nsub++;
                state.MustAdvance = state.Ptr == state.Start;
                state.Start = state.Ptr;
            }
            // the segment after the last match
            if (i < state.EndPos)
            {
                item = state.GetSlice(i, state.EndPos);
                list.Append(item);
                Py.DECREF(item);
            }
        }
        finally
        {
            state.Fini();
        }
        Py.DECREF(filter);

        PyObject? joined;
        if (list.Count == 0)
        {
            joined = isBytes ? PyBytes.EmptyBytes : Py.NewRef(PyUnicode.Empty);
        }
        else if (isBytes)
        {
            joined = BytesMethods.Join(PyBytes.EmptyBytes, list);
        }
        else
        {
            joined = PyUnicode.JoinItems(PyUnicode.Empty, list.Items.AsSpan(0, list.Count));
        }
        Py.DECREF(list);
        if (joined == null) return null;
        if (!subn) return joined;
        return PyTuple.FromStolen([joined, PyLong.FromLong(nsub)]);

    error:
        Py.DECREF(list);
        Py.DECREF(filter);
        return null;
    }

    /// <summary>
    /// sub() with a literal replacement of the subject's own kind (a str of BMP characters
    /// over such a str, or bytes over a bytes-like subject): the result is written into one
    /// buffer from spans of the subject, with no slice objects and no list to join.
    /// Consumes <paramref name="state"/> (Fini) but not <paramref name="literal"/>.
    /// </summary>
    PyObject? SubLiteral(SreState state, PyObject literal, long count, bool subn)
    {
        long nsub = 0;
        int i = 0;
        var chars = state.Kind == 0 ? new System.Text.StringBuilder() : null;
        var bytes = chars == null ? new ArrayBufferWriter<byte>() : null;
        PyObject? joined;
        try
        {
            while (count == 0 || nsub < count)
            {
                state.Reset();
                state.Ptr = state.Start;
                long status = state.Search(Code);
                if (Errors.Occurred()) return null;
                if (status <= 0)
                {
                    if (status == 0) break;
                    SreState.SetError(status);
                    return null;
                }
                int b = state.Start, e = state.Ptr;
                if (chars != null)
                {
                    chars.Append(state.Str.AsSpan(i, b - i));
                    chars.Append(((PyUnicode)literal).Value);
                }
                else
                {
                    var w = bytes!;
                    w.Write(state.Bytes.AsSpan(state.BytesOffset + i, b - i));
                    w.Write(((PyBytes)literal).Value);
                }
                i = e;
                nsub++;
                state.MustAdvance = state.Ptr == state.Start;
                state.Start = state.Ptr;
            }
            if (nsub == 0)
            {
                // no match: the subject itself when it is an exact str or bytes, as join gives
                joined = state.GetSlice(0, state.EndPos);
            }
            else if (chars != null)
            {
                chars.Append(state.Str.AsSpan(i, state.EndPos - i));
                joined = PyUnicode.FromSimple(chars.ToString());
            }
            else
            {
                var w = bytes!;
                w.Write(state.Bytes.AsSpan(state.BytesOffset + i, state.EndPos - i));
                joined = PyBytes.FromSpan(w.WrittenSpan);
            }
        }
        finally
        {
            state.Fini();
        }
        if (!subn) return joined;
        return PyTuple.FromStolen([joined, PyLong.FromLong(nsub)]);
    }

    [PyMethod("__copy__")]
    static PyObject? Copy(SrePattern self) => Py.NewRef(self);

    [PyMethod("__deepcopy__")]
    static PyObject? DeepCopy(SrePattern self, PyObject memo) => Py.NewRef(self);

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PyGetter("pattern", Doc = "The pattern string from which the RE object was compiled.")]
    static PyObject? GetPattern(SrePattern self) => Py.NewRef(self.Pattern);

    [PyGetter("flags", Doc = "The regex matching flags.")]
    static PyObject? GetFlags(SrePattern self) => PyLong.FromLong(self.Flags);

    [PyGetter("groups", Doc = "The number of capturing groups in the pattern.")]
    static PyObject? GetGroups(SrePattern self) => PyLong.FromLong(self.Groups);

    [PyGetter("groupindex", Doc = "A dictionary mapping group names to group numbers.")]
    static PyObject? GetGroupIndex(SrePattern self)
    {
        return self.GroupIndex == null ? PyDict.New() : new PyMappingProxy(self.GroupIndex);
    }

    static readonly (string Name, int Value)[] s_flagNames =
    [
        ("re.IGNORECASE", FLAG_IGNORECASE), ("re.LOCALE", FLAG_LOCALE), ("re.MULTILINE", FLAG_MULTILINE),
        ("re.DOTALL", FLAG_DOTALL), ("re.UNICODE", FLAG_UNICODE), ("re.VERBOSE", FLAG_VERBOSE),
        ("re.DEBUG", FLAG_DEBUG), ("re.ASCII", FLAG_ASCII),
    ];

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (SrePattern)o;
        int flags = self.Flags;
        // omit re.UNICODE for valid string patterns
        if (self.IsBytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE)
            flags &= ~FLAG_UNICODE;
        var r = Abstract.Repr(self.Pattern);
        if (r == null) return null;
        var pr = (PyUnicode)r;
        var sb = new System.Text.StringBuilder("re.compile(");
        if (pr.Length > 200)
        {
            var cut = pr.Substring(0, 200);
            sb.Append(cut.Value);
            Py.DECREF(cut);
        }
        else
        {
            sb.Append(pr.Value);
        }
        Py.DECREF(r);
        bool first = true;
        foreach (var (name, value) in s_flagNames)
        {
            if ((flags & value) == 0) continue;
            sb.Append(first ? ", " : "|").Append(name);
            first = false;
            flags &= ~value;
        }
        if (flags != 0) sb.Append(first ? ", " : "|").Append("0x").Append(flags.ToString("x"));
        sb.Append(')');
        return PyUnicode.FromString(sb.ToString());
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var self = (SrePattern)o;
        long hash = Abstract.Hash(self.Pattern);
        if (hash == -1) return -1;
        long hash2 = PyBytes.HashSpan(MemoryMarshal.AsBytes(self.Code.AsSpan()));
        hash ^= hash2;
        hash ^= self.Flags;
        hash ^= self.IsBytes;
        hash ^= self.Code.Length;
        return hash == -1 ? -2 : hash;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        if (b.ob_type != Type || a is not SrePattern left) return Py.NotImplemented;
        if (a == b) return Py.NewBool(op == CompareOp.Eq);
        var right = (SrePattern)b;
        bool cmp = left.Flags == right.Flags && left.IsBytes == right.IsBytes &&
                   left.Code.AsSpan().SequenceEqual(right.Code);
        if (cmp)
        {
            int r = Abstract.RichCompareBool(left.Pattern, right.Pattern, CompareOp.Eq);
            if (r < 0) return null;
            cmp = r > 0;
        }
        return Py.NewBool(op == CompareOp.Eq ? cmp : !cmp);
    }
}
