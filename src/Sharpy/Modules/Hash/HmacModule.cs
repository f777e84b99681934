using System;
using System.Security.Cryptography;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>
/// The `_hmac` module (Modules/hmacmodule.c, HACL*-based in CPython): HMAC over the builtin
/// hash functions, streaming (<see cref="HmacObject"/>) and one-shot (compute_*), which
/// hmac.py prefers to its pure-Python HMAC for hash functions given by name.
/// </summary>
[PyModule("_hmac")]
public static partial class HmacModule
{
    [PyConstant("_GIL_MINSIZE")] const int GilMinSize = 2048;

    static int InitModule(PyModule m)
    {
        // A re-import (importlib's fresh imports in tests) shares the first one's exception class.
        var state = ModuleState<HmacState>.Find(Interpreter.Current);
        if (state == null)
        {
            var dict = PyDict.New();
            dict.SetItemStringSteal("__module__", PyUnicode.FromString("_hmac"));
            var error = Calls.CallTuple(PyType.Type, PyTuple.FromStolen([PyUnicode.FromString("UnknownHashError"), PyTuple.FromBorrowed([PyExc.ValueError]), dict]));
            if (error == null) return -1;
            ModuleState<HmacState>.Set(Interpreter.Current, state = new HmacState((PyType)error));
        }
        if (m.Add("UnknownHashError", Py.NewRef(state.UnknownHashError)) < 0) return -1;
        return m.Add("HMAC", Py.NewRef(HmacObject.Type));
    }

    /// <summary>One hash function: its HMAC name, digest and block sizes, and a fresh running state.</summary>
    internal sealed record HashKind(string Name, int DigestSize, int BlockSize, Func<HashCore> Create);

    static readonly HashKind Md5 = new("md5", 16, 64, () => PlatformHashCore.Create(HashAlgorithmName.MD5));
    static readonly HashKind Sha1 = new("sha1", 20, 64, () => PlatformHashCore.Create(HashAlgorithmName.SHA1));
    static readonly HashKind Sha224 = new("sha224", 28, 64, () => new Sha224Core());
    static readonly HashKind Sha256 = new("sha256", 32, 64, () => PlatformHashCore.Create(HashAlgorithmName.SHA256));
    static readonly HashKind Sha384 = new("sha384", 48, 128, () => PlatformHashCore.Create(HashAlgorithmName.SHA384));
    static readonly HashKind Sha512 = new("sha512", 64, 128, () => PlatformHashCore.Create(HashAlgorithmName.SHA512));
    static readonly HashKind Sha3_224 = new("sha3_224", 28, 144, () => new KeccakCore(144, 0x06));
    static readonly HashKind Sha3_256 = new("sha3_256", 32, 136, () => new KeccakCore(136, 0x06));
    static readonly HashKind Sha3_384 = new("sha3_384", 48, 104, () => new KeccakCore(104, 0x06));
    static readonly HashKind Sha3_512 = new("sha3_512", 64, 72, () => new KeccakCore(72, 0x06));
    static readonly HashKind Blake2b = new("blake2b", 64, 128, () => new Blake2bCore(Blake2Defaults(64, 16)));
    static readonly HashKind Blake2s = new("blake2s", 32, 64, () => new Blake2sCore(Blake2Defaults(32, 8)));

    static Blake2Params Blake2Defaults(int digestSize, int saltSize)
        => new() { DigestSize = digestSize, Key = [], Salt = new byte[saltSize], Person = new byte[saltSize], Fanout = 1, Depth = 1 };

    /// <summary>find_hash_info: a hash function by name (case-insensitive); UnknownHashError otherwise.</summary>
    static HashKind? FindHash(PyObject? name)
    {
        if (name is PyUnicode u)
        {
            var kind = u.Value.ToLowerInvariant() switch
            {
                "md5" => Md5,
                "sha1" => Sha1,
                "sha224" => Sha224,
                "sha256" => Sha256,
                "sha384" => Sha384,
                "sha512" => Sha512,
                "sha3_224" => Sha3_224,
                "sha3_256" => Sha3_256,
                "sha3_384" => Sha3_384,
                "sha3_512" => Sha3_512,
                "blake2b" or "blake2b_32" => Blake2b,
                "blake2s" or "blake2s_32" => Blake2s,
                _ => null,
            };
            if (kind != null) return kind;
        }
        var r = Abstract.Repr(name ?? Py.None);
        if (r == null) return null;
        Errors.SetString(HmacState.Get().UnknownHashError, $"unsupported hash type: {((PyUnicode)r).Value}");
        Py.DECREF(r);
        return null;
    }

