using Sharpy.Compiler;
using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// Code objects made by code.replace() from bytes the compiler never checked: where CPython
/// itself would crash (a LOAD_DEREF of a slot that holds no cell, a LIST_APPEND onto a
/// non-list, a stack deeper than co_stacksize), Sharpy raises SystemError and goes on.
/// (Not a case: there is no CPython output to compare with.)
/// </summary>
public class ArbitraryBytecodeTests
{
    const string Setup = """
        def f(a, b):
            x = a + b
            try:
                y = [i for i in x]
            except Exception:
                y = None
            return x, y
        def g(a):
            yield a
            yield from range(3)
        def op(name, arg=0):
            return bytes([opmap[name], arg])
        def run(base, **changes):
            code = base.__code__.replace(**changes)
            func = type(base)(code, {'range': range})
            try:
                return repr(func(1, 2) if base is f else list(func(1)))
            except SystemError as e:
                return 'SystemError'
            except Exception as e:
                return type(e).__name__
        """;

    [Theory]
    // LOAD_DEREF of the argument a (an int, not a cell)
    [InlineData("run(f, co_code=op('RESUME') + op('LOAD_DEREF', 0) + op('RETURN_VALUE'))", "SystemError")]
    // LIST_APPEND onto an int
    [InlineData("run(f, co_code=op('RESUME') + op('LOAD_FAST', 0) + op('LOAD_FAST', 1) + op('LIST_APPEND', 1) + op('RETURN_VALUE'))", "SystemError")]
    // a generator whose stack is one slot: the overflow faults again in its handler; the frame is unwound
    [InlineData("run(g, co_stacksize=1)", "SystemError")]
    // a cut-short line table
    [InlineData("run(f, co_linetable=b'\\xc8\\x86Pp')", "(3, None)")]
    public void GarbageBytecodeRaisesSystemError(string call, string expected)
    {
        var engine = new PythonEngine();
        // The hosted engine has no standard library (no dis): the opcode numbers come from here.
        engine.Execute($"opmap = {{'RESUME': {Op.RESUME}, 'LOAD_DEREF': {Op.LOAD_DEREF}, 'LOAD_FAST': {Op.LOAD_FAST}, "
            + $"'LIST_APPEND': {Op.LIST_APPEND}, 'RETURN_VALUE': {Op.RETURN_VALUE}}}");
        engine.Execute(Setup);
        using var r = engine.Evaluate(call);
        Assert.Equal(expected, r.ToString());
    }
}
