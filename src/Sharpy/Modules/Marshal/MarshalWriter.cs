using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// marshal's writer (Python/marshal.c w_object and friends). Like CPython it marks an object
/// with FLAG_REF when it may be seen again (its reference count is above one, or it is an
/// interned str) and writes TYPE_REF for its later occurrences, so the bytes depend on the
/// object graph exactly as CPython's do.
/// </summary>
sealed class MarshalWriter
{
    enum Failure { None, Unmarshallable, NestedTooDeep, CodeNotAllowed }

    const int MaxDepth = 2000;

    readonly MemoryStream _out = new();
    readonly int _version;
    readonly bool _allowCode;
    /// <summary>The objects written with FLAG_REF, by identity, with their index (each holds a reference, as w_ref's hashtable).</summary>
    readonly Dictionary<PyObject, int>? _refs;
    int _depth;
    Failure _error;

    MarshalWriter(int version, bool allowCode)
    {
        _version = version;
        _allowCode = allowCode;
        if (version >= 3) _refs = new Dictionary<PyObject, int>(ReferenceEqualityComparer.Instance);
    }

    /// <summary>_PyMarshal_WriteObjectToString: the bytes, or null with ValueError set.</summary>
    public static byte[]? WriteObjectToBytes(PyObject v, int version, bool allowCode)
    {
        var w = new MarshalWriter(version, allowCode);
        w.WriteObject(v);
        if (w._refs != null) foreach (var o in w._refs.Keys) Py.DECREF(o);
        switch (w._error)
        {
            case Failure.None: return w._out.ToArray();
            case Failure.Unmarshallable: Errors.SetString(PyExc.ValueError, "unmarshallable object"); break;
            case Failure.NestedTooDeep: Errors.SetString(PyExc.ValueError, "object too deeply nested to marshal"); break;
            case Failure.CodeNotAllowed: Errors.SetString(PyExc.ValueError, "marshalling code objects is disallowed"); break;
        }
        return null;
    }

    void Byte(int b) => _out.WriteByte((byte)b);

    void Int32(int x)
    {
        Span<byte> b = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(b, x);
        _out.Write(b);
    }

    void Short(int x)
    {
        Byte(x & 0xff);
        Byte((x >> 8) & 0xff);
    }

    /// <summary>w_pstring: a 32-bit length, then the bytes.</summary>
    void PString(ReadOnlySpan<byte> s)
    {
        Int32(s.Length);
        _out.Write(s);
    }

    /// <summary>w_short_pstring: a one-byte length, then the bytes.</summary>
    void ShortPString(ReadOnlySpan<byte> s)
    {
        Byte(s.Length);
        _out.Write(s);
    }

    /// <summary>w_object: the singletons by their code, everything else through the reference table.</summary>
    void WriteObject(PyObject? v)
    {
        _depth++;
        if (_depth > MaxDepth) _error = Failure.NestedTooDeep;
        else if (v == null) Byte(MarshalCodes.TYPE_NULL);
        else if (v == Py.None) Byte(MarshalCodes.TYPE_NONE);
        else if (v == PyExc.StopIteration) Byte(MarshalCodes.TYPE_STOPITER);
        else if (v == PyEllipsis.Instance) Byte(MarshalCodes.TYPE_ELLIPSIS);
        else if (v == PyBool.False) Byte(MarshalCodes.TYPE_FALSE);
        else if (v == PyBool.True) Byte(MarshalCodes.TYPE_TRUE);
        else
        {
            int flag = 0;
            if (!WriteRef(v, ref flag)) WriteComplexObject(v, flag);
        }
        _depth--;
    }

    /// <summary>
    /// w_ref: true when <paramref name="v"/> was written before (TYPE_REF written); else adds
    /// FLAG_REF to <paramref name="flag"/> when it may be shared.
    /// </summary>
    bool WriteRef(PyObject v, ref int flag)
    {
        if (_refs == null) return false;
        // An object with one reference cannot be met again; interned strings are always
        // referenced, so that .pyc files stay the same from one build to the next.
        if (v.ob_refcnt == 1 && !(v.ob_type == PyUnicode.Type && PyUnicode.IsInterned((PyUnicode)v))) return false;
        if (_refs.TryGetValue(v, out int index))
        {
            Byte(MarshalCodes.TYPE_REF);
            Int32(index);
            return true;
        }
        _refs[Py.NewRef(v)] = _refs.Count;
        flag |= MarshalCodes.FLAG_REF;
        return false;
    }

