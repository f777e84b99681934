using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// marshal's reader (Python/marshal.c r_object and friends), over a bytes-like object or an
/// open file (read with readinto, exactly as much as each object needs, so that successive
/// load() calls read successive objects). Objects written with FLAG_REF go into a list that
/// TYPE_REF indexes; a container is in the list before its items are read, so data may
/// describe a cycle.
/// </summary>
sealed class MarshalReader
{
    const int MaxDepth = 2000;

    readonly byte[]? _data;
    int _pos;
    readonly PyObject? _readable;
    readonly bool _allowCode;
    /// <summary>The objects flagged so far (null: reserved for an object still being read).</summary>
    readonly List<PyObject?> _refs = new();
    int _depth;

    MarshalReader(byte[]? data, PyObject? readable, bool allowCode)
    {
        _data = data;
        _readable = readable;
        _allowCode = allowCode;
    }

    /// <summary>marshal.loads: the first object of <paramref name="data"/> (anything after it is ignored).</summary>
    public static PyObject? ReadObjectFromBytes(byte[] data, bool allowCode) => new MarshalReader(data, null, allowCode).ReadTop();

    /// <summary>marshal.load: one object from a file object's readinto().</summary>
    public static PyObject? ReadObjectFromFile(PyObject file, bool allowCode) => new MarshalReader(null, file, allowCode).ReadTop();

    PyObject? ReadTop()
    {
        var v = ReadObject();
        if (v == null && !Errors.Occurred())
            Errors.SetString(PyExc.TypeError, "NULL object in marshal data for object");
        foreach (var r in _refs) if (r != null) Py.DECREF(r);
        return v;
    }

    /// <summary>r_string: the next <paramref name="n"/> bytes, or null with EOFError (or the file's error) set.</summary>
    byte[]? Take(int n)
    {
        if (_data != null)
        {
            if (_data.Length - _pos < n)
            {
                Errors.SetString(PyExc.EOFError, "marshal data too short");
                return null;
            }
            var r = _data.AsSpan(_pos, n).ToArray();
            _pos += n;
            return r;
        }
        var buffer = PyByteArray.FromArray(new byte[n]);
        var view = Calls.CallOneArg(PyMemoryView.Type, buffer);
        long read = -1;
        if (view != null)
        {
            var res = Calls.CallMethod(_readable!, "readinto", view);
            Py.DECREF(view);
            if (res != null)
            {
                read = Abstract.AsSsize(res, PyExc.ValueError);
                Py.DECREF(res);
            }
        }
        if (read != n)
        {
            if (!Errors.Occurred())
            {
                if (read > n) Errors.SetString(PyExc.ValueError, $"read() returned too much data: {n} bytes requested, {read} returned");
                else Errors.SetString(PyExc.EOFError, "EOF read where not expected");
            }
            Py.DECREF(buffer);
            return null;
        }
        var bytes = buffer.AsSpan().ToArray();
        Py.DECREF(buffer);
        return bytes;
    }

    /// <summary>r_byte: the next byte, or -1 at the end of the data.</summary>
    int ReadByte()
    {
        if (_data != null) return _pos < _data.Length ? _data[_pos++] : -1;
        var b = Take(1);
        return b == null ? -1 : b[0];
    }

    /// <summary>r_long: a signed 32-bit little-endian int; -1 with an exception set when the data ends.</summary>
    int ReadInt32()
    {
        var b = Take(4);
        return b == null ? -1 : System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(b);
    }

