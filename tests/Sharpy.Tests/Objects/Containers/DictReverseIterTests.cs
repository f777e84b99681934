using Sharpy.Hosting;
using Xunit;

namespace Sharpy.Tests.Objects.Containers;

/// <summary>
/// A reverse dict iterator made before the dict was cleared and refilled to the same size
/// yields nothing (test_dict's test_reversed_dict_after_clear_and_restore). CPython 3.14.2,
/// the case reference, reads past the new table there, so this is pinned here.
/// </summary>
public class DictReverseIterTests
{
    [Fact]
    public void ClearedAndRefilledDictEndsTheIterator()
    {
        var engine = new PythonEngine();
        engine.Execute(
            "d = {}\n" +
            "for i in range(1000):\n" +
            "    d[f'k{i}'] = i\n" +
            "for i in range(1, 1000):\n" +
            "    del d[f'k{i}']\n" +
            "iterators = (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()))\n" +
            "d.clear()\n" +
            "d['k0'] = 0\n");
        using var r = engine.Evaluate("[list(it) for it in iterators]");
        Assert.Equal("[[], [], [], []]", r.Repr());
    }

    [Fact]
    public void DeleteThenInsertKeepsIterating()
    {
        var engine = new PythonEngine();
        engine.Execute("d = dict.fromkeys('abc')\nit = reversed(d)\ndel d['c']\nd['z'] = 1\n");
        using var r = engine.Evaluate("list(it)");
        Assert.Equal("['b', 'a']", r.Repr());
    }
}
