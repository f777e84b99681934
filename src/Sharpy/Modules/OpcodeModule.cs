using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_opcode` module (Modules/_opcode.c): what `opcode` and `dis` ask of the compiler's
/// instruction tables. The answers come from the tables generated from CPython's own
/// metadata (Compiler/OpcodeIds.g.cs), so they are CPython's.
/// </summary>
[PyModule("_opcode", Doc = "Opcode support module.")]
public static partial class OpcodeModule
{
    [PyConstant("ENABLE_SPECIALIZATION")] static PyObject EnableSpecialization => PyLong.FromLong(1);
    [PyConstant("ENABLE_SPECIALIZATION_FT")] static PyObject EnableSpecializationFT => PyLong.FromLong(1);

    [PyMethod("stack_effect", Doc = "Compute the stack effect of the opcode.")]
    static PyObject? StackEffect(int opcode, int? oparg = null, [KeywordOnly] PyObject? jump = null)
    {
        int arg = oparg ?? 0;
        int jumpMode; // -1: the larger of the two effects, as CPython's PyCompile_OpcodeStackEffectWithJump.
        if (jump == null || jump == Py.None) jumpMode = -1;
        else if (jump == PyBool.True) jumpMode = 1;
        else if (jump == PyBool.False) jumpMode = 0;
        else return Errors.SetString(PyExc.ValueError, "stack_effect: jump must be False, True or None");
        if ((Op.Flags(opcode) & Op.FLAG_IS_VALID) == 0 || opcode >= Op.MIN_INSTRUMENTED_OPCODE && opcode < 256)
            return Errors.SetString(PyExc.ValueError, "invalid opcode or oparg");
        int effect = jumpMode switch
        {
            1 => Op.StackEffect(opcode, arg, true),
            0 => Op.StackEffect(opcode, arg, false),
            _ => System.Math.Max(Op.StackEffect(opcode, arg, true), Op.StackEffect(opcode, arg, false)),
        };
        return PyLong.FromLong(effect);
    }

    [PyMethod("is_valid", Doc = "Return True if opcode is valid, False otherwise.")]
    static bool IsValid([Keyword] int opcode) => Has(opcode, Op.FLAG_IS_VALID);

    [PyMethod("has_arg", Doc = "Return True if the opcode uses its oparg, False otherwise.")]
    static bool HasArg([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_ARG);

    [PyMethod("has_const", Doc = "Return True if the opcode accesses a constant, False otherwise.")]
    static bool HasConst([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_CONST);

    [PyMethod("has_name", Doc = "Return True if the opcode accesses an attribute by name, False otherwise.")]
    static bool HasName([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_NAME);

    [PyMethod("has_jump", Doc = "Return True if the opcode has a jump target, False otherwise.")]
    static bool HasJump([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_JUMP);

    [PyMethod("has_free", Doc = "Return True if the opcode accesses a free variable, False otherwise.\n\n"
        + "Note that 'free' in this context refers to names in the current scope\n"
        + "that are referenced by inner scopes or names in outer scopes that are\n"
        + "referenced from this scope. It does not include references to global\n"
        + "or builtin scopes.")]
    static bool HasFree([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_FREE);

    [PyMethod("has_local", Doc = "Return True if the opcode accesses a local variable, False otherwise.")]
    static bool HasLocal([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_LOCAL);

    [PyMethod("has_exc", Doc = "Return True if the opcode sets an exception handler, False otherwise.")]
    static bool HasExc([Keyword] int opcode) => Has(opcode, Op.FLAG_HAS_EXC);

    static bool Has(int opcode, int flag) => (Op.Flags(opcode) & flag) != 0;

    /// <summary>Sharpy keeps no specialization statistics (CPython's without Py_STATS: None).</summary>
    [PyMethod("get_specialization_stats", Doc = "Return the specialization stats")]
    static PyObject? GetSpecializationStats() => Py.None;

    [PyMethod("get_nb_ops", Doc = "Return array of symbols of binary ops.\n\nIndexed by the BINARY_OP oparg value.")]
    static PyObject? GetNbOps()
    {
        var list = PyList.New(NbOp.Descs.Length);
        foreach (var (name, symbol) in NbOp.Descs)
            list.AppendSteal(PyTuple.FromStolen([PyUnicode.FromString(name), PyUnicode.FromString(symbol)]));
        return list;
    }

    [PyMethod("get_intrinsic1_descs", Doc = "Return a list of names of the unary intrinsics.")]
    static PyObject? GetIntrinsic1Descs() => StringList(IntrinsicDescs.Intrinsic1);

    [PyMethod("get_intrinsic2_descs", Doc = "Return a list of names of the binary intrinsics.")]
    static PyObject? GetIntrinsic2Descs() => StringList(IntrinsicDescs.Intrinsic2);

    [PyMethod("get_special_method_names", Doc = "Return a list of special method names.")]
    static PyObject? GetSpecialMethodNames() => StringList(IntrinsicDescs.SpecialMethods);

    static PyList StringList(string[] names)
    {
        var list = PyList.New(names.Length);
        foreach (var name in names) list.AppendSteal(PyUnicode.FromString(name));
        return list;
    }

    /// <summary>Sharpy has no tier-2 executors: CPython's answer in a build without them.</summary>
    [PyMethod("get_executor", Doc = "Return the executor object at offset in code if exists, None otherwise.")]
    static PyObject? GetExecutor([Keyword] PyObject code, [Keyword] int offset)
    {
        if (code is not PyCode)
            return Errors.SetString(PyExc.TypeError, $"expected a code object, not '{code.ob_type.tp_name}'");
        return Errors.SetString(PyExc.RuntimeError, "Executors are not available in this build");
    }
}