    /// <summary>r_long for a size: the size, or -1 with ValueError "bad marshal data (WHAT size out of range)" (or the read error) set.</summary>
    int ReadSize(string what)
    {
        int n = ReadInt32();
        if (n < 0)
        {
            if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, $"bad marshal data ({what} size out of range)");
            return -1;
        }
        return n;
    }

    /// <summary>R_REF: put a flagged object in the reference list.</summary>
    PyObject Ref(PyObject v, bool flag)
    {
        if (flag) _refs.Add(Py.NewRef(v));
        return v;
    }

    /// <summary>r_ref_reserve: a slot for an object made only after its parts are read (-1 when not flagged).</summary>
    int Reserve(bool flag)
    {
        if (!flag) return -1;
        _refs.Add(null);
        return _refs.Count - 1;
    }

    /// <summary>r_ref_insert: fill the reserved slot.</summary>
    PyObject? Insert(PyObject? v, int index)
    {
        if (v != null && index >= 0) _refs[index] = Py.NewRef(v);
        return v;
    }

    /// <summary>r_object: one object; null with an exception set, or null without one for TYPE_NULL.</summary>
    PyObject? ReadObject()
    {
        int code = ReadByte();
        if (code < 0)
        {
            if (!Errors.Occurred() || Errors.ExceptionMatches(PyExc.EOFError))
                Errors.SetString(PyExc.EOFError, "EOF read where object expected");
            return null;
        }
        if (++_depth > MaxDepth || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            return Errors.SetString(PyExc.ValueError, "recursion limit exceeded");
        }
        var v = ReadBody(code & ~MarshalCodes.FLAG_REF, (code & MarshalCodes.FLAG_REF) != 0);
        _depth--;
        return v;
    }

    PyObject? ReadBody(int type, bool flag)
    {
        switch (type)
        {
            case MarshalCodes.TYPE_NULL: return null;
            case MarshalCodes.TYPE_NONE: return Py.None;
            case MarshalCodes.TYPE_STOPITER: return Py.NewRef(PyExc.StopIteration);
            case MarshalCodes.TYPE_ELLIPSIS: return Py.NewRef(PyEllipsis.Instance);
            case MarshalCodes.TYPE_FALSE: return Py.NewRef(PyBool.False);
            case MarshalCodes.TYPE_TRUE: return Py.NewRef(PyBool.True);
            case MarshalCodes.TYPE_INT:
            {
                int n = ReadInt32();
                if (n == -1 && Errors.Occurred()) return null;
                return Ref(PyLong.FromLong(n), flag);
            }
            case MarshalCodes.TYPE_INT64:
            {
                var b = Take(8);
                if (b == null) return null;
                return Ref(PyLong.FromLong(BitConverter.ToInt64(b)), flag);
            }
            case MarshalCodes.TYPE_LONG: return ReadLong(flag);
            case MarshalCodes.TYPE_FLOAT:
            {
                if (!ReadFloatStr(out double d)) return null;
                return Ref(PyFloat.FromDouble(d), flag);
            }
            case MarshalCodes.TYPE_BINARY_FLOAT:
            {
                var b = Take(8);
                if (b == null) return null;
                return Ref(PyFloat.FromDouble(BitConverter.ToDouble(b)), flag);
            }
            case MarshalCodes.TYPE_COMPLEX:
            {
                if (!ReadFloatStr(out double re) || !ReadFloatStr(out double im)) return null;
                return Ref(PyComplex.FromComplex(new Complex(re, im)), flag);
            }
            case MarshalCodes.TYPE_BINARY_COMPLEX:
            {
                var b = Take(16);
                if (b == null) return null;
                return Ref(PyComplex.FromComplex(new Complex(BitConverter.ToDouble(b, 0), BitConverter.ToDouble(b, 8))), flag);
            }
            case MarshalCodes.TYPE_STRING:
            {
                int n = ReadSize("bytes object");
                if (n < 0) return null;
                var b = Take(n);
                if (b == null) return null;
                return Ref(n == 0 ? PyBytes.EmptyBytes : new PyBytes(PyBytes.Type, b), flag);
            }
            case MarshalCodes.TYPE_ASCII_INTERNED: case MarshalCodes.TYPE_ASCII:
            case MarshalCodes.TYPE_SHORT_ASCII_INTERNED: case MarshalCodes.TYPE_SHORT_ASCII:
            {
                int n;
                if (type is MarshalCodes.TYPE_SHORT_ASCII or MarshalCodes.TYPE_SHORT_ASCII_INTERNED)
                {
                    n = ReadByte();
                    if (n < 0) return Errors.SetString(PyExc.EOFError, "EOF read where object expected");
                }
                else if ((n = ReadSize("string")) < 0) return null;
                var b = Take(n);
                if (b == null) return null;
                var text = Encoding.Latin1.GetString(b);
                bool interned = type is MarshalCodes.TYPE_ASCII_INTERNED or MarshalCodes.TYPE_SHORT_ASCII_INTERNED;
                return Ref(interned ? PyUnicode.Intern(text) : PyUnicode.FromString(text), flag);
            }
            case MarshalCodes.TYPE_INTERNED: case MarshalCodes.TYPE_UNICODE:
            {
                int n = ReadSize("string");
                if (n < 0) return null;
                var b = Take(n);
                if (b == null) return null;
                PyUnicode? s;
                if (n == 0) s = Py.NewRef(PyUnicode.Empty);
                else
                {
                    var source = PyBytes.FromBytes(b);
                    s = Sharpy.Modules.Codecs.Utf8Codec.Decode(b, source, "surrogatepass", true, out _);
                    Py.DECREF(source);
                    if (s == null) return null;
                }
                if (type == MarshalCodes.TYPE_INTERNED && !s.HasLoneSurrogates)
                {
                    var interned = PyUnicode.Intern(s.Value);
                    Py.DECREF(s);
                    s = interned;
                }
                return Ref(s, flag);
            }
            case MarshalCodes.TYPE_SMALL_TUPLE: case MarshalCodes.TYPE_TUPLE:
            {
                int n;
                if (type == MarshalCodes.TYPE_SMALL_TUPLE)
                {
                    n = ReadByte();
                    if (n < 0) return Errors.SetString(PyExc.EOFError, "EOF read where object expected");
                }
                else if ((n = ReadSize("tuple")) < 0) return null;
                return ReadTuple(n, flag);
            }
            case MarshalCodes.TYPE_LIST:
            {
                int n = ReadSize("list");
                if (n < 0) return null;
                var list = PyList.New();
                Ref(list, flag);
                for (int i = 0; i < n; i++)
                {
                    var item = ReadObject();
                    if (item == null)
                    {
                        if (!Errors.Occurred()) Errors.SetString(PyExc.TypeError, "NULL object in marshal data for list");
                        Py.DECREF(list);
                        return null;
                    }
                    list.AppendSteal(item);
                }
                return list;
            }
            case MarshalCodes.TYPE_DICT:
            {
                var d = PyDict.New();
                Ref(d, flag);
                for (;;)
                {
                    var key = ReadObject();
                    if (key == null) break;
                    var value = ReadObject();
                    if (value == null)
                    {
                        Py.DECREF(key);
                        break;
                    }
                    int rc = d.SetItem(key, value);
                    Py.DECREF(key);
                    Py.DECREF(value);
                    if (rc < 0) break;
                }
                if (Errors.Occurred())
                {
                    Py.DECREF(d);
                    return null;
                }
                return d;
            }
            case MarshalCodes.TYPE_SET: case MarshalCodes.TYPE_FROZENSET: return ReadSet(type, flag);
            case MarshalCodes.TYPE_CODE: return ReadCode(flag);
            case MarshalCodes.TYPE_SLICE:
            {
                int index = Reserve(flag);
                PyObject? start = ReadObject(), stop = null, step = null, slice = null;
                if (start != null && (stop = ReadObject()) != null && (step = ReadObject()) != null)
                    slice = Insert(PySlice.New(start, stop, step), index);
                if (start != null) Py.DECREF(start);
                if (stop != null) Py.DECREF(stop);
                if (step != null) Py.DECREF(step);
                return slice;
            }
            case MarshalCodes.TYPE_REF:
            {
                int n = ReadInt32();
                if (n < 0 || n >= _refs.Count || _refs[n] == null)
                {
                    if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, "bad marshal data (invalid reference)");
                    return null;
                }
                return Py.NewRef(_refs[n]!);
            }
        }
        return Errors.SetString(PyExc.ValueError, "bad marshal data (unknown type code)");
    }

    /// <summary>TYPE_LONG: a signed count of 15-bit digits, least significant first, the last one not zero.</summary>
    PyObject? ReadLong(bool flag)
    {
        int n = ReadInt32();
        if (n == -1 && Errors.Occurred()) return null;
        if (n == int.MinValue) return Errors.SetString(PyExc.ValueError, "bad marshal data (long size out of range)");
        int count = Math.Abs(n);
        BigInteger v = BigInteger.Zero;
        for (int i = 0; i < count; i++)
        {
            var b = Take(2);
            int d = b == null ? -1 : BitConverter.ToInt16(b);
            if (d < 0)
                return Errors.Occurred() ? null : Errors.SetString(PyExc.ValueError, "bad marshal data (digit out of range in long)");
            if (d == 0 && i == count - 1) return Errors.SetString(PyExc.ValueError, "bad marshal data (unnormalized long data)");
            v |= (BigInteger)d << (15 * i);
        }
        return Ref(PyLong.FromBigInteger(n < 0 ? -v : v), flag);
    }

    /// <summary>r_float_str: a one-byte length, then the text of a float.</summary>
    bool ReadFloatStr(out double d)
    {
        d = 0;
        int n = ReadByte();
        if (n < 0)
        {
            Errors.SetString(PyExc.EOFError, "EOF read where object expected");
            return false;
        }
        var b = Take(n);
        if (b == null) return false;
        var text = Encoding.Latin1.GetString(b);
        if (PyFloat.TryParse(text, out d)) return true;
        var s = PyUnicode.FromString(text);
        PyFloat.FromString(text, s);
        Py.DECREF(s);
        return false;
    }

    /// <summary>
    /// A tuple is in the reference list before its items are read. A size larger than the data
    /// left cannot be read anyway: the items are then gathered first, so that a corrupt size
    /// does not allocate a huge tuple before failing as CPython does.
    /// </summary>
    PyObject? ReadTuple(int n, bool flag)
    {
        bool plausible = _data != null ? n <= _data.Length - _pos : n <= 1 << 24;
        PyTuple? tuple = null;
        var items = new List<PyObject>(plausible ? n : 0);
        int index = -1;
        if (plausible)
        {
            tuple = n == 0 ? PyTuple.Empty : new PyTuple(PyTuple.Type, new PyObject[n]);
            Ref(tuple, flag);
        }
        else index = Reserve(flag);
        for (int i = 0; i < n; i++)
        {
            var item = ReadObject();
            if (item == null)
            {
                if (!Errors.Occurred()) Errors.SetString(PyExc.TypeError, "NULL object in marshal data for tuple");
                if (tuple != null) Py.DECREF(tuple);
                foreach (var o in items) Py.DECREF(o);
                return null;
            }
            if (tuple != null) tuple.Items[i] = item;
            else items.Add(item);
        }
        return tuple ?? Insert(PyTuple.FromStolen(items.ToArray()), index);
    }

    PyObject? ReadSet(int type, bool flag)
    {
        int n = ReadSize("set");
        if (n < 0) return null;
        bool frozen = type == MarshalCodes.TYPE_FROZENSET;
        if (n == 0 && frozen)
        {
            var empty = Calls.CallNoArgs(PyFrozenSet.Type);
            return empty == null ? null : Ref(empty, flag);
        }
        PyAnySet set = frozen ? new PyFrozenSet(PyFrozenSet.Type) : PySet.NewEmpty();
        // A frozenset is put in the list only once it is filled (it must not change once seen).
        int index = -1;
        if (frozen) index = Reserve(flag);
        else Ref(set, flag);
        for (int i = 0; i < n; i++)
        {
            var item = ReadObject();
            if (item == null)
            {
                if (!Errors.Occurred()) Errors.SetString(PyExc.TypeError, "NULL object in marshal data for set");
                Py.DECREF(set);
                return null;
            }
            int rc = set.Add(item);
            Py.DECREF(item);
            if (rc < 0)
            {
                Py.DECREF(set);
                return null;
            }
        }
        return frozen ? Insert(set, index) : set;
    }

    /// <summary>TYPE_CODE: the fields in w_object's order, then a code object made as _PyCode_New makes it.</summary>
    PyObject? ReadCode(bool flag)
    {
        if (!_allowCode) return Errors.SetString(PyExc.ValueError, "unmarshalling code objects is disallowed");
        int index = Reserve(flag);
        var ints = new int[5];
        for (int i = 0; i < ints.Length; i++)
        {
            ints[i] = ReadInt32();
            if (ints[i] == -1 && Errors.Occurred()) return null;
        }
        var parts = new PyObject?[8];
        var tail = new PyObject?[2];
        int firstLineno = 0;
        PyObject? result = null;
        bool ok = true;
        for (int i = 0; i < parts.Length && ok; i++) ok = (parts[i] = ReadObject()) != null;
        if (ok)
        {
            firstLineno = ReadInt32();
            ok = !(firstLineno == -1 && Errors.Occurred());
        }
        for (int i = 0; i < tail.Length && ok; i++) ok = (tail[i] = ReadObject()) != null;
        if (ok) result = Insert(CodeFromFields(ints, parts, firstLineno, tail[0]!, tail[1]!), index);
        foreach (var p in parts) if (p != null) Py.DECREF(p);
        foreach (var p in tail) if (p != null) Py.DECREF(p);
        return result;
    }

    /// <summary>_PyCode_Validate then _PyCode_New, from borrowed fields.</summary>
    static PyObject? CodeFromFields(int[] ints, PyObject?[] parts, int firstLineno, PyObject lineTable, PyObject exceptionTable) =>
        PyCode.New(ints[0], ints[1], ints[2], ints[3], ints[4], parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!,
            parts[5]!, parts[6]!, parts[7]!, firstLineno, lineTable, exceptionTable);
}
