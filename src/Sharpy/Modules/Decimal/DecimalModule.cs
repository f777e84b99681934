using System;
using Sharpy.Modules.Contextvars;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

/// <summary>
/// The `_decimal` module (Modules/_decimal/_decimal.c): Decimal, Context, the signals, the
/// rounding modes, the context templates and the current context (a ContextVar).
/// </summary>
[PyModule("_decimal", Doc = "C decimal arithmetic module")]
public static partial class DecimalModule
{
    [PyConstant("__version__")] const string Version = "1.70";
    [PyConstant("__libmpdec_version__")] const string LibmpdecVersion = "2.5.1";
    [PyConstant] const long MAX_PREC = DecCtx.MaxPrec;
    [PyConstant] const long MAX_EMAX = DecCtx.MaxEmax;
    [PyConstant] const long MIN_EMIN = DecCtx.MinEmin;
    [PyConstant] const long MIN_ETINY = DecCtx.MinEtiny;
    [PyConstant] const int IEEE_CONTEXT_MAX_BITS = 512;
    [PyConstant] const bool HAVE_THREADS = true;
    [PyConstant] const bool HAVE_CONTEXTVAR = true;

    static PyObject? AttrOf(string module, string name)
    {
        var m = Import.ImportModule(module);
        if (m == null) return null;
        var r = Abstract.GetAttr(m, name);
        Py.DECREF(m);
        return r;
    }

    static int InitModule(PyModule m)
    {
        // A second import (importlib's fresh imports in tests) shares the first one's classes
        // and contexts, as the types are static.
        if (ModuleState<DecimalState>.Find(Interpreter.Current) is { } existing)
        {
            foreach (var (n, o) in existing.ModuleAttrs)
                if (m.Add(n, Py.NewRef(o)) < 0) return -1;
            return 0;
        }
        var st = new DecimalState();
        ModuleState<DecimalState>.Set(Interpreter.Current, st);
        int Add(string n, PyObject o)
        {
            st.ModuleAttrs.Add((n, o));
            return m.Add(n, Py.NewRef(o));
        }
        for (int i = 0; i < DecimalState.RoundingStrings.Length; i++)
        {
            st.RoundingNames[i] = PyUnicode.FromString(DecimalState.RoundingStrings[i]);
            if (Add(DecimalState.RoundingStrings[i], st.RoundingNames[i]) < 0) return -1;
        }

        // the signals and conditions, with CPython's hierarchy
        var baseEx = Errors.NewException("decimal", "DecimalException", PyExc.ArithmeticError);
        if (baseEx == null) return -1;
        st.DecimalException = baseEx;
        PyType? Sig(string name, params PyObject[] bases) => Errors.NewException("decimal", name, bases);
        var invalid = Sig("InvalidOperation", baseEx);
        var floatOp = Sig("FloatOperation", baseEx, PyExc.TypeError);
        var divZero = Sig("DivisionByZero", baseEx, PyExc.ZeroDivisionError);
        var subnormal = Sig("Subnormal", baseEx);
        var inexact = Sig("Inexact", baseEx);
        var rounded = Sig("Rounded", baseEx);
        var clamped = Sig("Clamped", baseEx);
        if (invalid == null || floatOp == null || divZero == null || subnormal == null || inexact == null || rounded == null || clamped == null) return -1;
        var overflow = Sig("Overflow", inexact, rounded);
        var underflow = Sig("Underflow", inexact, rounded, subnormal);
        if (overflow == null || underflow == null) return -1;
        PyType[] signals = [invalid, floatOp, divZero, overflow, underflow, subnormal, inexact, rounded, clamped];
        signals.CopyTo(st.Signals, 0);
        var convSyntax = Sig("ConversionSyntax", invalid);
        var divImpossible = Sig("DivisionImpossible", invalid);
        var divUndefined = Sig("DivisionUndefined", invalid, PyExc.ZeroDivisionError);
        var invalidContext = Sig("InvalidContext", invalid);
        if (convSyntax == null || divImpossible == null || divUndefined == null || invalidContext == null) return -1;
        PyType[] conds = [invalid, convSyntax, divImpossible, divUndefined, invalidContext];
        conds.CopyTo(st.Conditions, 0);
        if (Add("DecimalException", baseEx) < 0) return -1;
        for (int i = 0; i < signals.Length; i++)
            if (Add(DecimalState.SignalNames[i], signals[i]) < 0) return -1;
        if (Add("ConversionSyntax", convSyntax) < 0 || Add("DivisionImpossible", divImpossible) < 0
            || Add("DivisionUndefined", divUndefined) < 0 || Add("InvalidContext", invalidContext) < 0) return -1;

        // numbers: Decimal is a Number; Rationals take part in comparisons
        var number = AttrOf("numbers", "Number");
        if (number == null) return -1;
        var reg = Calls.CallMethod(number, "register", PyDecObject.Type);
        Py.DECREF(number);
        if (reg == null) return -1;
        Py.DECREF(reg);
        st.Rational = AttrOf("numbers", "Rational");
        if (st.Rational == null) return -1;

        // DecimalTuple = collections.namedtuple("DecimalTuple", "sign digits exponent", module="decimal")
        var namedtuple = AttrOf("collections", "namedtuple");
        if (namedtuple == null) return -1;
        var ntArgs = PyTuple.FromStolen([PyUnicode.FromString("DecimalTuple"), PyUnicode.FromString("sign digits exponent")]);
        var ntKw = PyDict.New();
        ntKw.SetItemStringSteal("module", PyUnicode.FromString("decimal"));
        var dt = Calls.CallTuple(namedtuple, ntArgs, ntKw);
        Py.DECREF(namedtuple); Py.DECREF(ntArgs); Py.DECREF(ntKw);
        if (dt == null) return -1;
        st.DecimalTuple = dt;
        if (Add("DecimalTuple", dt) < 0) return -1;

        // SignalDict = type("SignalDict", (SignalDictMixin, MutableMapping), {})
        var mutableMapping = AttrOf("collections.abc", "MutableMapping");
        if (mutableMapping == null) return -1;
        var sdDict = PyDict.New();
        sdDict.SetItemStringSteal("__module__", PyUnicode.FromString("abc"));
        var sdArgs = PyTuple.FromStolen([PyUnicode.FromString("SignalDict"), PyTuple.FromStolen([Py.NewRef<PyObject>(PySignalDict.Type), mutableMapping]), sdDict]);
        var sd = Calls.CallTuple(PyType.Type, sdArgs);
        Py.DECREF(sdArgs);
        if (sd == null) return -1;
        st.SignalDict = (PyType)sd;

        var name = PyUnicode.FromString("decimal_context");
        var cv = Calls.CallOneArg(PyContextVar.Type, name);
        Py.DECREF(name);
        if (cv == null) return -1;
        st.CurrentContextVar = (PyContextVar)cv;

        if (Add("Decimal", PyDecObject.Type) < 0 || Add("Context", PyDecContext.Type) < 0) return -1;

        var dflt = PyDecContext.Create(PyDecContext.Type);
        var basic = PyDecContext.Create(PyDecContext.Type);
        var extended = PyDecContext.Create(PyDecContext.Type);
        if (dflt == null || basic == null || extended == null) return -1;
        PyDecContext.SetDefaults(dflt);
        PyDecContext.SetDefaults(basic);
        basic.Ctx.Prec = 9;
        basic.Ctx.Round = Rounding.HalfUp;
        basic.Traps |= DecStatus.Underflow | DecStatus.Clamped;
        PyDecContext.SetDefaults(extended);
        extended.Ctx.Prec = 9;
        extended.Traps = 0;
        st.DefaultContext = dflt;
        st.BasicContext = basic;
        st.ExtendedContext = extended;
        if (Add("DefaultContext", dflt) < 0 || Add("BasicContext", basic) < 0
            || Add("ExtendedContext", extended) < 0) return -1;
        return 0;
    }

