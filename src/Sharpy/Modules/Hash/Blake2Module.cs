using System;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>
/// The `_blake2` module (Modules/blake2module.c): BLAKE2b and BLAKE2s with keys, salt,
/// personalization, digest sizes and the tree-hashing parameters, on <see cref="Blake2bCore"/>
/// and <see cref="Blake2sCore"/>.
/// </summary>
[PyModule("_blake2")]
public static partial class Blake2Module
{
    [PyConstant("blake2b")] static PyObject Blake2bType => Py.NewRef(Blake2bObject.Type);
    [PyConstant("blake2s")] static PyObject Blake2sType => Py.NewRef(Blake2sObject.Type);
    [PyConstant("BLAKE2B_SALT_SIZE")] const int Blake2bSaltSize = 16;
    [PyConstant("BLAKE2B_PERSON_SIZE")] const int Blake2bPersonSize = 16;
    [PyConstant("BLAKE2B_MAX_KEY_SIZE")] const int Blake2bMaxKeySize = 64;
    [PyConstant("BLAKE2B_MAX_DIGEST_SIZE")] const int Blake2bMaxDigestSize = 64;
    [PyConstant("BLAKE2S_SALT_SIZE")] const int Blake2sSaltSize = 8;
    [PyConstant("BLAKE2S_PERSON_SIZE")] const int Blake2sPersonSize = 8;
    [PyConstant("BLAKE2S_MAX_KEY_SIZE")] const int Blake2sMaxKeySize = 32;
    [PyConstant("BLAKE2S_MAX_DIGEST_SIZE")] const int Blake2sMaxDigestSize = 32;
    [PyConstant("_GIL_MINSIZE")] const int GilMinSize = 2048;

    /// <summary>The types' class attributes SALT_SIZE, PERSON_SIZE, MAX_KEY_SIZE, MAX_DIGEST_SIZE.</summary>
    static void InitModule(PyModule m)
    {
        foreach (var (t, salt, max) in new[] { (Blake2bObject.Type, 16, 64), (Blake2sObject.Type, 8, 32) })
        {
            var d = t.tp_dict!;
            d.SetItemStringSteal("SALT_SIZE", PyLong.FromLong(salt));
            d.SetItemStringSteal("PERSON_SIZE", PyLong.FromLong(salt));
            d.SetItemStringSteal("MAX_KEY_SIZE", PyLong.FromLong(max));
            d.SetItemStringSteal("MAX_DIGEST_SIZE", PyLong.FromLong(max));
        }
    }

    /// <summary>
    /// The constructor's parameters (a: data, digest_size, key, salt, person, fanout, depth,
    /// leaf_size, node_offset, node_depth, inner_size, last_node, usedforsecurity, string),
    /// checked in CPython's order with its messages.
    /// </summary>
    internal static bool ReadParams(ReadOnlySpan<PyObject?> a, string kind, int maxDigest, int maxKey, int saltSize, bool checkOffset48, out Blake2Params p)
    {
        p = new Blake2Params { DigestSize = maxDigest, Key = [], Salt = [], Person = [], Fanout = 1, Depth = 1 };
        if (a[1] != null && !ArgParse.ToInt(a[1]!, out p.DigestSize)) return false;
        if (!Bytes(a[2], out p.Key) || !Bytes(a[3], out p.Salt) || !Bytes(a[4], out p.Person)) return false;
        if (a[5] != null && !ArgParse.ToInt(a[5]!, out p.Fanout)) return false;
        if (a[6] != null && !ArgParse.ToInt(a[6]!, out p.Depth)) return false;
        ulong leaf = 0, offset = 0;
        if (a[7] != null && !Unsigned(a[7]!, out leaf)) return false;
        if (a[8] != null && !Unsigned(a[8]!, out offset)) return false;
        if (a[9] != null && !ArgParse.ToInt(a[9]!, out p.NodeDepth)) return false;
        if (a[10] != null && !ArgParse.ToInt(a[10]!, out p.InnerSize)) return false;
        if (a[11] != null)
        {
            int t = Abstract.IsTrue(a[11]!);
            if (t < 0) return false;
            p.LastNode = t > 0;
        }
        if (a[12] != null && Abstract.IsTrue(a[12]!) < 0) return false;

        if (p.DigestSize <= 0 || p.DigestSize > maxDigest)
            return Fail(PyExc.ValueError, $"digest_size for {kind} must be between 1 and {maxDigest} bytes, here it is {p.DigestSize}");
        if (p.Salt.Length > saltSize) return Fail(PyExc.ValueError, $"maximum salt length is {saltSize} bytes");
        if (p.Person.Length > saltSize) return Fail(PyExc.ValueError, $"maximum person length is {saltSize} bytes");
        if (p.Fanout < 0 || p.Fanout > 255) return Fail(PyExc.ValueError, "fanout must be between 0 and 255");
        if (p.Depth <= 0 || p.Depth > 255) return Fail(PyExc.ValueError, "depth must be between 1 and 255");
        if (leaf > 0xFFFFFFFFUL) return Fail(PyExc.OverflowError, "leaf_size is too large");
        p.LeafSize = (uint)leaf;
        if (checkOffset48 && offset > 0xFFFFFFFFFFFFUL) return Fail(PyExc.OverflowError, "node_offset is too large");
        p.NodeOffset = offset;
        if (p.NodeDepth < 0 || p.NodeDepth > 255) return Fail(PyExc.ValueError, "node_depth must be between 0 and 255");
        if (p.InnerSize < 0 || p.InnerSize > maxDigest) return Fail(PyExc.ValueError, $"inner_size must be between 0 and is {maxDigest}");
        if (p.Key.Length > maxKey) return Fail(PyExc.ValueError, $"maximum key length is {maxKey} bytes");
        // Padded salt and person: the parameter block holds them at fixed size.
        Array.Resize(ref p.Salt, saltSize);
        Array.Resize(ref p.Person, saltSize);
        return true;
    }

