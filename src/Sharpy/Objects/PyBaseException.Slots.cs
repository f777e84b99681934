using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// BaseException's slots, methods and attributes (Objects/exceptions.c).
public partial class PyBaseException
{
    /// <summary>The positional arguments of a call as a new tuple.</summary>
    public static PyTuple ArgsTuple(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = args[i].AsBorrowed;
        return PyTuple.FromBorrowed(items);
    }

    /// <summary>
    /// BaseException_new: an instance of the type's representation (tp_alloc) holding the
    /// positional arguments; keywords are left to tp_init (a subclass's __init__ may take them).
    /// </summary>
    [PySlot("tp_new")]
    static PyObject? BaseExceptionNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var self = (PyBaseException)type.tp_alloc!(type);
        self.SetArgs(ArgsTuple(args, kwnames));
        return self;
    }

    [PySlot("tp_init")]
    static int BaseExceptionInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames))
        {
            ArgParse.NoKeywords(self.ob_type.tp_name);
            return -1;
        }
        return InitArgs(self, args, kwnames);
    }

    /// <summary>BaseException_init with keywords already dealt with: args = the positional arguments.</summary>
    public static int InitArgs(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        ((PyBaseException)self).SetArgs(ArgsTuple(args, kwnames));
        return 0;
    }

    [PySlot("tp_repr")]
    static PyObject? BaseExceptionRepr(PyObject self)
    {
        var e = (PyBaseException)self;
        var name = e.ob_type.Name;
        if (e.Args.Count == 1)
        {
            var r = Abstract.ReprString(e.Args.Items[0]);
            return r == null ? null : PyUnicode.FromString($"{name}({r})");
        }
        var tr = Abstract.ReprString(e.Args);
        return tr == null ? null : PyUnicode.FromString(name + tr);
    }

    [PySlot("tp_str")]
    public static PyObject? BaseExceptionStr(PyObject self)
    {
        var e = (PyBaseException)self;
        return e.Args.Count switch
        {
            0 => Py.NewRef(PyUnicode.Empty),
            1 => Abstract.Str(e.Args.Items[0]),
            _ => Abstract.Str(e.Args),
        };
    }

    [PyGetter("__dict__")]
    static PyObject? GetDict(PyBaseException e) => Py.NewRef(e.Dict ??= PyDict.New());

    [PySetter("__dict__")]
    static int SetDict(PyBaseException e, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "cannot delete __dict__"); return -1; }
        if (value is not PyDict d)
        {
            Errors.SetString(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.ob_type.tp_name}'");
            return -1;
        }
        Py.SETREF(ref e.Dict, Py.NewRef(d));
        return 0;
    }

    [PyGetter("args")]
    static PyObject? GetArgs(PyBaseException e) => Py.NewRef(e.Args);

    [PySetter("args")]
    static int SetArgsAttr(PyBaseException e, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "args may not be deleted"); return -1; }
        PyTuple? t;
        if (value.ob_type == PyTuple.Type) t = Py.NewRef((PyTuple)value);
        else t = Calls.CallOneArg(PyTuple.Type, value) as PyTuple;
        if (t == null) return -1;
        e.SetArgs(t);
        return 0;
    }

    [PyGetter("__traceback__")]
    static PyObject? GetTraceback(PyBaseException e) => Py.NewRef(e.Traceback ?? Py.None);

    [PySetter("__traceback__")]
    public static int SetTraceback(PyBaseException e, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "__traceback__ may not be deleted"); return -1; }
        if (value != Py.None && value is not PyTraceBack)
        {
            Errors.SetString(PyExc.TypeError, "__traceback__ must be a traceback or None");
            return -1;
        }
        Py.SETREF(ref e.Traceback, value == Py.None ? null : Py.NewRef(value));
        return 0;
    }

    [PyGetter("__context__")]
    static PyObject? GetContext(PyBaseException e) => Py.NewRef((PyObject?)e.Context ?? Py.None);

    [PySetter("__context__")]
    static int SetContext(PyBaseException e, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "__context__ may not be deleted"); return -1; }
        if (value != Py.None && value is not PyBaseException)
        {
            Errors.SetString(PyExc.TypeError, "exception context must be None or derive from BaseException");
            return -1;
        }
        Py.SETREF(ref e.Context, value as PyBaseException is { } c ? Py.NewRef(c) : null);
        return 0;
    }

    [PyGetter("__cause__")]
    static PyObject? GetCause(PyBaseException e) => Py.NewRef((PyObject?)e.Cause ?? Py.None);

    [PySetter("__cause__")]
    static int SetCause(PyBaseException e, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "__cause__ may not be deleted"); return -1; }
        if (value != Py.None && value is not PyBaseException)
        {
            Errors.SetString(PyExc.TypeError, "exception cause must be None or derive from BaseException");
            return -1;
        }
        Py.SETREF(ref e.Cause, value as PyBaseException is { } c ? Py.NewRef(c) : null);
        e.SuppressContext = true;
        return 0;
    }

    // A Py_T_BOOL member in CPython.
    [PyGetter("__suppress_context__")]
    static PyObject? GetSuppressContext(PyBaseException e) => Py.NewBool(e.SuppressContext);

    [PySetter("__suppress_context__")]
    static int SetSuppressContext(PyBaseException e, PyObject? value)
    {
        if (value == null) { Errors.SetString(PyExc.TypeError, "can't delete numeric/char attribute"); return -1; }
        if (value is not PyBool)
        {
            Errors.SetString(PyExc.TypeError, "attribute value type must be bool");
            return -1;
        }
        e.SuppressContext = value == PyBool.True;
        return 0;
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyBaseException self)
        => self.Dict != null ? PyTuple.Pack(self.ob_type, self.Args, self.Dict) : PyTuple.Pack(self.ob_type, self.Args);

    [PyMethod("__setstate__")]
    static PyObject? SetState(PyBaseException self, PyObject state)
    {
        if (state != Py.None)
        {
            if (state is not PyDict d) return Errors.SetString(PyExc.TypeError, "state is not a dictionary");
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                Py.INCREF(k);
                Py.INCREF(v);
                int r = Abstract.SetAttr(self, k, v);
                Py.DECREF(v);
                Py.DECREF(k);
                if (r < 0) return null;
            }
        }
        return Py.None;
    }

    [PyMethod("add_note")]
    static PyObject? AddNote(PyBaseException self, PyObject note)
    {
        if (note is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"add_note() argument must be str, not {note.ob_type.tp_name}");
        return ExceptionNotes.Add(self, note) < 0 ? null : Py.None;
    }

    [PyMethod("with_traceback")]
    static PyObject? WithTraceback(PyBaseException self, PyObject tb)
    {
        if (SetTraceback(self, tb) < 0) return null;
        return Py.NewRef(self);
    }
}
