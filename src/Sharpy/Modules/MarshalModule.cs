using System;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `marshal` module (Python/marshal.c), version 5, for the values a module's constants
/// are made of: None, bools, Ellipsis, StopIteration, int, float, complex, str, bytes,
/// tuple, list, dict, set and frozenset. loads reads CPython's back-references (FLAG_REF);
/// dumps writes none, so its bytes equal CPython's only where CPython writes none either.
/// Code objects are not marshalled yet (ValueError, as for any unmarshallable object).
/// </summary>
[PyModule("marshal")]
public static partial class MarshalModule
{
    const byte FLAG_REF = 0x80;

    [PyConstant("version")] static PyObject Version => PyLong.FromLong(5);

    [PyMethod("dumps", Doc = "Return the bytes object that would be written to a file by dump(value, file).")]
    static PyObject? Dumps(PyObject value, long version = 5, [KeywordOnly] bool allow_code = true)
    {
        var ms = new MemoryStream();
        return Write(ms, value, 0) ? PyBytes.FromBytes(ms.ToArray()) : null;
    }

    [PyMethod("loads", Doc = "Convert the bytes-like object to a value.")]
    static PyObject? Loads(BufferArg bytes, [KeywordOnly] bool allow_code = true)
    {
        var data = bytes.Span.ToArray();
        int pos = 0;
        var refs = new List<PyObject?>();
        var result = Read(data, ref pos, refs);
        foreach (var r in refs) if (r != null) Py.DECREF(r);
        return result;
    }

    [PyMethod("dump", Doc = "Write the value on the open file.")]
    static PyObject? Dump(PyObject value, PyObject file, long version = 5, [KeywordOnly] bool allow_code = true)
    {
        var data = Dumps(value, version, allow_code);
        if (data == null) return null;
        var r = Calls.CallMethod(file, "write", data);
        Py.DECREF(data);
        if (r == null) return null;
        Py.DECREF(r);
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("load", Doc = "Read one value from the open file and return it.")]
    static PyObject? Load(PyObject file, [KeywordOnly] bool allow_code = true)
    {
        var data = Calls.CallMethod(file, "read");
        if (data == null) return null;
        if (data is not PyBytes b)
        {
            Py.DECREF(data);
            return Errors.SetString(PyExc.TypeError, "file.read() returned not bytes");
        }
        int pos = 0;
        var refs = new List<PyObject?>();
        var result = Read(b.Value, ref pos, refs);
        foreach (var r in refs) if (r != null) Py.DECREF(r);
        Py.DECREF(data);
        return result;
    }

    static void Int32(MemoryStream ms, int v) { Span<byte> b = stackalloc byte[4]; BitConverter.TryWriteBytes(b, v); ms.Write(b); }