    static bool Fail(PyType type, string message)
    {
        Errors.SetString(type, message);
        return false;
    }

    /// <summary>A Py_buffer argument's bytes (empty when absent).</summary>
    static bool Bytes(PyObject? o, out byte[] value)
    {
        value = [];
        if (o == null) return true;
        var view = PyBuffer.GetContiguous(o);
        if (view == null) return false;
        value = view.Span.ToArray();
        view.Release();
        return true;
    }

    /// <summary>Clinic's unsigned long / unsigned long long converters (64-bit).</summary>
    static bool Unsigned(PyObject o, out ulong value)
    {
        value = 0;
        var idx = Abstract.Index(o);
        if (idx == null) return false;
        BigInteger v = idx.ToBigInteger();
        Py.DECREF(idx);
        if (v.Sign < 0) return Fail(PyExc.ValueError, "Cannot convert negative int");
        if (v > ulong.MaxValue) return Fail(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
        value = (ulong)v;
        return true;
    }
}

[PyType("_blake2.blake2b", Doc = "Return a new BLAKE2b hash object.")]
public sealed partial class Blake2bObject : HashObject
{
    Blake2bObject(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Blake2bObject(ob_type).Init<Blake2bObject>(core, Name, DigestSize, BlockSize);

    static readonly ArgParse.Parser s_parser = new("blake2b", 0,
        ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
         "node_depth", "inner_size", "last_node", "usedforsecurity", "string"], 0, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[14];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_parser, a)) return null;
        if (!Blake2Module.ReadParams(a, "Blake2b", 64, 64, 16, false, out var p)) return null;
        var self = new Blake2bObject(type).Init<Blake2bObject>(new Blake2bCore(p), "blake2b", p.DigestSize, 128);
        return Start(self, a[0], a[13]);
    }

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Blake2bObject self, PyObject data) => Update(self, data);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Blake2bObject self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Blake2bObject self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Blake2bObject self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Blake2bObject self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Blake2bObject self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Blake2bObject self) => GetBlockSize(self);
}

[PyType("_blake2.blake2s", Doc = "Return a new BLAKE2s hash object.")]
public sealed partial class Blake2sObject : HashObject
{
    Blake2sObject(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Blake2sObject(ob_type).Init<Blake2sObject>(core, Name, DigestSize, BlockSize);

    static readonly ArgParse.Parser s_parser = new("blake2s", 0,
        ["data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
         "node_depth", "inner_size", "last_node", "usedforsecurity", "string"], 0, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[14];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_parser, a)) return null;
        if (!Blake2Module.ReadParams(a, "Blake2s", 32, 32, 8, true, out var p)) return null;
        var self = new Blake2sObject(type).Init<Blake2sObject>(new Blake2sCore(p), "blake2s", p.DigestSize, 64);
        return Start(self, a[0], a[13]);
    }

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Blake2sObject self, PyObject data) => Update(self, data);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Blake2sObject self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Blake2sObject self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Blake2sObject self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Blake2sObject self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Blake2sObject self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Blake2sObject self) => GetBlockSize(self);
}
