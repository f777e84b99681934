using System;
using System.Threading;
using Sharpy.Hosting;
using Sharpy.Objects;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// The trashcan under stress: chains far deeper than the stack could free recursively are
/// built and freed without a crash. Each test runs on a thread with a small stack, so a
/// deallocation that recursed per link would overflow it (a crash of the test host, which
/// fails the run loudly).
/// </summary>
[Collection(nameof(DeallocStressTests))]
public class DeallocStressTests
{
    const int SmallStack = 4 * 1024 * 1024;

    internal static void OnSmallStack(Action body)
    {
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try { body(); }
            catch (Exception e) { failure = e; }
        }, SmallStack);
        t.Start();
        t.Join();
        if (failure != null) throw new Exception("failed on the small-stack thread", failure);
    }

    [Fact]
    public void TenMillionLinkChainsOfListsAndTuplesFree()
    {
        OnSmallStack(() =>
        {
            const int Links = 10_000_000;
            PyObject list = PyList.New();
            for (int i = 0; i < Links; i++)
            {
                var outer = PyList.New(1);
                outer.AppendSteal(list);
                list = outer;
            }
            Py.DECREF(list);
            PyObject tuple = PyTuple.Empty;
            for (int i = 0; i < Links; i++) tuple = PyTuple.FromStolen([tuple]);
            Py.DECREF(tuple);
        });
    }

    [Fact]
    public void DeepChainsOfEveryKindFreeFromPython()
    {
        OnSmallStack(() =>
        {
            var engine = new PythonEngine();
            engine.Execute("""
                import gc, sys
                gc.disable()
                N = 150_000
                class Node: pass
                class SlotNode:
                    __slots__ = ('next',)
                def make(inner):
                    def f(): return inner
                    return f
                kinds = {
                    'list': lambda x: [x], 'tuple': lambda x: (x,), 'dict': lambda x: {0: x},
                    'frozenset': lambda x: frozenset([x]), 'closure': make,
                }
                def node(cls, x):
                    n = cls(); n.next = x; return n
                kinds['instance'] = lambda x: node(Node, x)
                kinds['slots'] = lambda x: node(SlotNode, x)
                freed = []
                for name, link in kinds.items():
                    x = None
                    for i in range(N): x = link(x)
                    del x
                    freed.append(name)
                e = None
                for i in range(N):
                    try:
                        raise ValueError
                    except ValueError as v:
                        v.__context__ = e
                        e = v
                del e
                freed.append('context')
                sys.setrecursionlimit(400_000)
                def f(n):
                    if n: f(n - 1)
                    else: raise ValueError('bottom')
                try:
                    f(300_000)
                except ValueError as exc:
                    freed.append(type(exc.__traceback__).__name__)
                gc.enable()
                """);
            using var freed = engine.Evaluate("freed");
            Assert.Equal("['list', 'tuple', 'dict', 'frozenset', 'closure', 'instance', 'slots', 'context', 'traceback']", freed.Repr());
        });
    }
}

/// <summary>The stress and stack tests run alone: the cycle collector's state is shared by the
/// process, and these allocate millions of objects on threads of their own.</summary>
[CollectionDefinition(nameof(DeallocStressTests), DisableParallelization = true)]
public class StressCollection
{
}
