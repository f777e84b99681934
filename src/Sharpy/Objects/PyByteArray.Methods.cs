using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// bytearray's methods: the mutators here, the rest shared with bytes through BytesMethods.
public partial class PyByteArray
{
    [PyMethod("append")]
    public static PyObject? AppendMethod(PyByteArray self, PyObject item)
    {
        int v = PyBytes.ByteValue(item, "byte must be in range(0, 256)");
        if (v < 0) return null;
        if (self.Append([(byte)v]) < 0) return null;
        return Py.None;
    }

    [PyMethod("extend")]
    public static PyObject? Extend(PyByteArray self, PyObject iterable_of_ints)
    {
        var src = iterable_of_ints;
        if (PyBuffer.Check(src))
        {
            var data = BytesMethods.BufferArg(src);
            if (data == null)
            {
                Errors.Clear();
                return Errors.SetString(PyExc.TypeError, $"can't set bytearray slice from {src.ob_type.tp_name}");
            }
            if (self.Append(data) < 0) return null;
            return Py.None;
        }
        if (src is PyUnicode)
            return Errors.SetString(PyExc.TypeError, "expected iterable of integers; got: 'str'");
        if (self.ExtendFromIterable(src, "extend") < 0) return null;
        return Py.None;
    }

    [PyMethod("insert")]
    public static PyObject? Insert(PyByteArray self, long index, PyObject item)
    {
        int v = PyBytes.ByteValue(item, "byte must be in range(0, 256)");
        if (v < 0) return null;
        long n = self._size;
        if (index < 0) { index += n; if (index < 0) index = 0; }
        if (index > n) index = n;
        if (self.SetSliceLinear(index, index, [(byte)v]) < 0) return null;
        return Py.None;
    }

    [PyMethod("pop")]
    public static PyObject? Pop(PyByteArray self, long index = -1)
    {
        long n = self._size;
        if (n == 0) return Errors.SetString(PyExc.IndexError, "pop from empty bytearray");
        if (index < 0) index += n;
        if (index < 0 || index >= n) return Errors.SetString(PyExc.IndexError, "pop index out of range");
        byte c = self._bytes[index];
        if (self.SetSliceLinear(index, index + 1, []) < 0) return null;
        return PyLong.FromLong(c);
    }

    [PyMethod("remove")]
    public static PyObject? Remove(PyByteArray self, PyObject value)
    {
        int v = PyBytes.ByteValue(value, "byte must be in range(0, 256)");
        if (v < 0) return null;
        int at = self.AsSpan().IndexOf((byte)v);
        if (at < 0) return Errors.SetString(PyExc.ValueError, "value not found in bytearray");
        if (self.SetSliceLinear(at, at + 1, []) < 0) return null;
        return Py.None;
    }

    [PyMethod("reverse")]
    public static PyObject? Reverse(PyByteArray self)
    {
        self.AsSpan().Reverse();
        return Py.None;
    }

    [PyMethod("clear")]
    public static PyObject? ClearMethod(PyByteArray self) => self.Resize(0) < 0 ? null : Py.None;

    [PyMethod("copy")]
    public static PyObject? Copy(PyByteArray self) => FromSpan(self.AsSpan());

    /// <summary>bytearray.resize(size) (3.14): grow with zero bytes or truncate.</summary>
    [PyMethod("resize")]
    public static PyObject? ResizeMethod(PyByteArray self, long size)
    {
        if (size < 0) return Errors.SetString(PyExc.ValueError, $"Can only resize to positive sizes, got {size}");
        int old = self._size;
        if (self.Resize(size) < 0) return null;
        if (size > old) self._bytes.AsSpan(old, (int)size - old).Clear();
        return Py.None;
    }

    [PyMethod("__alloc__")]
    public static PyObject? Alloc(PyByteArray self) => PyLong.FromLong(self._bytes.Length);

    [PyMethod("__sizeof__")]
    public static PyObject? SizeOf(PyByteArray self) => PyLong.FromLong(56 + self._bytes.Length);

    [PyMethod("__reduce__")]
    public static PyObject? Reduce(PyByteArray self) => CommonReduce(self, 2);

    [PyMethod("__reduce_ex__")]
    public static PyObject? ReduceEx(PyByteArray self, int proto = 0) => CommonReduce(self, proto);

    /// <summary>_common_reduce: (type, (latin-1 str, 'latin-1') or (bytes,), the instance's state).</summary>
    static PyObject? CommonReduce(PyByteArray self, int proto)
    {
        var state = PyBaseObject.GetObjectState(self);
        if (state == null) return null;
        PyObject args;
        if (proto < 3)
            args = PyTuple.FromStolen([PyUnicode.FromString(System.Text.Encoding.Latin1.GetString(self.AsSpan())), PyUnicode.FromString("latin-1")]);
        else
            args = PyTuple.FromStolen([PyBytes.FromSpan(self.AsSpan())]);
        return PyTuple.FromStolen([Py.NewRef(self.ob_type), args, state]);
    }

