using System;
using System.IO;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// sys.stdout / sys.stderr / sys.stdin: a text stream over a .NET Stream, UTF-8 with
/// "\n" newlines. stdout is block-buffered unless -u or interactive; stderr is
/// line-buffered; both are flushed at exit (CPython's io.TextIOWrapper behaviour).
/// </summary>
[PyType("_io.TextIOWrapper")]
public sealed partial class TextStream : PyObject
{
    readonly Stream _stream;
    readonly StringBuilder _pending = new();
    readonly bool _lineBuffered;
    readonly string _name;
    readonly int _fileno;
    StreamReader? _reader;

    public TextStream(Stream stream, string name, int fileno, bool lineBuffered) : base(Type)
    {
        _stream = stream;
        _name = name;
        _fileno = fileno;
        _lineBuffered = lineBuffered;
    }

    /// <summary>Write text; 0, or -1 with an exception set.</summary>
    public int Write(string s)
    {
        _pending.Append(s);
        if (_pending.Length > 8192 || _lineBuffered && s.Contains('\n')) return Flush();
        return 0;
    }

    /// <summary>UnicodeEncodeError('utf-8', text, i, i + 1, 'surrogates not allowed') for the lone surrogate at char index <paramref name="badIndex"/>.</summary>
    static void RaiseSurrogateError(string text, int badIndex)
    {
        var obj = PyUnicode.FromString(text);
        int start = badIndex;
        for (int i = 0; i < badIndex; i++)
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { start--; i++; }
        var args = PyTuple.FromStolen([PyUnicode.FromString("utf-8"), obj, PyLong.FromLong(start), PyLong.FromLong(start + 1),
            PyUnicode.FromString("surrogates not allowed")]);
        Errors.SetObject(PyExc.UnicodeEncodeError, args);
        Py.DECREF(args);
    }

    public int Flush()
    {
        if (_pending.Length == 0) return 0;
        var text = _pending.ToString();
        _pending.Clear();
        try
        {
            var bytes = Utf8Strict(text, out int badIndex);
            if (bytes == null)
            {
                RaiseSurrogateError(text, badIndex);
                return -1;
            }
            _stream.Write(bytes, 0, bytes.Length);
            _stream.Flush();
        }
        catch (IOException e)
        {
            Errors.SetString(PyExc.OSError, e.Message);
            return -1;
        }
        return 0;
    }

    static byte[]? Utf8Strict(string s, out int badIndex)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) { badIndex = i; return null; }
        }
        badIndex = -1;
        return Encoding.UTF8.GetBytes(s);
    }

    /// <summary>Read one line (with its newline); "" at end of file.</summary>
    public string ReadLine()
    {
        _reader ??= new StreamReader(_stream, new UTF8Encoding(false));
        var sb = new StringBuilder();
        while (true)
        {
            int c = _reader.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    [PyMethod("write")]
    static PyObject? WriteMethod(TextStream self, PyUnicode text)
        => self.Write(text.Value) < 0 ? null : PyLong.FromLong(text.Value.Length);

    [PyMethod("flush")]
    static PyObject? FlushMethod(TextStream self) => self.Flush() < 0 ? null : Py.NewRef(PyNone.None);

    [PyMethod("readline")]
    static PyObject? ReadLineMethod(TextStream self, long size = -1) => PyUnicode.FromString(self.ReadLine());

    [PyMethod("fileno")]
    static long FilenoMethod(TextStream self) => self._fileno;

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
        => PyUnicode.FromString($"<_io.TextIOWrapper name='{((TextStream)self)._name}' mode='{(((TextStream)self)._fileno == 0 ? "r" : "w")}' encoding='utf-8'>");
}
