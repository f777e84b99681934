using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// aiter() and anext() (Python/bltinmodule.c).
public static partial class BuiltinsModule
{
    /// <summary>aiter(async_iterable): PyObject_GetAIter.</summary>
    [PyMethod("aiter")]
    static PyObject? AIter(PyObject async_iterable)
    {
        var o = async_iterable;
        var getter = o.ob_type.am_aiter;
        if (getter == null) return Errors.SetString(PyExc.TypeError, $"'{o.ob_type.tp_name}' object is not an async iterable");
        var it = getter(o);
        if (it != null && it.ob_type.am_anext == null)
        {
            Errors.SetString(PyExc.TypeError, $"aiter() returned not an async iterator of type '{it.ob_type.tp_name}'");
            Py.DECREF(it);
            return null;
        }
        return it;
    }

    /// <summary>anext(aiterator[, default]): the awaitable of the next item; with a default, StopAsyncIteration gives the default.</summary>
    [PyMethod("anext", TextSignature = "($module, aiterator, default=<unrepresentable>, /)",
        Doc = "Return the next item of the async iterator.\n\nWhen the iterator is exhausted, return default if it is given instead of\nraising StopAsyncIteration.")]
    static PyObject? ANext(PyObject aiterator, PyObject? default_value = null)
    {
        var getter = aiterator.ob_type.am_anext;
        if (getter == null) return Errors.SetString(PyExc.TypeError, $"'{aiterator.ob_type.tp_name}' object is not an async iterator");
        var awaitable = getter(aiterator);
        if (awaitable == null || default_value == null) return awaitable;
        var wrapped = new PyAnextAwaitable(awaitable, default_value);
        Py.DECREF(awaitable);
        return wrapped;
    }
}
