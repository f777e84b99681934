using System;
using System.Buffers.Binary;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>The unpickler's stacks, memo and opcodes: load() and one routine per opcode.</summary>
public sealed partial class PyUnpickler
{
    // ---- the object stack (Pdata) and the mark stack ----

    void Push(PyObject o)
    {
        if (_stackLen == _stack.Length) Array.Resize(ref _stack, _stackLen + (_stackLen >> 3) + 6);
        _stack[_stackLen++] = o;
    }

    int StackUnderflow(PickleState st)
    {
        Errors.SetString(st.UnpicklingError, _markSet ? "unexpected MARK found" : "unpickling stack underflow");
        return -1;
    }

    /// <summary>Pdata_pop: the top object (a reference the caller owns), or null on underflow.</summary>
    PyObject? Pop(PickleState st)
    {
        if (_stackLen <= _fence)
        {
            StackUnderflow(st);
            return null;
        }
        var o = _stack[--_stackLen];
        _stack[_stackLen] = null!;
        return o;
    }

    /// <summary>Pdata_clear: drop the objects above <paramref name="clearTo"/>.</summary>
    void ClearStack(int clearTo)
    {
        while (_stackLen > clearTo)
        {
            var o = _stack[--_stackLen];
            _stack[_stackLen] = null!;
            Py.DECREF(o);
        }
    }

    /// <summary>Pdata_poptuple: the objects from <paramref name="start"/> up as a tuple (their references move into it).</summary>
    PyTuple? PopTuple(PickleState st, int start)
    {
        if (start < _fence)
        {
            StackUnderflow(st);
            return null;
        }
        int len = _stackLen - start;
        if (len == 0) return PyTuple.Empty;
        var items = _stack.AsSpan(start, len).ToArray();
        _stack.AsSpan(start, len).Clear();
        _stackLen = start;
        return PyTuple.FromStolen(items);
    }

    PyList PopList(int start)
    {
        int len = _stackLen - start;
        var list = PyList.New(len);
        for (int i = start; i < _stackLen; i++) list.AppendSteal(_stack[i]);
        _stack.AsSpan(start, len).Clear();
        _stackLen = start;
        return list;
    }

    /// <summary>marker: pop the innermost MARK; its stack position, or -1 with "could not find MARK".</summary>
    int Marker(PickleState st)
    {
        if (_numMarks < 1)
        {
            Errors.SetString(st.UnpicklingError, "could not find MARK");
            return -1;
        }
        int mark = _marks[--_numMarks];
        _markSet = _numMarks != 0;
        _fence = _numMarks != 0 ? _marks[_numMarks - 1] : 0;
        return mark;
    }

    // ---- the memo ----

    PyObject? MemoGet(long idx) => idx >= 0 && idx < Memo.Length ? Memo[idx] : null;

    /// <summary>_Unpickler_MemoPut: memo[idx] = value (a new reference).</summary>
    int MemoPut(long idx, PyObject value)
    {
        if (idx >= Memo.Length)
        {
            long size = Math.Max(idx * 2, 32);
            if (size > Array.MaxLength)
            {
                Errors.NoMemory();
                return -1;
            }
            try { Array.Resize(ref Memo, (int)size); }
            catch (OutOfMemoryException)
            {
                // A hostile index read from the pickle: CPython's PyMem_RESIZE fails the same way.
                Errors.NoMemory();
                return -1;
            }
        }
        var old = Memo[idx];
        Memo[idx] = Py.NewRef(value);
        if (old != null) Py.DECREF(old);
        else MemoLen++;
        return 0;
    }

    int MemoNotFound(PickleState st, long idx)
    {
        Errors.SetString(st.UnpicklingError, $"Memo value not found at index {idx}");
        return -1;
    }

    // ---- integers of the opcode arguments ----

    /// <summary>calc_binsize: an unsigned little-endian size, or -1 beyond Py_ssize_t.</summary>
    static long CalcBinSize(ReadOnlySpan<byte> s)
    {
        ulong x = 0;
        for (int i = 0; i < s.Length; i++) x |= (ulong)s[i] << (8 * i);
        return x > long.MaxValue ? -1 : (long)x;
    }

    /// <summary>calc_binint: 1 and 2 bytes are unsigned, 4 bytes signed.</summary>
    static long CalcBinInt(ReadOnlySpan<byte> s) => s.Length switch
    {
        1 => s[0],
        2 => BinaryPrimitives.ReadUInt16LittleEndian(s),
        _ => BinaryPrimitives.ReadInt32LittleEndian(s),
    };

    // ---- load() ----

    /// <summary>load: run opcodes until STOP; the object on top of the stack, or null with an exception set.</summary>
    internal PyObject? Load(PickleState st)
    {
        _running = true;
        var r = LoadOpcodes(st);
        _running = false;
        return r;
    }

