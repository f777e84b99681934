using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `marshal` module (Python/marshal.c): CPython's serialization of code objects and the
/// values they are made of, versions 0 to 5, byte for byte as CPython writes it.
/// </summary>
[PyModule("marshal")]
public static partial class MarshalModule
{
    /// <summary>Py_MARSHAL_VERSION.</summary>
    public const int Version = 5;

    [PyConstant("version")] static PyObject VersionConstant => PyLong.FromLong(Version);

    [PyMethod("dumps", Doc = "Return the bytes object that would be written to a file by dump(value, file).")]
    static PyObject? Dumps(PyObject value, int version = Version, [KeywordOnly] bool allow_code = true)
    {
        var data = MarshalWriter.WriteObjectToBytes(value, version, allow_code);
        return data == null ? null : PyBytes.FromBytes(data);
    }

    [PyMethod("loads", Doc = "Convert the bytes-like object to a value.")]
    static PyObject? Loads(BufferArg bytes, [KeywordOnly] bool allow_code = true)
        => MarshalReader.ReadObjectFromBytes(bytes.Span.ToArray(), allow_code);

    [PyMethod("dump", Doc = "Write the value on the open file.")]
    static PyObject? Dump(PyObject value, PyObject file, int version = Version, [KeywordOnly] bool allow_code = true)
    {
        var data = MarshalWriter.WriteObjectToBytes(value, version, allow_code);
        if (data == null) return null;
        var b = PyBytes.FromBytes(data);
        // The result of file.write(), as CPython returns it.
        var r = Calls.CallMethod(file, "write", b);
        Py.DECREF(b);
        return r;
    }

    [PyMethod("load", Doc = "Read one value from the open file and return it.")]
    static PyObject? Load(PyObject file, [KeywordOnly] bool allow_code = true)
    {
        // A zero-byte read first: the file must have a read() that returns bytes.
        var zero = PyLong.FromLong(0);
        var data = Calls.CallMethod(file, "read", zero);
        Py.DECREF(zero);
        if (data == null) return null;
        bool isBytes = data is PyBytes;
        string typeName = data.ob_type.tp_name;
        Py.DECREF(data);
        if (!isBytes) return Errors.SetString(PyExc.TypeError, $"file.read() returned not bytes but {typeName}");
        return MarshalReader.ReadObjectFromFile(file, allow_code);
    }
}
