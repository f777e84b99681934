using System.Security.Cryptography;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>
/// The `_sha2` module (Modules/sha2module.c): SHA-256, SHA-384 and SHA-512 through the
/// platform's crypto library, SHA-224 (which .NET lacks) in <see cref="Sha224Core"/>.
/// </summary>
[PyModule("_sha2")]
public static partial class Sha2Module
{
    [PyConstant("SHA224Type")] static PyObject Sha224Type => Py.NewRef(Sha224Object.Type);
    [PyConstant("SHA256Type")] static PyObject Sha256Type => Py.NewRef(Sha256Object.Type);
    [PyConstant("SHA384Type")] static PyObject Sha384Type => Py.NewRef(Sha384Object.Type);
    [PyConstant("SHA512Type")] static PyObject Sha512Type => Py.NewRef(Sha512Object.Type);
    [PyConstant("_GIL_MINSIZE")] const int GilMinSize = 2048;

    [PyMethod("sha224", TextSignature = HashObject.ConstructorSignature, Doc = "Return a new SHA-224 hash object; optionally initialized with a string.")]
    static PyObject? Sha224([Keyword] PyObject? data = null, [KeywordOnly] bool usedforsecurity = true, [KeywordOnly] PyObject? @string = null)
        => HashObject.Start(Sha224Object.New().Init<Sha224Object>(new Sha224Core(), "sha224", 28, 64), data, @string);

    [PyMethod("sha256", TextSignature = HashObject.ConstructorSignature, Doc = "Return a new SHA-256 hash object; optionally initialized with a string.")]
    static PyObject? Sha256([Keyword] PyObject? data = null, [KeywordOnly] bool usedforsecurity = true, [KeywordOnly] PyObject? @string = null)
        => HashObject.Start(Sha256Object.New().Init<Sha256Object>(PlatformHashCore.Create(HashAlgorithmName.SHA256), "sha256", 32, 64), data, @string);

    [PyMethod("sha384", TextSignature = HashObject.ConstructorSignature, Doc = "Return a new SHA-384 hash object; optionally initialized with a string.")]
    static PyObject? Sha384([Keyword] PyObject? data = null, [KeywordOnly] bool usedforsecurity = true, [KeywordOnly] PyObject? @string = null)
        => HashObject.Start(Sha384Object.New().Init<Sha384Object>(PlatformHashCore.Create(HashAlgorithmName.SHA384), "sha384", 48, 128), data, @string);

    [PyMethod("sha512", TextSignature = HashObject.ConstructorSignature, Doc = "Return a new SHA-512 hash object; optionally initialized with a string.")]
    static PyObject? Sha512([Keyword] PyObject? data = null, [KeywordOnly] bool usedforsecurity = true, [KeywordOnly] PyObject? @string = null)
        => HashObject.Start(Sha512Object.New().Init<Sha512Object>(PlatformHashCore.Create(HashAlgorithmName.SHA512), "sha512", 64, 128), data, @string);
}

[PyType("_sha2.SHA224Type")]
public sealed partial class Sha224Object : HashObject
{
    Sha224Object(PyType type) : base(type) { }

    internal static Sha224Object New() => new(Type);

    internal override HashObject CopyWith(HashCore core) => new Sha224Object(ob_type).Init<Sha224Object>(core, Name, DigestSize, BlockSize);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha224Object self, PyObject obj) => Update(self, obj);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha224Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha224Object self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha224Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha224Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha224Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha224Object self) => GetBlockSize(self);
}

[PyType("_sha2.SHA256Type")]
public sealed partial class Sha256Object : HashObject
{
    Sha256Object(PyType type) : base(type) { }

    internal static Sha256Object New() => new(Type);

    internal override HashObject CopyWith(HashCore core) => new Sha256Object(ob_type).Init<Sha256Object>(core, Name, DigestSize, BlockSize);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha256Object self, PyObject obj) => Update(self, obj);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha256Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha256Object self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha256Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha256Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha256Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha256Object self) => GetBlockSize(self);
}

[PyType("_sha2.SHA384Type")]
public sealed partial class Sha384Object : HashObject
{
    Sha384Object(PyType type) : base(type) { }

    internal static Sha384Object New() => new(Type);

    internal override HashObject CopyWith(HashCore core) => new Sha384Object(ob_type).Init<Sha384Object>(core, Name, DigestSize, BlockSize);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha384Object self, PyObject obj) => Update(self, obj);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha384Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha384Object self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha384Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha384Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha384Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha384Object self) => GetBlockSize(self);
}

[PyType("_sha2.SHA512Type")]
public sealed partial class Sha512Object : HashObject
{
    Sha512Object(PyType type) : base(type) { }

    internal static Sha512Object New() => new(Type);

    internal override HashObject CopyWith(HashCore core) => new Sha512Object(ob_type).Init<Sha512Object>(core, Name, DigestSize, BlockSize);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha512Object self, PyObject obj) => Update(self, obj);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha512Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha512Object self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha512Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha512Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha512Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha512Object self) => GetBlockSize(self);
}