    PyObject? LoadOpcodes(PickleState st)
    {
        _numMarks = 0;
        _markSet = false;
        _fence = 0;
        _proto = 0;
        ClearStack(0);
        while (true)
        {
            if (Read(st, 1, out var s) < 0)
            {
                if (Errors.ExceptionMatches(st.UnpicklingError))
                {
                    Errors.Clear();
                    Errors.SetString(PyExc.EOFError, "Ran out of input");
                }
                return null;
            }
            byte op = s[0];
            if (op == Op.STOP) break;
            if (Dispatch(st, op) < 0) return null;
        }
        if (SkipConsumed() < 0) return null;
        return Pop(st);
    }

    int Dispatch(PickleState st, byte op)
    {
        switch (op)
        {
            case Op.NONE: Push(Py.None); return 0;
            case Op.NEWTRUE: Push(PyBool.True); return 0;
            case Op.NEWFALSE: Push(PyBool.False); return 0;
            case Op.BININT: return LoadBinInt(st, 4);
            case Op.BININT1: return LoadBinInt(st, 1);
            case Op.BININT2: return LoadBinInt(st, 2);
            case Op.INT: return LoadInt(st);
            case Op.LONG: return LoadLong(st);
            case Op.LONG1: return LoadCountedLong(st, 1);
            case Op.LONG4: return LoadCountedLong(st, 4);
            case Op.FLOAT: return LoadFloat(st);
            case Op.BINFLOAT: return LoadBinFloat(st);
            case Op.SHORT_BINBYTES: return LoadCountedBinBytes(st, 1);
            case Op.BINBYTES: return LoadCountedBinBytes(st, 4);
            case Op.BINBYTES8: return LoadCountedBinBytes(st, 8);
            case Op.BYTEARRAY8: return LoadCountedByteArray(st);
            case Op.NEXT_BUFFER: return LoadNextBuffer(st);
            case Op.READONLY_BUFFER: return LoadReadOnlyBuffer(st);
            case Op.SHORT_BINSTRING: return LoadCountedBinString(st, 1);
            case Op.BINSTRING: return LoadCountedBinString(st, 4);
            case Op.STRING: return LoadString(st);
            case Op.UNICODE: return LoadUnicode(st);
            case Op.SHORT_BINUNICODE: return LoadCountedBinUnicode(st, 1);
            case Op.BINUNICODE: return LoadCountedBinUnicode(st, 4);
            case Op.BINUNICODE8: return LoadCountedBinUnicode(st, 8);
            case Op.EMPTY_TUPLE: return LoadCountedTuple(st, 0);
            case Op.TUPLE1: return LoadCountedTuple(st, 1);
            case Op.TUPLE2: return LoadCountedTuple(st, 2);
            case Op.TUPLE3: return LoadCountedTuple(st, 3);
            case Op.TUPLE:
            {
                int i = Marker(st);
                return i < 0 ? -1 : LoadCountedTuple(st, _stackLen - i);
            }
            case Op.EMPTY_LIST: Push(PyList.New()); return 0;
            case Op.LIST:
            {
                int i = Marker(st);
                if (i < 0) return -1;
                Push(PopList(i));
                return 0;
            }
            case Op.EMPTY_DICT: Push(PyDict.New()); return 0;
            case Op.DICT: return LoadDict(st);
            case Op.EMPTY_SET: Push(PySet.NewEmpty()); return 0;
            case Op.ADDITEMS: return LoadAddItems(st);
            case Op.FROZENSET: return LoadFrozenSet(st);
            case Op.OBJ: return LoadObj(st);
            case Op.INST: return LoadInst(st);
            case Op.NEWOBJ: return LoadNewObj(st, false);
            case Op.NEWOBJ_EX: return LoadNewObj(st, true);
            case Op.GLOBAL: return LoadGlobal(st);
            case Op.STACK_GLOBAL: return LoadStackGlobal(st);
            case Op.APPEND:
                if (_stackLen - 1 <= _fence) return StackUnderflow(st);
                return DoAppend(st, _stackLen - 1);
            case Op.APPENDS:
            {
                int i = Marker(st);
                return i < 0 ? -1 : DoAppend(st, i);
            }
            case Op.BUILD: return LoadBuild(st);
            case Op.DUP:
                if (_stackLen <= _fence) return StackUnderflow(st);
                Push(Py.NewRef(_stack[_stackLen - 1]));
                return 0;
            case Op.BINGET:
            {
                if (Read(st, 1, out var s) < 0) return -1;
                long idx = s[0];
                var v = MemoGet(idx);
                if (v == null) return MemoNotFound(st, idx);
                Push(Py.NewRef(v));
                return 0;
            }
            case Op.LONG_BINGET:
            {
                if (Read(st, 4, out var s) < 0) return -1;
                long idx = CalcBinSize(s);
                var v = MemoGet(idx);
                if (v == null) return MemoNotFound(st, idx);
                Push(Py.NewRef(v));
                return 0;
            }
            case Op.GET: return LoadGet(st);
            case Op.MARK:
                if (_numMarks >= _marks.Length) Array.Resize(ref _marks, (_numMarks << 1) + 20);
                _markSet = true;
                _marks[_numMarks++] = _fence = _stackLen;
                return 0;
            case Op.BINPUT:
            {
                if (Read(st, 1, out var s) < 0) return -1;
                if (_stackLen <= _fence) return StackUnderflow(st);
                return MemoPut(s[0], _stack[_stackLen - 1]);
            }
            case Op.LONG_BINPUT:
            {
                if (Read(st, 4, out var s) < 0) return -1;
                if (_stackLen <= _fence) return StackUnderflow(st);
                long idx = CalcBinSize(s);
                if (idx < 0)
                {
                    Errors.SetString(PyExc.ValueError, "negative LONG_BINPUT argument");
                    return -1;
                }
                return MemoPut(idx, _stack[_stackLen - 1]);
            }
            case Op.PUT: return LoadPut(st);
            case Op.MEMOIZE:
                if (_stackLen <= _fence) return StackUnderflow(st);
                return MemoPut(MemoLen, _stack[_stackLen - 1]);
            case Op.POP: return LoadPop(st);
            case Op.POP_MARK:
            {
                int i = Marker(st);
                if (i < 0) return -1;
                ClearStack(i);
                return 0;
            }
            case Op.SETITEM: return DoSetItems(st, _stackLen - 2);
            case Op.SETITEMS:
            {
                int i = Marker(st);
                return i < 0 ? -1 : DoSetItems(st, i);
            }
            case Op.PERSID: return LoadPersId(st);
            case Op.BINPERSID:
            {
                var pid = Pop(st);
                if (pid == null) return -1;
                var obj = CallPersistentLoad(st, pid);
                Py.DECREF(pid);
                if (obj == null) return -1;
                Push(obj);
                return 0;
            }
            case Op.REDUCE: return LoadReduce(st);
            case Op.PROTO:
            {
                if (Read(st, 1, out var s) < 0) return -1;
                int p = s[0];
                if (p <= Op.HIGHEST_PROTOCOL)
                {
                    _proto = p;
                    return 0;
                }
                Errors.SetString(PyExc.ValueError, $"unsupported pickle protocol: {p}");
                return -1;
            }
            case Op.FRAME: return LoadFrame(st);
            case Op.EXT1: return LoadExtension(st, 1);
            case Op.EXT2: return LoadExtension(st, 2);
            case Op.EXT4: return LoadExtension(st, 4);
            default:
            {
                char c = (char)op;
                if (op >= 0x20 && op <= 0x7e && c != '\'' && c != '\\') Errors.SetString(st.UnpicklingError, $"invalid load key, '{c}'.");
                else Errors.SetString(st.UnpicklingError, $"invalid load key, '\\x{op:x2}'.");
                return -1;
            }
        }
    }

