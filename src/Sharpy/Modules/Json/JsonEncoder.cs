using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Json;

/// <summary>
/// `_json.Encoder` (make_encoder, Modules/_json.c): encoder(obj, _current_indent_level)
/// returns a 1-tuple holding obj's whole JSON text. Circular references are found through
/// the markers dict (keyed by id; see <see cref="JsonMarkers"/>), default() handles other
/// objects, and an error raised inside a container gets CPython 3.14's notes ("when
/// serializing list item 0").
/// </summary>
[PyType("_json.Encoder", Doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)")]
public sealed partial class JsonEncoder : PyObject
{
    PyObject? _markers, _default, _encoder, _indent, _keySeparator, _itemSeparator, _sortKeysObj, _skipKeysObj;
    bool _sortKeys, _skipKeys, _allowNan;
    /// <summary>0: call the encoder; 1: encode_basestring_ascii; 2: encode_basestring (fast_encode).</summary>
    int _fastEncode;

    JsonEncoder(PyType type) : base(type) { }

    static readonly ArgParse.Parser s_newParser = new("make_encoder", 0,
        ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"], 9, 9, 0);
    static readonly ArgParse.Parser s_callParser = new("_iterencode", 0, ["obj", "_current_indent_level"], 2, 2, 0);

    internal static void InstallMembers()
    {
        var d = Type.tp_dict;
        if (d.GetItemString("markers") != null) return;
        void Member(string name, MemberField f) => d.SetItemString(name, new PyMemberDescr(Type, name, f, name, readOnly: true, noneWhenUnset: true));
        Member("markers", o => ref ((JsonEncoder)o)._markers);
        Member("default", o => ref ((JsonEncoder)o)._default);
        Member("encoder", o => ref ((JsonEncoder)o)._encoder);
        Member("indent", o => ref ((JsonEncoder)o)._indent);
        Member("key_separator", o => ref ((JsonEncoder)o)._keySeparator);
        Member("item_separator", o => ref ((JsonEncoder)o)._itemSeparator);
        Member("sort_keys", o => ref ((JsonEncoder)o)._sortKeysObj);
        Member("skipkeys", o => ref ((JsonEncoder)o)._skipKeysObj);
    }

    [PySlot("tp_new")]
    static PyObject? EncoderNew(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer16();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_newParser, buf)) return null;
        // "OOOOUUppp": the separators must be str.
        for (int i = 4; i <= 5; i++)
            if (buf[i] is not PyUnicode)
                return Errors.SetString(PyExc.TypeError, $"make_encoder() argument {i + 1} must be str, not {buf[i]!.ob_type.tp_name}");
        var flags = new bool[3];
        for (int i = 0; i < 3; i++)
        {
            int t = Abstract.IsTrue(buf[6 + i]!);
            if (t < 0) return null;
            flags[i] = t != 0;
        }
        var markers = buf[0]!;
        if (markers != Py.None && markers is not PyDict)
            return Errors.SetString(PyExc.TypeError, $"make_encoder() argument 1 must be dict or None, not {markers.ob_type.tp_name}");
        var e = new JsonEncoder(type)
        {
            _markers = Py.NewRef(markers),
            _default = Py.NewRef(buf[1]!),
            _encoder = Py.NewRef(buf[2]!),
            _indent = Py.NewRef(buf[3]!),
            _keySeparator = Py.NewRef(buf[4]!),
            _itemSeparator = Py.NewRef(buf[5]!),
            _sortKeys = flags[0],
            _skipKeys = flags[1],
            _allowNan = flags[2],
            _sortKeysObj = Py.NewBool(flags[0]),
            _skipKeysObj = Py.NewBool(flags[1]),
        };
        if (e._encoder is PyCFunction f && f.Self is PyModule m && m.NameForMessages == "_json")
            e._fastEncode = f.Name == "encode_basestring_ascii" ? 1 : f.Name == "encode_basestring" ? 2 : 0;
        return e;
    }

    /// <summary>encoder_call: (obj, _current_indent_level) -> (json_text,).</summary>
    [PySlot("tp_call")]
    static PyObject? EncoderCall(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var storage = new ArgParse.Buffer4();
        Span<PyObject?> buf = storage;
        if (!ArgParse.UnpackKeywords(args, kwnames, s_callParser, buf)) return null;
        if (!ArgParse.ToSsize(buf[1]!, out long level)) return null;
        var e = (JsonEncoder)self;
        var c = new Call(new JsonWriter());
        if (e._indent != Py.None)
        {
            c.Cache = IndentCache.Create(e, level);
            if (c.Cache == null) return null;
        }
        if (e._markers is PyDict markers) c.Markers = new JsonMarkers(markers);
        int r = e.EncodeObj(c, buf[0]!, 0);
        c.Markers?.Finish(r < 0);
        if (r < 0) return null;
        return PyTuple.FromStolen([c.W.Finish()]);
    }

    /// <summary>The state of one encoder call: the text so far, the indentation strings, the open containers.</summary>
    sealed class Call(JsonWriter w)
    {
        public readonly JsonWriter W = w;
        public IndentCache? Cache;
        public JsonMarkers? Markers;

        /// <summary>Python code may run next: the markers dict must be as CPython would have it. 0 or -1.</summary>
        public int BeforePythonCode() => Markers?.Publish() ?? 0;
    }

    /// <summary>
    /// The indent_cache: at 2k the newline and indentation written after an opening bracket
    /// k levels in (and before the closing one at k-1), at 2k-1 the item separator followed by it.
    /// </summary>
    sealed class IndentCache
    {
        readonly List<string> _items = new();
        readonly string _indent, _itemSep;

        IndentCache(string first, string indent, string itemSep)
        {
            _items.Add(first);
            _indent = indent;
            _itemSep = itemSep;
        }

        public static IndentCache? Create(JsonEncoder e, long level)
        {
            if (e._indent is not PyUnicode ind)
            {
                // PySequence_Repeat / PyUnicode_Concat on a non-str indent.
                Errors.SetString(PyExc.TypeError, $"can only concatenate str (not \"{e._indent!.ob_type.tp_name}\") to str");
                return null;
            }
            var sb = new System.Text.StringBuilder("\n");
            for (long i = 0; i < level; i++) sb.Append(ind.Value);
            return new IndentCache(sb.ToString(), ind.Value, ((PyUnicode)e._itemSeparator!).Value);
        }

        void Grow(int depth)
        {
            while (_items.Count <= depth * 2)
            {
                var nl = _items[_items.Count - 1] + _indent;
                _items.Add(_itemSep + nl);
                _items.Add(nl);
            }
        }

        public string Separator(int depth)
        {
            Grow(depth);
            return _items[depth * 2 - 1];
        }

        public string NewlineIndent(int depth)
        {
            Grow(depth);
            return _items[depth * 2];
        }
    }

    /// <summary>encoder_listencode_obj. 0, or -1 with an exception set.</summary>
    int EncodeObj(Call c, PyObject obj, int depth)
    {
        var w = c.W;
        if (obj == Py.None) { w.AppendAscii("null"); return 0; }
        if (obj == PyBool.True) { w.AppendAscii("true"); return 0; }
        if (obj == PyBool.False) { w.AppendAscii("false"); return 0; }
        if (obj is PyUnicode s) return EncodeString(c, s);
        if (obj is PyLong l) return EncodeLong(w, l);
        if (obj is PyFloat f) return EncodeFloat(c, f);
        if (obj is PyList || obj is PyTuple || obj is PyDict)
        {
            if (!EnterRecursiveCall()) return -1;
            int rv = obj is PyDict d ? EncodeDict(c, d, depth) : EncodeList(c, obj, depth);
            ThreadState.Current.CRecursionDepth--;
            return rv;
        }
        if (c.Markers != null && !c.Markers.Enter(obj)) return -1;
        if (c.BeforePythonCode() < 0) return -1;
        var newobj = Calls.CallOneArg(_default!, obj);
        if (newobj == null) return -1;
        if (!EnterRecursiveCall())
        {
            Py.DECREF(newobj);
            return -1;
        }
        int r = EncodeObj(c, newobj, depth);
        ThreadState.Current.CRecursionDepth--;
        Py.DECREF(newobj);
        if (r < 0)
        {
            AddNote($"when serializing {TypeName(obj.ob_type)} object");
            return -1;
        }
        return c.Markers?.Leave() ?? 0;
    }

    /// <summary>An int as int.__repr__ writes it (straight into the text when it fits a long).</summary>
    static int EncodeLong(JsonWriter w, PyLong l)
    {
        if (l.IsBig) return AppendStolen(w, PyLong.Type.tp_repr!(l));
        Span<char> digits = stackalloc char[20];
        l.Value.TryFormat(digits, out int n, default, System.Globalization.CultureInfo.InvariantCulture);
        w.AppendAscii(digits[..n]);
        return 0;
    }

    /// <summary>_Py_EnterRecursiveCall(" while encoding a JSON object").</summary>
    static bool EnterRecursiveCall()
    {
        var ts = ThreadState.Current;
        if (++ts.CRecursionDepth > Interpreter.CRecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.CRecursionDepth--;
            Errors.SetString(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
            return false;
        }
        return true;
    }

    /// <summary>%T: the type's fully qualified name, without the module for builtins and __main__.</summary>
    static string TypeName(PyType t)
    {
        var module = TypeAttrs.ModuleName(t);
        var qual = TypeAttrs.QualName(t);
        return module == null || module == "builtins" || module == "__main__" ? qual : module + "." + qual;
    }

    /// <summary>_PyErr_FormatNote: add a note to the exception being raised.</summary>
    static void AddNote(string note)
    {
        if (Errors.OccurredException() is not PyBaseException exc) return;
        var n = PyUnicode.FromString(note);
        ExceptionNotes.Add(exc, n);
        Py.DECREF(n);
    }

    static int AppendStolen(JsonWriter w, PyObject? s)
    {
        if (s == null) return -1;
        w.Append((PyUnicode)s);
        Py.DECREF(s);
        return 0;
    }

    /// <summary>encoder_encode_float: float.__repr__, or NaN/Infinity/-Infinity when allowed. 0 or -1.</summary>
    int EncodeFloat(Call c, PyFloat f)
    {
        double v = f.Value;
        if (!double.IsFinite(v))
        {
            if (!_allowNan)
            {
                // %R runs the object's own __repr__.
                if (c.BeforePythonCode() < 0) return -1;
                var r = Abstract.ReprString(f);
                if (r == null) return -1;
                Errors.SetString(PyExc.ValueError, $"Out of range float values are not JSON compliant: {r}");
                return -1;
            }
            c.W.AppendAscii(v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN");
            return 0;
        }
        Span<char> text = stackalloc char[FloatFormat.ReprMaxLength];
        c.W.AppendAscii(text[..FloatFormat.FormatRepr(v, text)]);
        return 0;
    }

    /// <summary>encoder_encode_string: the built-in escapers directly, else the encoder callable, which must return a str.</summary>
    int EncodeString(Call c, PyUnicode s)
    {
        var w = c.W;
        if (_fastEncode == 1) { JsonEscape.WriteAscii(w, s); return 0; }
        if (_fastEncode == 2) { JsonEscape.WriteUnicode(w, s); return 0; }
        if (c.BeforePythonCode() < 0) return -1;
        var encoded = Calls.CallOneArg(_encoder!, s);
        if (encoded == null) return -1;
        if (encoded is not PyUnicode)
        {
            Errors.SetString(PyExc.TypeError, $"encoder() must return a string, not {encoded.ob_type.tp_name}");
            Py.DECREF(encoded);
            return -1;
        }
        return AppendStolen(w, encoded);
    }

    /// <summary>encoder_listencode_list.</summary>
    int EncodeList(Call c, PyObject seq, int depth)
    {
        var w = c.W;
        var fast = SeqSupport.Fast(seq, "_iterencode_list needs a sequence");
        if (fast == null) return -1;
        ReadOnlySpan<PyObject> items = fast is PyList fl ? fl.AsSpan() : ((PyTuple)fast).Items;
        if (items.Length == 0)
        {
            Py.DECREF(fast);
            w.AppendAscii("[]");
            return 0;
        }
        if (c.Markers != null && !c.Markers.Enter(seq)) goto bail;
        w.Append('[');
        string? separator = null;
        if (c.Cache != null)
        {
            depth++;
            separator = c.Cache.Separator(depth);
            w.Append(c.Cache.NewlineIndent(depth));
        }
        // The list may change while items encode (default() runs Python code): re-read it every step.
        for (int i = 0; ; i++)
        {
            items = fast is PyList l2 ? l2.AsSpan() : ((PyTuple)fast).Items;
            if (i >= items.Length) break;
            if (i > 0)
            {
                if (separator != null) w.Append(separator);
                else w.Append((PyUnicode)_itemSeparator!);
            }
            var item = Py.NewRef(items[i]);
            int r = EncodeObj(c, item, depth);
            Py.DECREF(item);
            if (r < 0)
            {
                AddNote($"when serializing {TypeName(seq.ob_type)} item {i}");
                goto bail;
            }
        }
        if (c.Markers != null && c.Markers.Leave() < 0) goto bail;
        if (c.Cache != null) w.Append(c.Cache.NewlineIndent(depth - 1));
        w.Append(']');
        Py.DECREF(fast);
        return 0;
    bail:
        Py.DECREF(fast);
        return -1;
    }

    /// <summary>encoder_listencode_dict.</summary>
    int EncodeDict(Call c, PyDict dct, int depth)
    {
        var w = c.W;
        if (dct.Count == 0)
        {
            w.AppendAscii("{}");
            return 0;
        }
        PyList? items = null;
        if (c.Markers != null && !c.Markers.Enter(dct)) goto bail;
        w.Append('{');
        string? separator = null;
        if (c.Cache != null)
        {
            depth++;
            separator = c.Cache.Separator(depth);
            w.Append(c.Cache.NewlineIndent(depth));
        }
        bool first = true;
        if (_sortKeys || dct.ob_type != PyDict.Type)
        {
            items = MappingItems(c, dct);
            if (items == null) goto bail;
            // Sorting compares keys, which runs Python code unless they are all builtin atoms.
            if (_sortKeys && (!OnlyAtomKeys(items) && c.BeforePythonCode() < 0 || ListSort.Sort(items, null, false) < 0)) goto bail;
            for (int i = 0; i < items.Count; i++)
            {
                var item = items.Items[i];
                if (item is not PyTuple t || t.Count != 2)
                {
                    Errors.SetString(PyExc.ValueError, "items must return 2-tuples");
                    goto bail;
                }
                if (EncodeKeyValue(c, ref first, dct, t.Items[0], t.Items[1], depth, separator) < 0) goto bail;
            }
            Py.CLEAR(ref items);
        }
        else
        {
            int pos = 0;
            while (dct.Next(ref pos, out var key, out var value))
            {
                Py.INCREF(key);
                Py.INCREF(value);
                int r = EncodeKeyValue(c, ref first, dct, key, value, depth, separator);
                Py.DECREF(key);
                Py.DECREF(value);
                if (r < 0) goto bail;
            }
        }
        if (c.Markers != null && c.Markers.Leave() < 0) goto bail;
        if (c.Cache != null) w.Append(c.Cache.NewlineIndent(depth - 1));
        w.Append('}');
        return 0;
    bail:
        Py.XDECREF(items);
        return -1;
    }

    /// <summary>PyMapping_Items: a new list of the (key, value) pairs.</summary>
    static PyList? MappingItems(Call c, PyDict dct)
    {
        if (dct.ob_type == PyDict.Type)
        {
            var l = PyList.New(dct.Count);
            int pos = 0;
            while (dct.Next(ref pos, out var k, out var v)) l.AppendSteal(PyTuple.FromBorrowed([k, v]));
            return l;
        }
        if (c.BeforePythonCode() < 0) return null;
        var items = Calls.CallMethod(dct, "items");
        if (items == null) return null;
        if (items is PyList il && il.ob_type == PyList.Type) return il;
        var list = PyList.New();
        int r = list.Extend(items);
        Py.DECREF(items);
        if (r < 0)
        {
            Py.DECREF(list);
            return null;
        }
        return list;
    }

    /// <summary>Every item is a pair whose key is an exact str, int, float, bool or None (compared without Python code).</summary>
    static bool OnlyAtomKeys(PyList items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (items.Items[i] is not PyTuple { Count: 2 } t) return false;
            var k = t.Items[0];
            var type = k.ob_type;
            if (type != PyUnicode.Type && type != PyLong.Type && type != PyFloat.Type && type != PyBool.Type && k != Py.None) return false;
        }
        return true;
    }

    /// <summary>encoder_encode_key_value: a key of an allowed type as a JSON string, the separator, the value.</summary>
    int EncodeKeyValue(Call c, ref bool first, PyDict dct, PyObject key, PyObject value, int depth, string? separator)
    {
        var w = c.W;
        PyObject? keystr;
        if (key is PyUnicode) keystr = Py.NewRef(key);
        else if (key is PyFloat kf)
        {
            var kw = new JsonWriter(24);
            if (EncodeFloat(new Call(kw) { Markers = c.Markers }, kf) < 0) return -1;
            keystr = kw.Finish();
        }
        else if (key == PyBool.True) keystr = PyUnicode.FromString("true");
        else if (key == PyBool.False) keystr = PyUnicode.FromString("false");
        else if (key == Py.None) keystr = PyUnicode.FromString("null");
        else if (key is PyLong) keystr = PyLong.Type.tp_repr!(key);
        else if (_skipKeys) return 0;
        else
        {
            Errors.SetString(PyExc.TypeError, $"keys must be str, int, float, bool or None, not {key.ob_type.tp_name}");
            return -1;
        }
        if (keystr == null) return -1;
        if (first) first = false;
        else if (separator != null) w.Append(separator);
        else w.Append((PyUnicode)_itemSeparator!);
        int r = EncodeString(c, (PyUnicode)keystr);
        Py.DECREF(keystr);
        if (r < 0) return -1;
        w.Append((PyUnicode)_keySeparator!);
        if (EncodeObj(c, value, depth) < 0)
        {
            // The note shows the key's repr, which may be Python code.
            c.Markers?.Finish(true);
            var k = Abstract.ReprString(key);
            if (k != null) AddNote($"when serializing {TypeName(dct.ob_type)} item {k}");
            return -1;
        }
        return 0;
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        if (_markers != null) visit(_markers);
        if (_default != null) visit(_default);
        if (_encoder != null) visit(_encoder);
        if (_indent != null) visit(_indent);
        if (_keySeparator != null) visit(_keySeparator);
        if (_itemSeparator != null) visit(_itemSeparator);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref _markers);
        Py.CLEAR(ref _default);
        Py.CLEAR(ref _encoder);
        Py.CLEAR(ref _indent);
        Py.CLEAR(ref _keySeparator);
        Py.CLEAR(ref _itemSeparator);
    }
}
