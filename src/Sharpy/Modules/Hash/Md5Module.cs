using System.Security.Cryptography;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>The `_md5` module (Modules/md5module.c): MD5 through the platform's crypto library.</summary>
[PyModule("_md5")]
public static partial class Md5Module
{
    [PyConstant("MD5Type")] static PyObject Md5Type => Py.NewRef(Md5Object.Type);
    [PyConstant("_GIL_MINSIZE")] const int GilMinSize = 2048;

    [PyMethod("md5", TextSignature = HashObject.ConstructorSignature, Doc = "Return a new MD5 hash object; optionally initialized with a string.")]
    static PyObject? Md5([Keyword] PyObject? data = null, [KeywordOnly] bool usedforsecurity = true, [KeywordOnly] PyObject? @string = null)
        => HashObject.Start(Md5Object.New().Init<Md5Object>(PlatformHashCore.Create(HashAlgorithmName.MD5), "md5", 16, 64), data, @string);
}

[PyType("_md5.md5")]
public sealed partial class Md5Object : HashObject
{
    Md5Object(PyType type) : base(type) { }

    internal static Md5Object New() => new(Type);

    internal override HashObject CopyWith(HashCore core) => new Md5Object(ob_type).Init<Md5Object>(core, Name, DigestSize, BlockSize);

    [PyMethod("update", Doc = UpdateDoc)] static PyObject? UpdateMethod(Md5Object self, PyObject obj) => Update(self, obj);
    [PyMethod("digest", Doc = DigestDoc)] static PyObject? DigestMethod(Md5Object self) => Digest(self);
    [PyMethod("hexdigest", Doc = HexDigestDoc)] static PyObject? HexDigestMethod(Md5Object self) => HexDigest(self);
    [PyMethod("copy", Doc = CopyDoc)] static PyObject? CopyMethod(Md5Object self) => Copy(self);
    [PyGetter("name")] static PyObject? NameGetter(Md5Object self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(Md5Object self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(Md5Object self) => GetBlockSize(self);
}
