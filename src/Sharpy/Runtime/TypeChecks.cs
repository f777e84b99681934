using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>isinstance / issubclass (Objects/abstract.c), with __instancecheck__ / __subclasscheck__.</summary>
public static class TypeChecks
{
    public static int IsInstance(PyObject inst, PyObject cls)
    {
        if (inst.ob_type == cls) return 1;
        if (cls is PyType && cls.ob_type == PyType.Type) return RealIsInstance(inst, cls);
        if (cls is PyTuple || cls is PyUnion)
        {
            // Nested tuples could recurse as deep as they are.
            if (!EnterRecursiveCall(" in __instancecheck__")) return -1;
            var items = cls is PyUnion u ? u.Args : (PyTuple)cls;
            int r = 0;
            foreach (var item in items.Items)
            {
                r = IsInstance(inst, item);
                if (r != 0) break;
            }
            ThreadState.Current.CRecursionDepth--;
            return r;
        }
        var checker = Calls.LookupSpecial(cls, PyUnicode.Intern("__instancecheck__"));
        if (checker != null)
        {
            if (!EnterRecursiveCall(" in __instancecheck__"))
            {
                Py.DECREF(checker);
                return -1;
            }
            var res = Calls.CallOneArg(checker, inst);
            ThreadState.Current.CRecursionDepth--;
            Py.DECREF(checker);
            if (res == null) return -1;
            int ok = Abstract.IsTrue(res);
            Py.DECREF(res);
            return ok;
        }
        if (Errors.Occurred()) return -1;
        return RealIsInstance(inst, cls);
    }

    /// <summary>
    /// object_isinstance (type.__instancecheck__): the type check, then inst.__class__ (a proxy's
    /// class counts); for a non-type cls, its __bases__ chain.
    /// </summary>
    public static int RealIsInstance(PyObject inst, PyObject cls)
    {
        PyObject? icls;
        if (cls is PyType t)
        {
            if (Abstract.TypeCheck(inst, t)) return 1;
            if (Abstract.LookupAttr(inst, PyUnicode.Intern("__class__"), out icls) < 0) return -1;
            if (icls == null) return 0;
            int r = icls != inst.ob_type && icls is PyType it && Abstract.IsSubtype(it, t) ? 1 : 0;
            Py.DECREF(icls);
            return r;
        }
        if (!CheckClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
        if (Abstract.LookupAttr(inst, PyUnicode.Intern("__class__"), out icls) < 0) return -1;
        if (icls == null) return 0;
        int res = AbstractIsSubclass(icls, cls);
        Py.DECREF(icls);
        return res;
    }

    /// <summary>recursive_issubclass (type.__subclasscheck__): subtype for types, else the __bases__ chain.</summary>
    public static int RealIsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t && derived is PyType d) return Abstract.IsSubtype(d, t) ? 1 : 0;
        if (!CheckClass(derived, "issubclass() arg 1 must be a class")) return -1;
        if (cls is not PyUnion && !CheckClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
        return AbstractIsSubclass(derived, cls);
    }

    /// <summary>check_class: a class is anything with a tuple __bases__.</summary>
    static bool CheckClass(PyObject cls, string error)
    {
        if (Abstract.LookupAttr(cls, PyUnicode.Intern("__bases__"), out var bases) < 0) return false;
        bool ok = bases is PyTuple;
        Py.XDECREF(bases);
        if (!ok && !Errors.Occurred()) Errors.SetString(PyExc.TypeError, error);
        return ok;
    }

    /// <summary>
    /// abstract_issubclass: derived is cls or reaches it through __bases__; a single base is
    /// followed in a loop, several recursively under the recursion limit.
    /// </summary>
    static int AbstractIsSubclass(PyObject derived, PyObject cls)
    {
        PyTuple? bases = null;
        while (true)
        {
            if (derived == cls)
            {
                Py.XDECREF(bases);
                return 1;
            }
            // derived may be an item of the old bases, which is released only after the lookup.
            int found = Abstract.LookupAttr(derived, PyUnicode.Intern("__bases__"), out var b);
            Py.XDECREF(bases);
            bases = null;
            if (found < 0) return -1;
            if (b is not PyTuple t)
            {
                Py.XDECREF(b);
                return 0;
            }
            bases = t;
            if (bases.Count == 0)
            {
                Py.DECREF(bases);
                return 0;
            }
            if (bases.Count > 1) break;
            derived = bases.Items[0];
        }
        if (!EnterRecursiveCall(" in __issubclass__"))
        {
            Py.DECREF(bases);
            return -1;
        }
        int r = 0;
        foreach (var item in bases.Items)
        {
            r = AbstractIsSubclass(item, cls);
            if (r != 0) break;
        }
        ThreadState.Current.CRecursionDepth--;
        Py.DECREF(bases);
        return r;
    }

    /// <summary>_Py_EnterRecursiveCall: false with RecursionError when C# calls nest too deep; the caller then decrements CRecursionDepth.</summary>
    static bool EnterRecursiveCall(string where)
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
            return false;
        }
        return true;
    }

    public static int IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t && cls.ob_type == PyType.Type && derived is PyType dt) return Abstract.IsSubtype(dt, t) ? 1 : 0;
        if (cls is PyTuple || cls is PyUnion)
        {
            if (!EnterRecursiveCall(" in __subclasscheck__")) return -1;
            var items = cls is PyUnion u ? u.Args : (PyTuple)cls;
            int r = 0;
            foreach (var item in items.Items)
            {
                r = IsSubclass(derived, item);
                if (r != 0) break;
            }
            ThreadState.Current.CRecursionDepth--;
            return r;
        }
        var checker = Calls.LookupSpecial(cls, PyUnicode.Intern("__subclasscheck__"));
        if (checker != null)
        {
            if (!EnterRecursiveCall(" in __subclasscheck__"))
            {
                Py.DECREF(checker);
                return -1;
            }
            var res = Calls.CallOneArg(checker, derived);
            ThreadState.Current.CRecursionDepth--;
            Py.DECREF(checker);
            if (res == null) return -1;
            int ok = Abstract.IsTrue(res);
            Py.DECREF(res);
            return ok;
        }
        if (Errors.Occurred()) return -1;
        return RealIsSubclass(derived, cls);
    }
}
