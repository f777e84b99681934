using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// BaseException's slots and methods (Objects/exceptions.c).
public partial class PyBaseException
{
    static PyTuple ArgsTuple(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        var items = new PyObject[n];
        for (int i = 0; i < n; i++) items[i] = args[i].AsBorrowed;
        return PyTuple.FromBorrowed(items);
    }

    [PySlot("tp_new")]
    static PyObject? BaseExceptionNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => new PyBaseException(type, ArgsTuple(args, kwnames));

    [PySlot("tp_init")]
    static int BaseExceptionInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var e = (PyBaseException)self;
        if (kwnames != null && kwnames.Count > 0 && e.ob_type.tp_init == (InitFunc)BaseExceptionInit)
        {
            Errors.SetString(PyExc.TypeError, $"{e.ob_type.Name}() takes no keyword arguments");
            return -1;
        }
        var old = e.Args;
        e.Args = ArgsTuple(args, kwnames);
        Py.DECREF(old);
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
    static PyObject? BaseExceptionStr(PyObject self)
    {
        var e = (PyBaseException)self;
        return e.Args.Count switch
        {
            0 => Py.NewRef(PyUnicode.Empty),
            1 => Abstract.Str(e.Args.Items[0]),
            _ => Abstract.Str(e.Args),
        };
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject self, PyObject name)
    {
        var e = (PyBaseException)self;
        switch (((PyUnicode)name).Value)
        {
            case "args": return Py.NewRef(e.Args);
            case "__traceback__": return Py.NewRef(e.Traceback ?? PyNone.None);
            case "__context__": return Py.NewRef((PyObject?)e.Context ?? PyNone.None);
            case "__cause__": return Py.NewRef((PyObject?)e.Cause ?? PyNone.None);
            case "__suppress_context__": return Py.NewBool(e.SuppressContext);
            case "__notes__":
                if (e.Notes != null) return Py.NewRef(e.Notes);
                break;
            case "__dict__":
                return Py.NewRef(e.Dict ??= PyDict.New());
        }
        var r = GenericAttr.GetAttr(self, name, suppress: true);
        if (r != null || Errors.Occurred()) return r;
        var special = ExceptionAttributes.Get(e, ((PyUnicode)name).Value);
        if (special != null || Errors.Occurred()) return special;
        return GenericAttr.RaiseNoAttribute(self, name);
    }

    [PySlot("tp_setattro")]
    static int SetAttr(PyObject self, PyObject name, PyObject? value)
    {
        var e = (PyBaseException)self;
        switch (((PyUnicode)name).Value)
        {
            case "args":
                if (value == null) { Errors.SetString(PyExc.TypeError, "args may not be deleted"); return -1; }
                var t = value as PyTuple ?? (PyTuple?)Calls.CallOneArg(PyTuple.Type, value);
                if (t == null) return -1;
                if (t == value) Py.INCREF(t);
                var old = e.Args;
                e.Args = t;
                Py.DECREF(old);
                return 0;
            case "__traceback__":
                if (value != null && value != PyNone.None && value is not PyTraceBack)
                {
                    Errors.SetString(PyExc.TypeError, "__traceback__ must be a traceback or None");
                    return -1;
                }
                Py.SETREF(ref e.Traceback, value == PyNone.None ? null : Py.XNewRef(value));
                return 0;
            case "__context__":
            case "__cause__":
                PyBaseException? v;
                if (value == null || value == PyNone.None) v = null;
                else if (value is PyBaseException be) v = Py.NewRef(be);
                else
                {
                    Errors.SetString(PyExc.TypeError, ((PyUnicode)name).Value == "__cause__"
                        ? "exception cause must be None or derive from BaseException"
                        : "exception context must be None or derive from BaseException");
                    return -1;
                }
                if (((PyUnicode)name).Value == "__cause__")
                {
                    Py.SETREF(ref e.Cause, v);
                    e.SuppressContext = true;
                }
                else Py.SETREF(ref e.Context, v);
                return 0;
            case "__suppress_context__":
                if (value == null) { Errors.SetString(PyExc.TypeError, "can't delete __suppress_context__ attribute"); return -1; }
                int b = Abstract.IsTrue(value);
                if (b < 0) return -1;
                e.SuppressContext = b > 0;
                return 0;
        }
        return GenericAttr.SetAttr(self, name, value);
    }

    [PyMethod("add_note")]
    static PyObject? AddNote(PyBaseException self, PyObject note)
    {
        if (note is not PyUnicode)
            return Errors.SetString(PyExc.TypeError, $"note must be a str, not '{note.ob_type.tp_name}'");
        ExceptionNotes.Add(self, note);
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("with_traceback")]
    static PyObject? WithTraceback(PyBaseException self, PyObject tb)
    {
        if (SetAttr(self, PyUnicode.Intern("__traceback__"), tb) < 0) return null;
        return Py.NewRef(self);
    }
}
