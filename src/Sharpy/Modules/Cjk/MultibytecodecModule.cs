using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// `_multibytecodec` (Modules/cjkcodecs/multibytecodec.c): the codec object and the stateful
/// bases of the CJK codecs in Lib/encodings. The `_codecs_*` modules' getcodec makes the
/// MultibyteCodec objects directly; __create_codec, which takes CPython's codec capsule,
/// has no capsule to accept here.
/// </summary>
[PyModule("_multibytecodec")]
public static partial class MultibytecodecModule
{
    [PyMethod("__create_codec")]
    static PyObject? CreateCodec(PyObject module, PyObject arg) => Errors.SetString(PyExc.ValueError, "argument type invalid");

    static void InitModule(PyModule m)
    {
        m.Add("MultibyteIncrementalEncoder", Py.NewRef(MultibyteIncrementalEncoder.Type));
        m.Add("MultibyteIncrementalDecoder", Py.NewRef(MultibyteIncrementalDecoder.Type));
        m.Add("MultibyteStreamReader", Py.NewRef(MultibyteStreamReader.Type));
        m.Add("MultibyteStreamWriter", Py.NewRef(MultibyteStreamWriter.Type));
    }
}