    void WriteComplexObject(PyObject v, int flag)
    {
        var type = v.ob_type;
        if (type == PyLong.Type)
        {
            var l = (PyLong)v;
            if (l.TryGetLong(out long x) && x >= int.MinValue && x <= int.MaxValue)
            {
                Byte(MarshalCodes.TYPE_INT | flag);
                Int32((int)x);
            }
            else WriteLong(l.ToBigInteger(), flag);
        }
        else if (type == PyFloat.Type)
        {
            double d = ((PyFloat)v).Value;
            if (_version > 1)
            {
                Byte(MarshalCodes.TYPE_BINARY_FLOAT | flag);
                WriteFloatBin(d);
            }
            else
            {
                Byte(MarshalCodes.TYPE_FLOAT | flag);
                WriteFloatStr(d);
            }
        }
        else if (type == PyComplex.Type)
        {
            var c = ((PyComplex)v).Value;
            if (_version > 1)
            {
                Byte(MarshalCodes.TYPE_BINARY_COMPLEX | flag);
                WriteFloatBin(c.Real);
                WriteFloatBin(c.Imaginary);
            }
            else
            {
                Byte(MarshalCodes.TYPE_COMPLEX | flag);
                WriteFloatStr(c.Real);
                WriteFloatStr(c.Imaginary);
            }
        }
        else if (type == PyBytes.Type)
        {
            Byte(MarshalCodes.TYPE_STRING | flag);
            PString(((PyBytes)v).Value);
        }
        else if (type == PyUnicode.Type) WriteUnicode((PyUnicode)v, flag);
        else if (type == PyTuple.Type)
        {
            var items = ((PyTuple)v).Items;
            if (_version >= 4 && items.Length < 256)
            {
                Byte(MarshalCodes.TYPE_SMALL_TUPLE | flag);
                Byte(items.Length);
            }
            else
            {
                Byte(MarshalCodes.TYPE_TUPLE | flag);
                Int32(items.Length);
            }
            foreach (var item in items) WriteObject(item);
        }
        else if (type == PyList.Type)
        {
            var list = (PyList)v;
            Byte(MarshalCodes.TYPE_LIST | flag);
            Int32(list.Count);
            // The list may change while its items are written (a str subclass cannot run code
            // here, but a failing item stops nothing): index against the current size.
            for (int i = 0; i < list.Count; i++) WriteObject(list.Items[i]);
        }
        else if (type == PyDict.Type)
        {
            var d = (PyDict)v;
            Byte(MarshalCodes.TYPE_DICT | flag);
            int pos = 0;
            while (d.Next(ref pos, out var key, out var value))
            {
                WriteObject(key);
                WriteObject(value);
            }
            WriteObject(null);
        }
        else if (type == PySet.Type || type == PyFrozenSet.Type) WriteSet((PyAnySet)v, flag);
        else if (type == PyCode.Type) WriteCode((PyCode)v, flag);
        else if (type == PySlice.Type && _version >= 5)
        {
            var s = (PySlice)v;
            Byte(MarshalCodes.TYPE_SLICE | flag);
            WriteObject(s.Start);
            WriteObject(s.Stop);
            WriteObject(s.Step);
        }
        else if (PyBuffer.Check(v))
        {
            // Any other bytes-like object is written as bytes.
            var view = PyBuffer.Get(v, PyBUF.SIMPLE);
            if (view == null)
            {
                Errors.Clear();
                Byte(MarshalCodes.TYPE_UNKNOWN);
                _error = Failure.Unmarshallable;
                return;
            }
            Byte(MarshalCodes.TYPE_STRING | flag);
            PString(view.Span);
            view.Release();
        }
        else
        {
            Byte(MarshalCodes.TYPE_UNKNOWN | flag);
            _error = Failure.Unmarshallable;
        }
    }

    /// <summary>w_PyLong: the 15-bit digit count (negative for a negative number), then the digits, least significant first.</summary>
    void WriteLong(BigInteger v, int flag)
    {
        Byte(MarshalCodes.TYPE_LONG | flag);
        var mag = BigInteger.Abs(v);
        var digits = new List<int>();
        while (!mag.IsZero)
        {
            digits.Add((int)(mag & 0x7FFF));
            mag >>= 15;
        }
        Int32(v.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits) Short(d);
    }

    void WriteFloatBin(double d)
    {
        Span<byte> b = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(b, d);
        _out.Write(b);
    }

    /// <summary>w_float_str: repr-like text with 17 significant digits ("%.17g"), one-byte length.</summary>
    void WriteFloatStr(double d)
    {
        var text = FloatFormat.DoubleToString(d, 'g', 17, DtsFlags.None);
        ShortPString(System.Text.Encoding.ASCII.GetBytes(text));
    }

