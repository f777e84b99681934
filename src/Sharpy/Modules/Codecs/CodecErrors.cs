using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// _Py_error_handler: the error handlers a codec applies inline by name (the results are
/// those of the registered functions); any other name is looked up in the registry.
/// </summary>
public enum ErrorHandlerKind { Strict, SurrogateEscape, Replace, Ignore, BackslashReplace, SurrogatePass, XmlCharRefReplace, Other }

public static class ErrorHandlerNames
{
    /// <summary>_Py_GetErrorHandler; null is "strict".</summary>
    public static ErrorHandlerKind Kind(string? errors) => errors switch
    {
        null or "strict" => ErrorHandlerKind.Strict,
        "surrogateescape" => ErrorHandlerKind.SurrogateEscape,
        "replace" => ErrorHandlerKind.Replace,
        "ignore" => ErrorHandlerKind.Ignore,
        "backslashreplace" => ErrorHandlerKind.BackslashReplace,
        "surrogatepass" => ErrorHandlerKind.SurrogatePass,
        "xmlcharrefreplace" => ErrorHandlerKind.XmlCharRefReplace,
        _ => ErrorHandlerKind.Other,
    };
}

/// <summary>
/// The error state of one encode call (unicodeobject.c's errorHandler/exc pair): the
/// UnicodeEncodeError is made on the first error and updated for the later ones, the
/// handler function looked up once. <see cref="Release"/> drops both.
/// </summary>
public sealed class EncodeErrors(string encoding, string? errors, PyUnicode input)
{
    public readonly ErrorHandlerKind Kind = ErrorHandlerNames.Kind(errors);
    readonly string _encoding = encoding;
    readonly string? _errors = errors;
    readonly PyUnicode _input = input;
    PyObject? _handler;
    PyUnicodeEncodeError? _exc;

    public string Encoding => _encoding;

    /// <summary>make_encode_exception: the exception for [start, end), made or updated; null on error.</summary>
    PyUnicodeEncodeError? Exception(int start, int end, string reason)
    {
        if (_exc == null)
        {
            var enc = PyUnicode.FromString(_encoding);
            var r = PyUnicode.FromString(reason);
            var st = PyLong.FromLong(start);
            var en = PyLong.FromLong(end);
            var e = Calls.CallArgs(PyExc.UnicodeEncodeError, enc, _input, st, en, r);
            Py.DECREF(enc); Py.DECREF(r); Py.DECREF(st); Py.DECREF(en);
            if (e == null) return null;
            _exc = (PyUnicodeEncodeError)e;
            return _exc;
        }
        _exc.Start = start;
        _exc.End = end;
        Py.SETREF(ref _exc.Reason, PyUnicode.FromString(reason));
        return _exc;
    }

    /// <summary>raise_encode_exception: raise UnicodeEncodeError for [start, end).</summary>
    public void Raise(int start, int end, string reason)
    {
        var e = Exception(start, end, reason);
        if (e != null) Errors.SetObject(e.ob_type, e);
    }

    /// <summary>
    /// unicode_encode_call_errorhandler: call the registered handler for [start, end); its
    /// replacement (str or bytes, a new reference) and the position to resume at, or null.
    /// </summary>
    public PyObject? Call(int start, int end, string reason, out int newPos)
    {
        newPos = 0;
        if (_handler == null)
        {
            _handler = CodecRegistry.LookupError(_errors);
            if (_handler == null) return null;
        }
        var exc = Exception(start, end, reason);
        if (exc == null) return null;
        var res = Calls.CallOneArg(_handler, exc);
        if (res == null) return null;
        if (res is not PyTuple t || t.Count != 2 || t.Items[0] is not (PyUnicode or PyBytes) || t.Items[1] is not PyLong)
        {
            Py.DECREF(res);
            return Errors.SetString(PyExc.TypeError, "encoding error handler must return (str/bytes, int) tuple");
        }
        if (!ArgParse.ToSsize(t.Items[1], out long pos)) { Py.DECREF(res); return null; }
        if (pos < 0) pos += _input.Length;
        if (pos < 0 || pos > _input.Length)
        {
            Py.DECREF(res);
            return Errors.SetString(PyExc.IndexError, $"position {pos} from error handler out of bounds");
        }
        newPos = (int)pos;
        var rep = Py.NewRef(t.Items[0]);
        Py.DECREF(res);
        return rep;
    }

    /// <summary>
    /// Call the handler and append its replacement: bytes as they are, a str only if every
    /// character is below <paramref name="limit"/> (else the original error is raised).
    /// The position to resume at, or -1.
    /// </summary>
    public int CallAndAppend(ByteWriter output, int start, int end, string reason, int limit)
    {
        var rep = Call(start, end, reason, out int newPos);
        if (rep == null) return -1;
        if (rep is PyBytes b) output.Append(b.Value);
        else
        {
            var s = (PyUnicode)rep;
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] >= limit)
                {
                    Py.DECREF(rep);
                    Raise(start, end, reason);
                    return -1;
                }
                output.Append((byte)s[i]);
            }
        }
        Py.DECREF(rep);
        return newPos;
    }

    public void Release()
    {
        Py.CLEAR(ref _handler);
        Py.XDECREF(_exc);
        _exc = null;
    }
}

