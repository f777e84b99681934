using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Contextvars;

/// <summary>`_contextvars.Token` (Python/context.c): what ContextVar.set returns, to undo it
/// with ContextVar.reset or as a context manager (3.14).</summary>
[PyType("_contextvars.Token")]
public sealed partial class PyContextToken : PyObject
{
    internal PyContext? Ctx;
    internal PyContextVar? Var;
    /// <summary>The value before the set; null when the variable had none (Token.MISSING).</summary>
    internal PyObject? OldValue;
    internal bool Used;

    internal PyContextToken(PyContext ctx, PyContextVar var, PyObject? oldValue) : base(Type)
    {
        Ctx = Py.NewRef(ctx);
        Var = Py.NewRef(var);
        OldValue = Py.XNewRef(oldValue);
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Errors.SetString(PyExc.RuntimeError, "Tokens can only be created by ContextVars");

    [PyGetter("var")]
    static PyObject? GetVar(PyContextToken self) => Py.NewRef<PyObject>(self.Var!);

    [PyGetter("old_value")]
    static PyObject? GetOldValue(PyContextToken self) => Py.NewRef(self.OldValue ?? TokenMissing.Instance);

    [PyMethod("__enter__", Doc = "Enter into Token context manager.")]
    static PyObject? Enter(PyContextToken self) => Py.NewRef(self);

    [PyMethod("__exit__", Doc = "Exit from Token context manager, restore the linked ContextVar.")]
    static PyObject? Exit(PyContextToken self, PyObject type, PyObject val, PyObject tb)
        => self.Var!.Reset(self) < 0 ? null : Py.None;

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    [PySlot("tp_hash")]
    static long Hash(PyObject o) => SlotDefs.HashNotImplemented(o);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var t = (PyContextToken)o;
        var var = t.Var == null ? "NULL" : Abstract.ReprString(t.Var);
        if (var == null) return null;
        return PyUnicode.FromString($"<Token{(t.Used ? " used" : "")} var={var} at 0x{Interpreter.IdOf(t):x}>");
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Ctx != null) visit(Ctx);
        if (Var != null) visit(Var);
        if (OldValue != null) visit(OldValue);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref Ctx);
        Py.CLEAR(ref Var);
        Py.CLEAR(ref OldValue);
    }

    protected internal override void ReleaseReferences() => Clear();
}

/// <summary>`Token.MISSING` (get_token_missing): the old_value of a token whose variable had no value.</summary>
[PyType("Token.MISSING")]
public sealed partial class TokenMissing : PyObject
{
    /// <summary>The singleton, made on first use (after the type exists: the type's static
    /// constructor runs before the type object is created).</summary>
    public static TokenMissing Instance => Holder.Instance;

    static class Holder
    {
        internal static readonly TokenMissing Instance = new();
    }

    TokenMissing() : base(Type) { SetImmortal(); }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o) => PyUnicode.FromString("<Token.MISSING>");
}
