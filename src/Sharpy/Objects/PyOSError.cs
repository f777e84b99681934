using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `OSError` and its subclasses (Objects/exceptions.c PyOSErrorObject): errno, strerror,
/// filename, filename2 and BlockingIOError's characters_written. `OSError(errno, ...)` makes
/// the subclass the errno maps to (<see cref="PyExc.ErrnoMap"/>). There is no winerror
/// attribute off Windows.
/// </summary>
[PyMember("errno", nameof(MyErrno), Doc = "POSIX exception code")]
[PyMember("strerror", nameof(StrError), Doc = "exception strerror")]
[PyMember("filename", nameof(Filename), Doc = "exception filename")]
[PyMember("filename2", nameof(Filename2), Doc = "second exception filename")]
[PyType("OSError", BaseType = true)]
public sealed partial class PyOSError : PyBaseException
{
    public PyObject? MyErrno, StrError, Filename, Filename2;
    /// <summary>BlockingIOError's characters_written; -1 when unset.</summary>
    public long Written = -1;

    public PyOSError(PyType type) : base(type, PyTuple.Empty) { }

    protected internal override void Traverse(Visitor visit)
    {
        if (MyErrno != null) visit(MyErrno);
        if (StrError != null) visit(StrError);
        if (Filename != null) visit(Filename);
        if (Filename2 != null) visit(Filename2);
        base.Traverse(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref MyErrno);
        Py.CLEAR(ref StrError);
        Py.CLEAR(ref Filename);
        Py.CLEAR(ref Filename2);
        base.Clear();
    }

    /// <summary>
    /// oserror_use_init: a subclass that defines __init__ but keeps OSError's __new__ parses
    /// its arguments in __init__, so __new__ ignores extra ones.
    /// </summary>
    static bool UseInit(PyType type) => type.tp_init != (InitFunc)OSErrorInit && type.tp_new == (NewFunc)OSErrorNew;

    /// <summary>oserror_parse_args: with 2 to 5 arguments, (errno, strerror[, filename[, winerror[, filename2]]]).</summary>
    static void ParseArgs(PyTuple args, out PyObject? myerrno, out PyObject? strerror, out PyObject? filename, out PyObject? filename2)
    {
        myerrno = strerror = filename = filename2 = null;
        int n = args.Count;
        if (n < 2 || n > 5) return;
        myerrno = args.Items[0];
        strerror = args.Items[1];
        if (n >= 3) filename = args.Items[2];
        if (n >= 5) filename2 = args.Items[4];
    }

    /// <summary>oserror_init: store the fields; with a filename, args keeps only (errno, strerror).</summary>
    static int Init(PyOSError self, PyTuple args, PyObject? myerrno, PyObject? strerror, PyObject? filename, PyObject? filename2)
    {
        var kept = Py.NewRef(args);
        if (filename != null && filename != Py.None)
        {
            if (self.ob_type == PyExc.BlockingIOError && NumberCheck(filename))
            {
                // BlockingIOError's third argument can be the number of characters written.
                long w = Abstract.AsSsize(filename, PyExc.ValueError);
                if (w == -1 && Errors.Occurred()) { Py.DECREF(kept); return -1; }
                self.Written = w;
            }
            else
            {
                Py.SETREF(ref self.Filename, Py.NewRef(filename));
                if (filename2 != null && filename2 != Py.None) Py.SETREF(ref self.Filename2, Py.NewRef(filename2));
                // filename, winerror and filename2 are not kept in args (test_exceptions relies on it).
                if (args.Count >= 2 && args.Count <= 5)
                {
                    Py.DECREF(kept);
                    kept = PyTuple.FromBorrowed(args.Items.AsSpan(0, 2));
                }
            }
        }
        Py.SETREF(ref self.MyErrno, Py.XNewRef(myerrno));
        Py.SETREF(ref self.StrError, Py.XNewRef(strerror));
        self.SetArgs(kept);
        return 0;
    }

    /// <summary>PyNumber_Check.</summary>
    static bool NumberCheck(PyObject o)
        => o.ob_type.nb_index != null || o.ob_type.nb_int != null || o.ob_type.nb_float != null || o is PyComplex;