    // ---- numbers ----

    int LoadBinInt(PickleState st, int size)
    {
        if (Read(st, size, out var s) < 0) return -1;
        Push(PyLong.FromLong(CalcBinInt(s)));
        return 0;
    }

    /// <summary>strtol(s, &amp;end, 10) over a whole line; false when it is not all one decimal number that fits a long.</summary>
    static bool StrToLong(string s, out long value)
    {
        value = 0;
        int i = 0;
        while (i < s.Length && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
        bool neg = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
        if (i >= s.Length) return false;
        ulong acc = 0;
        for (; i < s.Length; i++)
        {
            if (s[i] < '0' || s[i] > '9') return false;
            acc = acc * 10 + (ulong)(s[i] - '0');
            if (acc > (ulong)long.MaxValue + 1) return false;
        }
        if (!neg && acc > long.MaxValue) return false;
        value = neg ? (long)(0 - acc) : (long)acc;
        return true;
    }

    int LoadInt(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 2) return BadReadline(st);
        var text = Encoding.Latin1.GetString(line[..^1]);
        PyObject? value;
        if (StrToLong(text, out long x))
            // "I00\n" and "I01\n" are how protocols 0 and 1 write False and True.
            value = line.Length == 3 && (x == 0 || x == 1) ? Py.NewBool(x == 1) : PyLong.FromLong(x);
        else
        {
            var original = PyUnicode.FromString(text);
            value = PyLong.FromString(text, 10, original);
            Py.DECREF(original);
            if (value == null)
            {
                Errors.Clear();
                Errors.SetString(PyExc.ValueError, "could not convert string to int");
                return -1;
            }
        }
        Push(value);
        return 0;
    }

