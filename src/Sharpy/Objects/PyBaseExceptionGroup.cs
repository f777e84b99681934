using System;
using System.Collections.Generic;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `BaseExceptionGroup` (Objects/exceptions.c PyBaseExceptionGroupObject, PEP 654): a message
/// and a non-empty tuple of exceptions, with split/subgroup/derive. `ExceptionGroup` is a heap
/// type deriving from it and Exception (<see cref="PyExc.CreateExceptionGroup"/>), as in CPython.
/// </summary>
[PyMember("message", nameof(Msg), Doc = "exception message", ReadOnly = true)]
[PyMember("exceptions", nameof(Excs), Doc = "nested exceptions", ReadOnly = true)]
[PyType("BaseExceptionGroup", BaseType = true)]
public sealed partial class PyBaseExceptionGroup : PyBaseException
{
    public PyObject Msg = PyUnicode.Empty;   // a str
    public PyTuple Excs = PyTuple.Empty;
    /// <summary>
    /// The repr of the exceptions argument when it was neither a list nor a tuple, taken when the
    /// group was made: the group's repr shows the exceptions it holds, not what later became of
    /// the caller's sequence (3.14.7, gh-141732).
    /// </summary>
    string? _excsRepr;

    public PyBaseExceptionGroup(PyType type) : base(type, PyTuple.Empty) { }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Msg);
        visit(Excs);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        var msg = Msg;
        Msg = PyUnicode.Empty;
        Py.DECREF(msg);
        var excs = Excs;
        Excs = PyTuple.Empty;
        Py.DECREF(excs);
        base.Clear();
    }

    /// <summary>
    /// PySequence_Check: a type with sq_item that is not a dict. The builtin sequences do not
    /// fill sq_item yet, so mp_subscript counts too.
    /// </summary>
    static bool SequenceCheck(PyObject o)
        => o is not PyDict && (o.ob_type.sq_item != null || o.ob_type.mp_subscript != null);

    [PySlot("tp_new")]
    static PyObject? BaseExceptionGroupNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        if (nargs != 2)
            return Errors.SetString(PyExc.TypeError, $"BaseExceptionGroup.__new__() takes exactly 2 arguments ({nargs} given)");
        var message = args[0].AsBorrowed;
        if (message is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"BaseExceptionGroup.__new__() argument 1 must be str, not {(message == Py.None ? "None" : message.ob_type.tp_name)}");
        var seq = args[1].AsBorrowed;
        if (!SequenceCheck(seq))
            return Errors.SetString(PyExc.TypeError, "second argument (exceptions) must be a sequence");
        string? excsRepr = null;
        if (seq is not PyList && seq is not PyTuple && (excsRepr = Abstract.ReprString(seq)) == null) return null;
        var excs = seq.ob_type == PyTuple.Type ? Py.NewRef((PyTuple)seq) : Calls.CallOneArg(PyTuple.Type, seq) as PyTuple;
        if (excs == null) return null;
        if (excs.Count == 0)
        {
            Py.DECREF(excs);
            return Errors.SetString(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
        }
        bool nestedBaseExceptions = false;
        for (int i = 0; i < excs.Count; i++)
        {
            var exc = excs.Items[i];
            if (exc is not PyBaseException)
            {
                Py.DECREF(excs);
                return Errors.SetString(PyExc.ValueError, $"Item {i} of second argument (exceptions) is not an exception");
            }
            if (!Abstract.TypeCheck(exc, PyExc.Exception)) nestedBaseExceptions = true;
        }
        var cls = type;
        if (cls == PyExc.ExceptionGroup)
        {
            if (nestedBaseExceptions)
            {
                Py.DECREF(excs);
                return Errors.SetString(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            }
        }
        else if (cls == PyExc.BaseExceptionGroup)
        {
            // All nested exceptions are Exceptions: wrap them in an ExceptionGroup.
            if (!nestedBaseExceptions) cls = PyExc.ExceptionGroup;
        }
        else if (nestedBaseExceptions && Abstract.IsSubtype(cls, PyExc.Exception))
        {
            Py.DECREF(excs);
            return Errors.SetString(PyExc.TypeError, $"Cannot nest BaseExceptions in '{cls.tp_name}'");
        }
        var self = new PyBaseExceptionGroup(cls);
        self.SetArgs(ArgsTuple(args, kwnames));
        self.Msg = Py.NewRef(message);
        self.Excs = excs;
        self._excsRepr = excsRepr;
        return self;
    }

    /// <summary>BaseExceptionGroup_repr: Name(message, exceptions), the exceptions spelled as the sequence given (a list or a tuple).</summary>
    [PySlot("tp_repr")]
    static PyObject? BaseExceptionGroupRepr(PyObject op)
    {
        var self = (PyBaseExceptionGroup)op;
        var excs = self._excsRepr;
        if (excs == null)
        {
            if (self.Args.Count >= 2 && self.Args.Items[1] is PyList)
            {
                var list = PyList.FromBorrowed(self.Excs.Items);
                excs = Abstract.ReprString(list);
                Py.DECREF(list);
            }
            else excs = Abstract.ReprString(self.Excs);
            if (excs == null) return null;
        }
        var msg = Abstract.ReprString(self.Msg);
        return msg == null ? null : PyUnicode.FromString($"{self.ob_type.Name}({msg}, {excs})");
    }

    [PySlot("tp_init")]
    static int BaseExceptionGroupInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(self.ob_type.tp_name);
            return -1;
        }
        return InitArgs(self, args, kwnames);
    }

    [PySlot("tp_str")]
    static PyObject? BaseExceptionGroupStr(PyObject op)
    {
        var self = (PyBaseExceptionGroup)op;
        var msg = Abstract.Str(self.Msg);
        if (msg == null) return null;
        int n = self.Excs.Count;
        var r = PyUnicode.FromString($"{((PyUnicode)msg).Value} ({n} sub-exception{(n > 1 ? "s" : "")})");
        Py.DECREF(msg);
        return r;
    }

    /// <summary>_PyExc_CreateExceptionGroup: BaseExceptionGroup(msg, excs).</summary>
    public static PyObject? Create(string msg, PyObject excs)
    {
        var m = PyUnicode.FromString(msg);
        var r = Calls.CallTwoArgs(PyExc.BaseExceptionGroup, m, excs);
        Py.DECREF(m);
        return r;
    }

    [PyMethod("derive")]
    static PyObject? Derive(PyBaseExceptionGroup self, PyObject excs)
        => Calls.CallTwoArgs(PyExc.BaseExceptionGroup, self.Msg, excs);

    [PyMethod("split")]
    static PyObject? Split(PyBaseExceptionGroup self, PyObject matcherValue)
    {
        if (!GetMatcherType(matcherValue, out var kind)) return null;
        var m = new Matcher(kind, matcherValue, null);
        if (SplitRecursive(self, m, constructRest: true, out var match, out var rest) < 0) return null;
        var r = PyTuple.Pack(match ?? Py.None, rest ?? Py.None);
        Py.XDECREF(match);
        Py.XDECREF(rest);
        return r;
    }

    [PyMethod("subgroup")]
    static PyObject? Subgroup(PyBaseExceptionGroup self, PyObject matcherValue)
    {
        if (!GetMatcherType(matcherValue, out var kind)) return null;
        var m = new Matcher(kind, matcherValue, null);
        if (SplitRecursive(self, m, constructRest: false, out var match, out _) < 0) return null;
        return match ?? Py.None;
    }

    enum MatcherKind { ByType, ByPredicate, InstanceIds }

    /// <summary>What split() matches leaves by: an exception type (or tuple), a predicate, or (for except*) a set of leaves.</summary>
    readonly record struct Matcher(MatcherKind Kind, PyObject? Value, HashSet<PyObject>? Leaves);

    static bool GetMatcherType(PyObject value, out MatcherKind kind)
    {
        kind = MatcherKind.ByType;
        if (value is not PyType && value.ob_type.tp_call != null)
        {
            kind = MatcherKind.ByPredicate;
            return true;
        }
        if (IsExceptionClass(value)) return true;
        if (value.ob_type == PyTuple.Type)
        {
            bool all = true;
            foreach (var item in ((PyTuple)value).Items) all &= IsExceptionClass(item);
            if (all) return true;
        }
        Errors.SetString(PyExc.TypeError, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
        return false;
    }

    static bool IsExceptionClass(PyObject o) => o is PyType t && Abstract.IsSubtype(t, PyExc.BaseException);

    static int CheckMatch(PyObject exc, in Matcher m)
    {
        switch (m.Kind)
        {
            case MatcherKind.ByType:
                return Raise.GivenExceptionMatches(exc, m.Value!) ? 1 : 0;
            case MatcherKind.ByPredicate:
                {
                    var r = Calls.CallOneArg(m.Value!, exc);
                    if (r == null) return -1;
                    int t = Abstract.IsTrue(r);
                    Py.DECREF(r);
                    return t;
                }
            default:
                return exc is not PyBaseExceptionGroup && m.Leaves!.Contains(exc) ? 1 : 0;
        }
    }

    /// <summary>
    /// exceptiongroup_split_recursive: the part of <paramref name="exc"/> that matches and
    /// (with <paramref name="constructRest"/>) the part that does not, each null when empty;
    /// the groups keep the nesting of the original.
    /// </summary>
    static int SplitRecursive(PyObject exc, in Matcher m, bool constructRest, out PyObject? match, out PyObject? rest)
    {
        match = rest = null;
        int isMatch = CheckMatch(exc, m);
        if (isMatch < 0) return -1;
        if (isMatch > 0)
        {
            match = Py.NewRef(exc);
            return 0;
        }
        if (exc is not PyBaseExceptionGroup eg)
        {
            if (constructRest) rest = Py.NewRef(exc);
            return 0;
        }
        var ts = ThreadState.Current;
        var matchList = PyList.New();
        var restList = constructRest ? PyList.New() : null;
        int result = -1;
        foreach (var e in eg.Excs.Items)
        {
            if (++ts.CRecursionDepth > Interpreter.CRecursionLimit)
            {
                ts.CRecursionDepth--;
                Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded in exceptiongroup_split_recursive");
                goto done;
            }
            int r = SplitRecursive(e, m, constructRest, out var subMatch, out var subRest);
            ts.CRecursionDepth--;
            if (r < 0) goto done;
            if (subMatch != null) matchList.AppendSteal(subMatch);
            if (subRest != null) restList!.AppendSteal(subRest);
        }
        if (Subset(eg, matchList, out match) < 0) goto done;
        if (constructRest && Subset(eg, restList!, out rest) < 0)
        {
            Py.CLEAR(ref match);
            goto done;
        }
        result = 0;
    done:
        Py.DECREF(matchList);
        Py.XDECREF(restList);
        return result;
    }

    /// <summary>
    /// exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause, context and a
    /// copy of its notes; null when <paramref name="excs"/> is empty.
    /// </summary>
    static int Subset(PyBaseExceptionGroup orig, PyList excs, out PyObject? result)
    {
        result = null;
        if (excs.Count == 0) return 0;
        var egObj = Calls.CallMethod(orig, "derive", excs);
        if (egObj == null) return -1;
        if (egObj is not PyBaseExceptionGroup eg)
        {
            Py.DECREF(egObj);
            Errors.SetString(PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
            return -1;
        }
        if (orig.Traceback != null) Py.SETREF(ref eg.Traceback, Py.NewRef(orig.Traceback));
        Py.SETREF(ref eg.Context, Py.XNewRef(orig.Context));
        Py.SETREF(ref eg.Cause, Py.XNewRef(orig.Cause));
        eg.SuppressContext = true; // PyException_SetCause sets it
        if (Abstract.LookupAttr(orig, PyUnicode.Intern("__notes__"), out var notes) < 0)
        {
            Py.DECREF(eg);
            return -1;
        }
        if (notes != null)
        {
            // A copy, so that the parts have independent notes; notes that are not a
            // sequence are ignored here (split is no place to report that).
            if (SequenceCheck(notes))
            {
                var copy = Calls.CallOneArg(PyList.Type, notes);
                Py.DECREF(notes);
                if (copy == null || Abstract.SetAttr(eg, PyUnicode.Intern("__notes__"), copy) < 0)
                {
                    Py.XDECREF(copy);
                    Py.DECREF(eg);
                    return -1;
                }
                Py.DECREF(copy);
            }
            else Py.DECREF(notes);
        }
        result = eg;
        return 0;
    }

    static void CollectLeaves(PyObject exc, HashSet<PyObject> leaves)
    {
        if (exc is PyBaseExceptionGroup eg)
            foreach (var e in eg.Excs.Items) CollectLeaves(e, leaves);
        else if (exc != Py.None)
            leaves.Add(exc);
    }

    /// <summary>
    /// exception_group_projection: the sub-group of <paramref name="eg"/> holding the leaves of
    /// the groups in <paramref name="keep"/>, with eg's nesting; None when there are none.
    /// </summary>
    static PyObject? Projection(PyBaseExceptionGroup eg, List<PyObject> keep)
    {
        var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        foreach (var e in keep) CollectLeaves(e, leaves);
        var m = new Matcher(MatcherKind.InstanceIds, null, leaves);
        if (SplitRecursive(eg, m, constructRest: false, out var match, out _) < 0) return null;
        return match ?? Py.None;
    }

    /// <summary>is_same_exception_metadata: a re-raised exception keeps the caught one's traceback, cause and context.</summary>
    static bool IsSameMetadata(PyBaseException a, PyBaseException b)
        => a.Traceback == b.Traceback && a.Cause == b.Cause && a.Context == b.Context;

    /// <summary>
    /// _PyExc_PrepReraiseStar: the exception to raise at the end of a try-except* statement.
    /// <paramref name="excs"/> holds what each except* clause raised or re-raised (None for
    /// nothing). Re-raised parts keep their nesting in <paramref name="orig"/>; newly raised
    /// ones become siblings in a new group.
    /// </summary>
    public static PyObject? PrepReraiseStar(PyObject orig, PyList excs)
    {
        if (excs.Count == 0) return Py.None;
        if (orig is not PyBaseExceptionGroup eg)
        {
            // A naked exception was caught and wrapped: only one except* clause ran.
            return Py.NewRef(excs.Items[0]);
        }
        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        for (int i = 0; i < excs.Count; i++)
        {
            var e = excs.Items[i];
            if (e == Py.None) continue;
            (IsSameMetadata((PyBaseException)e, eg) ? reraised : raised).Add(e);
        }
        var reraisedEg = Projection(eg, reraised);
        if (reraisedEg == null) return null;
        if (raised.Count == 0) return reraisedEg;
        if (reraisedEg != Py.None) raised.Add(reraisedEg);
        PyObject? result;
        if (raised.Count > 1)
        {
            var list = PyList.New();
            foreach (var e in raised) list.Append(e);
            result = Create("", list);
            Py.DECREF(list);
        }
        else result = Py.NewRef(raised[0]);
        Py.DECREF(reraisedEg);
        return result;
    }
}
