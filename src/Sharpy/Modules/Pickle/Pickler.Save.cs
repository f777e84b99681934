using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>The pickler's save routines: one per builtin type, then globals and __reduce__ values.</summary>
public sealed partial class PyPickler
{
    const string WhilePickling = " while pickling an object";

    /// <summary>
    /// save(): pickle <paramref name="obj"/>; 0, or -1 with an exception set. <paramref name="owned"/>
    /// is the number of references the caller's path holds to obj (its slot in the tuple or
    /// list being saved, and the caller's own), or 0 when it cannot say: see <see cref="CanDefer"/>.
    /// </summary>
    int Save(PickleState st, PyObject obj, bool persSave, int owned = 0)
    {
        if (OpcodeBoundary() < 0) return -1;
        // persistent_id's own result is saved without asking persistent_id again.
        if (!persSave && _persistentId != null)
        {
            int s = SavePers(st, obj);
            if (s != 0) return s < 0 ? -1 : 0;
        }
        var type = obj.ob_type;
        // Atoms are not memoized.
        if (obj == Py.None)
        {
            WriteByte(Op.NONE);
            return 0;
        }
        if (obj == PyBool.True || obj == PyBool.False)
        {
            SaveBool(obj == PyBool.True);
            return 0;
        }
        if (type == PyLong.Type)
        {
            SaveLong((PyLong)obj);
            return 0;
        }
        if (type == PyFloat.Type)
        {
            SaveFloat(((PyFloat)obj).Value);
            return 0;
        }
        if (MemoLookup(obj, out long index)) return MemoGet(st, index);
        if (type == PyBytes.Type) return SaveBytes(st, (PyBytes)obj);
        if (type == PyUnicode.Type) return SaveUnicode(st, (PyUnicode)obj, owned);

        // One level of the C recursion count per nested object (CPython 3.14 counts two for a
        // list or dict but checks the C stack, not a count, so it nests deeper than 2000 levels).
        if (!PickleErrors.EnterRecursiveCall(WhilePickling)) return -1;
        int status = SaveObject(st, obj, type, owned);
        PickleErrors.LeaveRecursiveCall();
        return status;
    }

