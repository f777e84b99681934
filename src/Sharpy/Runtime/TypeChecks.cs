using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>isinstance / issubclass (Objects/abstract.c), with __instancecheck__ / __subclasscheck__.</summary>
public static class TypeChecks
{
    public static int IsInstance(PyObject inst, PyObject cls)
    {
        if (inst.ob_type == cls) return 1;
        if (cls is PyType t && cls.ob_type == PyType.Type) return Abstract.TypeCheck(inst, t) ? 1 : 0;
        if (cls is PyTuple || cls is PyUnion)
        {
            var items = cls is PyUnion u ? u.Args : (PyTuple)cls;
            foreach (var item in items.Items)
            {
                int r = IsInstance(inst, item);
                if (r != 0) return r;
            }
            return 0;
        }
        var checker = Calls.LookupSpecial(cls, PyUnicode.Intern("__instancecheck__"));
        if (checker != null)
        {
            var res = Calls.CallOneArg(checker, inst);
            Py.DECREF(checker);
            if (res == null) return -1;
            int ok = Abstract.IsTrue(res);
            Py.DECREF(res);
            return ok;
        }
        if (Errors.Occurred()) return -1;
        if (cls is PyType t2) return Abstract.TypeCheck(inst, t2) ? 1 : 0;
        Errors.SetString(PyExc.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }

    public static int IsSubclass(PyObject derived, PyObject cls)
    {
        if (cls is PyType t && cls.ob_type == PyType.Type && derived is PyType dt) return Abstract.IsSubtype(dt, t) ? 1 : 0;
        if (cls is PyTuple || cls is PyUnion)
        {
            var items = cls is PyUnion u ? u.Args : (PyTuple)cls;
            foreach (var item in items.Items)
            {
                int r = IsSubclass(derived, item);
                if (r != 0) return r;
            }
            return 0;
        }
        var checker = Calls.LookupSpecial(cls, PyUnicode.Intern("__subclasscheck__"));
        if (checker != null)
        {
            var res = Calls.CallOneArg(checker, derived);
            Py.DECREF(checker);
            if (res == null) return -1;
            int ok = Abstract.IsTrue(res);
            Py.DECREF(res);
            return ok;
        }
        if (Errors.Occurred()) return -1;
        if (derived is not PyType d2)
        {
            Errors.SetString(PyExc.TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        if (cls is PyType t3) return Abstract.IsSubtype(d2, t3) ? 1 : 0;
        Errors.SetString(PyExc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
}
