using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

/// <summary>
/// `decimal.Context` (PyDecContext_Type): precision, rounding, exponent limits, capitals,
/// clamp, and the flags and traps words with their SignalDict views.
/// </summary>
[PyType("decimal.Context", BaseType = true)]
public partial class PyDecContext : PyObject
{
    internal DecCtx Ctx;
    internal readonly FlagWord StatusWord = new(), TrapsWord = new();
    internal int Capitals = 1;
    PyObject? _flags, _traps;

    internal uint Status { get => StatusWord.Value; set => StatusWord.Value = value; }
    internal uint Traps { get => TrapsWord.Value; set => TrapsWord.Value = value; }

    PyDecContext(PyType type) : base(type) { }

    /// <summary>dflt_ctx: what Context() starts from before the default template exists.</summary>
    internal static void SetDefaults(PyDecContext c)
    {
        c.Ctx = new DecCtx { Prec = 28, Emax = 999999, Emin = -999999, Round = Rounding.HalfEven, Clamp = 0 };
        c.Traps = DecStatus.IEEEInvalid | DecStatus.DivisionByZero | DecStatus.Overflow;
        c.Status = 0;
        c.Capitals = 1;
    }

    /// <summary>context_new: a context with the default template's settings (or dflt_ctx).</summary>
    internal static PyDecContext? Create(PyType type)
    {
        var c = new PyDecContext(type);
        var st = ModuleState<DecimalState>.Find(Interpreter.Current);
        if (st?.DefaultContext is PyDecContext t)
        {
            c.Ctx = t.Ctx; c.Traps = t.Traps; c.Status = t.Status;
        }
        else SetDefaults(c);
        c.Capitals = 1;
        c._traps = PySignalDict.Over(c.TrapsWord);
        c._flags = c._traps == null ? null : PySignalDict.Over(c.StatusWord);
        if (c._flags == null) { Py.DECREF(c); return null; }
        return c;
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _flags);
        Py.CLEAR(ref _traps);
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => Create(type);