    [PyMethod("getcontext", Doc = "Get the current default context.\n")]
    static PyObject? GetContext()
    {
        var c = PyDecContext.Current();
        return c == null ? null : Py.NewRef(c);
    }

    /// <summary>PyDec_SetCurrentContext: a template is copied (with its flags cleared) first.</summary>
    internal static int SetContext(PyObject v)
    {
        if (v is not PyDecContext c)
        {
            Errors.SetString(PyExc.TypeError, "argument must be a context");
            return -1;
        }
        var st = DecimalState.Get();
        PyDecContext value;
        if (c == st.DefaultContext || c == st.BasicContext || c == st.ExtendedContext)
        {
            var copy = c.Copy();
            if (copy == null) return -1;
            copy.Status = 0;
            value = copy;
        }
        else value = Py.NewRef(c);
        var tok = Calls.CallMethod(st.CurrentContextVar, "set", value);
        Py.DECREF(value);
        if (tok == null) return -1;
        Py.DECREF(tok);
        return 0;
    }

    [PyMethod("setcontext", Doc = "Set a new default context.\n")]
    static PyObject? SetContextMethod(PyObject context) => SetContext(context) < 0 ? null : Py.None;

    [PyMethod("localcontext", Raw = "keyword-only context attributes handed to the context manager's own parser", TextSignature = "($module, /, ctx=None, **kwargs)",
        Doc = "Return a context manager that will set the default context to a copy\nof ctx on entry to the with-statement and restore the previous default\ncontext when exiting the with-statement. If no context is specified, a\ncopy of the current default context is used.\n")]
    static PyObject? LocalContext(ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyDecContextManager.Create(args, kwnames);

    [PyMethod("IEEEContext", Doc = "Return a context object initialized to the proper values for one of the\nIEEE interchange formats.  The argument must be a multiple of 32 and less\nthan IEEE_CONTEXT_MAX_BITS.\n")]
    static PyObject? IEEEContext(long bits)
    {
        if (bits <= 0 || bits > IEEE_CONTEXT_MAX_BITS || bits % 32 != 0)
            return Errors.SetString(PyExc.ValueError, $"argument must be a multiple of 32, with a maximum of {IEEE_CONTEXT_MAX_BITS}");
        var c = PyDecContext.Create(PyDecContext.Type);
        if (c == null) return null;
        long emax = 3L << (int)(bits / 16 + 3);
        c.Ctx = new DecCtx { Prec = 9 * (bits / 32) - 2, Emax = emax, Emin = 1 - emax, Round = Rounding.HalfEven, Clamp = 1 };
        c.Traps = 0;
        c.Status = 0;
        return c;
    }
}
