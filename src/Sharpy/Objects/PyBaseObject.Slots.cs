using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// object's slots (Objects/typeobject.c: object_new, object_init, object_repr, ...).
public partial class PyBaseObject
{
    [PySlot("tp_new", Raw = "object_new: excess arguments are an error only when neither __new__ nor __init__ is overridden")]
    static PyObject? ObjectNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        // A type that disallows instantiation (CPython's NULL tp_new) says so whatever the arguments.
        if (type.tp_alloc == null)
            return Errors.SetString(PyExc.TypeError, $"cannot create '{type.tp_name}' instances");
        if (args.Length > 0 && ExcessArgs(type, isNew: true))
        {
            return Errors.SetString(PyExc.TypeError, type.tp_init == ObjectInitSlot
                ? $"{type.Name}() takes no arguments"
                : $"object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if ((type.tp_flags & TypeFlags.IsAbstract) != 0) return AbstractInstantiationError(type);
        return type.tp_alloc(type);
    }

    /// <summary>object_new's refusal of an abstract class, naming its abstract methods sorted.</summary>
    static PyObject? AbstractInstantiationError(PyType type)
    {
        var methods = Abstract.GetAttr(type, PyUnicode.Intern("__abstractmethods__"));
        if (methods == null) return null;
        var sorted = PyList.New();
        int ext = sorted.Extend(methods);
        Py.DECREF(methods);
        if (ext < 0 || ListSort.Sort(sorted, null, false) < 0)
        {
            Py.DECREF(sorted);
            return null;
        }
        var names = new System.Collections.Generic.List<string>();
        foreach (var m in sorted.AsSpan())
        {
            var s = Abstract.Str(m);
            if (s == null) { Py.DECREF(sorted); return null; }
            names.Add(((PyUnicode)s).Value);
            Py.DECREF(s);
        }
        Py.DECREF(sorted);
        return Errors.SetString(PyExc.TypeError,
            $"Can't instantiate abstract class {type.tp_name} without an implementation for abstract method{(names.Count > 1 ? "s" : "")} '{string.Join("', '", names)}'");
    }

    static readonly InitFunc ObjectInitSlot = ObjectInit;

    [PySlot("tp_init", Raw = "object_init: excess arguments are an error only when neither __new__ nor __init__ is overridden")]
    static int ObjectInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var type = self.ob_type;
        if (args.Length > 0 && ExcessArgs(type, isNew: false))
        {
            Errors.SetString(PyExc.TypeError, type.tp_init != ObjectInitSlot
                ? "object.__init__() takes exactly one argument (the instance to initialize)"
                : $"{type.tp_name}.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        return 0;
    }

    /// <summary>
    /// excess_args rules: object.__new__ tolerates arguments when __init__ is overridden and
    /// __new__ is not, and object.__init__ the other way round.
    /// </summary>
    static bool ExcessArgs(PyType type, bool isNew)
    {
        bool initOverridden = type.tp_init != ObjectInitSlot;
        bool newOverridden = type.tp_new != (NewFunc)ObjectNew && type.tp_new != PyBaseObject.Type.tp_new;
        return isNew ? !initOverridden || newOverridden : initOverridden || !newOverridden;
    }

    [PySlot("tp_repr")]
    static PyObject? ObjectRepr(PyObject self)
    {
        var type = self.ob_type;
        var module = TypeAttrs.ModuleName(type);
        var qual = TypeAttrs.QualName(type);
        var addr = Interpreter.IdOf(self);
        if (module != null && module != "builtins")
            return PyUnicode.FromString($"<{module}.{qual} object at 0x{addr:x}>");
        return PyUnicode.FromString($"<{type.tp_name} object at 0x{addr:x}>");
    }

    [PySlot("tp_str")]
    static PyObject? ObjectStr(PyObject self)
    {
        var f = self.ob_type.tp_repr;
        return f == null ? ObjectRepr(self) : Abstract.Repr(self);
    }

    [PySlot("tp_hash")]
    static long ObjectHash(PyObject self) => Interpreter.HashPointer(self);

    [PySlot("tp_richcompare")]
    internal static PyObject? ObjectRichCompare(PyObject self, PyObject other, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq:
                return Py.NewBool(self == other) is var r && self == other ? r : Py.NotImplemented;
            case CompareOp.Ne:
                // By default __ne__ inverts __eq__ unless that is NotImplemented.
                var eq = self.ob_type.tp_richcompare;
                if (eq == null) return Py.NotImplemented;
                var res = eq(self, other, CompareOp.Eq);
                if (res == null || res == Py.NotImplemented) return res;
                int ok = Abstract.IsTrue(res);
                Py.DECREF(res);
                if (ok < 0) return null;
                return Py.NewBool(ok == 0);
            default:
                return Py.NotImplemented;
        }
    }

    [PySlot("tp_getattro")]
    static PyObject? ObjectGetAttr(PyObject self, PyObject name) => GenericAttr.GetAttr(self, name);

    [PySlot("tp_setattro")]
    static int ObjectSetAttr(PyObject self, PyObject name, PyObject? value) => GenericAttr.SetAttr(self, name, value);
}
