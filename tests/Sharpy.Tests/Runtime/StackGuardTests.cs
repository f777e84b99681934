using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// C#-recursive paths (repr, str, comparison) end in RecursionError by the remaining .NET
/// stack, whatever the recursion limit (CPython 3.14's C-stack guard), and a 200,000-deep
/// `yield from` / `await` chain, which recurses in C# neither to run, nor to close, nor to throw
/// into, runs, takes thrown exceptions, closes and finalizes (async generators' athrow and aclose
/// included), while a chain of async generators (each `async for` over the next recurses in C#,
/// as in CPython) ends in RecursionError. On a
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

    [Fact]
    public void DeepDelegationChainsTakeThrowsAndFinalize()
    {
        DeallocStressTests.OnSmallStack(() =>
        {
            var engine = new PythonEngine();
            engine.Execute("""
                import gc, sys
                sys.setrecursionlimit(1_000_000)
                N = 200_000
                out = []
                sys.unraisablehook = lambda u: out.append('unraisable ' + type(u.exc_value).__name__)
                def attempt(f):
                    try:
                        out.append(f())
                    except BaseException as e:
                        out.append(type(e).__name__)
                def g(n):
                    if n == 0:
                        while True:
                            try:
                                yield 1
                            except ValueError:
                                pass
                    else:
                        yield from g(n - 1)
                def throw_caught():
                    gen = g(N); next(gen); return gen.throw(ValueError)
                def throw_uncaught():
                    gen = g(N); next(gen); gen.throw(KeyError)
                def throw_generator_exit():
                    gen = g(N); next(gen); gen.throw(GeneratorExit)
                def collected():
                    box = []
                    gen = g(N); next(gen); box.append(gen); gen.gi_frame.f_locals['box'] = box
                    del gen, box
                    return gc.collect() > 0
                class Suspend:
                    def __await__(self):
                        return (yield 'suspended')
                async def co(n):
                    if n == 0:
                        try:
                            return await Suspend()
                        except ValueError:
                            return await Suspend()
                    return await co(n - 1)
                def coro_throw():
                    c = co(N); c.send(None); r = c.throw(ValueError); c.close(); return r
                def coro_finalized():
                    c = co(N); c.send(None); del c; return 'finalized'
                async def agen():
                    try:
                        yield 1
                    except ValueError:
                        yield await co(N)
                    finally:
                        await co(N)
                def started():
                    a = agen()
                    try:
                        a.asend(None).send(None)
                    except StopIteration:
                        pass
                    return a
                async def agen_awaiting():
                    yield await co(N)
                def asend_throw():
                    aw = agen_awaiting().asend(None); aw.send(None); return aw.throw(ValueError)
                def athrow_caught():
                    a = started(); aw = a.athrow(ValueError); aw.send(None); return aw.throw(ValueError)
                def athrow_uncaught():
                    a = started(); aw = a.athrow(ValueError); aw.send(None); return aw.throw(KeyError)
                def aclose():
                    a = started(); aw = a.aclose(); r = aw.send(None)
                    try:
                        aw.send(None)
                    except StopIteration:
                        return r
                def agen_finalized():
                    a = started(); aw = a.athrow(ValueError); aw.send(None)
                    del a, aw
                    gc.collect()
                    return 'finalized'
                async def chain(n):
                    if n == 0:
                        yield await Suspend()
                    else:
                        async for x in chain(n - 1):
                            yield x
                def async_for_chain():
                    return chain(N).__anext__().send(None)
                for f in (throw_caught, throw_uncaught, throw_generator_exit, collected, coro_throw, coro_finalized,
                          asend_throw, athrow_caught, athrow_uncaught, aclose, agen_finalized, async_for_chain):
                    attempt(f)
                sys.setrecursionlimit(1000)
                sys.unraisablehook = sys.__unraisablehook__
                """);
            using var output = engine.Evaluate("out");
            Assert.Equal("[1, 'KeyError', 'GeneratorExit', True, 'suspended', 'finalized', 'suspended', 'unraisable RuntimeError', "
                + "'suspended', 'suspended', 'suspended', 'unraisable RuntimeError', 'finalized', 'RecursionError']", output.Repr());
        });
    }
}
