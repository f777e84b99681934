using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>The `_sha3` module (Modules/sha3module.c): SHA3-224/256/384/512 and SHAKE128/256 on <see cref="KeccakCore"/>.</summary>
[PyModule("_sha3")]
public static partial class Sha3Module
{
    [PyConstant("sha3_224")] static PyObject Sha3_224Type => Py.NewRef(Sha3_224Object.Type);
    [PyConstant("sha3_256")] static PyObject Sha3_256Type => Py.NewRef(Sha3_256Object.Type);
    [PyConstant("sha3_384")] static PyObject Sha3_384Type => Py.NewRef(Sha3_384Object.Type);
    [PyConstant("sha3_512")] static PyObject Sha3_512Type => Py.NewRef(Sha3_512Object.Type);
    [PyConstant("shake_128")] static PyObject Shake128Type => Py.NewRef(Shake128Object.Type);
    [PyConstant("shake_256")] static PyObject Shake256Type => Py.NewRef(Shake256Object.Type);
    [PyConstant("implementation")] const string Implementation = "HACL";
    [PyConstant("_GIL_MINSIZE")] const int GilMinSize = 2048;

    /// <summary>CPython's clinic names every SHA-3 constructor sha3_224 in its messages.</summary>
    static readonly ArgParse.Parser s_parser = new("sha3_224", 0, ["data", "usedforsecurity", "string"], 0, 1, 0);

    /// <summary>The constructors' (data=b'', /, *, usedforsecurity=True, string=None).</summary>
    internal static PyObject? Construct(HashObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> buf = new PyObject?[3];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_parser, buf))
        {
            Py.DECREF(self);
            return null;
        }
        if (buf[1] != null && Abstract.IsTrue(buf[1]!) < 0)
        {
            Py.DECREF(self);
            return null;
        }
        return HashObject.Start(self, buf[0], buf[2]);
    }

    /// <summary>SHAKE's digest(length) and hexdigest(length).</summary>
    internal static PyObject? ShakeDigest(HashObject self, PyObject length, bool hex)
    {
        var idx = Abstract.Index(length);
        if (idx == null) return null;
        var v = idx.ToBigInteger();
        Py.DECREF(idx);
        if (v.Sign < 0) return Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
        if (v > ulong.MaxValue) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
        if (v >= (1 << 29)) return Errors.SetString(PyExc.ValueError, "length is too large");
        var d = HashObject.DigestBytes(self, (int)v);
        return hex ? PyUnicode.FromString(Convert.ToHexStringLower(d)) : PyBytes.FromBytes(d);
    }
}

[PyType("_sha3.sha3_224", Doc = "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 28 bytes.")]
public sealed partial class Sha3_224Object : HashObject
{
    Sha3_224Object(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Sha3_224Object(ob_type).Init<Sha3_224Object>(core, Name, DigestSize, BlockSize);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Sha3Module.Construct(new Sha3_224Object(type).Init<Sha3_224Object>(new KeccakCore(144, 0x06), "sha3_224", 28, 144), args, kwnames);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha3_224Object self, PyObject obj) => Update(self, obj);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha3_224Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha3_224Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha3_224Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha3_224Object self) => GetBlockSize(self);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha3_224Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha3_224Object self) => HexDigest(self);
    [PyGetter("_capacity_bits")] static PyObject? CapacityBits(Sha3_224Object self) => PyLong.FromLong(1600 - ((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_rate_bits")] static PyObject? RateBits(Sha3_224Object self) => PyLong.FromLong(((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_suffix")] static PyObject? SuffixGetter(Sha3_224Object self) => PyBytes.FromByte(((KeccakCore)self.Core).Suffix);
}

[PyType("_sha3.sha3_256", Doc = "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 32 bytes.")]
public sealed partial class Sha3_256Object : HashObject
{
    Sha3_256Object(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Sha3_256Object(ob_type).Init<Sha3_256Object>(core, Name, DigestSize, BlockSize);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Sha3Module.Construct(new Sha3_256Object(type).Init<Sha3_256Object>(new KeccakCore(136, 0x06), "sha3_256", 32, 136), args, kwnames);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha3_256Object self, PyObject obj) => Update(self, obj);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha3_256Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha3_256Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha3_256Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha3_256Object self) => GetBlockSize(self);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha3_256Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha3_256Object self) => HexDigest(self);
    [PyGetter("_capacity_bits")] static PyObject? CapacityBits(Sha3_256Object self) => PyLong.FromLong(1600 - ((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_rate_bits")] static PyObject? RateBits(Sha3_256Object self) => PyLong.FromLong(((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_suffix")] static PyObject? SuffixGetter(Sha3_256Object self) => PyBytes.FromByte(((KeccakCore)self.Core).Suffix);
}

