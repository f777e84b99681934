using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Zstd.ZstdNative;

namespace Sharpy.Modules.Zstd;

/// <summary>
/// `_zstd.ZstdDict` (Modules/_zstd/zstddict.c): a copy of a dictionary's content in native
/// memory (a prefix is referenced by libzstd, not copied), with its digested forms made on
/// demand: one ZSTD_CDict per compression level and one ZSTD_DDict.
/// </summary>
[PyType("compression.zstd.ZstdDict", Doc = "ZstdDict(dict_content, /, *, is_raw=False)\n--\n\nRepresents a Zstandard dictionary.\n\n  dict_content\n    The content of a Zstandard dictionary as a bytes-like object.\n  is_raw\n    If true, perform no checks on *dict_content*, useful for some\n    advanced cases. Otherwise, check that the content represents\n    a Zstandard dictionary created by the zstd library or CLI.\n\nThe dictionary can be used for compression or decompression, and can be shared\nby multiple ZstdCompressor or ZstdDecompressor objects.")]
[PyMember("dict_id", nameof(_dictId), ReadOnly = true, Doc = "The Zstandard dictionary, an int between 0 and 2**32.\n\nA non-zero value represents an ordinary Zstandard dictionary,\nconforming to the standardised format.\n\nA value of zero indicates a 'raw content' dictionary,\nwithout any restrictions on format or content.")]
public sealed unsafe partial class ZstdDict : PyObject
{
    /// <summary>dictionary_type: how a (ZstdDict, type) tuple asks for the dictionary to be loaded.</summary>
    internal const int DigestedType = 0, UndigestedType = 1, PrefixType = 2;

    byte* _buffer;
    readonly nint _length;
    long _dictId;
    /// <summary>The ZSTD_CDict made for each compression level.</summary>
    Dictionary<int, nint>? _cdicts;
    nint _ddict;
    /// <summary>Guards the digested dictionaries: threads share a ZstdDict.</summary>
    internal readonly object Lock = new();

    ZstdDict(PyType type, byte* buffer, nint length) : base(type)
    {
        _buffer = buffer;
        _length = length;
    }

    internal byte* Buffer => _buffer;
    internal nint Length => _length;

    protected internal override void ReleaseReferences()
    {
        if (_ddict != 0) { ZSTD_freeDDict(_ddict); _ddict = 0; }
        if (_cdicts != null)
        {
            foreach (var cdict in _cdicts.Values) ZSTD_freeCDict(cdict);
            _cdicts = null;
        }
        NativeMemory.Free(_buffer);
        _buffer = null;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, BufferArg dict_content, [KeywordOnly] bool is_raw = false)
    {
        var content = dict_content.Span;
        if (content.Length < 8)
            return Errors.SetString(PyExc.ValueError, "Zstandard dictionary content too short (must have at least eight bytes)");
        var buffer = (byte*)NativeMemory.Alloc((nuint)content.Length);
        if (buffer == null) return Errors.NoMemory();
        content.CopyTo(new Span<byte>(buffer, content.Length));
        var self = new ZstdDict(type, buffer, content.Length);
        self._dictId = ZSTD_getDictID_fromDict(buffer, (nuint)content.Length);
        if (!is_raw && self._dictId == 0)
        {
            Py.DECREF(self);
            return Errors.SetString(PyExc.ValueError, "invalid Zstandard dictionary");
        }
        return self;
    }

    /// <summary>_get_CDict (with <see cref="Lock"/> held): the digested dictionary for a compression level; 0 with ZstdError set.</summary>
    internal nint GetCDict(int level)
    {
        _cdicts ??= new Dictionary<int, nint>();
        if (_cdicts.TryGetValue(level, out var cdict)) return cdict;
        using (Gil.AllowThreads()) cdict = ZSTD_createCDict(_buffer, (nuint)_length, level);
        if (cdict == 0)
        {
            ZstdModule.SetError("Failed to create a ZSTD_CDict instance from Zstandard dictionary content.");
            return 0;
        }
        _cdicts[level] = cdict;
        return cdict;
    }

    /// <summary>_get_DDict (with <see cref="Lock"/> held): the digested dictionary for decompression; 0 with ZstdError set.</summary>
    internal nint GetDDict()
    {
        if (_ddict == 0)
        {
            nint ddict;
            using (Gil.AllowThreads()) ddict = ZSTD_createDDict(_buffer, (nuint)_length);
            _ddict = ddict;
            if (ddict == 0) ZstdModule.SetError("Failed to create a ZSTD_DDict instance from Zstandard dictionary content.");
        }
        return _ddict;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var self = (ZstdDict)o;
        return PyUnicode.FromString($"<ZstdDict dict_id={self._dictId} dict_size={self._length}>");
    }

    [PySlot("sq_length")]
    static long Len(PyObject o) => ((ZstdDict)o)._length;

    [PyGetter("dict_content", Doc = "The content of a Zstandard dictionary, as a bytes object.")]
    static PyObject? DictContent(ZstdDict self) => PyBytes.FromSpan(new ReadOnlySpan<byte>(self._buffer, (int)self._length));

    static PyObject AsType(ZstdDict self, int type) => PyTuple.FromStolen([Py.NewRef<PyObject>(self), PyLong.FromLong(type)]);

    [PyGetter("as_digested_dict", Doc = "Load as a digested dictionary to compressor.\n\nPass this attribute as zstd_dict argument:\ncompress(dat, zstd_dict=zd.as_digested_dict)\n\n1. Some advanced compression parameters of compressor may be overridden\n   by parameters of digested dictionary.\n2. ZstdDict has a digested dictionaries cache for each compression level.\n   It's faster when loading again a digested dictionary with the same\n   compression level.\n3. No need to use this for decompression.")]
    static PyObject? AsDigestedDict(ZstdDict self) => AsType(self, DigestedType);

    [PyGetter("as_undigested_dict", Doc = "Load as an undigested dictionary to compressor.\n\nPass this attribute as zstd_dict argument:\ncompress(dat, zstd_dict=zd.as_undigested_dict)\n\n1. The advanced compression parameters of compressor will not be overridden.\n2. Loading an undigested dictionary is costly. If load an undigested dictionary\n   multiple times, consider reusing a compressor object.\n3. No need to use this for decompression.")]
    static PyObject? AsUndigestedDict(ZstdDict self) => AsType(self, UndigestedType);

    [PyGetter("as_prefix", Doc = "Load as a prefix to compressor/decompressor.\n\nPass this attribute as zstd_dict argument:\ncompress(dat, zstd_dict=zd.as_prefix)\n\n1. Prefix is compatible with long distance matching, while dictionary is not.\n2. It only works for the first frame, then the compressor/decompressor will\n   return to no prefix state.\n3. When decompressing, must use the same prefix as when compressing.")]
    static PyObject? AsPrefix(ZstdDict self) => AsType(self, PrefixType);
}
