using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>The `_io` module (Modules/_io/_iomodule.c): open(), the types, UnsupportedOperation.</summary>
[PyModule("_io")]
public static partial class IoModule
{
    [PyConstant] public const int DEFAULT_BUFFER_SIZE = 128 * 1024;

    [PyConstant("BlockingIOError")] static PyObject BlockingIOError => Py.NewRef(PyExc.BlockingIOError);
    [PyConstant("_IOBase")] static PyObject IOBaseType => Py.NewRef(PyIOBase.Type);
    [PyConstant("_RawIOBase")] static PyObject RawIOBaseType => Py.NewRef(PyRawIOBase.Type);
    [PyConstant("_BufferedIOBase")] static PyObject BufferedIOBaseType => Py.NewRef(PyBufferedIOBase.Type);
    [PyConstant("_TextIOBase")] static PyObject TextIOBaseType => Py.NewRef(PyTextIOBase.Type);
    [PyConstant("FileIO")] static PyObject FileIOType => Py.NewRef(PyFileIO.Type);
    [PyConstant("BytesIO")] static PyObject BytesIOType => Py.NewRef(PyBytesIO.Type);
    [PyConstant("StringIO")] static PyObject StringIOType => Py.NewRef(PyStringIO.Type);
    [PyConstant("BufferedReader")] static PyObject BufferedReaderType => Py.NewRef(PyBufferedReader.Type);
    [PyConstant("BufferedWriter")] static PyObject BufferedWriterType => Py.NewRef(PyBufferedWriter.Type);
    [PyConstant("BufferedRandom")] static PyObject BufferedRandomType => Py.NewRef(PyBufferedRandom.Type);
    [PyConstant("BufferedRWPair")] static PyObject BufferedRWPairType => Py.NewRef(PyBufferedRWPair.Type);
    [PyConstant("TextIOWrapper")] static PyObject TextIOWrapperType => Py.NewRef(PyTextIOWrapper.Type);
    [PyConstant("_BytesIOBuffer")] static PyObject BytesIOBufferType => Py.NewRef(PyBytesIOBuffer.Type);
    [PyConstant("IncrementalNewlineDecoder")] static PyObject NewlineDecoderType => Py.NewRef(PyIncrementalNewlineDecoder.Type);

    static int InitModule(PyModule m)
    {
        var interp = Interpreter.Current;
        if (interp.IoUnsupportedOperation == null)
        {
            // UnsupportedOperation inherits from OSError and ValueError.
            var name = PyUnicode.FromString("UnsupportedOperation");
            var bases = PyTuple.Pack(PyExc.OSError, PyExc.ValueError);
            var ns = PyDict.New();
            ns.SetItemString("__module__", PyUnicode.Intern("io"));
            var t = Calls.CallArgs(PyType.Type, name, bases, ns);
            Py.DECREF(name);
            Py.DECREF(bases);
            Py.DECREF(ns);
            if (t == null) return -1;
            interp.IoUnsupportedOperation = (PyType)t;
        }
        return m.Dict.SetItemString("UnsupportedOperation", interp.IoUnsupportedOperation);
    }

    /// <summary>Whether UTF-8 mode is on (PEP 540): -X utf8 or PYTHONUTF8=1, else whether start-up's LC_CTYPE locale is C or POSIX.</summary>
    internal static bool Utf8Mode => Interpreter.Config.Utf8Mode >= 0 ? Interpreter.Config.Utf8Mode == 1 : s_cLocaleAtStart;

    static bool s_cLocaleAtStart;

    /// <summary>Start-up, before the standard streams: LC_CTYPE from the environment, as CPython's preinitialization sets it.</summary>
    internal static void InitLocale() => s_cLocaleAtStart = LocaleModule.SetCtypeFromEnvironment() is "C" or "POSIX";

    /// <summary>
    /// The locale's encoding (_Py_GetLocaleEncoding): "utf-8" in UTF-8 mode, else the codeset
    /// of the LC_CTYPE locale ("UTF-8" under C.UTF-8).
    /// </summary>
    internal static string LocaleEncoding() => Utf8Mode ? "utf-8" : LocaleModule.Codeset() is { Length: > 0 } cs ? cs : "utf-8";

    [PyMethod("text_encoding")]
    static PyObject? TextEncoding(PyObject encoding, int stacklevel = 2)
    {
        if (encoding != Py.None) return Py.NewRef(encoding);
        if (Interpreter.Config.WarnDefaultEncoding && Warnings.WarnEx(PyExc.EncodingWarning, "'encoding' argument not specified", stacklevel) < 0)
            return null;
        return PyUnicode.FromString(Utf8Mode ? "utf-8" : "locale");
    }

    [PyMethod("open_code")]
    static PyObject? OpenCode([Keyword] PyUnicode path)
    {
        return Open(path, "rb");
    }

    /// <summary>A file descriptor rather than a path: an integer (__index__).</summary>
    static bool NumberCheck(PyObject o) => o.ob_type.nb_index != null;