[PyType("_sha3.sha3_384", Doc = "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 48 bytes.")]
public sealed partial class Sha3_384Object : HashObject
{
    Sha3_384Object(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Sha3_384Object(ob_type).Init<Sha3_384Object>(core, Name, DigestSize, BlockSize);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Sha3Module.Construct(new Sha3_384Object(type).Init<Sha3_384Object>(new KeccakCore(104, 0x06), "sha3_384", 48, 104), args, kwnames);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha3_384Object self, PyObject obj) => Update(self, obj);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha3_384Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha3_384Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha3_384Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha3_384Object self) => GetBlockSize(self);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha3_384Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha3_384Object self) => HexDigest(self);
    [PyGetter("_capacity_bits")] static PyObject? CapacityBits(Sha3_384Object self) => PyLong.FromLong(1600 - ((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_rate_bits")] static PyObject? RateBits(Sha3_384Object self) => PyLong.FromLong(((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_suffix")] static PyObject? SuffixGetter(Sha3_384Object self) => PyBytes.FromByte(((KeccakCore)self.Core).Suffix);
}

[PyType("_sha3.sha3_512", Doc = "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of 64 bytes.")]
public sealed partial class Sha3_512Object : HashObject
{
    Sha3_512Object(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Sha3_512Object(ob_type).Init<Sha3_512Object>(core, Name, DigestSize, BlockSize);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Sha3Module.Construct(new Sha3_512Object(type).Init<Sha3_512Object>(new KeccakCore(72, 0x06), "sha3_512", 64, 72), args, kwnames);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha3_512Object self, PyObject obj) => Update(self, obj);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha3_512Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha3_512Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha3_512Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha3_512Object self) => GetBlockSize(self);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha3_512Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha3_512Object self) => HexDigest(self);
    [PyGetter("_capacity_bits")] static PyObject? CapacityBits(Sha3_512Object self) => PyLong.FromLong(1600 - ((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_rate_bits")] static PyObject? RateBits(Sha3_512Object self) => PyLong.FromLong(((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_suffix")] static PyObject? SuffixGetter(Sha3_512Object self) => PyBytes.FromByte(((KeccakCore)self.Core).Suffix);
}

[PyType("_sha3.shake_128", Doc = "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")]
public sealed partial class Shake128Object : HashObject
{
    Shake128Object(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Shake128Object(ob_type).Init<Shake128Object>(core, Name, DigestSize, BlockSize);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Sha3Module.Construct(new Shake128Object(type).Init<Shake128Object>(new KeccakCore(168, 0x1f), "shake_128", 0, 168), args, kwnames);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Shake128Object self, PyObject obj) => Update(self, obj);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Shake128Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Shake128Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Shake128Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Shake128Object self) => GetBlockSize(self);
    [PyMethod("digest", Doc = "Return the digest value as a bytes object.")]
    static PyObject? DigestMethod(Shake128Object self, [Keyword] PyObject length) => Sha3Module.ShakeDigest(self, length, hex: false);
    [PyMethod("hexdigest", Doc = "Return the digest value as a string of hexadecimal digits.")]
    static PyObject? HexDigestMethod(Shake128Object self, [Keyword] PyObject length) => Sha3Module.ShakeDigest(self, length, hex: true);
    [PyGetter("_capacity_bits")] static PyObject? CapacityBits(Shake128Object self) => PyLong.FromLong(1600 - ((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_rate_bits")] static PyObject? RateBits(Shake128Object self) => PyLong.FromLong(((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_suffix")] static PyObject? SuffixGetter(Shake128Object self) => PyBytes.FromByte(((KeccakCore)self.Core).Suffix);
}

[PyType("_sha3.shake_256", Doc = "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")]
public sealed partial class Shake256Object : HashObject
{
    Shake256Object(PyType type) : base(type) { }

    internal override HashObject CopyWith(HashCore core) => new Shake256Object(ob_type).Init<Shake256Object>(core, Name, DigestSize, BlockSize);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => Sha3Module.Construct(new Shake256Object(type).Init<Shake256Object>(new KeccakCore(136, 0x1f), "shake_256", 0, 136), args, kwnames);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Shake256Object self, PyObject obj) => Update(self, obj);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Shake256Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Shake256Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Shake256Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Shake256Object self) => GetBlockSize(self);
    [PyMethod("digest", Doc = "Return the digest value as a bytes object.")]
    static PyObject? DigestMethod(Shake256Object self, [Keyword] PyObject length) => Sha3Module.ShakeDigest(self, length, hex: false);
    [PyMethod("hexdigest", Doc = "Return the digest value as a string of hexadecimal digits.")]
    static PyObject? HexDigestMethod(Shake256Object self, [Keyword] PyObject length) => Sha3Module.ShakeDigest(self, length, hex: true);
    [PyGetter("_capacity_bits")] static PyObject? CapacityBits(Shake256Object self) => PyLong.FromLong(1600 - ((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_rate_bits")] static PyObject? RateBits(Shake256Object self) => PyLong.FromLong(((KeccakCore)self.Core).Rate * 8);
    [PyGetter("_suffix")] static PyObject? SuffixGetter(Shake256Object self) => PyBytes.FromByte(((KeccakCore)self.Core).Suffix);
}
