using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Json;

/// <summary>
/// `_json.Scanner` (make_scanner, Modules/_json.c): scanner(string, idx) reads one JSON value
/// starting at idx and returns (value, end), raising StopIteration(idx) when no value starts
/// there and JSONDecodeError with CPython's messages and positions for malformed input.
/// The decoder's settings (strict, hooks, parse_*) are read from the context once.
/// </summary>
[PyType("_json.Scanner", Doc = "JSON scanner object")]
public sealed partial class JsonScanner : PyObject
{
    bool _strict;
    PyObject? _strictObj, _objectHook, _objectPairsHook, _parseFloat, _parseInt, _parseConstant;

    JsonScanner(PyType type) : base(type) { }

    static readonly ArgParse.Parser s_newParser = new("make_scanner", 0, ["context"], 1, 1, 0);
    static readonly ArgParse.Parser s_callParser = new("scan_once", 0, ["string", "idx"], 2, 2, 0);

    /// <summary>scanner_members: read-only views of the settings (installed with the module).</summary>
    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("strict") != null) return;
        void Member(string name, MemberField f, string? doc) => d.SetItemString(name, new PyMemberDescr(Type, name, f, doc, readOnly: true, noneWhenUnset: true));
        Member("strict", o => ref ((JsonScanner)o)._strictObj, "strict");
        Member("object_hook", o => ref ((JsonScanner)o)._objectHook, "object_hook");
        Member("object_pairs_hook", o => ref ((JsonScanner)o)._objectPairsHook, null);
        Member("parse_float", o => ref ((JsonScanner)o)._parseFloat, "parse_float");
        Member("parse_int", o => ref ((JsonScanner)o)._parseInt, "parse_int");
        Member("parse_constant", o => ref ((JsonScanner)o)._parseConstant, "parse_constant");
    }

    [PySlot("tp_new")]
    static PyObject? ScannerNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_newParser, buf)) return null;
        var ctx = buf[0]!;
        var s = new JsonScanner(type);
        var strict = Abstract.GetAttr(ctx, "strict");
        if (strict == null) goto bail;
        int t = Abstract.IsTrue(strict);
        Py.DECREF(strict);
        if (t < 0) goto bail;
        s._strict = t != 0;
        s._strictObj = Py.NewBool(s._strict);
        if ((s._objectHook = Abstract.GetAttr(ctx, "object_hook")) == null) goto bail;
        if ((s._objectPairsHook = Abstract.GetAttr(ctx, "object_pairs_hook")) == null) goto bail;
        if ((s._parseFloat = Abstract.GetAttr(ctx, "parse_float")) == null) goto bail;
        if ((s._parseInt = Abstract.GetAttr(ctx, "parse_int")) == null) goto bail;
        if ((s._parseConstant = Abstract.GetAttr(ctx, "parse_constant")) == null) goto bail;
        return s;
    bail:
        Py.DECREF(s);
        return null;
    }

    /// <summary>scanner_call: scan_once(string, idx) -> (value, end), with a fresh memo of object keys.</summary>
    [PySlot("tp_call")]
    static PyObject? ScannerCall(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_callParser, buf)) return null;
        var pystr = buf[0]!;
        if (!ArgParse.ToSsize(buf[1]!, out long idx)) return null;
        if (pystr is not PyUnicode s)
            return Errors.SetString(PyExc.TypeError, $"first argument must be a string, not {pystr.ob_type.tp_name}");
        var call = new ScanCall();
        var r = ((JsonScanner)self).ScanOnce(call, s, idx, out long next);
        call.Memo.Clear();
        if (r == null) return null;
        return PyTuple.FromStolen([r, PyLong.FromLong(next)]);
    }

    /// <summary>The state of one scanner call: the key memo, and the members of the objects being parsed.</summary>
    sealed class ScanCall
    {
        public readonly JsonKeyMemo Memo = new();
        /// <summary>Keys and values (owned), in pairs; each object being parsed owns the pairs above where it started.</summary>
        public PyObject[] Pairs = new PyObject[64];
        public int NPairs;

        public void Push(PyObject key, PyObject value)
        {
            if (NPairs + 2 > Pairs.Length) Array.Resize(ref Pairs, Pairs.Length * 2);
            Pairs[NPairs++] = key;
            Pairs[NPairs++] = value;
        }

        /// <summary>Drop the pairs above <paramref name="start"/>, first to last (as a dict's dealloc would).</summary>
        public void PopTo(int start)
        {
            int end = NPairs;
            NPairs = start;
            for (int i = start; i < end; i++)
            {
                var o = Pairs[i];
                Pairs[i] = null!;
                Py.DECREF(o);
            }
        }
    }

    static bool IsWhitespace(int c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    /// <summary>scan_once_unicode: one JSON value at idx.</summary>
    PyObject? ScanOnce(ScanCall call, PyUnicode s, long idx, out long next)
    {
        next = -1;
        int length = s.Length;
        if (idx < 0) return Errors.SetString(PyExc.ValueError, "idx cannot be negative");
        if (idx >= length)
        {
            JsonModule.RaiseStopIteration(idx);
            return null;
        }
        int i = (int)idx;
        switch (s[i])
        {
            case '"':
                return ScanString(s, i + 1, _strict, out next);
            case '{':
            case '[':
            {
                var ts = ThreadState.Current;
                if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
                {
                    ts.CRecursionDepth--;
                    return Errors.SetString(PyExc.RecursionError, s[i] == '{'
                        ? "maximum recursion depth exceeded while decoding a JSON object from a unicode string"
                        : "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
                }
                var r = s[i] == '{' ? ParseObject(call, s, i + 1, out next) : ParseArray(call, s, i + 1, out next);
                ts.CRecursionDepth--;
                return r;
            }
            case 'n':
                if (Matches(s, i, "null")) { next = i + 4; return Py.None; }
                break;
            case 't':
                if (Matches(s, i, "true")) { next = i + 4; return Py.True; }
                break;
            case 'f':
                if (Matches(s, i, "false")) { next = i + 5; return Py.False; }
                break;
            case 'N':
                if (Matches(s, i, "NaN")) return ParseConstant("NaN", i, out next);
                break;
            case 'I':
                if (Matches(s, i, "Infinity")) return ParseConstant("Infinity", i, out next);
                break;
            case '-':
                if (Matches(s, i, "-Infinity")) return ParseConstant("-Infinity", i, out next);
                break;
        }
        return MatchNumber(s, i, out next);
    }

    static bool Matches(PyUnicode s, int i, string word)
    {
        if (i + word.Length > s.Length) return false;
        for (int k = 1; k < word.Length; k++)
            if (s[i + k] != word[k]) return false;
        return true;
    }

    PyObject? ParseConstant(string constant, int idx, out long next)
    {
        var c = PyUnicode.Intern(constant);
        next = idx + constant.Length;
        return Calls.CallOneArg(_parseConstant!, c);
    }

    /// <summary>
    /// _parse_object_unicode: members up to '}'; keys are shared through the memo; then the hooks.
    /// The members are collected first, so the dict is made with its final table at once.
    /// </summary>
    PyObject? ParseObject(ScanCall call, PyUnicode s, int idx, out long nextOut)
    {
        nextOut = -1;
        int endIdx = s.Length - 1;
        bool pairs = _objectPairsHook != Py.None;
        PyList? pairList = pairs ? PyList.New() : null;
        int start = call.NPairs;
        PyObject? key = null, val = null, rval;
        while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
        if (idx > endIdx || s[idx] != '}')
        {
            while (true)
            {
                if (idx > endIdx || s[idx] != '"')
                {
                    JsonModule.RaiseError("Expecting property name enclosed in double quotes", s, idx);
                    goto bail;
                }
                key = ScanKey(call.Memo, s, idx + 1, out long next);
                if (key == null) goto bail;
                idx = (int)next;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx > endIdx || s[idx] != ':')
                {
                    JsonModule.RaiseError("Expecting ':' delimiter", s, idx);
                    goto bail;
                }
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                val = ScanOnce(call, s, idx, out next);
                if (val == null) goto bail;
                if (pairList != null) pairList.AppendSteal(PyTuple.FromStolen([key!, val]));
                else call.Push(key!, val);
                key = val = null;
                idx = (int)next;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == '}') break;
                if (idx > endIdx || s[idx] != ',')
                {
                    JsonModule.RaiseError("Expecting ',' delimiter", s, idx);
                    goto bail;
                }
                int comma = idx;
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == '}')
                {
                    JsonModule.RaiseError("Illegal trailing comma before end of object", s, comma);
                    goto bail;
                }
            }
        }
        nextOut = idx + 1;
        if (pairList != null) rval = pairList;
        else
        {
            rval = BuildDict(call, start);
            if (rval == null) return null;
        }
        PyObject? hook = pairs ? _objectPairsHook : _objectHook != Py.None ? _objectHook : null;
        if (hook != null)
        {
            var r = Calls.CallOneArg(hook, rval);
            Py.DECREF(rval);
            return r;
        }
        return rval;
    bail:
        Py.XDECREF(key);
        Py.XDECREF(val);
        Py.XDECREF(pairList);
        call.PopTo(start);
        return null;
    }

    /// <summary>The dict of the pairs above <paramref name="start"/> (which it takes), as inserting them one by one makes it.</summary>
    static PyDict? BuildDict(ScanCall call, int start)
    {
        int n = (call.NPairs - start) / 2;
        var d = PyDict.NewForInserts(n);
        for (int i = start; i < call.NPairs; i += 2)
        {
            if (d.SetItem(call.Pairs[i], call.Pairs[i + 1]) < 0)
            {
                Py.DECREF(d);
                call.PopTo(start);
                return null;
            }
        }
        if (d.Count != n)
        {
            // A repeated key: the dict grows as the distinct keys arrive, so insert again from empty.
            Py.DECREF(d);
            d = PyDict.New();
            for (int i = start; i < call.NPairs; i += 2)
                d.SetItem(call.Pairs[i], call.Pairs[i + 1]);
        }
        call.PopTo(start);
        return d;
    }

    /// <summary>An object's key (its string body starts at <paramref name="start"/>), the same str for the same text throughout the call.</summary>
    PyObject? ScanKey(JsonKeyMemo memo, PyUnicode s, int start, out long next)
    {
        if (s.IsSimple)
        {
            // The common key: plain characters up to the closing quote.
            var text = s.Value.AsSpan(start);
            int n = text.IndexOfAny('"', '\\');
            if (n >= 0 && text[n] == '"' && (!_strict || text[..n].IndexOfAnyInRange('\0', '\x1f') < 0))
            {
                next = start + n + 1;
                return memo.FromSpan(s, start, n);
            }
        }
        var key = ScanString(s, start, _strict, out next);
        return key == null ? null : memo.Intern((PyUnicode)key);
    }

    /// <summary>_parse_array_unicode: values up to ']'.</summary>
    PyObject? ParseArray(ScanCall call, PyUnicode s, int idx, out long nextOut)
    {
        nextOut = -1;
        int endIdx = s.Length - 1;
        var rval = PyList.New();
        while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
        if (idx > endIdx || s[idx] != ']')
        {
            while (true)
            {
                var val = ScanOnce(call, s, idx, out long next);
                if (val == null) goto bail;
                rval.AppendSteal(val);
                idx = (int)next;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == ']') break;
                if (idx > endIdx || s[idx] != ',')
                {
                    JsonModule.RaiseError("Expecting ',' delimiter", s, idx);
                    goto bail;
                }
                int comma = idx;
                idx++;
                while (idx <= endIdx && IsWhitespace(s[idx])) idx++;
                if (idx <= endIdx && s[idx] == ']')
                {
                    JsonModule.RaiseError("Illegal trailing comma before end of array", s, comma);
                    goto bail;
                }
            }
        }
        if (idx > endIdx || s[idx] != ']')
        {
            JsonModule.RaiseError("Expecting value", s, endIdx);
            goto bail;
        }
        nextOut = idx + 1;
        return rval;
    bail:
        Py.DECREF(rval);
        return null;
    }

    static bool IsDigit(int c) => c >= '0' && c <= '9';

    /// <summary>_match_number_unicode: -?int(.frac)?([eE][-+]?exp)?, through parse_int/parse_float when they are not int/float.</summary>
    PyObject? MatchNumber(PyUnicode s, int start, out long next)
    {
        next = -1;
        int endIdx = s.Length - 1;
        int idx = start;
        bool isFloat = false;
        if (s[idx] == '-')
        {
            idx++;
            if (idx > endIdx)
            {
                JsonModule.RaiseStopIteration(start);
                return null;
            }
        }
        if (s[idx] >= '1' && s[idx] <= '9')
        {
            idx++;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
        }
        else if (s[idx] == '0') idx++;
        else
        {
            JsonModule.RaiseStopIteration(start);
            return null;
        }
        if (idx < endIdx && s[idx] == '.' && IsDigit(s[idx + 1]))
        {
            isFloat = true;
            idx += 2;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
        }
        if (idx < endIdx && (s[idx] == 'e' || s[idx] == 'E'))
        {
            int eStart = idx;
            idx++;
            if (idx < endIdx && (s[idx] == '-' || s[idx] == '+')) idx++;
            while (idx <= endIdx && IsDigit(s[idx])) idx++;
            if (IsDigit(s[idx - 1])) isFloat = true;
            else idx = eStart;
        }
        next = idx;
        PyObject? custom = isFloat
            ? (_parseFloat != PyFloat.Type ? _parseFloat : null)
            : (_parseInt != PyLong.Type ? _parseInt : null);
        int n = idx - start;
        if (custom != null)
        {
            var numstr = s.Substring(start, n);
            var r = Calls.CallOneArg(custom, numstr);
            Py.DECREF(numstr);
            return r;
        }
        // Only ASCII digits, signs, '.', 'e' reach here.
        if (!isFloat && n <= 18)
        {
            long v = 0;
            int k = start;
            bool neg = s[k] == '-';
            if (neg) k++;
            for (; k < idx; k++) v = v * 10 + (s[k] - '0');
            return PyLong.FromLong(neg ? -v : v);
        }
        var text = s.IsSimple ? s.Value.AsSpan(start, n) : s.Substring(start, n).Value.AsSpan();
        if (isFloat)
        {
            // The JSON number grammar is a subset of what double.Parse reads, correctly rounded as PyFloat_FromString.
            return PyFloat.FromDouble(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        var str = text.ToString();
        var original = PyUnicode.FromString(str);
        var rl = PyLong.FromString(str, 10, original);
        Py.DECREF(original);
        return rl;
    }

    /// <summary>
    /// scanstring_unicode: the JSON string whose body starts at <paramref name="end"/> (just
    /// after the opening quote), with its escapes decoded; <paramref name="next"/> is the index
    /// after the closing quote.
    /// </summary>
    internal static PyObject? ScanString(PyUnicode s, long end, bool strict, out long next)
    {
        next = -1;
        int len = s.Length;
        if (end < 0 || len < end) return Errors.SetString(PyExc.ValueError, "end is out of bounds");
        int begin = (int)end - 1;
        int pos = (int)end;
        UnicodeWriter? w = null;
        while (true)
        {
            // Up to the closing quote or the next escape.
            int c = 0, chunk = pos;
            int j;
            if (s.IsSimple)
            {
                var text = s.Value.AsSpan(pos);
                int stop = text.IndexOfAny('"', '\\');
                if (stop < 0) stop = text.Length;
                else c = text[stop];
                int control = strict ? text[..stop].IndexOfAnyInRange('\0', '\x1f') : -1;
                if (control >= 0)
                {
                    JsonModule.RaiseError("Invalid control character at", s, pos + control);
                    return null;
                }
                j = pos + stop;
            }
            else
            {
                for (j = pos; j < len; j++)
                {
                    c = s[j];
                    if (c == '"' || c == '\\') break;
                    if (c <= 0x1f && strict)
                    {
                        JsonModule.RaiseError("Invalid control character at", s, j);
                        return null;
                    }
                }
            }
            if (j >= len) c = 0;
            if (c == '"' && w == null)
            {
                next = j + 1;
                return s.Substring(chunk, j - chunk);
            }
            if (c != '"' && c != '\\')
            {
                JsonModule.RaiseError("Unterminated string starting at", s, begin);
                return null;
            }
            w ??= new UnicodeWriter(j - chunk + 16);
            if (j != chunk) w.Append(s, chunk, j - chunk);
            j++;
            if (c == '"')
            {
                next = j;
                return w.Finish();
            }
            if (j == len)
            {
                JsonModule.RaiseError("Unterminated string starting at", s, begin);
                return null;
            }
            c = s[j];
            if (c != 'u')
            {
                pos = j + 1;
                switch (c)
                {
                    case '"': case '\\': case '/': break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    default:
                        JsonModule.RaiseError("Invalid \\escape", s, pos - 2);
                        return null;
                }
            }
            else
            {
                j++;
                pos = j + 4;
                if (pos >= len)
                {
                    JsonModule.RaiseError("Invalid \\uXXXX escape", s, j - 1);
                    return null;
                }
                c = HexValue(s, j);
                if (c < 0)
                {
                    JsonModule.RaiseError("Invalid \\uXXXX escape", s, pos - 5);
                    return null;
                }
                j = pos;
                // A high surrogate followed by \u and a low surrogate is one code point.
                if (c >= 0xD800 && c <= 0xDBFF && pos + 6 < len && s[j] == '\\' && s[j + 1] == 'u')
                {
                    int c2 = HexValue(s, j + 2);
                    if (c2 < 0)
                    {
                        JsonModule.RaiseError("Invalid \\uXXXX escape", s, pos + 1);
                        return null;
                    }
                    if (c2 >= 0xDC00 && c2 <= 0xDFFF)
                    {
                        c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
                        pos += 6;
                    }
                }
            }
            w.AppendCodePoint(c);
        }
    }

    /// <summary>Four hex digits at s[i..i+4] as a number; -1 if one is not a hex digit.</summary>
    static int HexValue(PyUnicode s, int i)
    {
        int v = 0;
        for (int k = 0; k < 4; k++)
        {
            int d = s[i + k];
            v <<= 4;
            if (d >= '0' && d <= '9') v |= d - '0';
            else if (d >= 'a' && d <= 'f') v |= d - 'a' + 10;
            else if (d >= 'A' && d <= 'F') v |= d - 'A' + 10;
            else return -1;
        }
        return v;
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        if (_objectHook != null) visit(_objectHook);
        if (_objectPairsHook != null) visit(_objectPairsHook);
        if (_parseFloat != null) visit(_parseFloat);
        if (_parseInt != null) visit(_parseInt);
        if (_parseConstant != null) visit(_parseConstant);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref _objectHook);
        Py.CLEAR(ref _objectPairsHook);
        Py.CLEAR(ref _parseFloat);
        Py.CLEAR(ref _parseInt);
        Py.CLEAR(ref _parseConstant);
    }
}
