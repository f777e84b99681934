using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>The `raise` statement and `except` matching (ceval.c do_raise, PyErr_GivenExceptionMatches).</summary>
public static class Raise
{
    /// <summary>
    /// Raise <paramref name="exc"/> (owned, or null for a bare `raise`) with <paramref name="cause"/>
    /// (owned). Returns true for a bare re-raise (the traceback already has this frame).
    /// </summary>
    public static bool DoRaise(ThreadState ts, PyObject? exc, PyObject? cause)
    {
        if (exc == null)
        {
            // _PyErr_GetTopmostException: a generator's own empty level does not hide the caller's.
            var handled = ts.HandledException();
            if (handled == null)
            {
                Errors.SetString(PyExc.RuntimeError, "No active exception to reraise");
                return false;
            }
            Errors.SetRaisedException((PyBaseException)Py.NewRef(handled));
            return true;
        }
        PyBaseException value;
        if (exc is PyType type && Abstract.IsSubtype(type, PyExc.BaseException))
        {
            var made = Calls.CallNoArgs(type);
            Py.DECREF(exc);
            if (made == null)
            {
                Py.XDECREF(cause);
                return false;
            }
            if (made is not PyBaseException be)
            {
                Errors.SetString(PyExc.TypeError, $"calling {Abstract.ReprString(type)} should have returned an instance of BaseException, not {Abstract.ReprString(made.ob_type)}");
                Py.DECREF(made);
                Py.XDECREF(cause);
                return false;
            }
            value = be;
        }
        else if (exc is PyBaseException be)
        {
            value = be;
        }
        else
        {
            Py.DECREF(exc);
            Py.XDECREF(cause);
            Errors.SetString(PyExc.TypeError, "exceptions must derive from BaseException");
            return false;
        }

        if (cause != null)
        {
            PyBaseException? fixedCause;
            if (cause is PyType ct && Abstract.IsSubtype(ct, PyExc.BaseException))
            {
                var made = Calls.CallNoArgs(ct);
                if (made is not PyBaseException madeCause)
                {
                    if (made != null)
                    {
                        Errors.SetString(PyExc.TypeError, $"calling {Abstract.ReprString(ct)} should have returned an instance of BaseException, not {Abstract.ReprString(made.ob_type)}");
                        Py.DECREF(made);
                    }
                    Py.DECREF(cause);
                    Py.DECREF(value);
                    return false;
                }
                Py.DECREF(cause);
                fixedCause = madeCause;
            }
            else if (cause is PyBaseException cb)
            {
                fixedCause = cb;
            }
            else if (cause == Py.None)
            {
                fixedCause = null;
            }
            else
            {
                Py.DECREF(cause);
                Py.DECREF(value);
                Errors.SetString(PyExc.TypeError, "exception causes must derive from BaseException");
                return false;
            }
            Py.SETREF(ref value.Cause, fixedCause);
            value.SuppressContext = true;
        }
        Errors.SetHandledContext(value);
        Errors.SetRaisedException(value);
        return false;
    }

    /// <summary>The `except X:` operand must be an exception class or a tuple of them.</summary>
    public static bool CheckExceptTypeValid(PyObject right)
    {
        if (right is PyTuple t)
        {
            foreach (var item in t.Items)
                if (item is not PyType it || !Abstract.IsSubtype(it, PyExc.BaseException))
                    return Invalid();
            return true;
        }
        if (right is PyType rt && Abstract.IsSubtype(rt, PyExc.BaseException)) return true;
        return Invalid();

        static bool Invalid()
        {
            Errors.SetString(PyExc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
            return false;
        }
    }

    public static bool GivenExceptionMatches(PyObject given, PyObject exc)
    {
        if (exc is PyTuple t)
        {
            foreach (var item in t.Items) if (GivenExceptionMatches(given, item)) return true;
            return false;
        }
        var gt = given is PyType g ? g : given.ob_type;
        return exc is PyType et && Abstract.IsSubtype(gt, et);
    }
}
