using System;
using System.Buffers.Binary;
using System.Numerics;

namespace Sharpy.Modules.Hash;

/// <summary>
/// Keccak-f[1600] as a sponge (FIPS 202): SHA3-224/256/384/512 (suffix 0x06) and
/// SHAKE128/256 (suffix 0x1f, any output length). Written here rather than taken from .NET,
/// whose SHA-3 exists only where the platform's OpenSSL has it.
/// </summary>
internal sealed class KeccakCore : HashCore
{
    static readonly ulong[] RoundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];
    static readonly int[] Rotations = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
    static readonly int[] PiLanes = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    readonly ulong[] _a = new ulong[25];
    readonly byte[] _buf;
    int _bufLen;

    /// <summary>The rate in bytes (200 minus twice the security level).</summary>
    public readonly int Rate;
    public readonly byte Suffix;

    public KeccakCore(int rate, byte suffix)
    {
        Rate = rate;
        Suffix = suffix;
        _buf = new byte[rate];
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            int take = Math.Min(Rate - _bufLen, data.Length);
            data[..take].CopyTo(_buf.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
            if (_bufLen == Rate)
            {
                Absorb(_a, _buf);
                _bufLen = 0;
            }
        }
    }

    void Absorb(ulong[] a, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < Rate / 8; i++) a[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8));
        Permute(a);
    }

    /// <summary>Pad, then squeeze <paramref name="output"/>.Length bytes, leaving this state as it was.</summary>
    public override void Final(Span<byte> output)
    {
        var a = (ulong[])_a.Clone();
        var block = new byte[Rate];
        _buf.AsSpan(0, _bufLen).CopyTo(block);
        block[_bufLen] ^= Suffix;
        block[Rate - 1] ^= 0x80;
        Absorb(a, block);
        Span<byte> lanes = stackalloc byte[200];
        while (true)
        {
            for (int i = 0; i < 25; i++) BinaryPrimitives.WriteUInt64LittleEndian(lanes.Slice(i * 8), a[i]);
            int n = Math.Min(Rate, output.Length);
            lanes[..n].CopyTo(output);
            output = output[n..];
            if (output.Length == 0) break;
            Permute(a);
        }
    }

    public override HashCore Clone()
    {
        var c = new KeccakCore(Rate, Suffix) { _bufLen = _bufLen };
        _a.CopyTo(c._a, 0);
        _buf.CopyTo(c._buf, 0);
        return c;
    }

    static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            ulong t = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = PiLanes[i];
                ulong tmp = a[j];
                a[j] = BitOperations.RotateLeft(t, Rotations[i]);
                t = tmp;
            }
            for (int y = 0; y < 25; y += 5)
            {
                for (int x = 0; x < 5; x++) c[x] = a[y + x];
                for (int x = 0; x < 5; x++) a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }
            a[0] ^= RoundConstants[round];
        }
    }
}