/// <summary>
/// The error state of one decode call: the UnicodeDecodeError (whose object is the input
/// as bytes) and the handler. A handler may replace the exception's object; the decoder
/// then continues on the new bytes, as CPython's unicode_decode_call_errorhandler_writer.
/// </summary>
public sealed class DecodeErrors(string encoding, string? errors, PyObject? inputBytes)
{
    public readonly ErrorHandlerKind Kind = ErrorHandlerNames.Kind(errors);
    readonly string _encoding = encoding;
    readonly string? _errors = errors;
    /// <summary>The input as a bytes object when the caller has one (borrowed); else made from the data on the first error.</summary>
    readonly PyObject? _inputBytes = inputBytes;
    PyObject? _handler;
    PyUnicodeDecodeError? _exc;

    public string Encoding => _encoding;

    PyUnicodeDecodeError? Exception(ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        if (_exc == null)
        {
            var enc = PyUnicode.FromString(_encoding);
            var r = PyUnicode.FromString(reason);
            var st = PyLong.FromLong(start);
            var en = PyLong.FromLong(end);
            var obj = _inputBytes is PyBytes ib ? Py.NewRef(ib) : PyBytes.FromSpan(data);
            var e = Calls.CallArgs(PyExc.UnicodeDecodeError, enc, obj, st, en, r);
            Py.DECREF(enc); Py.DECREF(r); Py.DECREF(st); Py.DECREF(en); Py.DECREF(obj);
            if (e == null) return null;
            _exc = (PyUnicodeDecodeError)e;
            return _exc;
        }
        _exc.Start = start;
        _exc.End = end;
        Py.SETREF(ref _exc.Reason, PyUnicode.FromString(reason));
        return _exc;
    }

    /// <summary>Raise UnicodeDecodeError for [start, end) of the data.</summary>
    public void Raise(ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        var e = Exception(data, start, end, reason);
        if (e != null) Errors.SetObject(e.ob_type, e);
    }

    /// <summary>
    /// Handle the undecodable bytes [start, end): append the replacement to
    /// <paramref name="output"/> and return the position to resume at (in
    /// <paramref name="data"/>, which the handler may have replaced), or -1 with an exception set.
    /// </summary>
    public int Handle(ref ReadOnlySpan<byte> data, int start, int end, string reason, UnicodeWriter output)
    {
        switch (Kind)
        {
            case ErrorHandlerKind.Strict:
                Raise(data, start, end, reason);
                return -1;
            case ErrorHandlerKind.Ignore:
                return end;
            case ErrorHandlerKind.Replace:
                output.AppendCodePoint(0xFFFD);
                return end;
            case ErrorHandlerKind.BackslashReplace:
                for (int k = start; k < end; k++) output.AppendAscii("\\x" + data[k].ToString("x2"));
                return end;
            case ErrorHandlerKind.SurrogateEscape:
                if (data[start..end].IndexOfAnyInRange((byte)0, (byte)0x7F) >= 0) break; // the handler refuses ASCII
                for (int k = start; k < end; k++) output.AppendCodePoint(0xDC00 + data[k]);
                return end;
        }
        return Call(ref data, start, end, reason, output);
    }

    int Call(ref ReadOnlySpan<byte> data, int start, int end, string reason, UnicodeWriter output)
    {
        if (_handler == null)
        {
            _handler = CodecRegistry.LookupError(_errors);
            if (_handler == null) return -1;
        }
        var exc = Exception(data, start, end, reason);
        if (exc == null) return -1;
        var res = Calls.CallOneArg(_handler, exc);
        if (res == null) return -1;
        if (res is not PyTuple t || t.Count != 2 || t.Items[0] is not PyUnicode rep || t.Items[1] is not PyLong)
        {
            Py.DECREF(res);
            Errors.SetString(PyExc.TypeError, "decoding error handler must return (str, int) tuple");
            return -1;
        }
        if (!ArgParse.ToSsize(t.Items[1], out long pos)) { Py.DECREF(res); return -1; }
        // The handler may have replaced the input.
        if (exc.Object is not PyBytes input)
        {
            Py.DECREF(res);
            Errors.SetString(PyExc.TypeError, "exception attribute object must be bytes");
            return -1;
        }
        if (!ReferenceEquals(input, _inputBytes)) data = input.Value;
        if (pos < 0) pos += data.Length;
        if (pos < 0 || pos > data.Length)
        {
            Py.DECREF(res);
            Errors.SetString(PyExc.IndexError, $"position {pos} from error handler out of bounds");
            return -1;
        }
        output.Append(rep);
        Py.DECREF(res);
        return (int)pos;
    }

    public void Release()
    {
        Py.CLEAR(ref _handler);
        Py.XDECREF(_exc);
        _exc = null;
    }
}
