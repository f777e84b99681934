using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>Closing a unit: its flags, the CFG passes and the assembler (optimize_and_assemble_code_unit).</summary>
sealed partial class Codegen
{
    int ComputeCodeFlags()
    {
        var ste = _u.Ste;
        int flags = 0;
        if (ste.IsFunctionLike)
        {
            flags |= CodeFlags.CO_NEWLOCALS | CodeFlags.CO_OPTIMIZED;
            if (ste.Nested) flags |= CodeFlags.CO_NESTED;
            if (ste.Generator && !ste.Coroutine) flags |= CodeFlags.CO_GENERATOR;
            if (ste.Generator && ste.Coroutine) flags |= CodeFlags.CO_ASYNC_GENERATOR;
            if (ste.Varargs) flags |= CodeFlags.CO_VARARGS;
            if (ste.Varkeywords) flags |= CodeFlags.CO_VARKEYWORDS;
            if (ste.HasDocstring) flags |= CodeFlags.CO_HAS_DOCSTRING;
            if (ste.Method) flags |= CodeFlags.CO_METHOD;
        }
        if (ste.Coroutine && !ste.Generator)
            flags |= CodeFlags.CO_COROUTINE;
        if (_futureAnnotations)
            flags |= CodeFlags.CO_FUTURE_ANNOTATIONS;
        return flags;
    }

    CodeObject OptimizeAndAssemble(bool addNone)
    {
        if (addNone)
            AddopLoadConst(null, Location.NoLocation);
        Addop(Op.RETURN_VALUE, Location.NoLocation);
        if (Error != null)
            return new CodeObject { Name = _u.Name, QualName = _u.QualName };
        int codeFlags = ComputeCodeFlags();
        var consts = new List<object?>(_u.Consts.Values);
        var g = Cfg.FromInstructionSequence(_u.Seq);
        int nlocals = _u.Varnames.Count;
        int nparams = _u.Ste.Varnames.Count;
        g.OptimizeCodeUnit(consts, nlocals, nparams, _u.FirstLineno);
        var instrs = g.ToFinalInstructions(_u, codeFlags, out int stackdepth, out int nlocalsplus);
        return Assembler.MakeCodeObject(_u, consts, stackdepth, instrs, nlocalsplus, codeFlags, _filename);
    }
}
