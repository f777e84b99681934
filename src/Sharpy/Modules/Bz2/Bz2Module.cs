using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Bz2;

/// <summary>The `_bz2` module (Modules/_bz2module.c): BZ2Compressor and BZ2Decompressor over the system libbzip2.</summary>
[PyModule("_bz2")]
public static partial class Bz2Module
{
    [PyConstant("BZ2Compressor")] static PyObject CompressorType => Py.NewRef(Bz2Compressor.Type);
    [PyConstant("BZ2Decompressor")] static PyObject DecompressorType => Py.NewRef(Bz2Decompressor.Type);
}
