using Sharpy.Modules.Contextvars;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

/// <summary>
/// The `_decimal` module's state (decimal_state): the signal classes, the context variable
/// holding the current context, the context templates, SignalDict and DecimalTuple.
/// </summary>
internal sealed class DecimalState
{
    /// <summary>signal_map: the nine signals, in CPython's order, with their status bits.</summary>
    public readonly PyType[] Signals = new PyType[9];
    public static readonly uint[] SignalFlags =
    [
        DecStatus.IEEEInvalid, DecStatus.FloatOperation, DecStatus.DivisionByZero, DecStatus.Overflow,
        DecStatus.Underflow, DecStatus.Subnormal, DecStatus.Inexact, DecStatus.Rounded, DecStatus.Clamped,
    ];
    public static readonly string[] SignalNames =
    [
        "InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow",
        "Underflow", "Subnormal", "Inexact", "Rounded", "Clamped",
    ];
    /// <summary>cond_map: InvalidOperation and the conditions that are its subclasses.</summary>
    public readonly PyType[] Conditions = new PyType[5];
    public static readonly uint[] ConditionFlags =
    [
        DecStatus.InvalidOperation, DecStatus.ConversionSyntax, DecStatus.DivisionImpossible,
        DecStatus.DivisionUndefined, DecStatus.InvalidContext,
    ];
    public PyType DecimalException = null!;
    public PyContextVar CurrentContextVar = null!;
    /// <summary>The context PyDecContext.Current found last, with the context variables it was found in.</summary>
    public CurrentLookup? LastCurrent;

    public sealed class CurrentLookup(PyHamt vars, PyDecContext context)
    {
        public readonly PyHamt Vars = vars;
        public readonly PyDecContext Context = context;
    }
    public PyDecContext DefaultContext = null!, BasicContext = null!, ExtendedContext = null!;
    public PyType SignalDict = null!;
    public PyObject DecimalTuple = null!;
    /// <summary>numbers.Rational, for comparisons with fractions.</summary>
    public PyObject? Rational;
    /// <summary>The rounding names (round_map), indexed by <see cref="Rounding"/>.</summary>
    public readonly PyUnicode[] RoundingNames = new PyUnicode[8];
    public static readonly string[] RoundingStrings =
    [
        "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
        "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
    ];

    /// <summary>The module's attributes made by the first import, for later imports.</summary>
    public readonly System.Collections.Generic.List<(string, PyObject)> ModuleAttrs = new();

    public static DecimalState Get() => ModuleState<DecimalState>.Get();

    /// <summary>The signal class of a status bit set (flags_as_exception).</summary>
    public PyType ExceptionOf(uint flags)
    {
        for (int i = 0; i < Signals.Length; i++)
            if ((flags & SignalFlags[i]) != 0) return Signals[i];
        return Signals[0];
    }

    /// <summary>flags_as_list: the conditions, then the other signals.</summary>
    public PyList ConditionsList(uint flags)
    {
        var list = PyList.New();
        for (int i = 0; i < Conditions.Length; i++)
            if ((flags & ConditionFlags[i]) != 0) list.Append(Conditions[i]);
        for (int i = 1; i < Signals.Length; i++)
            if ((flags & SignalFlags[i]) != 0) list.Append(Signals[i]);
        return list;
    }

    /// <summary>signals_as_list.</summary>
    public PyList SignalsList(uint flags)
    {
        var list = PyList.New();
        for (int i = 0; i < Signals.Length; i++)
            if ((flags & SignalFlags[i]) != 0) list.Append(Signals[i]);
        return list;
    }

    /// <summary>exception_as_flag: the status bits of a signal class; 0 with KeyError set when it is none.</summary>
    public uint FlagOf(PyObject ex)
    {
        for (int i = 0; i < Signals.Length; i++)
            if (Signals[i] == ex) return SignalFlags[i];
        Errors.SetString(PyExc.KeyError, InvalidSignalsErr);
        return 0;
    }

    public const string InvalidSignalsErr = "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]";
    public const string InvalidRoundingErr = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";

    /// <summary>getround: a rounding name's mode; -1 with TypeError set otherwise.</summary>
    public int RoundingOf(PyObject v)
    {
        if (v is PyUnicode u)
            for (int i = 0; i < RoundingStrings.Length; i++)
                if (u.Value == RoundingStrings[i]) return i;
        Errors.SetString(PyExc.TypeError, InvalidRoundingErr);
        return -1;
    }

    /// <summary>dict_as_flags: a dict mapping every signal to a truth value; 0xffffffff with an error set otherwise.</summary>
    public uint DictAsFlags(PyObject v, out bool invalid)
    {
        invalid = false;
        if (v is not PyDict d)
        {
            invalid = true;
            Errors.SetString(PyExc.TypeError, "argument must be a signal dict");
            return uint.MaxValue;
        }
        if (d.Count != Signals.Length)
        {
            invalid = true;
            Errors.SetString(PyExc.KeyError, "invalid signal dict");
            return uint.MaxValue;
        }
        uint flags = 0;
        for (int i = 0; i < Signals.Length; i++)
        {
            var b = d.GetItemWithError(Signals[i]);
            if (b == null)
            {
                if (Errors.Occurred()) return uint.MaxValue;
                invalid = true;
                Errors.SetString(PyExc.KeyError, "invalid signal dict");
                return uint.MaxValue;
            }
            int t = Abstract.IsTrue(b);
            if (t < 0) return uint.MaxValue;
            if (t == 1) flags |= SignalFlags[i];
        }
        return flags;
    }

    /// <summary>list_as_flags: a list of signal classes; 0xffffffff with KeyError set otherwise.</summary>
    public uint ListAsFlags(PyList list)
    {
        uint flags = 0;
        for (int i = 0; i < list.Count; i++)
        {
            uint f = FlagOf(list.Items[i]);
            if (f == 0) return uint.MaxValue;
            flags |= f;
        }
        return flags;
    }
}
