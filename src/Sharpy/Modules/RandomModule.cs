using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `_random` module (Modules/_randommodule.c): the Mersenne Twister under random.Random.</summary>
[PyModule("_random", Doc = "Module implements the Mersenne Twister random number generator.")]
public static partial class RandomModule
{
    [PyConstant("Random")] static PyObject Random => Py.NewRef(RandomObject.Type);
}
