using System;
using System.Buffers.Binary;
using System.Numerics;

namespace Sharpy.Modules.Hash;

/// <summary>The BLAKE2 parameter block's fields (RFC 7693 section 2.5, and the tree-hashing fields of the BLAKE2 paper).</summary>
internal struct Blake2Params
{
    public int DigestSize;
    public byte[] Key, Salt, Person;
    public int Fanout, Depth, NodeDepth, InnerSize;
    public uint LeafSize;
    public ulong NodeOffset;
    public bool LastNode;
}

/// <summary>BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, digests up to 64 bytes. .NET has no BLAKE2.</summary>
internal sealed class Blake2bCore : HashCore
{
    static readonly ulong[] IV =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    internal static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    const int BlockSize = 128;
    readonly ulong[] _h = new ulong[8];
    readonly byte[] _buf = new byte[BlockSize];
    int _bufLen;
    ulong _t0, _t1;
    bool _lastNode;
    int _outLen;

    Blake2bCore() { }

    public Blake2bCore(in Blake2Params p)
    {
        Span<byte> block = stackalloc byte[64];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        BinaryPrimitives.WriteUInt64LittleEndian(block[8..], p.NodeOffset);
        block[16] = (byte)p.NodeDepth;
        block[17] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[32..]);
        p.Person.CopyTo(block[48..]);
        for (int i = 0; i < 8; i++) _h[i] = IV[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        _lastNode = p.LastNode;
        _outLen = p.DigestSize;
        if (p.Key.Length > 0)
        {
            Span<byte> keyBlock = stackalloc byte[BlockSize];
            p.Key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            // The last block is compressed only in Final, with the final flag: keep a full buffer until more comes.
            if (_bufLen == BlockSize)
            {
                Increment(BlockSize);
                Compress(_h, _buf, _t0, _t1, false, false);
                _bufLen = 0;
            }
            int take = Math.Min(BlockSize - _bufLen, data.Length);
            data[..take].CopyTo(_buf.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
        }
    }

    void Increment(int n)
    {
        _t0 += (ulong)n;
        if (_t0 < (ulong)n) _t1++;
    }

    public override void Final(Span<byte> digest)
    {
        var h = (ulong[])_h.Clone();
        ulong t0 = _t0 + (ulong)_bufLen, t1 = _t1 + (t0 < (ulong)_bufLen ? 1UL : 0UL);
        var block = new byte[BlockSize];
        _buf.AsSpan(0, _bufLen).CopyTo(block);
        Compress(h, block, t0, t1, true, _lastNode);
        Span<byte> full = stackalloc byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(full[(i * 8)..], h[i]);
        full[.._outLen].CopyTo(digest);
    }

    public override HashCore Clone()
    {
        var c = new Blake2bCore { _bufLen = _bufLen, _t0 = _t0, _t1 = _t1, _lastNode = _lastNode, _outLen = _outLen };
        _h.CopyTo(c._h, 0);
        _buf.CopyTo(c._buf, 0);
        return c;
    }

    static void Compress(ulong[] h, ReadOnlySpan<byte> block, ulong t0, ulong t1, bool last, bool lastNode)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = IV[i]; }
        v[12] ^= t0;
        v[13] ^= t1;
        if (last) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (int r = 0; r < 12; r++)
        {
            var s = Sigma[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    static void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }
}

/// <summary>BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, digests up to 32 bytes.</summary>
internal sealed class Blake2sCore : HashCore
{
    static readonly uint[] IV =
    [
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
    ];

    const int BlockSize = 64;
    readonly uint[] _h = new uint[8];
    readonly byte[] _buf = new byte[BlockSize];
    int _bufLen;
    uint _t0, _t1;
    bool _lastNode;
    int _outLen;

    Blake2sCore() { }

    public Blake2sCore(in Blake2Params p)
    {
        Span<byte> block = stackalloc byte[32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        // node_offset is 48 bits, then node_depth and inner_length.
        BinaryPrimitives.WriteUInt32LittleEndian(block[8..], (uint)p.NodeOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(block[12..], (ushort)(p.NodeOffset >> 32));
        block[14] = (byte)p.NodeDepth;
        block[15] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[16..]);
        p.Person.CopyTo(block[24..]);
        for (int i = 0; i < 8; i++) _h[i] = IV[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        _lastNode = p.LastNode;
        _outLen = p.DigestSize;
        if (p.Key.Length > 0)
        {
            Span<byte> keyBlock = stackalloc byte[BlockSize];
            p.Key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (_bufLen == BlockSize)
            {
                Increment(BlockSize);
                Compress(_h, _buf, _t0, _t1, false, false);
                _bufLen = 0;
            }
            int take = Math.Min(BlockSize - _bufLen, data.Length);
            data[..take].CopyTo(_buf.AsSpan(_bufLen));
            _bufLen += take;
            data = data[take..];
        }
    }

    void Increment(int n)
    {
        _t0 += (uint)n;
        if (_t0 < (uint)n) _t1++;
    }

    public override void Final(Span<byte> digest)
    {
        var h = (uint[])_h.Clone();
        uint t0 = _t0 + (uint)_bufLen, t1 = _t1 + (t0 < (uint)_bufLen ? 1U : 0U);
        var block = new byte[BlockSize];
        _buf.AsSpan(0, _bufLen).CopyTo(block);
        Compress(h, block, t0, t1, true, _lastNode);
        Span<byte> full = stackalloc byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32LittleEndian(full[(i * 4)..], h[i]);
        full[.._outLen].CopyTo(digest);
    }

    public override HashCore Clone()
    {
        var c = new Blake2sCore { _bufLen = _bufLen, _t0 = _t0, _t1 = _t1, _lastNode = _lastNode, _outLen = _outLen };
        _h.CopyTo(c._h, 0);
        _buf.CopyTo(c._buf, 0);
        return c;
    }

    static void Compress(uint[] h, ReadOnlySpan<byte> block, uint t0, uint t1, bool last, bool lastNode)
    {
        Span<uint> m = stackalloc uint[16];
        Span<uint> v = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = IV[i]; }
        v[12] ^= t0;
        v[13] ^= t1;
        if (last) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (int r = 0; r < 10; r++)
        {
            var s = Blake2bCore.Sigma[r];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    static void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}