    static bool Write(MemoryStream ms, PyObject v, int depth)
    {
        if (depth > 2000) { Errors.SetString(PyExc.ValueError, "object too deeply nested to marshal"); return false; }
        switch (v)
        {
            case PyNone: ms.WriteByte((byte)'N'); return true;
            case PyBool: ms.WriteByte(v == PyBool.True ? (byte)'T' : (byte)'F'); return true;
            case PyEllipsis: ms.WriteByte((byte)'.'); return true;
            case PyLong l when v.ob_type == PyLong.Type:
                if (l.TryGetLong(out long x) && x >= int.MinValue && x <= int.MaxValue) { ms.WriteByte((byte)'i'); Int32(ms, (int)x); return true; }
                WriteLong(ms, l.ToBigInteger());
                return true;
            case PyFloat f when v.ob_type == PyFloat.Type:
                ms.WriteByte((byte)'g'); ms.Write(BitConverter.GetBytes(f.Value)); return true;
            case PyComplex c when v.ob_type == PyComplex.Type:
                ms.WriteByte((byte)'y'); ms.Write(BitConverter.GetBytes(c.Value.Real)); ms.Write(BitConverter.GetBytes(c.Value.Imaginary)); return true;
            case PyUnicode s when v.ob_type == PyUnicode.Type:
            {
                bool ascii = true;
                foreach (char ch in s.Value) if (ch >= 128) { ascii = false; break; }
                if (ascii && s.Value.Length < 256) { ms.WriteByte((byte)'z'); ms.WriteByte((byte)s.Value.Length); ms.Write(Encoding.ASCII.GetBytes(s.Value)); return true; }
                var utf8 = s.AsUtf8();
                if (utf8 == null) return false;
                ms.WriteByte(ascii ? (byte)'a' : (byte)'u'); Int32(ms, utf8.Length); ms.Write(utf8);
                return true;
            }
            case PyBytes b when v.ob_type == PyBytes.Type:
                ms.WriteByte((byte)'s'); Int32(ms, b.Value.Length); ms.Write(b.Value); return true;
            case PyTuple t when v.ob_type == PyTuple.Type:
                if (t.Count < 256) { ms.WriteByte((byte)')'); ms.WriteByte((byte)t.Count); }
                else { ms.WriteByte((byte)'('); Int32(ms, t.Count); }
                foreach (var item in t.Items) if (!Write(ms, item, depth + 1)) return false;
                return true;
            case PyList list when v.ob_type == PyList.Type:
                ms.WriteByte((byte)'['); Int32(ms, list.Count);
                for (int i = 0; i < list.Count; i++) if (!Write(ms, list.Items[i], depth + 1)) return false;
                return true;
            case PyDict d when v.ob_type == PyDict.Type:
            {
                ms.WriteByte((byte)'{');
                int pos = 0;
                while (d.Next(ref pos, out var key, out var value))
                    if (!Write(ms, key, depth + 1) || !Write(ms, value, depth + 1)) return false;
                ms.WriteByte((byte)'0');
                return true;
            }
            case PyAnySet set when v.ob_type == PySet.Type || v.ob_type == PyFrozenSet.Type:
            {
                var items = Calls.CallOneArg(PyList.Type, set) as PyList;
                if (items == null) return false;
                ms.WriteByte(v.ob_type == PySet.Type ? (byte)'<' : (byte)'>'); Int32(ms, items.Count);
                bool ok = true;
                for (int i = 0; i < items.Count && ok; i++) ok = Write(ms, items.Items[i], depth + 1);
                Py.DECREF(items);
                return ok;
            }
        }
        if (v == PyExc.StopIteration) { ms.WriteByte((byte)'S'); return true; }
        Errors.SetString(PyExc.ValueError, "unmarshallable object");
        return false;
    }

    /// <summary>TYPE_LONG: the digit count (negative for a negative number), then 15-bit digits, least significant first.</summary>
    static void WriteLong(MemoryStream ms, BigInteger v)
    {
        var mag = BigInteger.Abs(v);
        var digits = new List<ushort>();
        while (!mag.IsZero) { digits.Add((ushort)(int)(mag & 0x7FFF)); mag >>= 15; }
        ms.WriteByte((byte)'l');
        Int32(ms, v.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits) ms.Write(BitConverter.GetBytes(d));
    }

    static PyObject? Bad(string what = "bad marshal data (unknown type code)") => Errors.SetString(PyExc.ValueError, what);

