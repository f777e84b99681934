using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// bytes' methods; the implementations are shared with bytearray in BytesMethods.
public partial class PyBytes
{
    [PyMethod("decode")]
    public static PyObject? Decode(PyBytes self, [Keyword] string encoding = "utf-8", [Keyword] string errors = "strict")
        => BytesMethods.Decode(self, encoding, errors);

    [PyMethod("find", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Find(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Find(self, sub, start, end, false);
    [PyMethod("rfind", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? RFind(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Find(self, sub, start, end, true);
    [PyMethod("index", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Index(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Index(self, sub, start, end, false);
    [PyMethod("rindex", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? RIndex(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Index(self, sub, start, end, true);
    [PyMethod("count", TextSignature = "($self, sub[, start[, end]], /)")]
    public static PyObject? Count(PyBytes self, PyObject sub, PyObject? start = null, PyObject? end = null) => BytesMethods.Count(self, sub, start, end);
    [PyMethod("startswith", TextSignature = "($self, prefix[, start[, end]], /)")]
    public static PyObject? StartsWith(PyBytes self, PyObject prefix, PyObject? start = null, PyObject? end = null)
        => BytesMethods.TailMatch(self, prefix, start, end, false, "startswith");
    [PyMethod("endswith", TextSignature = "($self, suffix[, start[, end]], /)")]
    public static PyObject? EndsWith(PyBytes self, PyObject suffix, PyObject? start = null, PyObject? end = null)
        => BytesMethods.TailMatch(self, suffix, start, end, true, "endswith");

    [PyMethod("replace")]
    public static PyObject? Replace(PyBytes self, PyObject old, PyObject @new, long count = -1) => BytesMethods.Replace(self, old, @new, count);
    [PyMethod("join", TextSignature = "($self, iterable_of_bytes, /)")]
    public static PyObject? Join(PyBytes self, PyObject iterable_of_bytes) => BytesMethods.Join(self, iterable_of_bytes);
    [PyMethod("split")]
    public static PyObject? Split(PyBytes self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1) => BytesMethods.Split(self, sep, maxsplit, false);
    [PyMethod("rsplit")]
    public static PyObject? RSplit(PyBytes self, [Keyword] PyObject? sep = null, [Keyword] long maxsplit = -1) => BytesMethods.Split(self, sep, maxsplit, true);
    [PyMethod("splitlines")]
    public static PyObject? SplitLines(PyBytes self, [Keyword] bool keepends = false) => BytesMethods.SplitLines(self, keepends);
    [PyMethod("strip")]
    public static PyObject? Strip(PyBytes self, PyObject? bytes = null) => BytesMethods.Strip(self, bytes, true, true);
    [PyMethod("lstrip")]
    public static PyObject? LStrip(PyBytes self, PyObject? bytes = null) => BytesMethods.Strip(self, bytes, true, false);
    [PyMethod("rstrip")]
    public static PyObject? RStrip(PyBytes self, PyObject? bytes = null) => BytesMethods.Strip(self, bytes, false, true);
    [PyMethod("partition")]
    public static PyObject? Partition(PyBytes self, PyObject sep) => BytesMethods.Partition(self, sep, false);
    [PyMethod("rpartition")]
    public static PyObject? RPartition(PyBytes self, PyObject sep) => BytesMethods.Partition(self, sep, true);
    [PyMethod("removeprefix")]
    public static PyObject? RemovePrefix(PyBytes self, PyObject prefix) => BytesMethods.RemoveAffix(self, prefix, false);
    [PyMethod("removesuffix")]
    public static PyObject? RemoveSuffix(PyBytes self, PyObject suffix) => BytesMethods.RemoveAffix(self, suffix, true);

    [PyMethod("upper")] public static PyObject? Upper(PyBytes self) => BytesMethods.Upper(self);
    [PyMethod("lower")] public static PyObject? Lower(PyBytes self) => BytesMethods.Lower(self);
    [PyMethod("swapcase")] public static PyObject? SwapCase(PyBytes self) => BytesMethods.SwapCase(self);
    [PyMethod("capitalize")] public static PyObject? Capitalize(PyBytes self) => BytesMethods.Capitalize(self);
    [PyMethod("title")] public static PyObject? Title(PyBytes self) => BytesMethods.Title(self);
    [PyMethod("center", TextSignature = "($self, width, fillchar=b' ', /)")]
    public static PyObject? Center(PyBytes self, long width, PyObject? fillchar = null) => BytesMethods.Justify(self, width, fillchar, "center");
    [PyMethod("ljust", TextSignature = "($self, width, fillchar=b' ', /)")]
    public static PyObject? LJust(PyBytes self, long width, PyObject? fillchar = null) => BytesMethods.Justify(self, width, fillchar, "ljust");
    [PyMethod("rjust", TextSignature = "($self, width, fillchar=b' ', /)")]
    public static PyObject? RJust(PyBytes self, long width, PyObject? fillchar = null) => BytesMethods.Justify(self, width, fillchar, "rjust");
    [PyMethod("zfill")] public static PyObject? ZFill(PyBytes self, long width) => BytesMethods.ZFill(self, width);
    [PyMethod("expandtabs")]
    public static PyObject? ExpandTabs(PyBytes self, [Keyword] int tabsize = 8) => BytesMethods.ExpandTabs(self, tabsize);

    [PyMethod("isdigit")] public static PyObject? IsDigit(PyBytes self) => BytesMethods.IsDigit(self);
    [PyMethod("isalpha")] public static PyObject? IsAlpha(PyBytes self) => BytesMethods.IsAlpha(self);
    [PyMethod("isalnum")] public static PyObject? IsAlnum(PyBytes self) => BytesMethods.IsAlnum(self);
    [PyMethod("isspace")] public static PyObject? IsSpace(PyBytes self) => BytesMethods.IsSpace(self);
    [PyMethod("isascii")] public static PyObject? IsAscii(PyBytes self) => BytesMethods.IsAscii(self);
    [PyMethod("isupper")] public static PyObject? IsUpper(PyBytes self) => BytesMethods.IsUpperCase(self);
    [PyMethod("islower")] public static PyObject? IsLower(PyBytes self) => BytesMethods.IsLowerCase(self);
    [PyMethod("istitle")] public static PyObject? IsTitle(PyBytes self) => BytesMethods.IsTitle(self);

    [PyMethod("maketrans", Static = true)]
    public static PyObject? MakeTrans(PyObject frm, PyObject to) => BytesMethods.MakeTrans(frm, to);
    [PyMethod("translate", TextSignature = "($self, table, /, delete=b'')")]
    public static PyObject? Translate(PyBytes self, PyObject table, [Keyword] PyObject? delete = null) => BytesMethods.Translate(self, table, delete);

    [PyMethod("hex", TextSignature = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", Doc = "Return two hexadecimal digits for each byte.\n\n  sep\n    A one-character str or bytes put between groups of bytes.\n  bytes_per_sep\n    How many bytes each group holds; counted from the right when positive,\n    from the left when negative.\n\n>>> b'Hi!'.hex()\n'486921'\n>>> b'Hi!'.hex(':')\n'48:69:21'\n>>> b'Hi!'.hex('-', 2)\n'48-6921'")]
    public static PyObject? Hex(PyBytes self, [Keyword] PyObject? sep = null, [Keyword] long bytes_per_sep = 1)
        => BytesMethods.Hex(self.Value, sep, bytes_per_sep);
    [PyMethod("fromhex", Class = true)]
    public static PyObject? FromHex(PyObject cls, PyObject @string) => BytesMethods.FromHex(cls, @string, Type);

    [PyMethod("__buffer__", TextSignature = "($self, flags, /)", Raw = "one __buffer__ implementation serves every exporter (PyBuffer.BufferMethod)")]
    public static PyObject? BufferMethod(PyBytes self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyBuffer.BufferMethod(self, args, kwnames);

    /// <summary>bytes_buffer_getbuffer: a read-only view of the bytes.</summary>
    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject self, PyBuffer view, int flags) => PyBuffer.FillInfo(view, self, ((PyBytes)self).Value, true, flags);
}
