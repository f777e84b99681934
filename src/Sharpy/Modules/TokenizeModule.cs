using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `_tokenize` module (Python/Python-tokenize.c): the parser's own tokenizer for `tokenize`.</summary>
[PyModule("_tokenize")]
public static partial class TokenizeModule
{
    public static void InitModule(PyModule m) => m.Dict.SetItemString("TokenizerIter", TokenizerIter.Type);
}

/// <summary>
/// `_tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)`: the tokens of the
/// lines readline returns, as (type, string, (row, col), (end_row, end_col), line) tuples,
/// with character columns. Extra tokens (what `tokenize` asks for) adds COMMENT and NL and
/// reports operators as OP, as CPython's tokenizeriter_next does.
/// </summary>
[PyType("_tokenize.TokenizerIter")]
public sealed partial class TokenizerIter : PyObject
{
    // CPython's token numbers (Include/internal/pycore_token.h) for what the tokenizer makes.
    const int ENDMARKER = 0, NAME = 1, NEWLINE = 4, INDENT = 5, DEDENT = 6, OP = 55, TYPE_IGNORE = 56, TYPE_COMMENT = 57,
        FSTRING_START = 59, COMMENT = 65, NL = 66;

    static readonly ArgParse.Parser NewParser = new("TokenizerIter", 1, ["extra_tokens", "encoding"], 1, 1, 1);

    PyObject? _readline;
    readonly string? _encoding;
    readonly bool _extraTokens;
    Tokenizer? _tok;
    byte[] _buf = [];
    bool _implicitNewline, _done;
    int _lastLineno = -1;
    PyObject? _lastLine;