    /// <summary>The part of save() under the recursion guard: containers, then the reduction protocol.</summary>
    int SaveObject(PickleState st, PyObject obj, PyType type, int owned)
    {
        if (type == PyDict.Type) return SaveDict(st, (PyDict)obj);
        if (type == PySet.Type) return SaveSet(st, (PyAnySet)obj);
        if (type == PyFrozenSet.Type) return SaveFrozenSet(st, (PyAnySet)obj);
        if (type == PyList.Type) return SaveList(st, obj);
        if (type == PyTuple.Type) return SaveTuple(st, (PyTuple)obj, owned);
        if (type == PyByteArray.Type) return SaveByteArray(st, (PyByteArray)obj);
        if (type == PyPickleBuffer.Type) return SavePickleBuffer(st, (PyPickleBuffer)obj);

        PyObject? reduceValue = null;
        // reducer_override comes first; NotImplemented falls back to the usual ways.
        if (_reducerOverride != null)
        {
            reduceValue = Calls.CallOneArg(_reducerOverride, obj);
            if (reduceValue == null) return -1;
            if (reduceValue == Py.NotImplemented) reduceValue = null;
        }
        if (reduceValue == null)
        {
            if (type == PyType.Type) return SaveType(st, obj);
            if (type == PyFunction.Type) return SaveGlobal(st, obj, null);
            // The reduction: self.dispatch_table or copyreg.dispatch_table, else __reduce_ex__, else __reduce__.
            PyObject? reduceFunc;
            if (_dispatchTable == null)
            {
                reduceFunc = st.DispatchTable.GetItemWithError(type);
                if (reduceFunc == null && Errors.Occurred()) return -1;
                if (reduceFunc != null) Py.INCREF(reduceFunc);
            }
            else
            {
                reduceFunc = Abstract.MappingGetOptionalItem(_dispatchTable, type);
                if (reduceFunc == null && Errors.Occurred()) return -1;
            }
            if (reduceFunc != null)
            {
                reduceValue = Calls.CallOneArg(reduceFunc, obj);
                Py.DECREF(reduceFunc);
            }
            else if (Abstract.IsSubtype(type, PyType.Type)) return SaveGlobal(st, obj, null);
            else
            {
                if (Abstract.LookupAttr(obj, PyUnicode.Intern("__reduce_ex__"), out reduceFunc) < 0) return -1;
                if (reduceFunc != null)
                {
                    var proto = PyLong.FromLong(Proto);
                    reduceValue = Calls.CallOneArg(reduceFunc, proto);
                    Py.DECREF(reduceFunc);
                }
                else
                {
                    if (Abstract.LookupAttr(obj, PyUnicode.Intern("__reduce__"), out reduceFunc) < 0) return -1;
                    if (reduceFunc == null)
                    {
                        Errors.SetString(st.PicklingError, $"Can't pickle {PickleErrors.TypeName(obj)} object");
                        return -1;
                    }
                    reduceValue = Calls.CallNoArgs(reduceFunc);
                    Py.DECREF(reduceFunc);
                }
            }
            if (reduceValue == null) return -1;
        }
        int status;
        if (reduceValue is PyUnicode name) status = SaveGlobal(st, obj, name);
        else if (reduceValue is not PyTuple tuple)
        {
            Errors.SetString(st.PicklingError, $"__reduce__ must return a string or tuple, not {PickleErrors.TypeName(reduceValue)}");
            PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(obj)} object");
            status = -1;
        }
        else
        {
            status = SaveReduce(st, tuple, obj);
            if (status < 0) PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(obj)} object");
        }
        Py.DECREF(reduceValue);
        return status;
    }

    /// <summary>save_pers: 1 when persistent_id gave an id (saved), 0 when it gave None, -1 on error.</summary>
    int SavePers(PickleState st, PyObject obj)
    {
        var pid = Calls.CallOneArg(_persistentId!, obj);
        if (pid == null) return -1;
        int status = 1;
        if (pid == Py.None) status = 0;
        else if (Bin != 0)
        {
            if (Save(st, pid, true) < 0) status = -1;
            else WriteByte(Op.BINPERSID);
        }
        else
        {
            var text = Abstract.Str(pid);
            if (text == null) status = -1;
            else
            {
                var s = (PyUnicode)text;
                if (!s.IsAscii)
                {
                    Errors.SetString(st.PicklingError, "persistent IDs in protocol 0 must be ASCII strings");
                    status = -1;
                }
                else
                {
                    WriteByte(Op.PERSID);
                    WriteAscii(s.Value);
                    WriteByte((byte)'\n');
                }
                Py.DECREF(text);
            }
        }
        Py.DECREF(pid);
        return status;
    }

    /// <summary>memo_get: a GET opcode for a memoized object.</summary>
    int MemoGet(PickleState st, long index)
    {
        if (Bin == 0)
        {
            WriteByte(Op.GET);
            WriteAscii(index.ToString(CultureInfo.InvariantCulture));
            WriteByte((byte)'\n');
        }
        else if (index < 256) WriteTwo(Op.BINGET, (byte)index);
        else if (index <= 0xffffffffL) WriteOpUInt32(Op.LONG_BINGET, (uint)index);
        else
        {
            Errors.SetString(st.PicklingError, "memo id too large for LONG_BINGET");
            return -1;
        }
        return 0;
    }

    /// <summary>The memo's index for obj, the deferred entries entered first if Python code has run since they were safe.</summary>
    bool MemoLookup(PyObject obj, out long index)
    {
        if (Memo.HasDeferred && ThreadState.Current.EvalEntries != _deferredSince) Memo.Flush();
        return Memo.TryGet(obj, out index);
    }

    /// <summary>
    /// Whether obj's memo entry can wait outside the table: nothing can lead the pickler to obj
    /// again before Python code runs (which <see cref="MemoLookup"/> notices). That holds when
    /// the caller's path holds every reference to obj, and no tuple or frozenset being saved
    /// around it (memoized only after their items) can be met again: none was shared when it
    /// was entered, and no Python code has run since.
    /// </summary>
    bool CanDefer(PyObject obj, int owned)
    {
        if (owned == 0 || obj.ob_refcnt != owned || _openShared != 0 || _persistentId != null) return false;
        uint now = ThreadState.Current.EvalEntries;
        if (_openTuples != 0 && now != _tuplesEnteredAt) return false;
        if (!Memo.HasDeferred) _deferredSince = now;
        return now == _deferredSince;
    }

    /// <summary>memo_put: remember obj under the next index and write a PUT (MEMOIZE from protocol 4); nothing in fast mode.</summary>
    int MemoPut(PickleState st, PyObject obj, int owned = 0)
    {
        if (Fast != 0) return 0;
        long index = Memo.Count;
        if (CanDefer(obj, owned)) Memo.AddDeferred(obj, index);
        else Memo.Set(obj, index);
        if (Proto >= 4) WriteByte(Op.MEMOIZE);
        else if (Bin == 0)
        {
            WriteByte(Op.PUT);
            WriteAscii(index.ToString(CultureInfo.InvariantCulture));
            WriteByte((byte)'\n');
        }
        else if (index < 256) WriteTwo(Op.BINPUT, (byte)index);
        else if (index <= 0xffffffffL) WriteOpUInt32(Op.LONG_BINPUT, (uint)index);
        else
        {
            Errors.SetString(st.PicklingError, "memo id too large for LONG_BINPUT");
            return -1;
        }
        return 0;
    }

    void SaveBool(bool value)
    {
        if (Proto >= 2) WriteByte(value ? Op.NEWTRUE : Op.NEWFALSE);
        // Before protocol 2, bools are INT opcodes that a newer unpickler recognises.
        else WriteAscii(value ? "I01\n" : "I00\n");
    }

    void SaveLong(PyLong v)
    {
        if (!v.IsBig && v.Value >= int.MinValue && v.Value <= int.MaxValue)
        {
            int val = (int)v.Value;
            if (Bin != 0)
            {
                uint u = (uint)val;
                if ((u & 0xffff0000) != 0) WriteOpUInt32(Op.BININT, u);
                else if ((u & 0xff00) != 0)
                {
                    var s = Reserve(3);
                    s[0] = Op.BININT2;
                    BinaryPrimitives.WriteUInt16LittleEndian(s[1..], (ushort)u);
                }
                else WriteTwo(Op.BININT1, (byte)u);
            }
            else
            {
                WriteByte(Op.INT);
                WriteAscii(val.ToString(CultureInfo.InvariantCulture));
                WriteByte((byte)'\n');
            }
            return;
        }
        var big = v.ToBigInteger();
        if (Proto >= 2)
        {
            // LONG1/LONG4: the little-endian two's complement bytes, as few as keep the sign.
            int n = big.GetByteCount();
            if (n < 256)
            {
                var s = Reserve(2 + n);
                s[0] = Op.LONG1;
                s[1] = (byte)n;
                big.TryWriteBytes(s[2..], out _);
            }
            else
            {
                var s = Reserve(5 + n);
                s[0] = Op.LONG4;
                BinaryPrimitives.WriteInt32LittleEndian(s[1..], n);
                big.TryWriteBytes(s[5..], out _);
            }
        }
        else
        {
            // Protocol 0 and 1: the repr with Python 2's trailing L.
            WriteByte(Op.LONG);
            WriteAscii(big.ToString(CultureInfo.InvariantCulture));
            WriteAscii("L\n");
        }
    }

    void SaveFloat(double x)
    {
        if (Bin != 0)
        {
            var s = Reserve(9);
            s[0] = Op.BINFLOAT;
            BinaryPrimitives.WriteDoubleBigEndian(s[1..], x);
        }
        else
        {
            WriteByte(Op.FLOAT);
            WriteAscii(FloatFormat.Repr(x));
            WriteByte((byte)'\n');
        }
    }

    int SaveBytes(PickleState st, PyBytes obj)
    {
        if (Proto < 3)
        {
            // No bytes opcode before protocol 3: reduce to codecs.encode(latin-1 text, 'latin1'),
            // which Python 2 reads as a str and Python 3 as bytes.
            PyTuple reduceValue;
            if (obj.Length == 0) reduceValue = PyTuple.FromStolen([Py.NewRef(PyBytes.Type), Py.NewRef(PyTuple.Empty)]);
            else
            {
                var text = PyUnicode.FromString(Encoding.Latin1.GetString(obj.Value));
                reduceValue = PyTuple.FromStolen([Py.NewRef(st.CodecsEncode), PyTuple.FromStolen([text, PyUnicode.Intern("latin1")])]);
            }
            int status = SaveReduce(st, reduceValue, obj);
            Py.DECREF(reduceValue);
            return status;
        }
        return SaveBytesData(st, obj, obj.AsSpan(), obj);
    }

    /// <summary>_save_bytes_data: SHORT_BINBYTES, BINBYTES or BINBYTES8 and the bytes, then memoize.</summary>
    int SaveBytesData(PickleState st, PyObject obj, ReadOnlySpan<byte> data, PyObject? payload)
    {
        Span<byte> header = stackalloc byte[9];
        int len;
        long size = data.Length;
        if (size <= 0xff)
        {
            header[0] = Op.SHORT_BINBYTES;
            header[1] = (byte)size;
            len = 2;
        }
        else if (size <= 0xffffffffL)
        {
            header[0] = Op.BINBYTES;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)size);
            len = 5;
        }
        else
        {
            header[0] = Op.BINBYTES8;
            BinaryPrimitives.WriteInt64LittleEndian(header[1..], size);
            len = 9;
        }
        if (WriteBytes(header[..len], data, payload) < 0) return -1;
        return MemoPut(st, obj);
    }

    int SaveByteArray(PickleState st, PyByteArray obj)
    {
        if (Proto < 5)
        {
            var content = obj.AsSpan();
            var args = content.Length == 0 ? Py.NewRef(PyTuple.Empty) : PyTuple.FromStolen([PyBytes.FromSpan(content)]);
            var reduceValue = PyTuple.FromStolen([Py.NewRef(PyByteArray.Type), args]);
            int status = SaveReduce(st, reduceValue, obj);
            Py.DECREF(reduceValue);
            return status;
        }
        return SaveByteArrayData(st, obj, obj.AsSpan(), obj);
    }

    int SaveByteArrayData(PickleState st, PyObject obj, ReadOnlySpan<byte> data, PyObject? payload)
    {
        Span<byte> header = stackalloc byte[9];
        header[0] = Op.BYTEARRAY8;
        BinaryPrimitives.WriteInt64LittleEndian(header[1..], data.Length);
        if (WriteBytes(header, data, payload) < 0) return -1;
        return MemoPut(st, obj);
    }

    int SavePickleBuffer(PickleState st, PyPickleBuffer obj)
    {
        if (Proto < 5)
        {
            Errors.SetString(st.PicklingError, "PickleBuffer can only be pickled with protocol >= 5");
            return -1;
        }
        var view = obj.GetView();
        if (view == null) return -1;
        if (view.suboffsets != null || !view.IsContiguous('A'))
        {
            Errors.SetString(st.PicklingError, "PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
            return -1;
        }
        bool inBand = true;
        if (_bufferCallback != null)
        {
            var ret = Calls.CallOneArg(_bufferCallback, obj);
            if (ret == null) return -1;
            int t = Abstract.IsTrue(ret);
            Py.DECREF(ret);
            if (t < 0) return -1;
            inBand = t != 0;
        }
        if (inBand)
            return view.@readonly ? SaveBytesData(st, obj, view.Span, obj) : SaveByteArrayData(st, obj, view.Span, obj);
        // Out-of-band: the unpickler takes the next of its buffers.
        WriteByte(Op.NEXT_BUFFER);
        if (view.@readonly) WriteByte(Op.READONLY_BUFFER);
        return 0;
    }

    int SaveUnicode(PickleState st, PyUnicode obj, int owned)
    {
        if (Bin != 0)
        {
            if (WriteUnicodeBinary(obj) < 0) return -1;
        }
        else
        {
            WriteByte(Op.UNICODE);
            WriteRawUnicodeEscape(obj);
            WriteByte((byte)'\n');
        }
        return MemoPut(st, obj, owned);
    }

    /// <summary>write_unicode_binary: the UTF-8 (lone surrogates passed through) with a length opcode.</summary>
    int WriteUnicodeBinary(PyUnicode obj)
    {
        byte[]? encoded = null;
        int size;
        if (obj.HasLoneSurrogates)
        {
            encoded = Sharpy.Modules.Codecs.Utf8Codec.Encode(obj, "surrogatepass");
            if (encoded == null) return -1;
            size = encoded.Length;
        }
        else size = Encoding.UTF8.GetByteCount(obj.Value);
        Span<byte> header = stackalloc byte[9];
        int len;
        if (size <= 0xff && Proto >= 4)
        {
            header[0] = Op.SHORT_BINUNICODE;
            header[1] = (byte)size;
            len = 2;
        }
        else
        {
            header[0] = Op.BINUNICODE;
            BinaryPrimitives.WriteUInt32LittleEndian(header[1..], (uint)size);
            len = 5;
        }
        if (encoded == null && size < Op.FRAME_SIZE_TARGET)
        {
            // The common case: encode straight into the buffer.
            var span = Reserve(len + size);
            header[..len].CopyTo(span);
            Encoding.UTF8.GetBytes(obj.Value, span[len..]);
            return 0;
        }
        encoded ??= Encoding.UTF8.GetBytes(obj.Value);
        return WriteBytes(header[..len], encoded, null);
    }

    /// <summary>raw_unicode_escape, which also escapes backslash, newline, carriage return, NUL and ^Z so the text stays one line.</summary>
    void WriteRawUnicodeEscape(PyUnicode s)
    {
        const string hex = "0123456789abcdef";
        int n = s.Length;
        for (int i = 0; i < n; i++)
        {
            int ch = s[i];
            if (ch >= 0x10000)
            {
                var b = Reserve(10);
                b[0] = (byte)'\\';
                b[1] = (byte)'U';
                for (int k = 0; k < 8; k++) b[2 + k] = (byte)hex[(ch >> (28 - 4 * k)) & 0xf];
            }
            else if (ch >= 256 || ch == '\\' || ch == 0 || ch == '\n' || ch == '\r' || ch == 0x1a)
            {
                var b = Reserve(6);
                b[0] = (byte)'\\';
                b[1] = (byte)'u';
                for (int k = 0; k < 4; k++) b[2 + k] = (byte)hex[(ch >> (12 - 4 * k)) & 0xf];
            }
            else WriteByte((byte)ch);
        }
    }

    /// <summary>save_tuple: TUPLE1-3 or MARK ... TUPLE; a tuple reached again through its own items is fetched from the memo.</summary>
    int SaveTuple(PickleState st, PyTuple obj, int owned)
    {
        int len = obj.Items.Length;
        if (len == 0)
        {
            if (Proto != 0) WriteByte(Op.EMPTY_TUPLE);
            else WriteTwo(Op.MARK, Op.TUPLE);
            return 0;
        }
        bool small = len <= 3 && Proto >= 2;
        if (!small) WriteByte(Op.MARK);
        // Its items are held by the tuple alone unless something else refers to them.
        bool shared = owned == 0 || obj.ob_refcnt != owned;
        if (_openTuples++ == 0) _tuplesEnteredAt = ThreadState.Current.EvalEntries;
        if (shared) _openShared++;
        int status = 0;
        for (int i = 0; i < len; i++)
        {
            if (Save(st, obj.Items[i], false, 1) < 0)
            {
                PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(obj)} item {i}");
                status = -1;
                break;
            }
        }
        _openTuples--;
        if (shared) _openShared--;
        if (status < 0) return -1;
        if (MemoLookup(obj, out long index))
        {
            // Recursive: drop what was pushed and fetch the tuple itself.
            if (small) for (int i = 0; i < len; i++) WriteByte(Op.POP);
            else if (Bin != 0) WriteByte(Op.POP_MARK);
            else for (int i = 0; i <= len; i++) WriteByte(Op.POP);
            return MemoGet(st, index);
        }
        WriteByte(small ? (byte)(Op.TUPLE1 + len - 1) : Op.TUPLE);
        return MemoPut(st, obj, owned);
    }

    /// <summary>fast_save_enter: in fast mode, past a nesting depth, refuse an object already being saved (a cycle).</summary>
    bool FastSaveEnter(PyObject obj)
    {
        if (++_fastNesting >= Op.FAST_NESTING_LIMIT)
        {
            _fastMemo ??= PyDict.New();
            var key = PyLong.FromLong(Interpreter.IdOf(obj));
            int r = _fastMemo.Contains(key);
            if (r > 0)
                Errors.SetString(PyExc.ValueError, $"fast mode: can't pickle cyclic objects including object type {obj.ob_type.tp_name} at 0x{Interpreter.IdOf(obj):x}");
            else if (r == 0) r = _fastMemo.SetItem(key, Py.None);
            Py.DECREF(key);
            if (r != 0)
            {
                _fastNesting = -1;
                return false;
            }
        }
        return true;
    }

    bool FastSaveLeave(PyObject obj)
    {
        if (_fastNesting-- >= Op.FAST_NESTING_LIMIT)
        {
            var key = PyLong.FromLong(Interpreter.IdOf(obj));
            int r = _fastMemo!.DelItem(key);
            Py.DECREF(key);
            if (r < 0) return false;
        }
        return true;
    }

    int SaveList(PickleState st, PyObject obj)
    {
        if (Fast != 0 && !FastSaveEnter(obj)) return -1;
        int status = SaveListBody(st, obj);
        if (Fast != 0 && !FastSaveLeave(obj)) status = -1;
        return status;
    }

    int SaveListBody(PickleState st, PyObject obj)
    {
        if (Bin != 0) WriteByte(Op.EMPTY_LIST);
        else WriteTwo(Op.MARK, Op.LIST);
        if (MemoPut(st, obj) < 0) return -1;
        var list = (PyList)obj;
        if (list.Count == 0) return 0;
        int status;
        if (Proto > 0) status = BatchListExact(st, list);
        else
        {
            var iter = Abstract.GetIter(obj);
            if (iter == null) status = -1;
            else
            {
                status = BatchList(st, iter, obj);
                Py.DECREF(iter);
            }
        }
        return status;
    }

    /// <summary>batch_list: the items of an iterator, in MARK ... APPENDS batches (APPEND one at a time in protocol 0).</summary>
    int BatchList(PickleState st, PyObject iter, PyObject? origObj)
    {
        long total = 0;
        if (Proto == 0)
        {
            for (; ; total++)
            {
                var item = Abstract.IterNext(iter);
                if (item == null) return Errors.Occurred() ? -1 : 0;
                int r = Save(st, item, false);
                Py.DECREF(item);
                if (r < 0)
                {
                    AddItemNote(origObj, total);
                    return -1;
                }
                WriteByte(Op.APPEND);
            }
        }
        int n;
        do
        {
            var first = Abstract.IterNext(iter);
            if (first == null) return Errors.Occurred() ? -1 : 0;
            var next = Abstract.IterNext(iter);
            if (next == null)
            {
                if (Errors.Occurred()) { Py.DECREF(first); return -1; }
                int r = Save(st, first, false);
                Py.DECREF(first);
                if (r < 0)
                {
                    AddItemNote(origObj, total);
                    return -1;
                }
                WriteByte(Op.APPEND);
                return 0;
            }
            WriteByte(Op.MARK);
            int r1 = Save(st, first, false);
            Py.DECREF(first);
            if (r1 < 0)
            {
                AddItemNote(origObj, total);
                Py.DECREF(next);
                return -1;
            }
            total++;
            n = 1;
            while (next != null)
            {
                int r = Save(st, next, false);
                Py.DECREF(next);
                if (r < 0)
                {
                    AddItemNote(origObj, total);
                    return -1;
                }
                total++;
                if (++n == Op.BATCHSIZE) break;
                next = Abstract.IterNext(iter);
                if (next == null && Errors.Occurred()) return -1;
            }
            WriteByte(Op.APPENDS);
        } while (n == Op.BATCHSIZE);
        return 0;
    }

    static void AddItemNote(PyObject? container, long index)
    {
        if (container != null) PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(container)} item {index}");
    }

    /// <summary>batch_list_exact: an exact list's items read by index, so the list may change while they save.</summary>
    int BatchListExact(PickleState st, PyList list)
    {
        if (list.Count == 1)
        {
            var item = Py.NewRef(list.AsSpan()[0]);
            int r = Save(st, item, false, 2);
            Py.DECREF(item);
            if (r < 0)
            {
                PickleErrors.AddNote("when serializing list item 0");
                return -1;
            }
            WriteByte(Op.APPEND);
            return 0;
        }
        int total = 0;
        do
        {
            int batch = 0;
            WriteByte(Op.MARK);
            while (total < list.Count)
            {
                var item = Py.NewRef(list.AsSpan()[total]);
                int r = Save(st, item, false, 2);
                Py.DECREF(item);
                if (r < 0)
                {
                    PickleErrors.AddNote($"when serializing list item {total}");
                    return -1;
                }
                total++;
                if (++batch == Op.BATCHSIZE) break;
            }
            WriteByte(Op.APPENDS);
        } while (total < list.Count);
        return 0;
    }

    int SaveDict(PickleState st, PyDict obj)
    {
        if (Fast != 0 && !FastSaveEnter(obj)) return -1;
        int status = SaveDictBody(st, obj);
        if (Fast != 0 && !FastSaveLeave(obj)) status = -1;
        return status;
    }

    int SaveDictBody(PickleState st, PyDict obj)
    {
        if (Bin != 0) WriteByte(Op.EMPTY_DICT);
        else WriteTwo(Op.MARK, Op.DICT);
        if (MemoPut(st, obj) < 0) return -1;
        if (obj.Count == 0) return 0;
        int status;
        if (Proto > 0) status = BatchDictExact(st, obj);
        else
        {
            var items = Calls.CallMethod(obj, "items");
            var iter = items == null ? null : Abstract.GetIter(items);
            Py.XDECREF(items);
            if (iter == null) status = -1;
            else
            {
                status = BatchDict(st, iter, obj);
                Py.DECREF(iter);
            }
        }
        return status;
    }

    /// <summary>One (key, value) pair of batch_dict; -1 with an exception (and the note) on failure.</summary>
    int SaveDictPair(PickleState st, PyObject pair, PyObject? origObj)
    {
        if (pair is not PyTuple t || t.Items.Length != 2)
        {
            Errors.SetString(PyExc.TypeError, "dict items iterator must return 2-tuples");
            return -1;
        }
        if (Save(st, t.Items[0], false) < 0) return -1;
        if (Save(st, t.Items[1], false) < 0)
        {
            AddKeyNote(origObj, t.Items[0]);
            return -1;
        }
        return 0;
    }

    static void AddKeyNote(PyObject? container, PyObject key)
    {
        if (container == null) return;
        var exc = Errors.GetRaisedException();
        var repr = PickleErrors.Repr(key);
        if (repr == null) Errors.Clear();
        Errors.SetRaisedException(exc);
        if (repr != null) PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(container)} item {repr}");
    }

    /// <summary>batch_dict: (key, value) pairs of an iterator, in MARK ... SETITEMS batches (SETITEM one at a time in protocol 0).</summary>
    int BatchDict(PickleState st, PyObject iter, PyObject? origObj)
    {
        if (Proto == 0)
        {
            for (; ; )
            {
                var pair = Abstract.IterNext(iter);
                if (pair == null) return Errors.Occurred() ? -1 : 0;
                int r = SaveDictPair(st, pair, origObj);
                Py.DECREF(pair);
                if (r < 0) return -1;
                WriteByte(Op.SETITEM);
            }
        }
        int n;
        do
        {
            var first = Abstract.IterNext(iter);
            if (first == null) return Errors.Occurred() ? -1 : 0;
            if (first is not PyTuple ft || ft.Items.Length != 2)
            {
                Py.DECREF(first);
                Errors.SetString(PyExc.TypeError, "dict items iterator must return 2-tuples");
                return -1;
            }
            var next = Abstract.IterNext(iter);
            if (next == null)
            {
                if (Errors.Occurred()) { Py.DECREF(first); return -1; }
                int r = SaveDictPair(st, first, origObj);
                Py.DECREF(first);
                if (r < 0) return -1;
                WriteByte(Op.SETITEM);
                return 0;
            }
            WriteByte(Op.MARK);
            int r1 = SaveDictPair(st, first, origObj);
            Py.DECREF(first);
            if (r1 < 0)
            {
                Py.DECREF(next);
                return -1;
            }
            n = 1;
            while (next != null)
            {
                int r = SaveDictPair(st, next, origObj);
                Py.DECREF(next);
                if (r < 0) return -1;
                if (++n == Op.BATCHSIZE) break;
                next = Abstract.IterNext(iter);
                if (next == null && Errors.Occurred()) return -1;
            }
            WriteByte(Op.SETITEMS);
        } while (n == Op.BATCHSIZE);
        return 0;
    }

    /// <summary>batch_dict_exact: an exact dict's items in MARK ... SETITEMS batches; a size change while saving is an error.</summary>
    int BatchDictExact(PickleState st, PyDict obj)
    {
        int size = obj.Count;
        int pos = 0;
        if (size == 1)
        {
            obj.Next(ref pos, out var k, out var v);
            if (SaveDictItem(st, obj, k, v) < 0) return -1;
            WriteByte(Op.SETITEM);
            return 0;
        }
        int i;
        do
        {
            i = 0;
            WriteByte(Op.MARK);
            while (obj.Next(ref pos, out var k, out var v))
            {
                if (SaveDictItem(st, obj, k, v) < 0) return -1;
                if (++i == Op.BATCHSIZE) break;
            }
            WriteByte(Op.SETITEMS);
            if (obj.Count != size)
            {
                Errors.SetString(PyExc.RuntimeError, "dictionary changed size during iteration");
                return -1;
            }
        } while (i == Op.BATCHSIZE);
        return 0;
    }

    int SaveDictItem(PickleState st, PyDict obj, PyObject key, PyObject value)
    {
        Py.INCREF(key);
        Py.INCREF(value);
        int status = 0;
        if (Save(st, key, false) < 0) status = -1;
        else if (Save(st, value, false) < 0)
        {
            AddKeyNote(obj, key);
            status = -1;
        }
        Py.DECREF(key);
        Py.DECREF(value);
        return status;
    }

    /// <summary>PySequence_List(obj) wrapped as (type, (list,)): how sets reduce before protocol 4.</summary>
    int SaveSetByReduce(PickleState st, PyObject obj, PyType type)
    {
        var items = PyList.New();
        var iter = Abstract.GetIter(obj);
        if (iter == null) { Py.DECREF(items); return -1; }
        PyObject? item;
        while ((item = Abstract.IterNext(iter)) != null) items.AppendSteal(item);
        Py.DECREF(iter);
        if (Errors.Occurred()) { Py.DECREF(items); return -1; }
        var reduceValue = PyTuple.FromStolen([Py.NewRef(type), PyTuple.FromStolen([items])]);
        int status = SaveReduce(st, reduceValue, obj);
        Py.DECREF(reduceValue);
        return status;
    }

    int SaveSet(PickleState st, PyAnySet obj)
    {
        if (Proto < 4) return SaveSetByReduce(st, obj, PySet.Type);
        WriteByte(Op.EMPTY_SET);
        if (MemoPut(st, obj) < 0) return -1;
        int size = obj.Count;
        if (size == 0) return 0;
        int pos = 0, i;
        do
        {
            i = 0;
            WriteByte(Op.MARK);
            while (obj.NextEntry(ref pos, out var item, out _))
            {
                Py.INCREF(item);
                int r = Save(st, item, false);
                Py.DECREF(item);
                if (r < 0)
                {
                    PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(obj)} element");
                    return -1;
                }
                if (++i == Op.BATCHSIZE) break;
            }
            WriteByte(Op.ADDITEMS);
            if (obj.Count != size)
            {
                Errors.SetString(PyExc.RuntimeError, "set changed size during iteration");
                return -1;
            }
        } while (i == Op.BATCHSIZE);
        return 0;
    }

    int SaveFrozenSet(PickleState st, PyAnySet obj)
    {
        if (Fast != 0 && !FastSaveEnter(obj)) return -1;
        int status = Proto < 4 ? SaveSetByReduce(st, obj, PyFrozenSet.Type) : SaveFrozenSetBody(st, obj);
        if (Fast != 0 && !FastSaveLeave(obj)) status = -1;
        return status;
    }

    int SaveFrozenSetBody(PickleState st, PyAnySet obj)
    {
        WriteByte(Op.MARK);
        int pos = 0;
        // Memoized after its items, like a tuple: nothing is deferred inside it.
        _openShared++;
        int status = 0;
        while (obj.NextEntry(ref pos, out var item, out _))
        {
            Py.INCREF(item);
            int r = Save(st, item, false);
            Py.DECREF(item);
            if (r < 0)
            {
                PickleErrors.AddNote($"when serializing {PickleErrors.TypeName(obj)} element");
                status = -1;
                break;
            }
        }
        _openShared--;
        if (status < 0) return -1;
        // Reached again through its own items: drop them and fetch it from the memo.
        if (MemoLookup(obj, out long index))
        {
            WriteByte(Op.POP_MARK);
            return MemoGet(st, index);
        }
        WriteByte(Op.FROZENSET);
        return MemoPut(st, obj);
    }
}