    int LoadLong(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 2) return BadReadline(st);
        // Python 2's trailing L is optional (Python 3.0 wrote none).
        int end = line[^2] == (byte)'L' ? line.Length - 2 : line.Length - 1;
        var text = Encoding.Latin1.GetString(line[..end]);
        var original = PyUnicode.FromString(text);
        var value = PyLong.FromString(text, 10, original);
        Py.DECREF(original);
        if (value == null) return -1;
        Push(value);
        return 0;
    }

    int LoadCountedLong(PickleState st, int size)
    {
        if (Read(st, size, out var s) < 0) return -1;
        long n = CalcBinInt(s);
        if (n < 0)
        {
            Errors.SetString(st.UnpicklingError, "LONG pickle has negative byte count");
            return -1;
        }
        if (n == 0)
        {
            Push(PyLong.FromLong(0));
            return 0;
        }
        if (Read(st, n, out var data) < 0) return -1;
        Push(PyLong.FromBigInteger(new System.Numerics.BigInteger(data, isUnsigned: false, isBigEndian: false)));
        return 0;
    }

    int LoadFloat(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 2) return BadReadline(st);
        var text = Encoding.Latin1.GetString(line[..^1]);
        if (text.Contains('_') || char.IsWhiteSpace(text[0]) || !PyFloat.TryParse(text, out double d))
        {
            // PyOS_string_to_double names the line when not even a prefix of it is a number.
            if (!StartsLikeFloat(text))
            {
                var whole = Encoding.Latin1.GetString(line);
                Errors.SetString(PyExc.ValueError, $"could not convert string to float: '{(whole.Length > 200 ? whole[..200] : whole)}'");
            }
            else Errors.SetString(PyExc.ValueError, "could not convert string to float");
            return -1;
        }
        Push(PyFloat.FromDouble(d));
        return 0;
    }

    /// <summary>Would strtod convert a prefix of <paramref name="s"/>: a sign, then digits, a point and a digit, or inf/nan?</summary>
    static bool StartsLikeFloat(string s)
    {
        int i = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        if (i >= s.Length) return false;
        if (char.IsAsciiDigit(s[i])) return true;
        if (s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) return true;
        var rest = s[i..];
        return rest.StartsWith("inf", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("nan", StringComparison.OrdinalIgnoreCase);
    }

    int LoadBinFloat(PickleState st)
    {
        if (Read(st, 8, out var s) < 0) return -1;
        Push(PyFloat.FromDouble(BinaryPrimitives.ReadDoubleBigEndian(s)));
        return 0;
    }

    // ---- bytes and strings ----

    int LoadCountedBinBytes(PickleState st, int nbytes)
    {
        if (Read(st, nbytes, out var s) < 0) return -1;
        long size = CalcBinSize(s);
        if (size < 0)
        {
            Errors.SetString(PyExc.OverflowError, $"BINBYTES exceeds system's maximum size of {long.MaxValue} bytes");
            return -1;
        }
        var data = ReadInto(st, size, true);
        if (data == null) return -1;
        Push(PyBytes.FromBytes(data));
        return 0;
    }

    int LoadCountedByteArray(PickleState st)
    {
        if (Read(st, 8, out var s) < 0) return -1;
        long size = CalcBinSize(s);
        if (size < 0)
        {
            Errors.SetString(PyExc.OverflowError, $"BYTEARRAY8 exceeds system's maximum size of {long.MaxValue} bytes");
            return -1;
        }
        var data = ReadInto(st, size, false);
        if (data == null) return -1;
        Push(PyByteArray.FromArray(data));
        return 0;
    }

    int LoadNextBuffer(PickleState st)
    {
        if (_buffers == null)
        {
            Errors.SetString(st.UnpicklingError, "pickle stream refers to out-of-band data but no *buffers* argument was given");
            return -1;
        }
        var buf = Abstract.IterNext(_buffers);
        if (buf == null)
        {
            if (!Errors.Occurred()) Errors.SetString(st.UnpicklingError, "not enough out-of-band buffers");
            return -1;
        }
        Push(buf);
        return 0;
    }

    int LoadReadOnlyBuffer(PickleState st)
    {
        if (_stackLen <= _fence) return StackUnderflow(st);
        var obj = _stack[_stackLen - 1];
        var view = PyMemoryView.FromObject(obj);
        if (view == null) return -1;
        var mv = (PyMemoryView)view;
        if (!mv.View.@readonly)
        {
            // A writable buffer becomes a read-only view of it.
            var ro = PyMemoryView.ToReadOnly(mv);
            Py.DECREF(view);
            if (ro == null) return -1;
            _stack[_stackLen - 1] = ro;
            Py.DECREF(obj);
        }
        else Py.DECREF(view);
        return 0;
    }

    /// <summary>A Python 2 str: bytes when the encoding is 'bytes', else decoded with encoding and errors.</summary>
    PyObject? DecodePython2String(ReadOnlySpan<byte> data, PyBytes? bytes)
    {
        if (_encoding == "bytes") return bytes != null ? Py.NewRef(bytes) : PyBytes.FromSpan(data);
        var source = bytes != null ? Py.NewRef(bytes) : PyBytes.FromSpan(data);
        var r = UnicodeCodecs.Decode(data, source, _encoding, _errors);
        Py.DECREF(source);
        return r;
    }

    int LoadString(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        int len = line.Length - 1;
        if (!(len >= 2 && line[0] == line[len - 1] && (line[0] == '\'' || line[0] == '"')))
        {
            Errors.SetString(st.UnpicklingError, "the STRING opcode argument must be quoted");
            return -1;
        }
        var raw = Sharpy.Modules.Codecs.EscapeCodecs.EscapeDecode(line.Slice(1, len - 2), null);
        if (raw == null) return -1;
        var bytes = PyBytes.FromBytes(raw);
        var obj = DecodePython2String(raw, bytes);
        Py.DECREF(bytes);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    int LoadCountedBinString(PickleState st, int nbytes)
    {
        if (Read(st, nbytes, out var s) < 0) return -1;
        long size = CalcBinInt(s);
        if (size < 0)
        {
            Errors.SetString(st.UnpicklingError, "BINSTRING pickle has negative byte count");
            return -1;
        }
        if (Read(st, size, out var data) < 0) return -1;
        var obj = DecodePython2String(data, null);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    int LoadUnicode(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 1) return BadReadline(st);
        var str = Sharpy.Modules.Codecs.EscapeCodecs.RawUnicodeEscapeDecode(line[..^1], null, null, true, out _);
        if (str == null) return -1;
        Push(str);
        return 0;
    }

    int LoadCountedBinUnicode(PickleState st, int nbytes)
    {
        if (Read(st, nbytes, out var s) < 0) return -1;
        long size = CalcBinSize(s);
        if (size < 0)
        {
            Errors.SetString(PyExc.OverflowError, $"BINUNICODE exceeds system's maximum size of {long.MaxValue} bytes");
            return -1;
        }
        if (Read(st, size, out var data) < 0) return -1;
        PyObject? str;
        // As PyUnicode_DecodeUTF8: the empty str and one ASCII character are the shared objects.
        if (Ascii.IsValid(data))
        {
            str = data.Length switch
            {
                0 => Py.NewRef(PyUnicode.Empty),
                1 => PyUnicode.FromCodePoint(data[0]),
                _ => PyUnicode.FromSimple(Encoding.ASCII.GetString(data)),
            };
        }
        else str = Sharpy.Modules.Codecs.Utf8Codec.Decode(data, null, "surrogatepass", true, out _);
        if (str == null) return -1;
        Push(str);
        return 0;
    }

    // ---- containers ----

    int LoadCountedTuple(PickleState st, int len)
    {
        if (_stackLen < len) return StackUnderflow(st);
        var tuple = PopTuple(st, _stackLen - len);
        if (tuple == null) return -1;
        Push(tuple);
        return 0;
    }

    int LoadDict(PickleState st)
    {
        int i = Marker(st);
        if (i < 0) return -1;
        int j = _stackLen;
        if ((j - i) % 2 != 0)
        {
            Errors.SetString(st.UnpicklingError, "odd number of items for DICT");
            return -1;
        }
        var dict = PyDict.New();
        for (int k = i + 1; k < j; k += 2)
        {
            if (dict.SetItem(_stack[k - 1], _stack[k]) < 0)
            {
                Py.DECREF(dict);
                return -1;
            }
        }
        ClearStack(i);
        Push(dict);
        return 0;
    }

    int LoadFrozenSet(PickleState st)
    {
        int i = Marker(st);
        if (i < 0) return -1;
        var items = PopTuple(st, i);
        if (items == null) return -1;
        var set = new PyFrozenSet(PyFrozenSet.Type);
        foreach (var o in items.Items)
        {
            if (set.Add(o) < 0)
            {
                Py.DECREF(set);
                Py.DECREF(items);
                return -1;
            }
        }
        Py.DECREF(items);
        Push(set);
        return 0;
    }

    int LoadAddItems(PickleState st)
    {
        int mark = Marker(st);
        if (mark < 0) return -1;
        int len = _stackLen;
        if (mark > len || mark <= _fence) return StackUnderflow(st);
        if (len == mark) return 0;
        var set = _stack[mark - 1];
        if (set is PySet s)
        {
            var items = PopTuple(st, mark);
            if (items == null) return -1;
            int status = 0;
            foreach (var o in items.Items)
            {
                if (s.Add(o) < 0) { status = -1; break; }
            }
            Py.DECREF(items);
            return status;
        }
        var add = Abstract.GetAttr(set, PyUnicode.Intern("add"));
        if (add == null) return -1;
        int result = 0;
        for (int i = mark; i < len; i++)
        {
            var r = Calls.CallOneArg(add, _stack[i]);
            if (r == null) { result = -1; break; }
            Py.DECREF(r);
        }
        Py.DECREF(add);
        ClearStack(mark);
        return result;
    }

    int DoAppend(PickleState st, int x)
    {
        int len = _stackLen;
        if (x > len || x <= _fence) return StackUnderflow(st);
        if (len == x) return 0;
        var list = _stack[x - 1];
        if (list.ob_type == PyList.Type)
        {
            var l = (PyList)list;
            for (int i = x; i < len; i++) l.AppendSteal(_stack[i]);
            _stack.AsSpan(x, len - x).Clear();
            _stackLen = x;
            return 0;
        }
        if (Abstract.LookupAttr(list, PyUnicode.Intern("extend"), out var extend) < 0) return -1;
        if (extend != null)
        {
            var slice = PopList(x);
            var r = Calls.CallOneArg(extend, slice);
            Py.DECREF(slice);
            Py.DECREF(extend);
            if (r == null) return -1;
            Py.DECREF(r);
            return 0;
        }
        // PEP 307 asks for extend(); append() one at a time is the old fallback.
        var append = Abstract.GetAttr(list, PyUnicode.Intern("append"));
        if (append == null) return -1;
        int status = 0;
        for (int i = x; i < len; i++)
        {
            var r = Calls.CallOneArg(append, _stack[i]);
            if (r == null) { status = -1; break; }
            Py.DECREF(r);
        }
        Py.DECREF(append);
        ClearStack(x);
        return status;
    }

    int DoSetItems(PickleState st, int x)
    {
        int len = _stackLen;
        if (x > len || x <= _fence) return StackUnderflow(st);
        if (len == x) return 0;
        if ((len - x) % 2 != 0)
        {
            Errors.SetString(st.UnpicklingError, "odd number of items for SETITEMS");
            return -1;
        }
        var dict = _stack[x - 1];
        int status = 0;
        for (int i = x + 1; i < len; i += 2)
        {
            int r = dict.ob_type == PyDict.Type ? ((PyDict)dict).SetItem(_stack[i - 1], _stack[i]) : Abstract.SetItem(dict, _stack[i - 1], _stack[i]);
            if (r < 0) { status = -1; break; }
        }
        ClearStack(x);
        return status;
    }

    // ---- objects ----

    /// <summary>instantiate: cls(*args), or cls.__new__(cls) for a class without __getinitargs__ and no args (OBJ and INST).</summary>
    static PyObject? Instantiate(PyObject cls, PyTuple args)
    {
        if (args.Items.Length == 0 && cls is PyType)
        {
            if (Abstract.LookupAttr(cls, PyUnicode.Intern("__getinitargs__"), out var func) < 0) return null;
            if (func == null) return Calls.CallMethod(cls, "__new__", cls);
            Py.DECREF(func);
        }
        return Calls.CallTuple(cls, args);
    }

    int LoadObj(PickleState st)
    {
        int i = Marker(st);
        if (i < 0) return -1;
        if (_stackLen - i < 1) return StackUnderflow(st);
        var args = PopTuple(st, i + 1);
        if (args == null) return -1;
        var cls = Pop(st);
        PyObject? obj = null;
        if (cls != null)
        {
            obj = Instantiate(cls, args);
            Py.DECREF(cls);
        }
        Py.DECREF(args);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    /// <summary>A module or class name line of INST and GLOBAL (without its newline).</summary>
    int ReadNameLine(PickleState st, bool ascii, out PyObject? name)
    {
        name = null;
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 2) return BadReadline(st);
        var text = line[..^1];
        if (ascii)
        {
            if (!Ascii.IsValid(text))
            {
                var src = PyBytes.FromSpan(text);
                name = UnicodeCodecs.Decode(text, src, "ascii", "strict");
                Py.DECREF(src);
                return name == null ? -1 : 0;
            }
            name = PyUnicode.FromString(Encoding.ASCII.GetString(text));
            return 0;
        }
        name = Sharpy.Modules.Codecs.Utf8Codec.Decode(text, null, "strict", true, out _);
        return name == null ? -1 : 0;
    }

    int LoadInst(PickleState st)
    {
        int i = Marker(st);
        if (i < 0) return -1;
        if (ReadNameLine(st, true, out var moduleName) < 0) return -1;
        PyObject? cls = null;
        if (ReadNameLine(st, true, out var className) == 0)
        {
            cls = FindClass(st, moduleName!, className!);
            Py.DECREF(className!);
        }
        Py.DECREF(moduleName!);
        if (cls == null) return -1;
        PyObject? obj = null;
        var args = PopTuple(st, i);
        if (args != null)
        {
            obj = Instantiate(cls, args);
            Py.DECREF(args);
        }
        Py.DECREF(cls);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    int NewObjError(PickleState st, string message, bool useKwargs, PyObject arg)
    {
        Errors.SetString(st.UnpicklingError, string.Format(message, useKwargs ? "NEWOBJ_EX" : "NEWOBJ", arg.ob_type.tp_name));
        return -1;
    }

    /// <summary>NEWOBJ and NEWOBJ_EX: cls.__new__(cls, *args[, **kwargs]) through the class's tp_new.</summary>
    int LoadNewObj(PickleState st, bool useKwargs)
    {
        PyObject? kwargs = null;
        if (useKwargs && (kwargs = Pop(st)) == null) return -1;
        var args = Pop(st);
        if (args == null) { Py.XDECREF(kwargs); return -1; }
        var cls = Pop(st);
        if (cls == null) { Py.XDECREF(kwargs); Py.DECREF(args); return -1; }
        int status = NewObj(st, cls, args, kwargs, useKwargs);
        Py.XDECREF(kwargs);
        Py.DECREF(args);
        Py.DECREF(cls);
        return status;
    }

    int NewObj(PickleState st, PyObject cls, PyObject args, PyObject? kwargs, bool useKwargs)
    {
        if (cls is not PyType type) return NewObjError(st, "{0} class argument must be a type, not {1}", useKwargs, cls);
        if (type.tp_new == null)
        {
            Errors.SetString(st.UnpicklingError, $"{(useKwargs ? "NEWOBJ_EX" : "NEWOBJ")} class argument '{type.tp_name}' doesn't have __new__");
            return -1;
        }
        if (args is not PyTuple argTuple) return NewObjError(st, "{0} args argument must be a tuple, not {1}", useKwargs, args);
        PyDict? kw = null;
        if (useKwargs)
        {
            if (kwargs is not PyDict d) return NewObjError(st, "{0} kwargs argument must be a dict, not {1}", useKwargs, kwargs!);
            kw = d;
        }
        int nargs = argTuple.Items.Length, nkw = kw?.Count ?? 0;
        var refs = new StackRef[nargs + nkw];
        for (int i = 0; i < nargs; i++) refs[i] = StackRef.FromBorrow(argTuple.Items[i]);
        PyTuple? kwnames = null;
        if (nkw > 0)
        {
            var names = new PyObject[nkw];
            int pos = 0, k = 0;
            while (kw!.Next(ref pos, out var key, out var value))
            {
                if (key is not PyUnicode)
                {
                    foreach (var n in names) if (n != null) Py.DECREF(n);
                    Errors.SetString(PyExc.TypeError, "keywords must be strings");
                    return -1;
                }
                names[k] = Py.NewRef(key);
                refs[nargs + k] = StackRef.FromBorrow(value);
                k++;
            }
            kwnames = PyTuple.FromStolen(names);
        }
        var obj = type.tp_new(type, refs, kwnames);
        Py.XDECREF(kwnames);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    int LoadGlobal(PickleState st)
    {
        if (ReadNameLine(st, false, out var moduleName) < 0) return -1;
        PyObject? global = null;
        if (ReadNameLine(st, false, out var globalName) == 0)
        {
            global = FindClass(st, moduleName!, globalName!);
            Py.DECREF(globalName!);
        }
        Py.DECREF(moduleName!);
        if (global == null) return -1;
        Push(global);
        return 0;
    }

    int LoadStackGlobal(PickleState st)
    {
        var globalName = Pop(st);
        if (globalName == null) return -1;
        var moduleName = Pop(st);
        if (moduleName == null) { Py.DECREF(globalName); return -1; }
        PyObject? global = null;
        if (moduleName.ob_type != PyUnicode.Type || globalName.ob_type != PyUnicode.Type)
            Errors.SetString(st.UnpicklingError, "STACK_GLOBAL requires str");
        else global = FindClass(st, moduleName, globalName);
        Py.DECREF(globalName);
        Py.DECREF(moduleName);
        if (global == null) return -1;
        Push(global);
        return 0;
    }

    /// <summary>self.persistent_load(pid); on an exact Unpickler with none assigned, the default's error without a call.</summary>
    PyObject? CallPersistentLoad(PickleState st, PyObject pid)
    {
        if (ob_type == Type && _persistentLoadAttr == null)
            return Errors.SetString(st.UnpicklingError, "A load persistent id instruction was encountered, but no persistent_load function was specified.");
        var func = Abstract.GetAttr(this, PyUnicode.Intern("persistent_load"));
        if (func == null) return null;
        var r = Calls.CallOneArg(func, pid);
        Py.DECREF(func);
        return r;
    }

    int LoadPersId(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 1) return BadReadline(st);
        var text = line[..^1];
        if (!Ascii.IsValid(text))
        {
            Errors.SetString(st.UnpicklingError, "persistent IDs in protocol 0 must be ASCII strings");
            return -1;
        }
        var pid = PyUnicode.FromString(Encoding.ASCII.GetString(text));
        var obj = CallPersistentLoad(st, pid);
        Py.DECREF(pid);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    int LoadGet(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 2) return BadReadline(st);
        var text = Encoding.Latin1.GetString(line);
        var original = PyUnicode.FromString(text);
        var key = PyLong.FromString(text, 10, original);
        Py.DECREF(original);
        if (key == null) return -1;
        bool ok = ArgParse.ToSsize(key, out long idx);
        Py.DECREF(key);
        if (!ok) return -1;
        var v = MemoGet(idx);
        if (v == null) return MemoNotFound(st, idx);
        Push(Py.NewRef(v));
        return 0;
    }

    int LoadPut(PickleState st)
    {
        if (Readline(st, out var line) < 0) return -1;
        if (line.Length < 2) return BadReadline(st);
        if (_stackLen <= _fence) return StackUnderflow(st);
        var value = _stack[_stackLen - 1];
        var text = Encoding.Latin1.GetString(line);
        var original = PyUnicode.FromString(text);
        var key = PyLong.FromString(text, 10, original);
        Py.DECREF(original);
        if (key == null) return -1;
        bool ok = ArgParse.ToSsize(key, out long idx);
        Py.DECREF(key);
        if (!ok) return -1;
        if (idx < 0)
        {
            Errors.SetString(PyExc.ValueError, "negative PUT argument");
            return -1;
        }
        return MemoPut(idx, value);
    }

    int LoadPop(PickleState st)
    {
        int len = _stackLen;
        // The pickle.py stack is split in two here: a POP right after a MARK pops the mark.
        if (_numMarks > 0 && _marks[_numMarks - 1] == len)
        {
            _numMarks--;
            _markSet = _numMarks != 0;
            _fence = _numMarks != 0 ? _marks[_numMarks - 1] : 0;
        }
        else if (len <= _fence) return StackUnderflow(st);
        else ClearStack(len - 1);
        return 0;
    }

    int LoadReduce(PickleState st)
    {
        var argtup = Pop(st);
        if (argtup == null) return -1;
        var callable = Pop(st);
        PyObject? obj = null;
        if (callable != null)
        {
            if (argtup is PyTuple t) obj = Calls.CallTuple(callable, t);
            else Errors.SetString(PyExc.TypeError, "argument list must be a tuple");
            Py.DECREF(callable);
        }
        Py.DECREF(argtup);
        if (obj == null) return -1;
        Push(obj);
        return 0;
    }

    /// <summary>BUILD: inst.__setstate__(state), or state's dict into inst.__dict__ and its slot dict set as attributes.</summary>
    int LoadBuild(PickleState st)
    {
        if (_stackLen - 2 < _fence) return StackUnderflow(st);
        var state = Pop(st);
        if (state == null) return -1;
        var inst = _stack[_stackLen - 1];
        if (Abstract.LookupAttr(inst, PyUnicode.Intern("__setstate__"), out var setstate) < 0)
        {
            Py.DECREF(state);
            return -1;
        }
        if (setstate != null)
        {
            var r = Calls.CallOneArg(setstate, state);
            Py.DECREF(setstate);
            Py.DECREF(state);
            if (r == null) return -1;
            Py.DECREF(r);
            return 0;
        }
        PyObject? slotState = null;
        if (state is PyTuple t && t.Items.Length == 2)
        {
            var pair = state;
            state = Py.NewRef(t.Items[0]);
            slotState = Py.NewRef(t.Items[1]);
            Py.DECREF(pair);
        }
        int status = BuildFromState(st, inst, state, slotState);
        Py.DECREF(state);
        Py.XDECREF(slotState);
        return status;
    }

    static int BuildFromState(PickleState st, PyObject inst, PyObject state, PyObject? slotState)
    {
        if (state != Py.None)
        {
            if (state is not PyDict sd)
            {
                Errors.SetString(st.UnpicklingError, "state is not a dictionary");
                return -1;
            }
            var dict = Abstract.GetAttr(inst, PyUnicode.Intern("__dict__"));
            if (dict == null) return -1;
            int pos = 0;
            while (sd.Next(ref pos, out var key, out var value))
            {
                // Attribute names are interned, as the compiler's are (an interned str is immortal: no reference to hold).
                var k = key.ob_type == PyUnicode.Type ? PyUnicode.InternInPlace((PyUnicode)key) : key;
                int r = Abstract.SetItem(dict, k, value);
                if (r < 0)
                {
                    Py.DECREF(dict);
                    return -1;
                }
            }
            Py.DECREF(dict);
        }
        if (slotState != null)
        {
            if (slotState is not PyDict slots)
            {
                Errors.SetString(st.UnpicklingError, "slot state is not a dictionary");
                return -1;
            }
            int pos = 0;
            while (slots.Next(ref pos, out var key, out var value))
                if (Abstract.SetAttr(inst, key, value) < 0) return -1;
        }
        return 0;
    }

    int LoadFrame(PickleState st)
    {
        if (Read(st, 8, out var s) < 0) return -1;
        long frameLen = CalcBinSize(s);
        if (frameLen < 0)
        {
            Errors.SetString(PyExc.OverflowError, $"FRAME length exceeds system's maximum of {long.MaxValue} bytes");
            return -1;
        }
        if (Read(st, frameLen, out _) < 0) return -1;
        // The frame is now in the input: rewind to its start.
        _nextReadIdx -= (int)frameLen;
        return 0;
    }

    /// <summary>EXT1/2/4: a global from copyreg's extension registry, by code (cached in copyreg._extension_cache).</summary>
    int LoadExtension(PickleState st, int nbytes)
    {
        if (Read(st, nbytes, out var s) < 0) return -1;
        long code = CalcBinInt(s);
        if (code <= 0)
        {
            Errors.SetString(st.UnpicklingError, "EXT specifies code <= 0");
            return -1;
        }
        var pyCode = PyLong.FromLong(code);
        var obj = st.ExtensionCache.GetItemWithError(pyCode);
        if (obj != null)
        {
            Py.DECREF(pyCode);
            Push(Py.NewRef(obj));
            return 0;
        }
        if (Errors.Occurred()) { Py.DECREF(pyCode); return -1; }
        var pair = st.InvertedRegistry.GetItemWithError(pyCode);
        if (pair == null)
        {
            Py.DECREF(pyCode);
            if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, $"unregistered extension code {code}");
            return -1;
        }
        if (pair is not PyTuple t || t.Items.Length != 2 || t.Items[0] is not PyUnicode || t.Items[1] is not PyUnicode)
        {
            Py.DECREF(pyCode);
            Errors.SetString(PyExc.ValueError, $"_inverted_registry[{code}] isn't a 2-tuple of strings");
            return -1;
        }
        obj = FindClass(st, t.Items[0], t.Items[1]);
        if (obj == null) { Py.DECREF(pyCode); return -1; }
        int r = st.ExtensionCache.SetItem(pyCode, obj);
        Py.DECREF(pyCode);
        if (r < 0) { Py.DECREF(obj); return -1; }
        Push(obj);
        return 0;
    }
}
