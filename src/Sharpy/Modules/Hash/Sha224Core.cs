using System;
using System.Buffers.Binary;
using System.Numerics;

namespace Sharpy.Modules.Hash;

/// <summary>SHA-224 (FIPS 180-4): SHA-256's compression with its own initial values, truncated to 28 bytes. .NET has no SHA-224.</summary>
internal sealed class Sha224Core : HashCore
{
    static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    readonly uint[] _h = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];
    readonly byte[] _buf = new byte[64];
    int _bufLen;
    ulong _length;

    public override void Update(ReadOnlySpan<byte> data)
    {
        _length += (ulong)data.Length;
        if (_bufLen > 0)
        {
            int take = Math.Min(64 - _bufLen, data.Length);
            data[..take].CopyTo(_buf.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
            if (_bufLen < 64) return;
            Compress(_h, _buf);
            _bufLen = 0;
        }
        while (data.Length >= 64)
        {
            Compress(_h, data[..64]);
            data = data[64..];
        }
        data.CopyTo(_buf);
        _bufLen = data.Length;
    }

    public override void Final(Span<byte> digest)
    {
        var h = (uint[])_h.Clone();
        Span<byte> tail = stackalloc byte[128];
        _buf.AsSpan(0, _bufLen).CopyTo(tail);
        tail[_bufLen] = 0x80;
        int total = _bufLen + 9 <= 64 ? 64 : 128;
        BinaryPrimitives.WriteUInt64BigEndian(tail.Slice(total - 8), _length * 8);
        Compress(h, tail[..64]);
        if (total == 128) Compress(h, tail.Slice(64, 64));
        for (int i = 0; i < 7; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.Slice(i * 4), h[i]);
    }

    public override HashCore Clone()
    {
        var c = new Sha224Core { _bufLen = _bufLen, _length = _length };
        _h.CopyTo(c._h, 0);
        _buf.CopyTo(c._buf, 0);
        return c;
    }

    static void Compress(uint[] h, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(i * 4));
        for (int i = 16; i < 64; i++)
        {
            uint s0 = BitOperations.RotateRight(w[i - 15], 7) ^ BitOperations.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint s1 = BitOperations.RotateRight(w[i - 2], 17) ^ BitOperations.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; i++)
        {
            uint S1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            uint ch = (e & f) ^ (~e & g);
            uint t1 = hh + S1 + ch + K[i] + w[i];
            uint S0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            uint maj = (a & b) ^ (a & c) ^ (b & c);
            uint t2 = S0 + maj;
            hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
}