    TokenizerIter(PyType type, PyObject readline, bool extraTokens, string? encoding) : base(type)
    {
        _readline = Py.NewRef(readline);
        _extraTokens = extraTokens;
        _encoding = encoding;
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        if (_readline != null) visit(_readline);
        if (_lastLine != null) visit(_lastLine);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref _readline);
        Py.CLEAR(ref _lastLine);
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var buf = new PyObject?[3];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, buf)) return null;
        if (!ArgParse.ToBool(buf[1]!, out bool extra)) return null;
        string? encoding = null;
        if (buf[2] != null && !ArgParse.ToStr(buf[2]!, "TokenizerIter", "argument 'encoding'", out encoding!)) return null;
        return new TokenizerIter(type, buf[0]!, extra, encoding);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    /// <summary>
    /// Read every line from readline (until StopIteration or an empty line) into one UTF-8
    /// buffer. A last line without a newline gets one (the tokenizer's implicit newline).
    /// </summary>
    bool ReadSource()
    {
        var bytes = new List<byte>();
        for (;;)
        {
            var line = Calls.CallNoArgs(_readline!);
            if (line == null)
            {
                if (!Errors.ExceptionMatches(PyExc.StopIteration)) return false;
                Errors.Clear();
                break;
            }
            byte[]? chunk;
            if (_encoding != null)
            {
                if (line is not PyBytes b)
                {
                    Errors.SetString(PyExc.TypeError, $"readline() returned a non-bytes object");
                    Py.DECREF(line);
                    return false;
                }
                var encoding = PyUnicode.FromString(_encoding);
                var text = Calls.CallMethod(b, "decode", encoding);
                Py.DECREF(encoding);
                Py.DECREF(line);
                if (text == null) return false;
                line = text;
            }
            if (line is not PyUnicode u)
            {
                Errors.SetString(PyExc.TypeError, "readline() returned a non-string object");
                Py.DECREF(line);
                return false;
            }
            chunk = u.AsUtf8()!;
            Py.DECREF(line);
            if (chunk.Length == 0) break;
            bytes.AddRange(chunk);
        }
        if (bytes.Count > 0 && bytes[^1] != (byte)'\n')
        {
            bytes.Add((byte)'\n');
            _implicitNewline = true;
        }
        _buf = [.. bytes];
        _tok = new Tokenizer(new SourceText(_buf, _buf.Length, "<string>"), new ParseDiagnostics()) { ExtraTokens = _extraTokens };
        return true;
    }

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => ((TokenizerIter)self).NextToken();

    PyObject? NextToken()
    {
        if (_done) return null;
        if (_tok == null && !ReadSource()) return null;
        var t = new Token();
        var type = _tok!.Next(ref t);
        if (type == TokenType.ErrorToken)
        {
            _done = true;
            RaiseError();
            return null;
        }
        int lineStart = _tok.TokenLineStart(type);
        bool trailing = type == TokenType.EndMarker || type == TokenType.Dedent && _tok.Done == Tokenizer.State.Eof;
        bool onLastLine = _implicitNewline && _tok.InputEnd == _buf.Length;
        PyObject line;
        if (_extraTokens && trailing) line = PyUnicode.FromString("");
        else
        {
            // As CPython, the line is decoded again only when the tokenizer's line number moved.
            if (_tok.Lineno != _lastLineno || _lastLine == null)
            {
                int size = _tok.InputEnd - lineStart;
                if (size >= 1 && onLastLine) size--;
                Py.SETREF(ref _lastLine, PyUnicode.FromString(Encoding.UTF8.GetString(_buf, lineStart, size)));
            }
            line = Py.NewRef(_lastLine!);
        }
        string str = t.End > t.Start ? Encoding.UTF8.GetString(_buf, t.Start, t.End - t.Start) : "";
        int lineno = t.Lineno, endLineno = t.EndLineno;
        _lastLineno = lineno;
        int col = t.ColOffset < 0 || t.Start < lineStart ? -1 : SourceText.CountChars(_buf, lineStart, t.Start - lineStart);
        int endLineStart = _tok.LineStart;
        int endCol = t.EndColOffset < 0 || t.End < endLineStart ? -1 : SourceText.CountChars(_buf, endLineStart, t.End - endLineStart);
        int number = Number(type);
        if (_extraTokens)
        {
            if (trailing)
            {
                lineno = endLineno = lineno + 1;
                col = endCol = 0;
            }
            if (number > DEDENT && number < OP) number = OP;
            else if (number == NEWLINE)
            {
                str = onLastLine ? "" : _buf[t.Start] == (byte)'\r' ? "\r\n" : "\n";
                endCol++;
            }
            else if (number == NL && onLastLine) str = "";
        }
        if (type == TokenType.EndMarker) _done = true;
        PyObject Pos(int a, int b) => PyTuple.FromStolen([PyLong.FromLong(a), PyLong.FromLong(b)]);
        return PyTuple.FromStolen([PyLong.FromLong(number), PyUnicode.FromString(str), Pos(lineno, col), Pos(endLineno, endCol), line]);
    }

    /// <summary>The token's number in CPython's `token` module.</summary>
    static int Number(TokenType type) => type switch
    {
        TokenType.EndMarker => ENDMARKER,
        >= TokenType.Name and <= TokenType.Exclamation => (int)type,
        >= TokenType.FStringStart and <= TokenType.TStringEnd => FSTRING_START + (type - TokenType.FStringStart),
        TokenType.Op => OP,
        >= TokenType.KwFalse and <= TokenType.KwYield => NAME,
        TokenType.TypeComment => TYPE_COMMENT,
        TokenType.TypeIgnore => TYPE_IGNORE,
        TokenType.Comment => COMMENT,
        TokenType.NL => NL,
        _ => OP,
    };

    /// <summary>_tokenizer_error: the tokenizer's own SyntaxError, or the one its state implies.</summary>
    void RaiseError()
    {
        var tok = _tok!;
        if (tok.Error is { } e)
        {
            Pipeline.RaiseSyntaxError(e);
            return;
        }
        PyType errtype = PyExc.SyntaxError;
        string msg;
        switch (tok.Done)
        {
            case Tokenizer.State.Eof:
            {
                // PyErr_SyntaxLocationObject: the location as attributes, args just the message.
                Errors.SetString(PyExc.SyntaxError, "unexpected EOF in multi-line statement");
                var exc = Errors.OccurredException()!;
                foreach (var (name, attr) in (ReadOnlySpan<(string, PyObject)>)[("filename", PyUnicode.FromString("<string>")),
                    ("lineno", PyLong.FromLong(tok.Lineno)), ("offset", PyLong.FromLong(Math.Max(0, tok.InputEnd)))])
                {
                    Abstract.SetAttr(exc, PyUnicode.Intern(name), attr);
                    Py.DECREF(attr);
                }
                return;
            }
            case Tokenizer.State.Dedent:
                msg = "unindent does not match any outer indentation level";
                errtype = PyExc.IndentationError;
                break;
            case Tokenizer.State.TabSpace:
                msg = "inconsistent use of tabs and spaces in indentation";
                errtype = PyExc.TabError;
                break;
            case Tokenizer.State.TooDeep:
                msg = "too many levels of indentation";
                errtype = PyExc.IndentationError;
                break;
            case Tokenizer.State.LineCont:
                msg = "unexpected character after line continuation character";
                break;
            default:
                msg = "unknown tokenization error";
                break;
        }
        int start = tok.LineStart, end = tok.InputEnd;
        if (end > start && _buf[end - 1] == (byte)'\n') end--;
        string errorLine = Encoding.UTF8.GetString(_buf, start, end - start);
        int offset = SourceText.CountChars(_buf, start, tok.InputEnd - start);
        var detail = PyTuple.FromStolen([PyUnicode.FromString("<string>"), PyLong.FromLong(tok.Lineno), PyLong.FromLong(offset),
            PyUnicode.FromString(errorLine), Py.None, Py.None]);
        var value = PyTuple.FromStolen([PyUnicode.FromString(msg), detail]);
        Errors.SetObject(errtype, value);
        Py.DECREF(value);
    }
}
