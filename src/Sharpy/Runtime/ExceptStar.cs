using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// `except*` matching for CHECK_EG_MATCH (Python/ceval.c _PyEval_CheckExceptStarTypeValid,
/// _PyEval_ExceptionGroupMatch). The PREP_RERAISE_STAR intrinsic that ends the statement is
/// <see cref="PyBaseExceptionGroup.PrepReraiseStar"/>.
/// </summary>
public static class ExceptStar
{
    /// <summary>The `except*` operand: exception classes, and no exception group class.</summary>
    public static bool CheckTypeValid(PyObject right)
    {
        if (!Raise.CheckExceptTypeValid(right)) return false;
        bool isGroup = false;
        if (right is PyTuple t)
        {
            foreach (var item in t.Items)
                if (Abstract.IsSubtype((PyType)item, PyExc.BaseExceptionGroup)) { isGroup = true; break; }
        }
        else isGroup = Abstract.IsSubtype((PyType)right, PyExc.BaseExceptionGroup);
        if (!isGroup) return true;
        Errors.SetString(PyExc.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return false;
    }

    /// <summary>
    /// Split <paramref name="excValue"/> (an exception or None) by <paramref name="matchType"/>:
    /// the part an `except*` clause handles and the rest (new references; None for an empty
    /// part). A matching naked exception is wrapped in an ExceptionGroup("") whose traceback is
    /// this frame. -1 with an exception set on error.
    /// </summary>
    public static int Match(Frame f, PyObject excValue, PyObject matchType, out PyObject? match, out PyObject? rest)
    {
        match = rest = null;
        if (excValue == Py.None)
        {
            match = Py.None;
            rest = Py.None;
            return 0;
        }
        if (Raise.GivenExceptionMatches(excValue, matchType))
        {
            if (excValue is PyBaseExceptionGroup) match = Py.NewRef(excValue);
            else
            {
                var excs = PyTuple.Pack(excValue);
                var wrapped = PyBaseExceptionGroup.Create("", excs);
                Py.DECREF(excs);
                if (wrapped == null) return -1;
                var fo = FrameObjects.Get(f);
                var tb = new PyTraceBack(null, fo, f.LastInstr * 2);
                Py.SETREF(ref ((PyBaseException)wrapped).Traceback, tb);
                match = wrapped;
            }
            rest = Py.None;
            return 0;
        }
        if (excValue is PyBaseExceptionGroup)
        {
            var pair = Calls.CallMethod(excValue, "split", matchType);
            if (pair == null) return -1;
            if (pair.ob_type != PyTuple.Type)
            {
                Errors.SetString(PyExc.TypeError, $"{excValue.ob_type.tp_name}.split must return a tuple, not {pair.ob_type.tp_name}");
                Py.DECREF(pair);
                return -1;
            }
            var t = (PyTuple)pair;
            // Tuples longer than 2 are allowed, for backwards compatibility.
            if (t.Count < 2)
            {
                Errors.SetString(PyExc.TypeError, $"{excValue.ob_type.tp_name}.split must return a 2-tuple, got tuple of size {t.Count}");
                Py.DECREF(pair);
                return -1;
            }
            match = Py.NewRef(t.Items[0]);
            rest = Py.NewRef(t.Items[1]);
            Py.DECREF(pair);
            return 0;
        }
        match = Py.None;
        rest = Py.NewRef(excValue);
        return 0;
    }
}