    [PyMethod("open", TextSignature = "($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)")]
    internal static PyObject? Open([Keyword] PyObject file, [Keyword] string mode = "r", [Keyword] int buffering = -1,
        [Keyword] string? encoding = null, [Keyword] string? errors = null, [Keyword] string? newline = null,
        [Keyword] bool closefd = true, [Keyword] PyObject? opener = null)
    {
        PyObject pathOrFd;
        bool isNumber = NumberCheck(file);
        if (isNumber) pathOrFd = Py.NewRef(file);
        else
        {
            var p = PathArg.FsPath(file);
            if (p == null) return null;
            pathOrFd = p;
        }
        if (!isNumber && pathOrFd is not PyUnicode && pathOrFd is not PyBytes)
        {
            Py.DECREF(pathOrFd);
            return Errors.SetString(PyExc.TypeError, $"invalid file: {Abstract.ReprString(file)}");
        }
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.Length; i++)
        {
            char c = mode[i];
            bool ok = true;
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
                default: ok = false; break;
            }
            if (!ok || mode.IndexOf(c, i + 1) >= 0 || c == '\0')
            {
                Py.DECREF(pathOrFd);
                return Errors.SetString(PyExc.ValueError, $"invalid mode: '{mode}'");
            }
        }
        string rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        string? err = null;
        if (text && binary) err = "can't have text and binary mode at once";
        else if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) err = "must have exactly one of create/read/write/append mode";
        else if (binary && encoding != null) err = "binary mode doesn't take an encoding argument";
        else if (binary && errors != null) err = "binary mode doesn't take an errors argument";
        else if (binary && newline != null) err = "binary mode doesn't take a newline argument";
        if (err != null)
        {
            Py.DECREF(pathOrFd);
            return Errors.SetString(PyExc.ValueError, err);
        }
        if (binary && buffering == 1 && Warnings.WarnEx(PyExc.RuntimeWarning,
                "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", 1) < 0)
        {
            Py.DECREF(pathOrFd);
            return null;
        }
        var rawmodeObj = PyUnicode.FromString(rawmode);
        var raw = Calls.CallArgs(PyFileIO.Type, pathOrFd, rawmodeObj, Py.NewBool(closefd), opener ?? Py.None);
        Py.DECREF(rawmodeObj);
        Py.DECREF(pathOrFd);
        if (raw == null) return null;
        PyObject result = raw;
        bool lineBuffering = false, isatty = false;
        if (buffering < 0)
        {
            var r = Calls.CallMethod(raw, "_isatty_open_only");
            if (r == null) return OpenFailed(result);
            int t = Abstract.IsTrue(r);
            Py.DECREF(r);
            if (t < 0) return OpenFailed(result);
            isatty = t > 0;
        }
        if (buffering == 1 || isatty) { buffering = -1; lineBuffering = true; }
        if (buffering < 0)
        {
            var bs = Abstract.GetAttr(raw, "_blksize");
            if (bs == null) return OpenFailed(result);
            long v = Abstract.AsSsize(bs, PyExc.OverflowError);
            Py.DECREF(bs);
            if (v == -1 && Errors.Occurred()) return OpenFailed(result);
            buffering = (int)v;
        }
        if (buffering < 0)
        {
            Errors.SetString(PyExc.ValueError, "invalid buffering size");
            return OpenFailed(result);
        }
        if (buffering == 0)
        {
            if (binary) return result;
            Errors.SetString(PyExc.ValueError, "can't have unbuffered text I/O");
            return OpenFailed(result);
        }
        PyType bufferedClass = updating ? PyBufferedRandom.Type
            : creating || writing || appending ? PyBufferedWriter.Type
            : reading ? PyBufferedReader.Type : null!;
        if (bufferedClass == null)
        {
            Errors.SetString(PyExc.ValueError, $"unknown mode: '{mode}'");
            return OpenFailed(result);
        }
        var bufsize = PyLong.FromLong(buffering);
        var buffer = Calls.CallArgs(bufferedClass, raw, bufsize);
        Py.DECREF(bufsize);
        if (buffer == null) return OpenFailed(result);
        result = buffer;
        Py.DECREF(raw);
        if (binary) return result;
        var encObj = encoding != null ? PyUnicode.FromString(encoding) : (PyObject)Py.None;
        var errObj = errors != null ? PyUnicode.FromString(errors) : (PyObject)Py.None;
        var nlObj = newline != null ? PyUnicode.FromString(newline) : (PyObject)Py.None;
        var wrapper = Calls.CallArgs(PyTextIOWrapper.Type, buffer, encObj, errObj, nlObj, Py.NewBool(lineBuffering));
        Py.DECREF(encObj);
        Py.DECREF(errObj);
        Py.DECREF(nlObj);
        if (wrapper == null) return OpenFailed(result);
        result = wrapper;
        Py.DECREF(buffer);
        var modeObj = PyUnicode.FromString(mode);
        int set = Abstract.SetAttr(wrapper, PyUnicode.Intern("mode"), modeObj);
        Py.DECREF(modeObj);
        if (set < 0) return OpenFailed(result);
        return result;
    }

    /// <summary>open()'s error path: close what was made so far, chaining the close's error, and drop it.</summary>
    static PyObject? OpenFailed(PyObject result)
    {
        var exc = Errors.GetRaisedException();
        var r = Calls.CallMethod(result, "close");
        Py.DECREF(result);
        if (r != null) { Py.DECREF(r); Errors.SetRaisedException(exc); return null; }
        Errors.ChainExceptions(exc);
        return null;
    }

}
