using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// The codec registry (Python/codecs.c): the search functions, the cache of their results
/// by normalized name, and the error-handler registry, all in the interpreter state. The
/// first use registers the built-in error handlers and imports the `encodings` package,
/// whose search function finds the codecs in Lib/encodings.
/// </summary>
public static class CodecRegistry
{
    /// <summary>_PyCodecRegistry_Init: 0, or -1 with an exception set (only one try is made).</summary>
    static int EnsureInit(InterpreterState interp)
    {
        if (interp.CodecSearchPath != null) return 0;
        interp.CodecSearchPath = PyList.New();
        interp.CodecSearchCache = PyDict.New();
        interp.CodecErrorRegistry = PyDict.New();
        foreach (var (name, func) in ErrorHandlers.Create())
        {
            int r = interp.CodecErrorRegistry.SetItemString(name, func);
            Py.DECREF(func);
            if (r < 0) return -1;
        }
        var mod = Import.ImportModule("encodings");
        if (mod == null) return -1;
        Py.DECREF(mod);
        return 0;
    }

    /// <summary>PyCodec_Register.</summary>
    public static int Register(PyObject searchFunction)
    {
        var interp = Interpreter.Current;
        if (EnsureInit(interp) < 0) return -1;
        if (searchFunction.ob_type.tp_call == null)
        {
            Errors.SetString(PyExc.TypeError, "argument must be callable");
            return -1;
        }
        interp.CodecSearchPath!.Append(searchFunction);
        return 0;
    }

    /// <summary>PyCodec_Unregister: remove the function (by identity) and clear the cache.</summary>
    public static int Unregister(PyObject searchFunction)
    {
        var interp = Interpreter.Current;
        var path = interp.CodecSearchPath;
        if (path == null) return 0;
        for (int i = 0; i < path.Count; i++)
        {
            if (path.Items[i] != searchFunction) continue;
            interp.CodecSearchCache?.Clear();
            var item = path.Items[i];
            Array.Copy(path.Items, i + 1, path.Items, i, path.Count - i - 1);
            path.Count--;
            path.Items[path.Count] = null!;
            Py.DECREF(item);
            return 0;
        }
        return 0;
    }

    /// <summary>
    /// _Py_normalize_encoding: ASCII letters lowered, runs of anything but ASCII letters,
    /// digits and '.' become one '_' (none at the start or end): " UTF  8 " is "utf_8".
    /// </summary>
    public static string Normalize(string encoding)
    {
        var sb = new System.Text.StringBuilder(encoding.Length);
        bool punct = false;
        foreach (char c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                punct = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else punct = true;
        }
        return sb.ToString();
    }

    /// <summary>_PyCodec_Lookup: the CodecInfo (a 4-tuple or a subclass) for the encoding, a new reference; null with LookupError.</summary>
    public static PyObject? Lookup(string encoding)
    {
        var interp = Interpreter.Current;
        if (EnsureInit(interp) < 0) return null;
        var key = PyUnicode.FromString(Normalize(encoding));
        try
        {
            var cached = interp.CodecSearchCache!.GetItemWithError(key);
            if (cached != null) return Py.NewRef(cached);
            if (Errors.Occurred()) return null;
            var path = interp.CodecSearchPath!;
            if (path.Count == 0)
                return Errors.SetString(PyExc.LookupError, "no codec search functions registered: can't find encoding");
            for (int i = 0; i < path.Count; i++)
            {
                var func = Py.NewRef(path.Items[i]);
                var result = Calls.CallOneArg(func, key);
                Py.DECREF(func);
                if (result == null) return null;
                if (result == Py.None) continue;
                if (result is not PyTuple t || t.Count != 4)
                {
                    Py.DECREF(result);
                    return Errors.SetString(PyExc.TypeError, "codec search functions must return 4-tuples");
                }
                if (interp.CodecSearchCache.SetItem(key, result) < 0)
                {
                    Py.DECREF(result);
                    return null;
                }
                return result;
            }
            return Errors.SetString(PyExc.LookupError, $"unknown encoding: {encoding}");
        }
        finally
        {
            Py.DECREF(key);
        }
    }