    static PyObject? Read(byte[] data, ref int pos, List<PyObject?> refs)
    {
        if (pos >= data.Length) return Errors.SetString(PyExc.EOFError, "EOF read where object expected");
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) return Bad("recursion limit exceeded");
        byte code = data[pos++];
        bool flag = (code & FLAG_REF) != 0;
        int slot = -1;
        if (flag) { slot = refs.Count; refs.Add(null); }
        var v = ReadBody(data, ref pos, (char)(code & 0x7F), refs, slot);
        if (v != null && flag && refs[slot] == null) refs[slot] = Py.NewRef(v);
        return v;
    }

    static bool Need(byte[] data, int pos, long n)
    {
        if (n < 0 || pos + n > data.Length) { Errors.SetString(PyExc.EOFError, "marshal data too short"); return false; }
        return true;
    }

    static PyObject? ReadBody(byte[] data, ref int pos, char type, List<PyObject?> refs, int slot)
    {
        int I32(ref int p) { int x = BitConverter.ToInt32(data, p); p += 4; return x; }
        switch (type)
        {
            case 'N': return Py.NewRef(PyNone.None);
            case 'T': return Py.NewRef(PyBool.True);
            case 'F': return Py.NewRef(PyBool.False);
            case '.': return Py.NewRef(PyEllipsis.Instance);
            case 'S': return Py.NewRef(PyExc.StopIteration);
            case 'i': if (!Need(data, pos, 4)) return null; return PyLong.FromLong(I32(ref pos));
            case 'l':
            {
                if (!Need(data, pos, 4)) return null;
                int n = I32(ref pos);
                int count = Math.Abs(n);
                if (!Need(data, pos, 2L * count)) return null;
                BigInteger v = BigInteger.Zero;
                for (int i = count - 1; i >= 0; i--)
                {
                    int d = BitConverter.ToUInt16(data, pos + 2 * i);
                    if (d > 0x7FFF) return Bad("bad marshal data (digit out of range in long)");
                    v = (v << 15) | d;
                }
                pos += 2 * count;
                return PyLong.FromBigInteger(n < 0 ? -v : v);
            }
            case 'g': if (!Need(data, pos, 8)) return null; pos += 8; return PyFloat.FromDouble(BitConverter.ToDouble(data, pos - 8));
            case 'y':
                if (!Need(data, pos, 16)) return null;
                pos += 16;
                return PyComplex.FromComplex(new Complex(BitConverter.ToDouble(data, pos - 16), BitConverter.ToDouble(data, pos - 8)));
            case 's': case 'u': case 't': case 'a': case 'A': case 'z': case 'Z':
            {
                int n;
                if (type is 'z' or 'Z') { if (!Need(data, pos, 1)) return null; n = data[pos++]; }
                else { if (!Need(data, pos, 4)) return null; n = I32(ref pos); }
                if (!Need(data, pos, n)) return null;
                pos += n;
                if (type == 's') return PyBytes.FromBytes(data[(pos - n)..pos]);
                string s = type is 'u' or 't' ? Encoding.UTF8.GetString(data, pos - n, n) : Encoding.Latin1.GetString(data, pos - n, n);
                return type is 't' or 'A' or 'Z' ? Py.NewRef(PyUnicode.Intern(s)) : PyUnicode.FromString(s);
            }
            case '(': case ')': case '[': case '<': case '>':
            {
                int n;
                if (type == ')') { if (!Need(data, pos, 1)) return null; n = data[pos++]; }
                else { if (!Need(data, pos, 4)) return null; n = I32(ref pos); }
                if (!Need(data, pos, n)) return null;
                var items = new PyObject[n];
                for (int i = 0; i < n; i++)
                {
                    var item = Read(data, ref pos, refs);
                    if (item == null) { for (int j = 0; j < i; j++) Py.DECREF(items[j]); return null; }
                    items[i] = item;
                }
                var tuple = PyTuple.FromStolen(items);
                if (type is '(' or ')') return tuple;
                PyObject? result = type == '[' ? Calls.CallOneArg(PyList.Type, tuple)
                    : Calls.CallOneArg(type == '<' ? PySet.Type : PyFrozenSet.Type, tuple);
                Py.DECREF(tuple);
                return result;
            }
            case '{':
            {
                var d = PyDict.New();
                if (slot >= 0) refs[slot] = Py.NewRef(d);
                for (;;)
                {
                    if (pos < data.Length && data[pos] == (byte)'0') { pos++; return d; }
                    var key = Read(data, ref pos, refs);
                    if (key == null) { Py.DECREF(d); return null; }
                    var value = Read(data, ref pos, refs);
                    if (value == null) { Py.DECREF(key); Py.DECREF(d); return null; }
                    int rc = d.SetItem(key, value);
                    Py.DECREF(key);
                    Py.DECREF(value);
                    if (rc < 0) { Py.DECREF(d); return null; }
                }
            }
            case 'r':
            {
                if (!Need(data, pos, 4)) return null;
                int i = I32(ref pos);
                if (i < 0 || i >= refs.Count || refs[i] == null) return Bad("bad marshal data (invalid reference)");
                return Py.NewRef(refs[i]!);
            }
        }
        return Bad();
    }
}
