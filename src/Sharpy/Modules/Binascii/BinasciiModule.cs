using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Binascii;

/// <summary>
/// The `binascii` module (Modules/binascii.c): hex, base64, uu and quoted-printable, crc32
/// and crc_hqx, with binascii.Error and binascii.Incomplete.
/// </summary>
[PyModule("binascii", Doc = "Conversion between binary data and ASCII")]
public static partial class BinasciiModule
{
    static int InitModule(PyModule m)
    {
        var error = Errors.NewException("binascii", "Error", PyExc.ValueError);
        if (error == null) return -1;
        var incomplete = Errors.NewException("binascii", "Incomplete", PyExc.Exception);
        if (incomplete == null) { Py.DECREF(error); return -1; }
        ModuleState<BinasciiState>.Set(Interpreter.Current, new BinasciiState(error, incomplete));
        if (m.Add("Error", Py.NewRef(error)) < 0) return -1;
        return m.Add("Incomplete", Py.NewRef(incomplete));
    }

    static PyObject? Error(string message) => Errors.SetString(BinasciiState.Get().Error, message);
}

/// <summary>binascii's module state: its two exception classes.</summary>
internal sealed class BinasciiState(PyType error, PyType incomplete)
{
    public readonly PyType Error = error;
    public readonly PyType Incomplete = incomplete;

    public static BinasciiState Get() => ModuleState<BinasciiState>.Get();
}

/// <summary>
/// ascii_buffer_converter: the a2b_* functions' input, a bytes-like object or an ASCII-only
/// str ("string argument should contain only ASCII characters").
/// </summary>
public readonly struct AsciiData : IArgConverter<AsciiData>, IArgCleanup
{
    readonly byte[]? _bytes;
    readonly PyBuffer? _view;

    AsciiData(byte[]? bytes, PyBuffer? view)
    {
        _bytes = bytes;
        _view = view;
    }

    public ReadOnlySpan<byte> Span => _view != null ? _view.Span : _bytes;

    public static bool Convert(PyObject arg, in ArgContext c, out AsciiData value)
    {
        value = default;
        if (arg is PyUnicode u)
        {
            var s = u.Value;
            var b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] > 0x7f)
                {
                    Errors.SetString(PyExc.ValueError, "string argument should contain only ASCII characters");
                    return false;
                }
                b[i] = (byte)s[i];
            }
            value = new AsciiData(b, null);
            return true;
        }
        if (arg is PyBytes bytes)
        {
            value = new AsciiData(bytes.Value, null);
            return true;
        }
        if (!PyBuffer.Check(arg))
        {
            Errors.SetString(PyExc.TypeError, $"argument should be bytes, buffer or ASCII string, not '{arg.ob_type.tp_name}'");
            return false;
        }
        var view = PyBuffer.GetContiguous(arg);
        if (view == null) return false;
        value = new AsciiData(null, view);
        return true;
    }

    public void Release() => _view?.Release();
}
