#if Py_DEBUG
using System.Collections.Generic;
using Sharpy.Compiler;

namespace Sharpy.Runtime;

/// <summary>
/// Debug builds only: which instructions the eval loop has dispatched in this process (a
/// specialized or instrumented form counts for itself and for the instruction it stands
/// for). The leak hunter (-X leakcheck) reports them, and a test checks that the case
/// programs between them reach every instruction of opcode.opmap.
/// </summary>
public static class InstructionCoverage
{
    public static readonly bool[] Reached = new bool[256];

    /// <summary>The names of the instructions reached, sorted.</summary>
    public static SortedSet<string> ReachedNames()
    {
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        for (int op = 0; op < Reached.Length; op++)
        {
            if (!Reached[op]) continue;
            names.Add(Op.Name(op));
            names.Add(Op.Name(Op.Deopt(op)));
            names.Add(Op.Name(CodeMonitoring.UninstrumentedForm(op)));
        }
        return names;
    }
}
#endif