    [PySlot("tp_new")]
    static PyObject? OSErrorNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        PyTuple? argt = null;
        PyObject? myerrno = null, strerror = null, filename = null, filename2 = null;
        if (!UseInit(type))
        {
            if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords(type.tp_name);
            argt = ArgsTuple(args, kwnames);
            ParseArgs(argt, out myerrno, out strerror, out filename, out filename2);
            if (myerrno is PyLong && type == PyExc.OSError)
            {
                var mapped = PyExc.ErrnoMap.GetItemWithError(myerrno);
                if (mapped != null) type = (PyType)mapped;
                else if (Errors.Occurred()) { Py.DECREF(argt); return null; }
            }
        }
        var self = new PyOSError(type);
        if (argt != null)
        {
            int r = Init(self, argt, myerrno, strerror, filename, filename2);
            Py.DECREF(argt);
            if (r < 0) { Py.DECREF(self); return null; }
        }
        return self;
    }

    [PySlot("tp_init")]
    static int OSErrorInit(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (PyOSError)op;
        // Without a subclass __init__, everything was done in __new__.
        if (!UseInit(self.ob_type)) return 0;
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(self.ob_type.tp_name);
            return -1;
        }
        var argt = ArgsTuple(args, kwnames);
        ParseArgs(argt, out var myerrno, out var strerror, out var filename, out var filename2);
        int r = Init(self, argt, myerrno, strerror, filename, filename2);
        Py.DECREF(argt);
        return r;
    }

    [PySlot("tp_str")]
    static PyObject? OSErrorStr(PyObject op)
    {
        var self = (PyOSError)op;
        if (self.Filename != null)
        {
            var head = Head(self.MyErrno ?? Py.None, self.StrError ?? Py.None);
            if (head == null) return null;
            var f1 = Abstract.ReprString(self.Filename);
            if (f1 == null) return null;
            if (self.Filename2 == null) return PyUnicode.FromString($"{head}: {f1}");
            var f2 = Abstract.ReprString(self.Filename2);
            return f2 == null ? null : PyUnicode.FromString($"{head}: {f1} -> {f2}");
        }
        if (self.MyErrno != null && self.StrError != null)
        {
            var head = Head(self.MyErrno, self.StrError);
            return head == null ? null : PyUnicode.FromString(head);
        }
        return BaseExceptionStr(op);
    }

    /// <summary>"[Errno %S] %S".</summary>
    static string? Head(PyObject errno, PyObject strerror)
    {
        var e = Abstract.Str(errno);
        if (e == null) return null;
        var s = Abstract.Str(strerror);
        if (s == null) { Py.DECREF(e); return null; }
        var text = $"[Errno {((PyUnicode)e).Value}] {((PyUnicode)s).Value}";
        Py.DECREF(e);
        Py.DECREF(s);
        return text;
    }

    /// <summary>OSError_reduce: args with the filename(s) put back, so unpickling recreates them.</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyOSError self)
    {
        PyTuple args = self.Args;
        if (args.Count == 2 && self.Filename != null)
        {
            args = self.Filename2 == null
                ? PyTuple.Pack(args.Items[0], args.Items[1], self.Filename)
                : PyTuple.Pack(args.Items[0], args.Items[1], self.Filename, Py.None, self.Filename2);
        }
        else Py.INCREF(args);
        var res = self.Dict != null ? PyTuple.Pack(self.ob_type, args, self.Dict) : PyTuple.Pack(self.ob_type, args);
        Py.DECREF(args);
        return res;
    }

    [PyGetter("characters_written")]
    static PyObject? GetWritten(PyOSError e)
        => e.Written == -1 ? Errors.SetString(PyExc.AttributeError, "characters_written") : PyLong.FromLong(e.Written);

    [PySetter("characters_written")]
    static int SetWritten(PyOSError e, PyObject? value)
    {
        if (value == null)
        {
            if (e.Written == -1) { Errors.SetString(PyExc.AttributeError, "characters_written"); return -1; }
            e.Written = -1;
            return 0;
        }
        long n = Abstract.AsSsize(value, PyExc.ValueError);
        if (n == -1 && Errors.Occurred()) return -1;
        e.Written = n;
        return 0;
    }
}
