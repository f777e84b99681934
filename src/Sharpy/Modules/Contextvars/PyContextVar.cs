using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Contextvars;

/// <summary>`_contextvars.ContextVar` (Python/context.c): a name, an optional default, and the
/// value each context gives it.</summary>
[PyType("_contextvars.ContextVar")]
public sealed partial class PyContextVar : PyObject
{
    public PyUnicode Name;
    public PyObject? Default;
    /// <summary>Creation order in the interpreter: the order of the variables in a context.</summary>
    internal readonly long Serial;
    readonly long _hash;

    PyContextVar(PyUnicode name, PyObject? @default) : base(Type)
    {
        Name = Py.NewRef(name);
        Default = Py.XNewRef(@default);
        Serial = Interpreter.Current.ContextVarCount++;
        // contextvar_generate_hash: the name's hash mixed with the identity.
        _hash = Interpreter.IdOf(this) ^ Abstract.Hash(name);
        if (_hash == -1) _hash = -2;
    }

    /// <summary>PyContextVar_New.</summary>
    internal static PyContextVar New(PyUnicode name, PyObject? @default) => new(name, @default);

    /// <summary>PyContextVar_Get without a default: the value in the current context (borrowed), or null.</summary>
    internal PyObject? ValueOrDefault() => ThreadState.Current.Context?.Vars.Find(this) ?? Default;

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        PyObject? @default = null;
        for (int i = 0; i < (kwnames?.Count ?? 0); i++)
        {
            var kw = ((PyUnicode)kwnames!.Items[i]).Value;
            if (kw != "default")
                return Errors.SetString(PyExc.TypeError, $"ContextVar() got an unexpected keyword argument '{kw}'");
            @default = args[nargs + i].AsBorrowed;
        }
        if (nargs != 1)
            return Errors.SetString(PyExc.TypeError, nargs > 1
                ? $"ContextVar() takes at most 1 positional argument ({nargs} given)"
                : $"ContextVar() takes exactly 1 positional argument (0 given)");
        if (args[0].AsBorrowed is not PyUnicode name)
            return Errors.SetString(PyExc.TypeError, "context variable name must be a str");
        return new PyContextVar(name, @default);
    }

    [PyGetter("name")]
    static PyObject? GetName(PyContextVar self) => Py.NewRef(self.Name);

    [PyMethod("get", Doc = "Return a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError.")]
    static PyObject? Get(PyContextVar self, PyObject? @default = null)
    {
        var ctx = ThreadState.Current.Context;
        var v = ctx?.Vars.Find(self) ?? @default ?? self.Default;
        if (v != null) return Py.NewRef(v);
        Errors.SetObject(PyExc.LookupError, self);
        return null;
    }

    [PyMethod("set", Doc = "Call to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method.")]
    static PyObject? Set(PyContextVar self, PyObject value)
    {
        var ctx = PyContext.Current();
        var token = new PyContextToken(ctx, self, ctx.Vars.Find(self));
        self.SetIn(ctx, value);
        return token;
    }

    [PyMethod("reset", Doc = "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used.")]
    static PyObject? Reset(PyContextVar self, PyObject token)
    {
        if (token is not PyContextToken tok)
            return Errors.SetString(PyExc.TypeError, $"expected an instance of Token, got {Abstract.ReprString(token)}");
        return self.Reset(tok) < 0 ? null : Py.None;
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    /// <summary>contextvar_set.</summary>
    void SetIn(PyContext ctx, PyObject value) => Py.SETREF(ref ctx.Vars!, ctx.Vars.Assoc(this, value));

    /// <summary>PyContextVar_Reset.</summary>
    internal int Reset(PyContextToken tok)
    {
        if (tok.Used)
        {
            Errors.SetString(PyExc.RuntimeError, $"{Abstract.ReprString(tok)} has already been used once");
            return -1;
        }
        if (tok.Var != this)
        {
            Errors.SetString(PyExc.ValueError, $"{Abstract.ReprString(tok)} was created by a different ContextVar");
            return -1;
        }
        var ctx = PyContext.Current();
        if (tok.Ctx != ctx)
        {
            Errors.SetString(PyExc.ValueError, $"{Abstract.ReprString(tok)} was created in a different Context");
            return -1;
        }
        tok.Used = true;
        if (tok.OldValue != null)
        {
            SetIn(ctx, tok.OldValue);
            return 0;
        }
        if (ctx.Vars.Find(this) == null)
        {
            Errors.SetObject(PyExc.LookupError, this);
            return -1;
        }
        Py.SETREF(ref ctx.Vars!, ctx.Vars.Without(this));
        return 0;
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o) => ((PyContextVar)o)._hash;

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var v = (PyContextVar)o;
        var sb = new System.Text.StringBuilder("<ContextVar name=");
        var name = Abstract.ReprString(v.Name);
        if (name == null) return null;
        sb.Append(name);
        if (v.Default != null)
        {
            var d = Abstract.ReprString(v.Default);
            if (d == null) return null;
            sb.Append(" default=").Append(d);
        }
        sb.Append($" at 0x{Interpreter.IdOf(v):x}>");
        return PyUnicode.FromString(sb.ToString());
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Name);
        if (Default != null) visit(Default);
    }

    protected internal override void Clear() => Py.CLEAR(ref Default);

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Name);
        Py.CLEAR(ref Default);
    }
}