    void WriteUnicode(PyUnicode s, int flag)
    {
        bool interned = PyUnicode.IsInterned(s);
        if (_version >= 4 && s.IsAscii)
        {
            var bytes = System.Text.Encoding.ASCII.GetBytes(s.Value);
            if (bytes.Length < 256)
            {
                Byte((interned ? MarshalCodes.TYPE_SHORT_ASCII_INTERNED : MarshalCodes.TYPE_SHORT_ASCII) | flag);
                ShortPString(bytes);
            }
            else
            {
                Byte((interned ? MarshalCodes.TYPE_ASCII_INTERNED : MarshalCodes.TYPE_ASCII) | flag);
                PString(bytes);
            }
            return;
        }
        var utf8 = Sharpy.Modules.Codecs.Utf8Codec.Encode(s, "surrogatepass");
        if (utf8 == null)
        {
            Errors.Clear();
            _error = Failure.Unmarshallable;
            return;
        }
        Byte((_version >= 3 && interned ? MarshalCodes.TYPE_INTERNED : MarshalCodes.TYPE_UNICODE) | flag);
        PString(utf8);
    }

    /// <summary>
    /// Sets and frozensets are written in the order of their items' own marshal data (bpo-37596:
    /// reproducible output whatever the hash seed), as sorted(v, key=marshal.dumps) would give.
    /// </summary>
    void WriteSet(PyAnySet set, int flag)
    {
        Byte((set.ob_type == PyFrozenSet.Type ? MarshalCodes.TYPE_FROZENSET : MarshalCodes.TYPE_SET) | flag);
        Int32(set.Count);
        var pairs = PyList.New();
        int pos = 0;
        while (set.NextEntry(ref pos, out var item, out _))
        {
            // Held while it is written, as _PySet_NextEntryRef holds it (its marks depend on it).
            var value = Py.NewRef(item);
            var dump = WriteObjectToBytes(value, _version, _allowCode);
            if (dump == null)
            {
                Py.DECREF(value);
                Errors.Clear();
                _error = Failure.Unmarshallable;
                Py.DECREF(pairs);
                return;
            }
            pairs.AppendSteal(PyTuple.FromStolen([PyBytes.FromBytes(dump), value]));
        }
        if (ListSort.Sort(pairs, null, false) < 0)
        {
            Errors.Clear();
            _error = Failure.Unmarshallable;
            Py.DECREF(pairs);
            return;
        }
        for (int i = 0; i < pairs.Count; i++) WriteObject(((PyTuple)pairs.Items[i]).Items[1]);
        Py.DECREF(pairs);
    }

    /// <summary>
    /// A code object's fields in TYPE_CODE's order. co_code is the cached bytes CPython keeps
    /// (_PyCode_GetCode), so always shared; co_localspluskinds is a bytes of its own (b'' when
    /// empty).
    /// </summary>
    void WriteCode(PyCode code, int flag)
    {
        if (!_allowCode)
        {
            _error = Failure.CodeNotAllowed;
            return;
        }
        var co = code.Co;
        Byte(MarshalCodes.TYPE_CODE | flag);
        Int32(co.ArgCount);
        Int32(co.PosOnlyArgCount);
        Int32(co.KwOnlyArgCount);
        Int32(co.StackSize);
        Int32(co.Flags);
        var coCode = OwnBytes(co.Code);
        var extra = Py.NewRef(coCode);   // the code object's cache holds the other reference
        WriteObject(coCode);
        Py.DECREF(extra);
        Py.DECREF(coCode);
        WriteObject(code.ConstsTuple);
        WriteObject(code.NamesTuple);
        WriteObject(code.LocalsPlusNamesTuple);
        WriteOwnBytes(co.LocalsPlusKinds);
        WriteObject(code.Filename);
        WriteObject(code.Name);
        WriteObject(code.QualName);
        Int32(co.FirstLineno);
        WriteObject(code.LineTableBytes);
        WriteObject(code.ExceptionTableBytes);
    }

    /// <summary>A bytes object of its own for <paramref name="b"/> (not the cached one-byte bytes); b'' for empty.</summary>
    static PyBytes OwnBytes(byte[] b) => b.Length == 0 ? PyBytes.EmptyBytes : new PyBytes(PyBytes.Type, b);

    void WriteOwnBytes(byte[] b)
    {
        var o = OwnBytes(b);
        WriteObject(o);
        Py.DECREF(o);
    }
}
