using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Hosting;
using Sharpy.Objects;
using Sharpy.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// Calls every builtin function and every method of every builtin type with hostile
/// arguments (wrong types, None, huge and negative ints, lone surrogates, empty and
/// self-referential containers, objects whose dunders raise) and requires each call to end
/// as a result or a Python exception: a .NET exception escaping a call is a host crash.
/// </summary>
public class BuiltinCallFuzzTests
{
    const int Seed = 20261206;
    /// <summary>Argument tuples tried per callable, beyond the empty call.</summary>
    const int CallsPerCallable = 24;

    readonly ITestOutputHelper _out;
    public BuiltinCallFuzzTests(ITestOutputHelper output) { _out = output; }

    /// <summary>Builtins that block, write to the real stdout or change the process.</summary>
    static readonly HashSet<string> SkippedBuiltins = new() { "input", "print", "breakpoint", "help", "exit", "quit", "open", "__import__" };

    /// <summary>Expressions for the hostile argument pool (evaluated once each).</summary>
    const string Hostile = @"
class _Raises:
    def __getattr__(self, name): raise RuntimeError('getattr')
    def __eq__(self, other): raise RuntimeError('eq')
    def __hash__(self): raise RuntimeError('hash')
    def __len__(self): raise RuntimeError('len')
    def __iter__(self): raise RuntimeError('iter')
    def __index__(self): raise RuntimeError('index')
    def __int__(self): raise RuntimeError('int')
    def __float__(self): raise RuntimeError('float')
    def __str__(self): raise RuntimeError('str')
    def __repr__(self): raise RuntimeError('repr')
    def __bool__(self): raise RuntimeError('bool')
    def __lt__(self, other): raise RuntimeError('lt')
    def __call__(self, *a, **k): raise RuntimeError('call')
    def __fspath__(self): raise RuntimeError('fspath')
    def __buffer__(self, flags): raise RuntimeError('buffer')
class _BadIndex:
    def __index__(self): return 'not an int'
    def __len__(self): return -1
_selfref = []
_selfref.append(_selfref)
_selfdict = {}
_selfdict['k'] = _selfdict
_pool = [None, 0, -1, 1, 7, 2**63, -2**63 - 1, 2**200, -2**200, 0.0, -1.5, float('nan'), float('inf'), 1e308, 3j,
         True, '', 'abc', '\ud800', '\U0001f600x', 'a' * 40, b'', b'\xff\x00', bytearray(b'ab'), memoryview(b'xy'),
         [], [1, 'a'], (), (1, 2), {}, {1: 2}, set(), frozenset({3}), range(3), slice(1, 5, -1),
         _selfref, _selfdict, _Raises(), _BadIndex(), object(), int, str, type, len, (lambda *a, **k: None),
         iter([1, 2]), Ellipsis, NotImplemented]
";

    /// <summary>One instance of each builtin type whose methods are called (a fresh one per call).</summary>
    static readonly string[] Samples =
    {
        "'abc'", "'\\ud800x'", "b'abc'", "bytearray(b'abc')", "memoryview(b'abcd')", "[3, 1, 2]", "(1, 2)", "{1: 'a'}",
        "{1, 2}", "frozenset({1})", "7", "2**100", "1.5", "2j", "True", "range(5)", "slice(1, 2, 3)", "object()",
        "iter([1])", "enumerate([1])", "zip([1], [2])", "map(abs, [1])", "filter(None, [1])", "reversed([1])",
        "{1: 2}.keys()", "{1: 2}.values()", "{1: 2}.items()", "property(abs)", "staticmethod(abs)", "classmethod(abs)",
        "super(int, 1)", "type", "int", "(lambda: 0)", "(lambda: 0).__code__", "NotImplemented", "Ellipsis", "None",
        "(x for x in [1])", "BaseException('x')", "OSError(2, 'x')", "SyntaxError('x')", "ExceptionGroup('g', [ValueError()])",
        "StopIteration(1)", "UnicodeDecodeError('utf-8', b'x', 0, 1, 'r')", "KeyError(1)",
    };

    [Fact]
    public void HostileCallsNeverEscapeAsDotNetExceptions()
    {
        var engine = new PythonEngine("__fuzz__");
        engine.Execute(Hostile);
        var pool = ((PyList)engine.GetGlobal("_pool")!.Object).Items;
        int poolCount = ((PyList)engine.GetGlobal("_pool")!.Object).Count;
        var rng = new Random(Seed);
        var crashes = new List<string>();
        int calls = 0;

        void CallAll(string what, Func<PyObject?> target)
        {
            for (int n = 0; n <= CallsPerCallable; n++)
            {
                int argc = n == 0 ? 0 : 1 + rng.Next(3);
                var args = new StackRef[argc];
                var desc = new StringBuilder();
                for (int i = 0; i < argc; i++)
                {
                    int k = rng.Next(poolCount);
                    args[i] = StackRef.FromBorrow(pool[k]);
                    desc.Append(i == 0 ? "" : ", ").Append("pool[").Append(k).Append(']');
                }
                var callable = target();
                if (callable == null) { Errors.Clear(); return; }
                calls++;
                try
                {
                    var r = Calls.Call(callable, args, null);
                    if (r != null) Py.DECREF(r);
                }
                catch (Exception e)
                {
                    crashes.Add($"{what}({desc}): {e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    Errors.Clear();
                    Py.DECREF(callable);
                }
            }
        }

        int pos = 0;
        var builtins = Interpreter.Builtins.Dict;
        var names = new List<string>();
        while (builtins.Next(ref pos, out var k, out var v))
            if (k is PyUnicode u && !SkippedBuiltins.Contains(u.Value) && v.ob_type.tp_call != null) names.Add(u.Value);
        foreach (var name in names)
            CallAll(name, () => Py.XNewRef(builtins.GetItemString(name)));

        foreach (var sample in Samples)
        {
            using var first = engine.Evaluate(sample);
            var attrs = new List<string>();
            int p = 0;
            foreach (var t in first.Object.ob_type.tp_mro.Items)
            {
                var d = ((PyType)t).tp_dict;
                p = 0;
                while (d.Next(ref p, out var k, out _))
                    if (k is PyUnicode u && !attrs.Contains(u.Value)) attrs.Add(u.Value);
            }
            foreach (var attr in attrs)
            {
                CallAll($"({sample}).{attr}", () =>
                {
                    using var self = engine.Evaluate(sample);
                    var m = Abstract.GetAttr(self.Object, attr);
                    return m != null && m.ob_type.tp_call != null ? m : null;
                });
            }
        }
        _out.WriteLine($"{calls} calls, {crashes.Count} host crashes");
        foreach (var c in crashes) _out.WriteLine(c);
        Assert.True(crashes.Count == 0, $"{crashes.Count} of {calls} calls escaped as .NET exceptions:\n" + string.Join("\n", crashes.GetRange(0, Math.Min(40, crashes.Count))));
    }
}
