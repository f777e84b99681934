using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// C#-recursive paths (repr, str, comparison) end in RecursionError by the remaining .NET
/// stack, whatever the recursion limit (CPython 3.14's C-stack guard), and a 200,000-deep
/// `yield from` chain, which recurses in C# neither to run nor to close, runs and closes. On a
/// small-stack thread, so modest depths would overflow it without the guard. (Not a case: the
/// reference CPython, a WebAssembly build, itself dies of these depths.)
/// </summary>
[Collection(nameof(DeallocStressTests))]
public class StackGuardTests
{
    [Fact]
    public void DeepCSharpRecursionRaisesRecursionError()
    {
        DeallocStressTests.OnSmallStack(() =>
        {
            var engine = new PythonEngine();
            engine.Execute("""
                import sys
                sys.setrecursionlimit(1_000_000)
                out = []
                def g(n):
                    if n == 0:
                        yield 1
                    else:
                        yield from g(n - 1)
                for depth in (100, 200_000):
                    out.append(next(g(depth)))  # dropped at once: its finalizer closes the chain
                    gen = g(depth)
                    out.append(next(gen))
                    try:
                        gen.close()
                        out.append('closed')
                    except RecursionError:
                        out.append('RecursionError')
                    del gen
                def nest(make, n):
                    x = make(None)
                    for i in range(n):
                        x = make(x)
                    return x
                for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}):
                    x = nest(make, 200_000)
                    for f in (repr, str, lambda v: v == nest(make, 200_000)):
                        try:
                            f(x)
                            out.append('finished')
                        except RecursionError:
                            out.append('RecursionError')
                    del x
                sys.setrecursionlimit(1000)
                """);
            using var output = engine.Evaluate("out");
            Assert.Equal("[1, 1, 'closed', 1, 1, 'closed'" + string.Concat(System.Linq.Enumerable.Repeat(", 'RecursionError'", 9)) + "]", output.Repr());
        });
    }
}
