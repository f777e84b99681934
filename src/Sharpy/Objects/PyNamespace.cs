using System;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`types.SimpleNamespace` (Objects/namespaceobject.c): attributes in a dict.</summary>
[PyType("types.SimpleNamespace", BaseType = true)]
[PyMember("__dict__", nameof(Dict), ReadOnly = true)]
public sealed partial class PyNamespace : PyObject
{
    public PyDict Dict = PyDict.New();

    public PyNamespace(PyType type) : base(type) { }

    public static PyNamespace New() => new(Type);

    [PySlot("tp_new")]
    static PyObject? NamespaceNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyNamespace(type);

    /// <summary>namespace_init: an optional mapping or iterable of pairs (as dict() takes), then the keywords; keys must be str.</summary>
    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var ns = (PyNamespace)self;
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n > 1)
        {
            Errors.SetString(PyExc.TypeError, $"{self.ob_type.Name} expected at most 1 argument, got {n}");
            return -1;
        }
        if (n == 1)
        {
            var arg = args[0].AsBorrowed;
            var dict = arg.ob_type == PyDict.Type ? Py.NewRef(arg) : Calls.CallOneArg(PyDict.Type, arg);
            if (dict == null) return -1;
            int r = ValidateKeywords((PyDict)dict) ? ns.Dict.Merge(dict, overrideExisting: true) : -1;
            Py.DECREF(dict);
            if (r < 0) return -1;
        }
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            // f(**{1: 2}) passes its keys through unchecked: they must be str here.
            if (kwnames!.Items[k] is not PyUnicode)
            {
                Errors.SetString(PyExc.TypeError, "keywords must be strings");
                return -1;
            }
            if (ns.Dict.SetItem(kwnames.Items[k], args[n + k].AsBorrowed) < 0) return -1;
        }
        return 0;
    }

    /// <summary>PyArg_ValidateKeywordArguments: every key a str.</summary>
    static bool ValidateKeywords(PyDict d)
    {
        int pos = 0;
        while (d.Next(ref pos, out var k, out _))
            if (k is not PyUnicode)
            {
                Errors.SetString(PyExc.TypeError, "keywords must be strings");
                return false;
            }
        return true;
    }

    /// <summary>namespace_reduce: (type(self), (), self.__dict__).</summary>
    [PyMethod("__reduce__", Doc = "Return state information for pickling")]
    static PyObject? Reduce(PyNamespace self) => PyTuple.Pack(self.ob_type, PyTuple.Empty, self.Dict);

    /// <summary>namespace_replace: a new instance of the same type with this one's attributes, then the keywords.</summary>
    [PyMethod("__replace__", Doc = "__replace__($self, /, **changes)\n--\n\nReturn a copy of the namespace object with new values for the specified attributes.",
        Raw = "keywords only, of any names (and a positional argument is refused with CPython's message)")]
    static PyObject? Replace(PyNamespace self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n > 0) return Errors.SetString(PyExc.TypeError, "__replace__() takes no positional arguments");
        var result = Calls.CallNoArgs(self.ob_type);
        if (result == null) return null;
        if (result is not PyNamespace rn)
        {
            Errors.SetString(PyExc.TypeError,
                $"expect types.SimpleNamespace type, but {TypeAttrs.FullyQualifiedName(self.ob_type)}() returned '{TypeAttrs.FullyQualifiedName(result.ob_type)}' object");
            Py.DECREF(result);
            return null;
        }
        if (rn.Dict.Merge(self.Dict, overrideExisting: true) < 0)
        {
            Py.DECREF(result);
            return null;
        }
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
            if (rn.Dict.SetItem(kwnames!.Items[k], args[n + k].AsBorrowed) < 0)
            {
                Py.DECREF(result);
                return null;
            }
        return result;
    }

    [PySlot("tp_getattro")]
    static PyObject? GetAttr(PyObject self, PyObject name)
    {
        if (((PyUnicode)name).Value == "__dict__") return Py.NewRef(((PyNamespace)self).Dict);
        var v = ((PyNamespace)self).Dict.GetItemWithError(name);
        if (v != null) return Py.NewRef(v);
        return GenericAttr.GetAttr(self, name);
    }

    [PySlot("tp_setattro")]
    static int SetAttr(PyObject self, PyObject name, PyObject? value)
    {
        var d = ((PyNamespace)self).Dict;
        if (value != null) return d.SetItem(name, value);
        if (d.DelItem(name) == 0) return 0;
        if (Errors.ExceptionMatches(PyExc.KeyError))
        {
            Errors.Clear();
            Errors.SetString(PyExc.AttributeError, $"'types.SimpleNamespace' object has no attribute '{((PyUnicode)name).Value}'");
        }
        return -1;
    }

    /// <summary>namespace_repr: name=value pairs; a namespace met again while its repr is made prints as "name(...)".</summary>
    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var ns = (PyNamespace)self;
        var name = ns.ob_type == Type ? "namespace" : ns.ob_type.tp_name;
        if (SeqSupport.ReprEnter(ns)) return PyUnicode.FromString(name + "(...)");
        try
        {
            var sb = new StringBuilder(name).Append('(');
            int pos = 0;
            bool first = true;
            while (ns.Dict.Next(ref pos, out var k, out var v))
            {
                if (k is not PyUnicode ku) continue;
                Py.INCREF(v);
                var r = Abstract.ReprString(v);
                Py.DECREF(v);
                if (r == null) return null;
                if (!first) sb.Append(", ");
                sb.Append(ku.Value).Append('=').Append(r);
                first = false;
            }
            return PyUnicode.FromString(sb.Append(')').ToString());
        }
        finally
        {
            SeqSupport.ReprLeave(ns);
        }
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is not PyNamespace na || b is not PyNamespace nb || op != CompareOp.Eq && op != CompareOp.Ne) return Py.NotImplemented;
        return Abstract.RichCompare(na.Dict, nb.Dict, op);
    }

    protected internal override void ReleaseReferences() => Py.DECREF(Dict);

    protected internal override void Traverse(Visitor visit) => visit(Dict);

    protected internal override void Clear() => Dict.Clear();
}
