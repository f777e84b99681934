using System;
using System.Buffers.Binary;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Struct;

/// <summary>`_struct.Struct` (PyStructObject): a compiled format and its pack/unpack methods.</summary>
[PyType("_struct.Struct", BaseType = true, Doc = "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according\nto the format string.\n\nSee help(struct) for more on format strings.")]
public sealed partial class StructObject : PyObject
{
    /// <summary>The compiled format; null until __init__ ran (a Struct made by __new__ alone).</summary>
    internal StructFormat? Compiled;
    internal PyUnicode? FormatStr;

    StructObject(PyType type) : base(type) { }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref FormatStr);

    /// <summary>Struct(format) for the module functions' cache: a new, initialized Struct.</summary>
    internal static StructObject? Create(PyObject format)
    {
        var s = new StructObject(Type);
        if (s.SetFormat(format) < 0)
        {
            Py.DECREF(s);
            return null;
        }
        return s;
    }

    /// <summary>
    /// Struct___init___impl and prepare_s: compile a str (ASCII) or bytes format and only then
    /// replace the Struct's, so a bad format leaves a Struct as it was.
    /// </summary>
    int SetFormat(PyObject format)
    {
        byte[]? ascii;
        if (format is PyUnicode u)
        {
            ascii = Codecs.Latin1AsciiCodec.Encode(u, "strict", 0x80);
            if (ascii == null) return -1;
        }
        else if (format is PyBytes b) ascii = b.Value;
        else
        {
            Errors.SetString(PyExc.TypeError, $"Struct() argument 1 must be a str or bytes object, not {format.ob_type.tp_name}");
            return -1;
        }
        var compiled = StructFormat.Compile(ascii, out var error);
        if (compiled == null)
        {
            if (error == null) Errors.NoMemory();
            else Errors.SetString(StructState.Get().Error, error);
            return -1;
        }
        Compiled = compiled;
        Py.SETREF(ref FormatStr, format is PyUnicode fu ? Py.NewRef(fu) : PyUnicode.FromString(System.Text.Encoding.ASCII.GetString(ascii)));
        return 0;
    }

    /// <summary>ENSURE_STRUCT_IS_READY: false with RuntimeError for a Struct whose __init__ never ran.</summary>
    bool EnsureReady()
    {
        if (Compiled != null) return true;
        Errors.SetString(PyExc.RuntimeError, "Struct object is not initialized");
        return false;
    }

    /// <summary>s_new: an empty Struct; __init__ gives it its format.</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new StructObject(type);

    [PySlot("tp_init")]
    static int Init(StructObject self, [Keyword] PyObject format) => self.SetFormat(format);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var s = (StructObject)self;
        if (!s.EnsureReady()) return null;
        var r = Abstract.Repr(s.FormatStr!);
        if (r == null) return null;
        var result = PyUnicode.FromString($"Struct({((PyUnicode)r).Value})");
        Py.DECREF(r);
        return result;
    }

    [PyGetter("format", Doc = "struct format string")]
    static PyObject? GetFormat(StructObject self) => self.EnsureReady() ? Py.NewRef(self.FormatStr!) : null;

    [PyGetter("size", Doc = "struct size in bytes")]
    static PyObject? GetSize(StructObject self) => PyLong.FromLong(self.Compiled?.Size ?? -1);

    [PyMethod("pack", Raw = "Struct.pack is METH_FASTCALL in _struct.c: the values are packed from the call's vector, with no *values tuple", TextSignature = "($self, /, *values)", Doc = "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.")]
    static PyObject? Pack(StructObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => ArgParse.HasKeywords(kwnames) ? ArgParse.NoKeywords("Struct.pack") : self.PackValues(args);

    internal PyObject? PackValues(ReadOnlySpan<StackRef> values)
    {
        if (!EnsureReady()) return null;
        var f = Compiled!;
        if (values.Length != f.Codes.Length)
            return Errors.SetString(StructState.Get().Error, $"pack expected {f.Codes.Length} items for packing (got {values.Length})");
        if (f.Size > Array.MaxLength) return Errors.NoMemory();
        var buf = new byte[f.Size];
        if (!PackInto(buf, values)) return null;
        return PyBytes.FromBytes(buf);
    }

    [PyMethod("pack_into", TextSignature = "($self, buffer, offset, /, *values)", Doc = "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.")]
    static PyObject? PackIntoMethod(StructObject self, [VarArgs] PyTuple args) => self.PackIntoArgs(args.Items.AsSpan(0, args.Count));

    internal PyObject? PackIntoArgs(ReadOnlySpan<PyObject> args)
    {
        if (!EnsureReady()) return null;
        var f = Compiled!;
        var error = StructState.Get().Error;
        if (args.Length != f.Codes.Length + 2)
        {
            if (args.Length == 0) return Errors.SetString(error, "pack_into expected buffer argument");
            if (args.Length == 1) return Errors.SetString(error, "pack_into expected offset argument");
            return Errors.SetString(error, $"pack_into expected {f.Codes.Length} items for packing (got {args.Length - 2})");
        }
        var view = PyBuffer.GetWritable(args[0], "argument");
        if (view == null)
        {
            // getargs' "w*" message names the argument, not the function.
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"argument must be read-write bytes-like object, not {args[0].ob_type.tp_name}");
            }
            return null;
        }
        try
        {
            long offset = Abstract.AsSsize(args[1], PyExc.IndexError);
            if (offset == -1 && Errors.Occurred()) return null;
            long len = view.len;
            if (offset < 0)
            {
                if (offset + f.Size > 0)
                    return Errors.SetString(error, $"no space to pack {f.Size} bytes at offset {offset}");
                if (offset + len < 0)
                    return Errors.SetString(error, $"offset {offset} out of range for {len}-byte buffer");
                offset += len;
            }
            if (len - offset < f.Size)
                return Errors.SetString(error, $"pack_into requires a buffer of at least {(ulong)f.Size + (ulong)offset} bytes for packing {f.Size} bytes at offset {offset} (actual buffer size is {len})");
            var tmp = new byte[f.Size];
            if (!PackInto(tmp, args[2..])) return null;
            tmp.CopyTo(view.WritableSpan.Slice((int)offset));
            return Py.None;
        }
        finally
        {
            view.Release();
        }
    }

    [PyMethod("unpack", TextSignature = "($self, buffer, /)", Doc = "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.")]
    static PyObject? Unpack(StructObject self, BufferArg buffer) => self.UnpackWhole(buffer.Span);

    /// <summary>Struct.unpack and struct.unpack: the buffer must be exactly the struct's size.</summary>
    internal PyObject? UnpackWhole(ReadOnlySpan<byte> data)
    {
        if (!EnsureReady()) return null;
        if (data.Length != Compiled!.Size)
            return Errors.SetString(StructState.Get().Error, $"unpack requires a buffer of {Compiled.Size} bytes");
        return UnpackFrom(data);
    }

    [PyMethod("unpack_from", Doc = "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.")]
    static PyObject? UnpackFromMethod(StructObject self, [Keyword] BufferArg buffer, [Keyword] long offset = 0) => self.UnpackFromOffset(buffer.Span, offset);

    internal PyObject? UnpackFromOffset(ReadOnlySpan<byte> data, long offset)
    {
        if (!EnsureReady()) return null;
        var f = Compiled!;
        var error = StructState.Get().Error;
        long len = data.Length;
        if (offset < 0)
        {
            if (offset + len < 0) return Errors.SetString(error, $"offset {offset} out of range for {len}-byte buffer");
            offset += len;
            if (len - offset < f.Size)
                return Errors.SetString(error, $"not enough data to unpack {f.Size} bytes at offset {offset - len}");
        }
        if (len - offset < f.Size)
            return Errors.SetString(error, $"unpack_from requires a buffer of at least {(ulong)f.Size + (ulong)offset} bytes for unpacking {f.Size} bytes at offset {offset} (actual buffer size is {len})");
        return UnpackFrom(data.Slice((int)offset, (int)f.Size));
    }

    [PyMethod("iter_unpack", TextSignature = "($self, buffer, /)", Doc = "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.")]
    static PyObject? IterUnpack(StructObject self, PyObject buffer) => self.EnsureReady() ? UnpackIterator.Create(self, buffer) : null;

    [PyMethod("__sizeof__")]
    static PyObject? SizeOf(StructObject self) => self.EnsureReady() ? PyLong.FromLong(48 + 24L * self.Compiled!.Codes.Length) : null;

    /// <summary>Pack <paramref name="values"/> (as many as the format's items) into <paramref name="buf"/>.</summary>
    bool PackInto(Span<byte> buf, ReadOnlySpan<PyObject> values)
    {
        var f = Compiled!;
        for (int i = 0; i < f.Codes.Length; i++)
        {
            var code = f.Codes[i];
            if (!StructPack.PackOne(code, values[i], buf.Slice((int)code.Offset), f.LittleEndian)) return false;
        }
        return true;
    }

    bool PackInto(Span<byte> buf, ReadOnlySpan<StackRef> values)
    {
        var f = Compiled!;
        for (int i = 0; i < f.Codes.Length; i++)
        {
            var code = f.Codes[i];
            if (!StructPack.PackOne(code, values[i].AsBorrowed, buf.Slice((int)code.Offset), f.LittleEndian)) return false;
        }
        return true;
    }

    internal PyObject? UnpackFrom(ReadOnlySpan<byte> data)
    {
        var f = Compiled!;
        var items = new PyObject[f.Codes.Length];
        for (int i = 0; i < items.Length; i++)
        {
            var code = f.Codes[i];
            items[i] = StructPack.UnpackOne(code, data.Slice((int)code.Offset), f.LittleEndian);
        }
        return PyTuple.FromStolen(items);
    }
}
