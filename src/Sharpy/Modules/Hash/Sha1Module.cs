using System.Security.Cryptography;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>The `_sha1` module (Modules/sha1module.c): SHA-1 through the platform's crypto library.</summary>
[PyModule("_sha1")]
public static partial class Sha1Module
{
    [PyConstant("SHA1Type")] static PyObject Sha1Type => Py.NewRef(Sha1Object.Type);
    [PyConstant("_GIL_MINSIZE")] const int GilMinSize = 2048;

    [PyMethod("sha1", TextSignature = HashObject.ConstructorSignature, Doc = "Return a new SHA1 hash object; optionally initialized with a string.")]
    static PyObject? Sha1([Keyword] PyObject? data = null, [KeywordOnly] bool usedforsecurity = true, [KeywordOnly] PyObject? @string = null)
        => HashObject.Start(Sha1Object.New().Init<Sha1Object>(PlatformHashCore.Create(HashAlgorithmName.SHA1), "sha1", 20, 64), data, @string);
}

[PyType("_sha1.sha1")]
public sealed partial class Sha1Object : HashObject
{
    Sha1Object(PyType type) : base(type) { }

    internal static Sha1Object New() => new(Type);

    internal override HashObject CopyWith(HashCore core) => new Sha1Object(ob_type).Init<Sha1Object>(core, Name, DigestSize, BlockSize);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Sha1Object self, PyObject obj) => Update(self, obj);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Sha1Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Sha1Object self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Sha1Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Sha1Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Sha1Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Sha1Object self) => GetBlockSize(self);
}