    [PyMethod("new", TextSignature = "($module, /, key, msg=None, digestmod=None)", Doc = "Return a new HMAC object.")]
    static PyObject? New([Keyword] PyObject key, [Keyword] PyObject? msg = null, [Keyword] PyObject? digestmod = null)
    {
        if (digestmod == null) return Errors.SetString(PyExc.TypeError, "new() missing 1 required argument 'digestmod'");
        var kind = FindHash(digestmod);
        if (kind == null) return null;
        var h = HmacObject.Create(kind, key);
        if (h == null) return null;
        if (msg != null && msg != Py.None && HashObject.Update(h, msg) == null)
        {
            Py.DECREF(h);
            return null;
        }
        return h;
    }

    [PyMethod("compute_digest", TextSignature = "($module, /, key, msg, digest)", Doc = "Compute the HMAC digest of msg with key, the hash function named by digest.")]
    static PyObject? ComputeDigest([Keyword] PyObject key, [Keyword] PyObject msg, [Keyword] PyObject digest)
    {
        var kind = FindHash(digest);
        return kind == null ? null : Compute(kind, key, msg);
    }

    /// <summary>One-shot HMAC: the digest of <paramref name="msg"/> keyed with <paramref name="key"/>.</summary>
    static PyObject? Compute(HashKind kind, PyObject key, PyObject msg)
    {
        var h = HmacObject.Create(kind, key);
        if (h == null) return null;
        PyObject? r = HashObject.Update(h, msg) == null ? null : PyBytes.FromBytes(h.Mac());
        Py.DECREF(h);
        return r;
    }

    const string ComputeSignature = "($module, key, msg, /)";

    [PyMethod("compute_md5", TextSignature = ComputeSignature)] static PyObject? ComputeMd5(PyObject key, PyObject msg) => Compute(Md5, key, msg);
    [PyMethod("compute_sha1", TextSignature = ComputeSignature)] static PyObject? ComputeSha1(PyObject key, PyObject msg) => Compute(Sha1, key, msg);
    [PyMethod("compute_sha224", TextSignature = ComputeSignature)] static PyObject? ComputeSha224(PyObject key, PyObject msg) => Compute(Sha224, key, msg);
    [PyMethod("compute_sha256", TextSignature = ComputeSignature)] static PyObject? ComputeSha256(PyObject key, PyObject msg) => Compute(Sha256, key, msg);
    [PyMethod("compute_sha384", TextSignature = ComputeSignature)] static PyObject? ComputeSha384(PyObject key, PyObject msg) => Compute(Sha384, key, msg);
    [PyMethod("compute_sha512", TextSignature = ComputeSignature)] static PyObject? ComputeSha512(PyObject key, PyObject msg) => Compute(Sha512, key, msg);
    [PyMethod("compute_sha3_224", TextSignature = ComputeSignature)] static PyObject? ComputeSha3_224(PyObject key, PyObject msg) => Compute(Sha3_224, key, msg);
    [PyMethod("compute_sha3_256", TextSignature = ComputeSignature)] static PyObject? ComputeSha3_256(PyObject key, PyObject msg) => Compute(Sha3_256, key, msg);
    [PyMethod("compute_sha3_384", TextSignature = ComputeSignature)] static PyObject? ComputeSha3_384(PyObject key, PyObject msg) => Compute(Sha3_384, key, msg);
    [PyMethod("compute_sha3_512", TextSignature = ComputeSignature)] static PyObject? ComputeSha3_512(PyObject key, PyObject msg) => Compute(Sha3_512, key, msg);
    [PyMethod("compute_blake2b_32", TextSignature = ComputeSignature)] static PyObject? ComputeBlake2b(PyObject key, PyObject msg) => Compute(Blake2b, key, msg);
    [PyMethod("compute_blake2s_32", TextSignature = ComputeSignature)] static PyObject? ComputeBlake2s(PyObject key, PyObject msg) => Compute(Blake2s, key, msg);
}

/// <summary>_hmac's module state: its exception class.</summary>
internal sealed class HmacState(PyType unknownHashError)
{
    public readonly PyType UnknownHashError = unknownHashError;

    public static HmacState Get() => ModuleState<HmacState>.Get();
}