    [PyMethod("__buffer__", TextSignature = "($self, flags, /)", Raw = "one __buffer__ implementation serves every exporter (PyBuffer.BufferMethod)")]
    public static PyObject? BufferMethod(PyByteArray self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyBuffer.BufferMethod(self, args, kwnames);

    [PyMethod("__release_buffer__")]
    public static PyObject? ReleaseBufferMethod(PyByteArray self, PyObject buffer) => PyBuffer.ReleaseBufferMethod(self, buffer);

    // ---- shared with bytes (BytesMethods) ----

    [PyMethod("decode")]
    public static PyObject? Decode(PyByteArray self, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict")
        => BytesMethods.Decode(self, encoding, errors);

    [PyMethod("find", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Find(PyByteArray self, PyObject sub, PyObject? start = null, PyObject? end = null) 
    {
        // The argument's conversion may run Python code that resizes self (gh-142560).
        self.Exports++;
        var r = BytesMethods.Find(self, sub, start, end, false);
        self.Exports--;
        return r;
    }
    [PyMethod("rfind", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? RFind(PyByteArray self, PyObject sub, PyObject? start = null, PyObject? end = null) 
    {
        // The argument's conversion may run Python code that resizes self (gh-142560).
        self.Exports++;
        var r = BytesMethods.Find(self, sub, start, end, true);
        self.Exports--;
        return r;
    }
    [PyMethod("index", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Index(PyByteArray self, PyObject sub, PyObject? start = null, PyObject? end = null) 
    {
        // The argument's conversion may run Python code that resizes self (gh-142560).
        self.Exports++;
        var r = BytesMethods.Index(self, sub, start, end, false);
        self.Exports--;
        return r;
    }
    [PyMethod("rindex", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? RIndex(PyByteArray self, PyObject sub, PyObject? start = null, PyObject? end = null) 
    {
        // The argument's conversion may run Python code that resizes self (gh-142560).
        self.Exports++;
        var r = BytesMethods.Index(self, sub, start, end, true);
        self.Exports--;
        return r;
    }
    [PyMethod("count", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Count_(PyByteArray self, PyObject sub, PyObject? start = null, PyObject? end = null) 
    {
        // The argument's conversion may run Python code that resizes self (gh-142560).
        self.Exports++;
        var r = BytesMethods.Count(self, sub, start, end);
        self.Exports--;
        return r;
    }
    [PyMethod("startswith", TextSignature = "($self, prefix[, start[, end]], /)")]
    public static PyObject? StartsWith(PyByteArray self, PyObject prefix, PyObject? start = null, PyObject? end = null)
        => BytesMethods.TailMatch(self, prefix, start, end, false, "startswith");
    [PyMethod("endswith", TextSignature = "($self, suffix[, start[, end]], /)")]
    public static PyObject? EndsWith(PyByteArray self, PyObject suffix, PyObject? start = null, PyObject? end = null)
        => BytesMethods.TailMatch(self, suffix, start, end, true, "endswith");

    [PyMethod("replace")]
    public static PyObject? Replace(PyByteArray self, PyObject old, PyObject @new, long count = -1) => BytesMethods.Replace(self, old, @new, count);
    [PyMethod("join")]
    public static PyObject? Join(PyByteArray self, PyObject iterable_of_bytes)
    {
        // A custom iterator may try to resize self while join reads it (gh-112625).
        self.Exports++;
        var r = BytesMethods.Join(self, iterable_of_bytes);
        self.Exports--;
        return r;
    }
    [PyMethod("split")]
    public static PyObject? Split(PyByteArray self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1)
    {
        self.Exports++;
        var r = BytesMethods.Split(self, sep, maxsplit, false);
        self.Exports--;
        return r;
    }
    [PyMethod("rsplit")]
    public static PyObject? RSplit(PyByteArray self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1)
    {
        self.Exports++;
        var r = BytesMethods.Split(self, sep, maxsplit, true);
        self.Exports--;
        return r;
    }
    [PyMethod("splitlines")]
    public static PyObject? SplitLines(PyByteArray self, [Keyword] bool keepends = false) => BytesMethods.SplitLines(self, keepends);
    [PyMethod("strip")]
    public static PyObject? Strip(PyByteArray self, PyObject? bytes = null) => BytesMethods.Strip(self, bytes, true, true);
    [PyMethod("lstrip")]
    public static PyObject? LStrip(PyByteArray self, PyObject? bytes = null) => BytesMethods.Strip(self, bytes, true, false);
    [PyMethod("rstrip")]
    public static PyObject? RStrip(PyByteArray self, PyObject? bytes = null) => BytesMethods.Strip(self, bytes, false, true);
    [PyMethod("partition")]
    public static PyObject? Partition(PyByteArray self, PyObject sep) => BytesMethods.Partition(self, sep, false);
    [PyMethod("rpartition")]
    public static PyObject? RPartition(PyByteArray self, PyObject sep) => BytesMethods.Partition(self, sep, true);
    [PyMethod("removeprefix")]
    public static PyObject? RemovePrefix(PyByteArray self, PyObject prefix) => BytesMethods.RemoveAffix(self, prefix, false);
    [PyMethod("removesuffix")]
    public static PyObject? RemoveSuffix(PyByteArray self, PyObject suffix) => BytesMethods.RemoveAffix(self, suffix, true);

    [PyMethod("upper")] public static PyObject? Upper(PyByteArray self) => BytesMethods.Upper(self);
    [PyMethod("lower")] public static PyObject? Lower(PyByteArray self) => BytesMethods.Lower(self);
    [PyMethod("swapcase")] public static PyObject? SwapCase(PyByteArray self) => BytesMethods.SwapCase(self);
    [PyMethod("capitalize")] public static PyObject? Capitalize(PyByteArray self) => BytesMethods.Capitalize(self);
    [PyMethod("title")] public static PyObject? Title(PyByteArray self) => BytesMethods.Title(self);
    [PyMethod("center", TextSignature = "($self, width, fillchar=b' ', /)")]
    public static PyObject? Center(PyByteArray self, long width, PyObject? fillchar = null) => BytesMethods.Justify(self, width, fillchar, "center");
    [PyMethod("ljust", TextSignature = "($self, width, fillchar=b' ', /)")]
    public static PyObject? LJust(PyByteArray self, long width, PyObject? fillchar = null) => BytesMethods.Justify(self, width, fillchar, "ljust");
    [PyMethod("rjust", TextSignature = "($self, width, fillchar=b' ', /)")]
    public static PyObject? RJust(PyByteArray self, long width, PyObject? fillchar = null) => BytesMethods.Justify(self, width, fillchar, "rjust");
    [PyMethod("zfill")] public static PyObject? ZFill(PyByteArray self, long width) => BytesMethods.ZFill(self, width);
    [PyMethod("expandtabs")]
    public static PyObject? ExpandTabs(PyByteArray self, [Keyword] int tabsize = 8) => BytesMethods.ExpandTabs(self, tabsize);

    [PyMethod("isdigit")] public static PyObject? IsDigit(PyByteArray self) => BytesMethods.IsDigit(self);
    [PyMethod("isalpha")] public static PyObject? IsAlpha(PyByteArray self) => BytesMethods.IsAlpha(self);
    [PyMethod("isalnum")] public static PyObject? IsAlnum(PyByteArray self) => BytesMethods.IsAlnum(self);
    [PyMethod("isspace")] public static PyObject? IsSpace(PyByteArray self) => BytesMethods.IsSpace(self);
    [PyMethod("isascii")] public static PyObject? IsAscii(PyByteArray self) => BytesMethods.IsAscii(self);
    [PyMethod("isupper")] public static PyObject? IsUpper(PyByteArray self) => BytesMethods.IsUpperCase(self);
    [PyMethod("islower")] public static PyObject? IsLower(PyByteArray self) => BytesMethods.IsLowerCase(self);
    [PyMethod("istitle")] public static PyObject? IsTitle(PyByteArray self) => BytesMethods.IsTitle(self);

    [PyMethod("maketrans", Static = true)]
    public static PyObject? MakeTrans(PyObject frm, PyObject to) => BytesMethods.MakeTrans(frm, to);
    [PyMethod("translate", TextSignature = "($self, table, /, delete=b'')")]
    public static PyObject? Translate(PyByteArray self, PyObject table, [Keyword] PyObject? delete = null) => BytesMethods.Translate(self, table, delete);

    [PyMethod("hex", TextSignature = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", Doc = "Return two hexadecimal digits for each byte.\n\n  sep\n    A one-character str or bytes put between groups of bytes.\n  bytes_per_sep\n    How many bytes each group holds; counted from the right when positive,\n    from the left when negative.\n\n>>> bytearray(b'Hi!').hex()\n'486921'\n>>> bytearray(b'Hi!').hex(' ', -2)\n'4869 21'")]
    public static PyObject? Hex(PyByteArray self, [Keyword] PyObject? sep = null, [Keyword] long bytes_per_sep = 1)
    {
        // len(sep) may run Python code that resizes self (gh-143195).
        self.Exports++;
        var r = BytesMethods.Hex(self.AsSpan(), sep, bytes_per_sep);
        self.Exports--;
        return r;
    }
    [PyMethod("fromhex", Class = true)]
    public static PyObject? FromHex(PyObject cls, PyObject @string) => BytesMethods.FromHex(cls, @string, Type);
}
