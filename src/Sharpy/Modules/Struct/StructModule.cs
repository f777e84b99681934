using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Struct;

/// <summary>
/// The `_struct` module (Modules/_struct.c): the functions over a cache of compiled formats,
/// Struct, and struct.error.
/// </summary>
[PyModule("_struct", Doc = StructModule.ModuleDoc)]
public static partial class StructModule
{
    const int MaxCache = 100;

    static int InitModule(PyModule m)
    {
        var dict = PyDict.New();
        dict.SetItemStringSteal("__module__", PyUnicode.FromString("struct"));
        // A second import (importlib's fresh imports in tests) shares the first one's error
        // class, as Struct is a static type whose methods find the state through the interpreter.
        if (ModuleState<StructState>.Find(Interpreter.Current) is { } existing)
        {
            if (m.Add("error", Py.NewRef(existing.Error)) < 0) return -1;
            return m.Add("Struct", Py.NewRef(StructObject.Type));
        }
        var error = Calls.CallTuple(PyType.Type, PyTuple.FromStolen([PyUnicode.FromString("error"), PyTuple.FromBorrowed([PyExc.Exception]), dict]));
        if (error == null) return -1;
        ModuleState<StructState>.Set(Interpreter.Current, new StructState((PyType)error));
        if (m.Add("error", Py.NewRef(error)) < 0) return -1;
        return m.Add("Struct", Py.NewRef(StructObject.Type));
    }

    /// <summary>cache_struct_converter: the compiled Struct for a format, from the cache when it is there.</summary>
    static StructObject? GetStruct(PyObject format)
    {
        var state = StructState.Get();
        string? key = format is PyUnicode u ? u.Value : null;
        if (key != null && state.Cache.TryGetValue(key, out var cached)) return Py.NewRef(cached);
        var s = StructObject.Create(format);
        if (s == null) return null;
        if (key != null)
        {
            if (state.Cache.Count >= MaxCache) ClearCache();
            state.Cache[key] = Py.NewRef(s);
        }
        return s;
    }

    [PyMethod("_clearcache", Doc = "Clear the internal cache.")]
    static void ClearCache()
    {
        var cache = StructState.Get().Cache;
        var items = new StructObject[cache.Count];
        cache.Values.CopyTo(items, 0);
        cache.Clear();
        foreach (var s in items) Py.DECREF(s);
    }

    [PyMethod("calcsize", Doc = "Return size in bytes of the struct described by the format string.")]
    static PyObject? CalcSize(PyObject format)
    {
        var s = GetStruct(format);
        if (s == null) return null;
        var r = PyLong.FromLong(s.Compiled!.Size);
        Py.DECREF(s);
        return r;
    }

    [PyMethod("pack", Raw = "_struct.c's pack is METH_FASTCALL: the values are packed from the call's vector, with no *values tuple", TextSignature = "($module, format, /, *values)", Doc = "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.")]
    static PyObject? Pack(PyObject module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("_struct.pack");
        if (args.Length == 0) return Errors.SetString(PyExc.TypeError, "missing format argument");
        var s = GetStruct(args[0].AsBorrowed);
        if (s == null) return null;
        var r = s.PackValues(args[1..]);
        Py.DECREF(s);
        return r;
    }

    [PyMethod("pack_into", TextSignature = "($module, format, buffer, offset, /, *values)", Doc = "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.")]
    static PyObject? PackInto([VarArgs] PyTuple args)
    {
        if (args.Count == 0) return Errors.SetString(PyExc.TypeError, "missing format argument");
        var s = GetStruct(args.Items[0]);
        if (s == null) return null;
        var r = s.PackIntoArgs(args.Items.AsSpan(1, args.Count - 1));
        Py.DECREF(s);
        return r;
    }

    [PyMethod("unpack", Doc = "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.")]
    static PyObject? Unpack(PyObject format, BufferArg buffer)
    {
        var s = GetStruct(format);
        if (s == null) return null;
        var r = s.UnpackWhole(buffer.Span);
        Py.DECREF(s);
        return r;
    }

    [PyMethod("unpack_from", Doc = "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.")]
    static PyObject? UnpackFrom(PyObject format, [Keyword] BufferArg buffer, [Keyword] long offset = 0)
    {
        var s = GetStruct(format);
        if (s == null) return null;
        var r = s.UnpackFromOffset(buffer.Span, offset);
        Py.DECREF(s);
        return r;
    }

    [PyMethod("iter_unpack", Doc = "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.")]
    static PyObject? IterUnpack(PyObject format, PyObject buffer)
    {
        var s = GetStruct(format);
        if (s == null) return null;
        var r = UnpackIterator.Create(s, buffer);
        Py.DECREF(s);
        return r;
    }

    const string ModuleDoc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";
}