    static readonly ArgParse.Parser s_initParser = new("Context", 0, ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"], 0, 8, 0);

    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer8();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_initParser, buf)) return -1;
        return ((PyDecContext)self).SetAttrs(buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6], buf[7]);
    }

    /// <summary>context_setattrs: each argument that is given and not None.</summary>
    internal int SetAttrs(PyObject? prec, PyObject? rounding, PyObject? emin, PyObject? emax, PyObject? capitals, PyObject? clamp, PyObject? flags, PyObject? traps)
    {
        static bool Given(PyObject? o) => o != null && o != Py.None;
        if (Given(prec) && SetPrec(this, prec) < 0) return -1;
        if (Given(rounding) && SetRounding(this, rounding) < 0) return -1;
        if (Given(emin) && SetEmin(this, emin) < 0) return -1;
        if (Given(emax) && SetEmax(this, emax) < 0) return -1;
        if (Given(capitals) && SetCapitals(this, capitals) < 0) return -1;
        if (Given(clamp) && SetClamp(this, clamp) < 0) return -1;
        if (Given(traps) && SetSignals(TrapsWord, traps!) < 0) return -1;
        if (Given(flags) && SetSignals(StatusWord, flags!) < 0) return -1;
        return 0;
    }

    /// <summary>A list of signals or a signal dict into a flag word.</summary>
    static int SetSignals(FlagWord word, PyObject value)
    {
        var st = DecimalState.Get();
        uint f;
        if (value is PyList l) f = st.ListAsFlags(l);
        else if (value is PySignalDict { Word: FlagWord sw }) f = sw.Value;
        else f = st.DictAsFlags(value, out _);
        if (f == uint.MaxValue) return -1;
        word.Value = f;
        return 0;
    }

    static bool ToSsize(PyObject? v, out long x)
    {
        if (v is not PyLong) { x = 0; Errors.SetString(PyExc.TypeError, "an integer is required"); return false; }
        return ArgParse.ToSsize(v, out x);
    }

    [PyGetter("prec")]
    static PyObject? GetPrec(PyDecContext self) => PyLong.FromLong(self.Ctx.Prec);

    [PySetter("prec")]
    static int SetPrec(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        if (!ToSsize(value, out long x)) return -1;
        if (x < 1 || x > DecCtx.MaxPrec) { Errors.SetString(PyExc.ValueError, "valid range for prec is [1, MAX_PREC]"); return -1; }
        self.Ctx.Prec = x;
        return 0;
    }

    [PyGetter("Emin")]
    static PyObject? GetEmin(PyDecContext self) => PyLong.FromLong(self.Ctx.Emin);

    [PySetter("Emin")]
    static int SetEmin(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        if (!ToSsize(value, out long x)) return -1;
        if (x > 0 || x < DecCtx.MinEmin) { Errors.SetString(PyExc.ValueError, "valid range for Emin is [MIN_EMIN, 0]"); return -1; }
        self.Ctx.Emin = x;
        return 0;
    }

    [PyGetter("Emax")]
    static PyObject? GetEmax(PyDecContext self) => PyLong.FromLong(self.Ctx.Emax);

    [PySetter("Emax")]
    static int SetEmax(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        if (!ToSsize(value, out long x)) return -1;
        if (x < 0 || x > DecCtx.MaxEmax) { Errors.SetString(PyExc.ValueError, "valid range for Emax is [0, MAX_EMAX]"); return -1; }
        self.Ctx.Emax = x;
        return 0;
    }

    [PyGetter("rounding")]
    static PyObject? GetRounding(PyDecContext self) => Py.NewRef(DecimalState.Get().RoundingNames[(int)self.Ctx.Round]);

    [PySetter("rounding")]
    static int SetRounding(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        int r = DecimalState.Get().RoundingOf(value);
        if (r < 0) return -1;
        self.Ctx.Round = (Rounding)r;
        return 0;
    }

    [PyGetter("capitals")]
    static PyObject? GetCapitals(PyDecContext self) => PyLong.FromLong(self.Capitals);

    [PySetter("capitals")]
    static int SetCapitals(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        if (!ToSsize(value, out long x)) return -1;
        if (x != 0 && x != 1) { Errors.SetString(PyExc.ValueError, "valid values for capitals are 0 or 1"); return -1; }
        self.Capitals = (int)x;
        return 0;
    }

    [PyGetter("clamp")]
    static PyObject? GetClamp(PyDecContext self) => PyLong.FromLong(self.Ctx.Clamp);

    [PySetter("clamp")]
    static int SetClamp(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        if (!ToSsize(value, out long x)) return -1;
        if (x < int.MinValue || x > int.MaxValue) { Errors.SetString(PyExc.ValueError, "valid values for clamp are 0 or 1"); return -1; }
        if (x != 0 && x != 1) { Errors.SetString(PyExc.ValueError, "valid values for clamp are 0 or 1"); return -1; }
        self.Ctx.Clamp = (int)x;
        return 0;
    }

    [PyGetter("flags")]
    static PyObject? GetFlags(PyDecContext self) => Py.NewRef(self._flags!);

    [PySetter("flags")]
    static int SetFlags(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        return SetSignalDict(self.StatusWord, value);
    }

    [PyGetter("traps")]
    static PyObject? GetTraps(PyDecContext self) => Py.NewRef(self._traps!);

    [PySetter("traps")]
    static int SetTraps(PyDecContext self, PyObject? value)
    {
        if (value == null) return NoDelete();
        return SetSignalDict(self.TrapsWord, value);
    }

    /// <summary>context_settraps_dict / context_setstatus_dict.</summary>
    static int SetSignalDict(FlagWord word, PyObject value)
    {
        uint f = value is PySignalDict { Word: FlagWord sw } ? sw.Value : DecimalState.Get().DictAsFlags(value, out _);
        if (f == uint.MaxValue) return -1;
        word.Value = f;
        return 0;
    }

    static int NoDelete()
    {
        Errors.SetString(PyExc.AttributeError, "context attributes cannot be deleted");
        return -1;
    }

    [PyMethod("Etiny", Doc = "Return a value equal to Emin - prec + 1, which is the minimum exponent value\nfor subnormal results.  When underflow occurs, the exponent is set to Etiny.\n")]
    static PyObject? Etiny(PyDecContext self) => PyLong.FromLong(self.Ctx.Etiny);

    [PyMethod("Etop", Doc = "Return a value equal to Emax - prec + 1.  This is the maximum exponent\nif the _clamp field of the context is set to 1 (IEEE clamp mode).  Etop()\nmust not be negative.\n")]
    static PyObject? Etop(PyDecContext self) => PyLong.FromLong(self.Ctx.Etop);

    [PyMethod("clear_flags", Doc = "Reset all flags to False.\n")]
    static void ClearFlags(PyDecContext self) => self.Status = 0;

    [PyMethod("clear_traps", Doc = "Set all traps to False.\n")]
    static void ClearTraps(PyDecContext self) => self.Traps = 0;

    /// <summary>context_copy: a plain Context with the same settings, flags and traps.</summary>
    internal PyDecContext? Copy()
    {
        var c = Create(Type);
        if (c == null) return null;
        c.Ctx = Ctx; c.Status = Status; c.Traps = Traps; c.Capitals = Capitals;
        return c;
    }

    [PyMethod("copy", Doc = "Return a duplicate of the context with all flags cleared.\n")]
    static PyObject? CopyMethod(PyDecContext self) => self.Copy();

    [PyMethod("__copy__")]
    static PyObject? DunderCopy(PyDecContext self) => self.Copy();

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyDecContext self)
    {
        var st = DecimalState.Get();
        return PyTuple.FromStolen([
            Py.NewRef<PyObject>(self.ob_type),
            PyTuple.FromStolen([
                PyLong.FromLong(self.Ctx.Prec), Py.NewRef<PyObject>(st.RoundingNames[(int)self.Ctx.Round]),
                PyLong.FromLong(self.Ctx.Emin), PyLong.FromLong(self.Ctx.Emax),
                PyLong.FromLong(self.Capitals), PyLong.FromLong(self.Ctx.Clamp),
                st.SignalsList(self.Status), st.SignalsList(self.Traps)]),
        ]);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (PyDecContext)o;
        var sb = new StringBuilder();
        sb.Append("Context(prec=").Append(self.Ctx.Prec).Append(", rounding=").Append(DecimalState.RoundingStrings[(int)self.Ctx.Round])
          .Append(", Emin=").Append(self.Ctx.Emin).Append(", Emax=").Append(self.Ctx.Emax)
          .Append(", capitals=").Append(self.Capitals).Append(", clamp=").Append(self.Ctx.Clamp)
          .Append(", flags=").Append(SignalNames(self.Status)).Append(", traps=").Append(SignalNames(self.Traps)).Append(')');
        return PyUnicode.FromString(sb.ToString());
    }

    /// <summary>mpd_lsnprint_signals with the signal names: "[InvalidOperation, DivisionByZero]".</summary>
    static string SignalNames(uint flags)
    {
        // libmpdec lists them by bit order, each signal once
        (uint bit, string name)[] order =
        [
            (DecStatus.Clamped, "Clamped"), (DecStatus.IEEEInvalid, "InvalidOperation"), (DecStatus.DivisionByZero, "DivisionByZero"),
            (DecStatus.Inexact, "Inexact"), (DecStatus.FloatOperation, "FloatOperation"), (DecStatus.Overflow, "Overflow"),
            (DecStatus.Rounded, "Rounded"), (DecStatus.Subnormal, "Subnormal"), (DecStatus.Underflow, "Underflow"),
        ];
        var sb = new StringBuilder("[");
        bool first = true;
        foreach (var (bit, name) in order)
        {
            if ((flags & bit) == 0) continue;
            if (!first) sb.Append(", ");
            sb.Append(name);
            first = false;
        }
        return sb.Append(']').ToString();
    }

    // ---- the current context ----

    /// <summary>current_context: the context of the current contextvars context, made from the default template on first use (borrowed).</summary>
    internal static PyDecContext? Current()
    {
        var st = DecimalState.Get();
        var vars = ThreadState.Current.Context?.Vars;
        if (vars != null)
        {
            // A hamt is immutable (setting a variable makes a new one), so the context found
            // in the same hamt as last time is the one found then (CPython caches it in the var).
            var last = st.LastCurrent;
            if (last != null && last.Vars == vars) return last.Context;
            if (vars.Find(st.CurrentContextVar) is PyDecContext c)
            {
                st.LastCurrent = new DecimalState.CurrentLookup(vars, c);
                return c;
            }
        }
        var fresh = st.DefaultContext.Copy();
        if (fresh == null) return null;
        fresh.Status = 0;
        var tok = Calls.CallMethod(st.CurrentContextVar, "set", fresh);
        Py.DECREF(fresh);
        if (tok == null) return null;
        Py.DECREF(tok);
        return fresh;
    }

    /// <summary>CONTEXT_CHECK_VA: None (or absent) is the current context; anything else must be a Context (borrowed).</summary>
    internal static PyDecContext? Resolve(PyObject? context)
    {
        if (context == null || context == Py.None) return Current();
        if (context is PyDecContext c) return c;
        Errors.SetString(PyExc.TypeError, "optional argument must be a context");
        return null;
    }

    /// <summary>dec_addstatus: records the conditions; true with the signal raised when one is trapped.</summary>
    internal bool AddStatus(uint status)
    {
        if ((status & DecStatus.MallocError) != 0)
        {
            Errors.NoMemory();
            return true;
        }
        Status |= status;
        uint trapped = status & Traps;
        if (trapped == 0) return false;
        var st = DecimalState.Get();
        var list = st.ConditionsList(trapped);
        Errors.SetObject(st.ExceptionOf(trapped), list);
        Py.DECREF(list);
        return true;
    }

    /// <summary>A result with its conditions: the new Decimal, or null when a condition is trapped.</summary>
    internal PyObject? Finish(Dec result, uint status)
    {
        if (status != 0 && AddStatus(status)) return null;
        return PyDecObject.Make(result);
    }
}
