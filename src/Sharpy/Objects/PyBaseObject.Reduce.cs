using Sharpy.Runtime;

namespace Sharpy.Objects;

// object's pickling protocol (Objects/typeobject.c: object___reduce_ex__, object___reduce__,
// object___getstate__, reduce_newobj, object_getstate_default), which copy and pickle use.
public partial class PyBaseObject
{
    [PyMethod("__getstate__", Doc = "Helper for pickle.")]
    static PyObject? GetState(PyObject self) => GetStateDefault(self, required: false);

    [PyMethod("__reduce__", Doc = "Helper for pickle.")]
    static PyObject? Reduce(PyObject self) => CommonReduce(self, 0);

    [PyMethod("__reduce_ex__", Doc = "Helper for pickle.")]
    static PyObject? ReduceEx(PyObject self, int protocol)
    {
        // A class that overrides __reduce__ is reduced by it.
        if (Abstract.LookupAttr(self, PyUnicode.Intern("__reduce__"), out var reduce) < 0) return null;
        if (reduce != null)
        {
            var clsReduce = Abstract.GetAttr(self.ob_type, "__reduce__");
            if (clsReduce == null)
            {
                Py.DECREF(reduce);
                return null;
            }
            bool overridden = clsReduce != Type.tp_dict.GetItemString("__reduce__");
            Py.DECREF(clsReduce);
            if (overridden)
            {
                var r = Calls.CallNoArgs(reduce);
                Py.DECREF(reduce);
                return r;
            }
            Py.DECREF(reduce);
        }
        return CommonReduce(self, protocol);
    }

    [PyMethod("__subclasshook__", Class = true,
        Doc = "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n")]
    static PyObject? SubclassHook(PyType cls, PyObject @object) => Py.NotImplemented;

    static PyObject? CommonReduce(PyObject self, int proto)
    {
        if (proto >= 2) return ReduceNewObj(self);
        var copyreg = Import.ImportModule("copyreg");
        if (copyreg == null) return null;
        var proto_ = PyLong.FromLong(proto);
        var r = Calls.CallMethod(copyreg, "_reduce_ex", self, proto_);
        Py.DECREF(proto_);
        Py.DECREF(copyreg);
        return r;
    }

    /// <summary>reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).</summary>
    static PyObject? ReduceNewObj(PyObject obj)
    {
        if (obj.ob_type.tp_new == null)
            return Errors.SetString(PyExc.TypeError, $"cannot pickle '{obj.ob_type.tp_name}' object");
        if (!GetNewArguments(obj, out var args, out var kwargs)) return null;
        var copyreg = Import.ImportModule("copyreg");
        if (copyreg == null)
        {
            Py.XDECREF(args);
            Py.XDECREF(kwargs);
            return null;
        }
        bool hasArgs = args != null;
        PyObject? newobj;
        PyTuple newargs;
        if (kwargs == null || kwargs.Count == 0)
        {
            newobj = Abstract.GetAttr(copyreg, "__newobj__");
            var items = new PyObject[1 + (args?.Count ?? 0)];
            items[0] = obj.ob_type;
            for (int i = 1; i < items.Length; i++) items[i] = args!.Items[i - 1];
            newargs = PyTuple.FromBorrowed(items);
        }
        else
        {
            newobj = Abstract.GetAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.Pack(obj.ob_type, args!, kwargs);
        }
        Py.DECREF(copyreg);
        Py.XDECREF(args);
        Py.XDECREF(kwargs);
        if (newobj == null)
        {
            Py.DECREF(newargs);
            return null;
        }
        var state = GetStateOf(obj, !(hasArgs || obj is PyList || obj is PyDict));
        PyObject? listitems = null, dictitems = null;
        if (state != null && ItemsIterators(obj, out listitems, out dictitems))
        {
            var result = PyTuple.Pack(newobj, newargs, state, listitems!, dictitems!);
            Py.DECREF(listitems!);
            Py.DECREF(dictitems!);
            Py.DECREF(state);
            Py.DECREF(newobj);
            Py.DECREF(newargs);
            return result;
        }
        Py.XDECREF(state);
        Py.DECREF(newobj);
        Py.DECREF(newargs);
        return null;
    }

