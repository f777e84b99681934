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

    /// <summary>Free what the computation holds outside the .NET heap (when its hash object dies).</summary>
    public virtual void Dispose() { }
}

/// <summary>
/// MD5, SHA-1, SHA-256, SHA-384 and SHA-512 through the platform's crypto library. Short
/// data waits in a buffer and is hashed in one call when the digest is asked for, so a hash
/// of a few bytes costs no incremental context (making one, copying it for each digest and
/// finalizing it cost more than the hashing); past <see cref="PendingLimit"/> bytes the data
/// goes to .NET's IncrementalHash.
/// </summary>
internal sealed class PlatformHashCore : HashCore
{
    const int PendingLimit = 1024;

    readonly HashAlgorithmName _name;
    IncrementalHash? _hash;
    byte[]? _pending;
    int _pendingLength;

    PlatformHashCore(HashAlgorithmName name) => _name = name;

    public static PlatformHashCore Create(HashAlgorithmName name) => new(name);

    public override void Update(ReadOnlySpan<byte> data)
    {
        if (_hash == null)
        {
            int total = _pendingLength + data.Length;
            if (total <= PendingLimit)
            {
                if (_pending == null || _pending.Length < total)
                    Array.Resize(ref _pending, Math.Min(PendingLimit, Math.Max(total, 2 * (_pending?.Length ?? 32))));
                data.CopyTo(_pending.AsSpan(_pendingLength));
                _pendingLength = total;
                return;
            }
            _hash = IncrementalHash.CreateHash(_name);
            if (_pendingLength > 0) _hash.AppendData(_pending!, 0, _pendingLength);
            _pending = null;
            _pendingLength = 0;
        }
        _hash.AppendData(data);
    }

    public override void Final(Span<byte> digest)
    {
        if (_hash != null)
        {
            _hash.GetCurrentHash(digest);
            return;
        }
        var data = _pending.AsSpan(0, _pendingLength);
        if (_name == HashAlgorithmName.SHA256) SHA256.HashData(data, digest);
        else if (_name == HashAlgorithmName.MD5) MD5.HashData(data, digest);
        else if (_name == HashAlgorithmName.SHA1) SHA1.HashData(data, digest);
        else if (_name == HashAlgorithmName.SHA384) SHA384.HashData(data, digest);
        else SHA512.HashData(data, digest);
    }

    public override HashCore Clone() => new PlatformHashCore(_name)
    {
        _hash = _hash?.Clone(),
        _pending = _pending == null ? null : (byte[])_pending.Clone(),
        _pendingLength = _pendingLength,
    };

    public override void Dispose() => _hash?.Dispose();
}
