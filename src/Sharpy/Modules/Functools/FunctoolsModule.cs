using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Functools;

/// <summary>
/// The `_functools` module (Modules/_functoolsmodule.c): reduce, cmp_to_key (KeyWrapper.cs),
/// partial and Placeholder (Partial.cs, Placeholder.cs) and the lru_cache wrapper (LruCache.cs).
/// </summary>
[PyModule("_functools")]
public static partial class FunctoolsModule
{
    [PyConstant("partial")] static PyObject PartialType => Py.NewRef(Partial.Type);
    [PyConstant("_PlaceholderType")] static PyObject PlaceholderType => Py.NewRef(Placeholder.Type);
    [PyConstant("Placeholder")] static PyObject PlaceholderValue => Py.NewRef(Placeholder.Instance);
    [PyConstant("_lru_cache_wrapper")] static PyObject LruCacheWrapperType => Py.NewRef(LruCacheWrapper.Type);

    /// <summary>reduce(function, iterable, /, initial=&lt;unrepresentable&gt;): fold the iterable from the left.</summary>
    [PyMethod("reduce", TextSignature = "($module, function, iterable, /, initial=<unrepresentable>)")]
    static PyObject? Reduce(PyObject function, PyObject iterable, [Keyword] PyObject? initial = null)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
                Errors.SetString(PyExc.TypeError, "reduce() arg 2 must support iteration");
            return null;
        }
        var result = Py.XNewRef(initial);
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null)
            {
                if (Errors.Occurred())
                {
                    Py.XDECREF(result);
                    Py.DECREF(it);
                    return null;
                }
                break;
            }
            if (result == null)
            {
                result = item;
                continue;
            }
            var next = Calls.CallTwoArgs(function, result, item);
            Py.DECREF(result);
            Py.DECREF(item);
            if (next == null)
            {
                Py.DECREF(it);
                return null;
            }
            result = next;
        }
        Py.DECREF(it);
        if (result == null) return Errors.SetString(PyExc.TypeError, "reduce() of empty iterable with no initial value");
        return result;
    }

    /// <summary>cmp_to_key(mycmp): a key class whose instances compare with mycmp.</summary>
    [PyMethod("cmp_to_key")]
    static PyObject? CmpToKey([Keyword] PyObject mycmp) => KeyWrapper.New(mycmp, null);
}

/// <summary>The __dict__ attribute of builtin instances that carry one (partial, the lru_cache wrapper).</summary>
static class InstanceDictAttr
{
    public static PyObject Get(IInstanceDict o) => Py.NewRef(o.Dict ??= PyDict.New());

    public static int Set(IInstanceDict o, PyObject? value)
    {
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, "cannot delete __dict__");
            return -1;
        }
        if (value is not PyDict d)
        {
            Errors.SetString(PyExc.TypeError, $"__dict__ must be set to a dictionary, not a '{value.ob_type.tp_name}'");
            return -1;
        }
        var old = o.Dict;
        o.Dict = Py.NewRef(d);
        Py.XDECREF(old);
        return 0;
    }
}
