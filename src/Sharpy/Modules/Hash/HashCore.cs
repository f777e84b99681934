using System;
using System.Security.Cryptography;

namespace Sharpy.Modules.Hash;

/// <summary>
/// The running state of one hash computation: what a hash object of `_md5`, `_sha1`, `_sha2`,
/// `_sha3` or `_blake2` holds. Final writes the digest of the data so far without ending
/// the computation (hash objects can be updated after digest()).
/// </summary>
internal abstract class HashCore
{
    public abstract void Update(ReadOnlySpan<byte> data);
    public abstract void Final(Span<byte> digest);
    public abstract HashCore Clone();
}

/// <summary>MD5, SHA-1, SHA-256, SHA-384 and SHA-512 through .NET's IncrementalHash (the platform's crypto library).</summary>
internal sealed class PlatformHashCore(IncrementalHash hash) : HashCore
{
    public static PlatformHashCore Create(HashAlgorithmName name) => new(IncrementalHash.CreateHash(name));

    public override void Update(ReadOnlySpan<byte> data) => hash.AppendData(data);
    public override void Final(Span<byte> digest) => hash.GetCurrentHash(digest);
    public override HashCore Clone() => new PlatformHashCore(hash.Clone());
}