    /// <summary>_PyObject_GetNewArguments: from __getnewargs_ex__ or __getnewargs__; both null when neither exists.</summary>
    static bool GetNewArguments(PyObject obj, out PyTuple? args, out PyDict? kwargs)
    {
        args = null;
        kwargs = null;
        var ex = Calls.LookupSpecial(obj, PyUnicode.Intern("__getnewargs_ex__"));
        if (ex == null && Errors.Occurred()) return false;
        if (ex != null)
        {
            var r = Calls.CallNoArgs(ex);
            Py.DECREF(ex);
            if (r == null) return false;
            string? error = null;
            if (r is not PyTuple t) error = $"__getnewargs_ex__ should return a tuple, not '{r.ob_type.tp_name}'";
            else if (t.Count != 2) error = $"__getnewargs_ex__ should return a tuple of length 2, not {t.Count}";
            else if (t.Items[0] is not PyTuple a) error = $"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{t.Items[0].ob_type.tp_name}'";
            else if (t.Items[1] is not PyDict k) error = $"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{t.Items[1].ob_type.tp_name}'";
            else
            {
                args = Py.NewRef(a);
                kwargs = Py.NewRef(k);
            }
            Py.DECREF(r);
            if (error == null) return true;
            Errors.SetString(PyExc.TypeError, error);
            return false;
        }
        var plain = Calls.LookupSpecial(obj, PyUnicode.Intern("__getnewargs__"));
        if (plain == null) return !Errors.Occurred();
        var res = Calls.CallNoArgs(plain);
        Py.DECREF(plain);
        if (res == null) return false;
        if (res is not PyTuple rt)
        {
            Errors.SetString(PyExc.TypeError, $"__getnewargs__ should return a tuple, not '{res.ob_type.tp_name}'");
            Py.DECREF(res);
            return false;
        }
        args = rt;
        return true;
    }

    /// <summary>_PyObject_GetState: the state builtin types' __reduce__ add (set, bytearray, ...), as object.__getstate__ would give it.</summary>
    internal static PyObject? GetObjectState(PyObject obj) => GetStateOf(obj, required: false);

    /// <summary>object_getstate: the object's __getstate__(), or the default state when it is object's.</summary>
    static PyObject? GetStateOf(PyObject obj, bool required)
    {
        var name = PyUnicode.Intern("__getstate__");
        var own = Type.tp_dict.GetItemString(name);
        if (TypeLookup.Lookup(obj.ob_type, name) == own && GenericAttr.InstanceDict(obj)?.GetItemString(name) == null)
            return GetStateDefault(obj, required);
        var getstate = Abstract.GetAttr(obj, name);
        if (getstate == null) return null;
        var r = Calls.CallNoArgs(getstate);
        Py.DECREF(getstate);
        return r;
    }

    /// <summary>object_getstate_default: a copy of the instance dict (or None), paired with the slot values when there are any.</summary>
    static PyObject? GetStateDefault(PyObject obj, bool required)
    {
        var type = obj.ob_type;
        if (required && !HasNoCState(type))
            return Errors.SetString(PyExc.TypeError, $"cannot pickle '{type.tp_name}' object");
        var dict = GenericAttr.InstanceDict(obj);
        PyObject state = dict == null || dict.Count == 0 ? Py.None : dict.Copy();
        var slotnames = SlotNames(type);
        if (slotnames == null)
        {
            Py.DECREF(state);
            return null;
        }
        if (slotnames is PyList names && names.Count > 0)
        {
            var slots = PyDict.New();
            for (int i = 0; i < names.Count; i++)
            {
                var n = names.Items[i];
                if (Abstract.LookupAttr(obj, n, out var value) < 0)
                {
                    Py.DECREF(slots);
                    Py.DECREF(state);
                    Py.DECREF(slotnames);
                    return null;
                }
                if (value == null) continue;
                slots.SetItem(n, value);
                Py.DECREF(value);
            }
            if (slots.Count > 0)
            {
                var pair = PyTuple.Pack(state, slots);
                Py.DECREF(state);
                state = pair;
            }
            Py.DECREF(slots);
        }
        Py.DECREF(slotnames);
        return state;
    }

    /// <summary>Whether the instances hold nothing beyond object's header, a dict, weakrefs and slots (the
    /// tp_basicsize test of object_getstate_default): else the default state would lose their C state.</summary>
    static bool HasNoCState(PyType t) => t.InstanceClass == typeof(PyBaseObject) || t.InstanceClass == typeof(PyInstance);

    /// <summary>_PyType_GetSlotNames: cls.__dict__['__slotnames__'], else copyreg._slotnames(cls).</summary>
    static PyObject? SlotNames(PyType cls)
    {
        if (cls.tp_dict.GetItemString("__slotnames__") is { } cached) return Py.NewRef(cached);
        var copyreg = Import.ImportModule("copyreg");
        if (copyreg == null) return null;
        var r = Calls.CallMethod(copyreg, "_slotnames", cls);
        Py.DECREF(copyreg);
        if (r == null) return null;
        if (r != Py.None && r is not PyList)
        {
            Py.DECREF(r);
            return Errors.SetString(PyExc.TypeError, "copyreg._slotnames didn't return a list or None");
        }
        return r;
    }

    /// <summary>_PyObject_GetItemsIter: iter(obj) for a list, iter(obj.items()) for a dict, else None.</summary>
    static bool ItemsIterators(PyObject obj, out PyObject? listitems, out PyObject? dictitems)
    {
        listitems = dictitems = null;
        if (obj is PyList) listitems = Abstract.GetIter(obj);
        else listitems = Py.None;
        if (listitems == null) return false;
        if (obj is PyDict)
        {
            var items = Calls.CallMethod(obj, "items");
            if (items != null)
            {
                dictitems = Abstract.GetIter(items);
                Py.DECREF(items);
            }
        }
        else dictitems = Py.None;
        if (dictitems == null)
        {
            Py.DECREF(listitems);
            return false;
        }
        return true;
    }
}