    /// <summary>_codecs._forget_codec: drop the cached lookup of the encoding.</summary>
    public static int ForgetCodec(string encoding)
    {
        var cache = Interpreter.Current.CodecSearchCache;
        if (cache == null) return 0;
        var key = PyUnicode.FromString(Normalize(encoding));
        var r = cache.Pop(key, raiseMissing: false);
        Py.DECREF(key);
        if (r == null) return Errors.Occurred() ? -1 : 0;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>An item of the encoding's CodecInfo (0 encoder, 1 decoder ...), a new reference.</summary>
    static PyObject? GetItem(string encoding, int index)
    {
        var codec = Lookup(encoding);
        if (codec == null) return null;
        var v = Py.NewRef(((PyTuple)codec).Items[index]);
        Py.DECREF(codec);
        return v;
    }

    /// <summary>
    /// _PyCodecInfo_GetIncrementalDecoder / Encoder (codec_makeincrementalcodec): the
    /// CodecInfo's incrementaldecoder or incrementalencoder called with errors (or nothing for null).
    /// What TextIOWrapper uses; a new reference or null.
    /// </summary>
    public static PyObject? MakeIncrementalCodec(PyObject codecInfo, string? errors, bool decoder)
    {
        var factory = Abstract.GetAttr(codecInfo, PyUnicode.Intern(decoder ? "incrementaldecoder" : "incrementalencoder"));
        if (factory == null) return null;
        PyObject? r;
        if (errors == null) r = Calls.CallNoArgs(factory);
        else
        {
            var e = PyUnicode.FromString(errors);
            r = Calls.CallOneArg(factory, e);
            Py.DECREF(e);
        }
        Py.DECREF(factory);
        return r;
    }

    /// <summary>PyCodec_Encode (codecs.encode): any codec, any result type.</summary>
    public static PyObject? Encode(PyObject obj, string encoding, string? errors)
    {
        var encoder = GetItem(encoding, 0);
        return encoder == null ? null : CallCodec(obj, encoder, encoding, errors, encoding: true);
    }

    /// <summary>PyCodec_Decode (codecs.decode).</summary>
    public static PyObject? Decode(PyObject obj, string encoding, string? errors)
    {
        var decoder = GetItem(encoding, 1);
        return decoder == null ? null : CallCodec(obj, decoder, encoding, errors, encoding: false);
    }

    /// <summary>_PyCodec_EncodeText: a text encoding's encoder (str.encode after its fast paths).</summary>
    public static PyObject? EncodeText(PyObject obj, string encoding, string? errors)
    {
        var encoder = GetTextItem(encoding, "codecs.encode()", 0);
        return encoder == null ? null : CallCodec(obj, encoder, encoding, errors, encoding: true);
    }

    /// <summary>_PyCodec_DecodeText: a text encoding's decoder (bytes.decode after its fast paths).</summary>
    public static PyObject? DecodeText(PyObject obj, string encoding, string? errors)
    {
        var decoder = GetTextItem(encoding, "codecs.decode()", 1);
        return decoder == null ? null : CallCodec(obj, decoder, encoding, errors, encoding: false);
    }

    /// <summary>
    /// _PyCodec_LookupTextEncoding: the CodecInfo, unless its _is_text_encoding says it is
    /// not a text encoding (rot13, hex, base64 ...): LookupError naming the alternative.
    /// </summary>
    public static PyObject? LookupTextEncoding(string encoding, string alternateCommand)
    {
        var codec = Lookup(encoding);
        if (codec == null) return null;
        if (codec.ob_type == PyTuple.Type) return codec;
        if (Abstract.LookupAttr(codec, PyUnicode.Intern("_is_text_encoding"), out var attr) < 0)
        {
            Py.DECREF(codec);
            return null;
        }
        if (attr == null) return codec;
        int isText = Abstract.IsTrue(attr);
        Py.DECREF(attr);
        if (isText > 0) return codec;
        Py.DECREF(codec);
        if (isText == 0)
            Errors.SetString(PyExc.LookupError, $"'{encoding}' is not a text encoding; use {alternateCommand} to handle arbitrary codecs");
        return null;
    }

    static PyObject? GetTextItem(string encoding, string alternateCommand, int index)
    {
        var codec = LookupTextEncoding(encoding, alternateCommand);
        if (codec == null) return null;
        var v = Py.NewRef(((PyTuple)codec).Items[index]);
        Py.DECREF(codec);
        return v;
    }

    /// <summary>
    /// _PyCodec_EncodeInternal / _PyCodec_DecodeInternal: call the codec function (taking
    /// its reference) with (obj[, errors]) and return item 0 of the (result, length) tuple.
    /// A failure gets the note "encoding with 'x' codec failed".
    /// </summary>
    static PyObject? CallCodec(PyObject obj, PyObject func, string name, string? errors, bool encoding)
    {
        PyObject? result;
        if (errors == null) result = Calls.CallOneArg(func, obj);
        else
        {
            var e = PyUnicode.FromString(errors);
            result = Calls.CallTwoArgs(func, obj, e);
            Py.DECREF(e);
        }
        Py.DECREF(func);
        if (result == null)
        {
            AddNote($"{(encoding ? "encoding" : "decoding")} with '{name}' codec failed");
            return null;
        }
        if (result is not PyTuple t || t.Count != 2)
        {
            Py.DECREF(result);
            return Errors.SetString(PyExc.TypeError, encoding
                ? "encoder must return a tuple (object, integer)"
                : "decoder must return a tuple (object,integer)");
        }
        var v = Py.NewRef(t.Items[0]);
        Py.DECREF(result);
        return v;
    }

    /// <summary>_PyErr_FormatNote: a note on the exception being raised.</summary>
    static void AddNote(string text)
    {
        var exc = Errors.OccurredException();
        if (exc == null) return;
        var note = PyUnicode.FromString(text);
        ExceptionNotes.Add(exc, note);
        Py.DECREF(note);
    }

    /// <summary>
    /// A source file in a PEP 263 encoding the parser does not know itself, decoded by the
    /// registry's text codec and returned as UTF-8; null with the message of the SyntaxError
    /// ("unknown encoding: x", or the codec's error).
    /// </summary>
    public static byte[]? DecodeSource(string encoding, ReadOnlySpan<byte> source, out string? message)
    {
        message = null;
        if (Interpreter.Current == null)
        {
            message = $"unknown encoding: {encoding}";
            return null;
        }
        var bytes = PyBytes.FromSpan(source);
        var text = DecodeText(bytes, encoding, "strict");
        Py.DECREF(bytes);
        byte[]? utf8 = null;
        if (text is PyUnicode u) utf8 = u.AsUtf8();
        else if (text != null && !Errors.Occurred()) Errors.SetString(PyExc.TypeError, "decoder did not return a str");
        Py.XDECREF(text);
        if (utf8 != null) return utf8;
        var exc = Errors.GetRaisedException();
        var str = exc == null ? null : Abstract.Str(exc);
        message = str is PyUnicode s ? s.Value : null;
        // A codec that cannot be found (or no registry: the encodings package missing) is an unknown encoding.
        bool lookupFailed = exc != null && (Abstract.TypeCheck(exc, PyExc.ImportError)
            || (Abstract.TypeCheck(exc, PyExc.LookupError) && message?.Contains("is not a text encoding") != true));
        if (message == null || lookupFailed) message = $"unknown encoding: {encoding}";
        Py.XDECREF(str);
        Py.XDECREF(exc);
        Errors.Clear();
        return null;
    }

    /// <summary>PyCodec_RegisterError.</summary>
    public static int RegisterError(string name, PyObject handler)
    {
        var interp = Interpreter.Current;
        if (EnsureInit(interp) < 0) return -1;
        if (handler.ob_type.tp_call == null)
        {
            Errors.SetString(PyExc.TypeError, "handler must be callable");
            return -1;
        }
        return interp.CodecErrorRegistry!.SetItemString(name, handler);
    }

    /// <summary>_PyCodec_UnregisterError: 1 removed, 0 not registered, -1 with ValueError for a built-in handler.</summary>
    public static int UnregisterError(string name)
    {
        if (ErrorHandlers.IsBuiltinName(name))
        {
            Errors.SetString(PyExc.ValueError, $"cannot un-register built-in error handler '{name}'");
            return -1;
        }
        var registry = Interpreter.Current.CodecErrorRegistry;
        if (registry == null) return 0;
        var key = PyUnicode.FromString(name);
        var r = registry.Pop(key, raiseMissing: false);
        Py.DECREF(key);
        if (r == null) return Errors.Occurred() ? -1 : 0;
        Py.DECREF(r);
        return 1;
    }

    /// <summary>PyCodec_LookupError: the handler registered under the name ("strict" for null), a new reference.</summary>
    public static PyObject? LookupError(string? name)
    {
        var interp = Interpreter.Current;
        if (EnsureInit(interp) < 0) return null;
        name ??= "strict";
        var handler = interp.CodecErrorRegistry!.GetItemString(name);
        if (handler == null) return Errors.SetString(PyExc.LookupError, $"unknown error handler name '{name}'");
        return Py.NewRef(handler);
    }
}
