using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// `_io.IncrementalNewlineDecoder` (textio.c): wraps a decoder (or none, for str input),
/// holds back a trailing '\r' until it knows whether '\n' follows, records the kinds of
/// newline seen, and with translate=True turns '\r\n' and '\r' into '\n'.
/// </summary>
[PyType("_io.IncrementalNewlineDecoder", BaseType = true)]
public sealed partial class PyIncrementalNewlineDecoder : PyObject
{
    const int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;
    /// <summary>The wrapped decoder: a Python object (from Python code), or a C# one (TextIOWrapper's); null for none.</summary>
    PyObject? _decoder;
    internal TextDecoder? Inner;
    PyObject? _errors;
    bool _translate, _pendingcr, _initialized;
    int _seennl;

    public PyIncrementalNewlineDecoder(PyType type) : base(type) { }

    internal static PyIncrementalNewlineDecoder Create(TextDecoder? inner, bool translate)
    {
        var d = new PyIncrementalNewlineDecoder(Type) { Inner = inner, _translate = translate, _initialized = true };
        return d;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyIncrementalNewlineDecoder(type);

    [PySlot("tp_init")]
    static int Init(PyIncrementalNewlineDecoder self, [Keyword] PyObject decoder, [Keyword] bool translate, [Keyword] PyObject? errors = null)
    {
        Py.SETREF(ref self._decoder, decoder == Py.None ? null : Py.NewRef(decoder));
        Py.SETREF(ref self._errors, Py.NewRef(errors ?? PyUnicode.Intern("strict")));
        self._translate = translate;
        self._seennl = 0;
        self._pendingcr = false;
        self._initialized = true;
        return 0;
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_decoder != null) visit(_decoder);
        if (_errors != null) visit(_errors);
        Inner?.Visit(visit);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref _decoder);
        Py.CLEAR(ref _errors);
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        Inner?.Release();
        Inner = null;
    }

    int CheckInit()
    {
        if (_initialized) return 0;
        Errors.SetString(PyExc.ValueError, "IncrementalNewlineDecoder.__init__() not called");
        return -1;
    }

    /// <summary>_PyIncrementalNewlineDecoder_decode: a new str, or null with an exception set.</summary>
    internal PyUnicode? Decode(PyObject input, bool final)
    {
        PyObject? output;
        if (Inner != null) output = Inner.Decode(input, final);
        else if (_decoder != null) output = Calls.CallMethod(_decoder, "decode", input, Py.NewBool(final));
        else output = Py.NewRef(input);
        if (output == null) return null;
        if (output is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"decoder should return a string result, not '{output.ob_type.tp_name}'");
            Py.DECREF(output);
            return null;
        }
        int len = s.Length;
        if (_pendingcr && (final || len > 0))
        {
            var cr = PyUnicode.Concat(PyUnicode.FromCodePoint('\r'), s);
            Py.DECREF(s);
            s = cr;
            _pendingcr = false;
            len++;
        }
        if (!final && len > 0 && s[len - 1] == '\r')
        {
            var cut = s.Substring(0, len - 1);
            Py.DECREF(s);
            s = cut;
            _pendingcr = true;
            len--;
        }
        if (len == 0) return s;
        // Text without '\r' (the usual case) needs no translation: only whether it holds a '\n'.
        // (Value has them as the code points do, whatever else the text holds.)
        if (!s.Value.AsSpan().Contains('\r'))
        {
            if ((_seennl & SEEN_LF) == 0 && s.Value.AsSpan().Contains('\n')) _seennl |= SEEN_LF;
            return s;
        }
        // Record which newlines were seen, then translate.
        int cr_ = 0, lf = 0, crlf = 0;
        for (int i = 0; i < len; i++)
        {
            int c = s[i];
            if (c == '\n') lf++;
            else if (c == '\r')
            {
                if (i + 1 < len && s[i + 1] == '\n') { crlf++; i++; }
                else cr_++;
            }
        }
        if (lf > 0) _seennl |= SEEN_LF;
        if (cr_ > 0) _seennl |= SEEN_CR;
        if (crlf > 0) _seennl |= SEEN_CRLF;
        if (_translate && (cr_ > 0 || crlf > 0))
        {
            var translated = TranslateNewlines(s);
            Py.DECREF(s);
            s = translated;
        }
        return s;
    }

    /// <summary>'\r\n' and '\r' become '\n'.</summary>
    static PyUnicode TranslateNewlines(PyUnicode s)
    {
        if (s.IsSimple) return PyUnicode.FromString(s.Value.Replace("\r\n", "\n").Replace('\r', '\n'));
        var cps = s.CodePoints();
        int o = 0;
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (c == '\r')
            {
                if (i + 1 < cps.Length && cps[i + 1] == '\n') i++;
                c = '\n';
            }
            cps[o++] = c;
        }
        return PyUnicode.FromCodePoints(cps.AsSpan(0, o));
    }

    [PyMethod("decode")]
    static PyObject? DecodeMethod(PyIncrementalNewlineDecoder self, [Keyword] PyObject input, [Keyword] bool final = false)
        => self.CheckInit() < 0 ? null : self.Decode(input, final);

    /// <summary>(buffered bytes, flags) with the pending '\r' in the low bit: 0, or -1.</summary>
    internal int GetState(out byte[] buffered, out long flags)
    {
        buffered = [];
        flags = 0;
        if (Inner != null)
        {
            if (Inner.GetState(out buffered, out flags) < 0) return -1;
        }
        else if (_decoder != null)
        {
            var st = Calls.CallMethod(_decoder, "getstate");
            if (st == null) return -1;
            if (st is not PyTuple t || t.Count != 2 || t.Items[0] is not PyBytes b)
            {
                Py.DECREF(st);
                Errors.SetString(PyExc.TypeError, "illegal decoder state");
                return -1;
            }
            bool ok = ArgParse.ToSsize(t.Items[1], out flags);
            buffered = b.Value;
            Py.DECREF(st);
            if (!ok) return -1;
        }
        flags <<= 1;
        if (_pendingcr) flags |= 1;
        return 0;
    }

    internal int SetState(byte[] buffered, long flags)
    {
        _pendingcr = (flags & 1) != 0;
        flags >>= 1;
        if (Inner != null) return Inner.SetState(buffered, flags);
        if (_decoder != null)
        {
            var st = PyTuple.FromStolen([PyBytes.FromBytes(buffered), PyLong.FromLong(flags)]);
            var r = Calls.CallMethod(_decoder, "setstate", st);
            Py.DECREF(st);
            if (r == null) return -1;
            Py.DECREF(r);
        }
        return 0;
    }

    internal int Reset()
    {
        _seennl = 0;
        _pendingcr = false;
        if (Inner != null) return Inner.Reset();
        if (_decoder != null)
        {
            var r = Calls.CallMethod(_decoder, "reset");
            if (r == null) return -1;
            Py.DECREF(r);
        }
        return 0;
    }

    [PyMethod("getstate")]
    static PyObject? GetStateMethod(PyIncrementalNewlineDecoder self)
    {
        if (self.CheckInit() < 0 || self.GetState(out var buf, out long flags) < 0) return null;
        return PyTuple.FromStolen([PyBytes.FromBytes(buf), PyLong.FromLong(flags)]);
    }

    [PyMethod("setstate")]
    static PyObject? SetStateMethod(PyIncrementalNewlineDecoder self, PyObject state)
    {
        if (self.CheckInit() < 0) return null;
        if (state is not PyTuple t) return Errors.SetString(PyExc.TypeError, "state argument must be a tuple");
        if (t.Count != 2 || t.Items[0] is not PyBytes b)
            return Errors.SetString(PyExc.TypeError, "state argument must be a tuple of (bytes, int)");
        if (!ArgParse.ToSsize(t.Items[1], out long flags)) return null;
        return self.SetState(b.Value, flags) < 0 ? null : Py.None;
    }

    [PyMethod("reset")]
    static PyObject? ResetMethod(PyIncrementalNewlineDecoder self)
        => self.CheckInit() < 0 || self.Reset() < 0 ? null : Py.None;

    /// <summary>The newlines seen so far, as the `newlines` attribute shows them.</summary>
    internal PyObject Newlines()
    {
        PyObject S(string x) => PyUnicode.FromString(x);
        return _seennl switch
        {
            SEEN_CR => S("\r"),
            SEEN_LF => S("\n"),
            SEEN_CRLF => S("\r\n"),
            SEEN_CR | SEEN_LF => PyTuple.FromStolen([S("\r"), S("\n")]),
            SEEN_CR | SEEN_CRLF => PyTuple.FromStolen([S("\r"), S("\r\n")]),
            SEEN_LF | SEEN_CRLF => PyTuple.FromStolen([S("\n"), S("\r\n")]),
            SEEN_CR | SEEN_LF | SEEN_CRLF => PyTuple.FromStolen([S("\r"), S("\n"), S("\r\n")]),
            _ => Py.None,
        };
    }

    [PyGetter("newlines")]
    static PyObject? GetNewlines(PyIncrementalNewlineDecoder self) => self.CheckInit() < 0 ? null : self.Newlines();
}
