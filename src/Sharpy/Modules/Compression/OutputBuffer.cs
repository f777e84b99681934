using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Compression;

/// <summary>
/// The blocks output buffer of zlib, _bz2 and _lzma (Include/internal/pycore_blocks_output_buffer.h):
/// output grows by blocks of increasing size instead of reallocating one buffer, and is joined
/// into one bytes at the end. Blocks are allocated pinned, so a native (de)compressor may be
/// given <see cref="Next"/> and <see cref="Avail"/> and write there with the GIL released.
/// After the call the caller reports how much room is left with <see cref="SetAvail"/>.
/// </summary>
internal sealed unsafe class OutputBuffer
{
    const int KB = 1024, MB = 1024 * 1024;

    /// <summary>BUFFER_BLOCK_SIZE: the size of each new block, then the last size repeated.</summary>
    static readonly int[] s_blockSizes =
    [
        32 * KB, 64 * KB, 256 * KB, 1 * MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB,
        32 * MB, 32 * MB, 32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB,
    ];

    readonly List<byte[]> _blocks = new();
    /// <summary>The total size of the blocks.</summary>
    long _allocated;
    /// <summary>The bytes of the last block not yet written.</summary>
    int _avail;
    /// <summary>The most the output may hold; -1 for no limit.</summary>
    readonly long _maxLength;

    OutputBuffer(long maxLength) => _maxLength = maxLength;

    /// <summary>_BlocksOutputBuffer_InitAndGrow: a buffer with its first block; null with MemoryError set.</summary>
    public static OutputBuffer? Create(long maxLength = -1)
    {
        var b = new OutputBuffer(maxLength);
        long size = s_blockSizes[0];
        if (maxLength >= 0 && size > maxLength) size = maxLength;
        return b.AddBlock(size) ? b : null;
    }

    /// <summary>_BlocksOutputBuffer_InitWithSize: a buffer whose first block has <paramref name="size"/> bytes.</summary>
    public static OutputBuffer? CreateWithSize(long size)
    {
        var b = new OutputBuffer(-1);
        return b.AddBlock(size) ? b : null;
    }

    bool AddBlock(long size)
    {
        if (size > Array.MaxLength || _allocated + size > Array.MaxLength)
        {
            Errors.NoMemory();
            return false;
        }
        try
        {
            _blocks.Add(GC.AllocateUninitializedArray<byte>((int)size, pinned: true));
        }
        catch (OutOfMemoryException)
        {
            Errors.NoMemory();
            return false;
        }
        _allocated += size;
        _avail = (int)size;
        return true;
    }

    /// <summary>Where the next output byte goes (the last block is pinned).</summary>
    public byte* Next
    {
        get
        {
            var last = _blocks[^1];
            fixed (byte* p = last) return p + (last.Length - _avail);
        }
    }

    /// <summary>The room left in the last block.</summary>
    public int Avail => _avail;

    /// <summary>After a native call: the room it left in the last block.</summary>
    public void SetAvail(long avail) => _avail = (int)avail;

    /// <summary>The bytes written so far (_BlocksOutputBuffer_GetDataSize).</summary>
    public long DataSize => _allocated - _avail;

    /// <summary>True when a limit was given and the output reached it.</summary>
    public bool Full => _maxLength >= 0 && DataSize == _maxLength;

    /// <summary>_BlocksOutputBuffer_Grow: a new block (the last one is full); false with MemoryError set.</summary>
    public bool Grow()
    {
        int i = Math.Min(_blocks.Count, s_blockSizes.Length - 1);
        long size = s_blockSizes[i];
        if (_maxLength >= 0)
        {
            long rest = _maxLength - _allocated;
            if (size > rest) size = rest;
        }
        return AddBlock(size);
    }

    /// <summary>_BlocksOutputBuffer_Finish: the output as one bytes (a new reference), or null with MemoryError set.</summary>
    public PyBytes? Finish()
    {
        long size = DataSize;
        if (_blocks.Count == 1 && _avail == 0) return PyBytes.FromBytes(_blocks[0]);
        if (size <= 1) return PyBytes.FromSpan(_blocks[0].AsSpan(0, (int)size));
        byte[] result;
        try
        {
            result = GC.AllocateUninitializedArray<byte>((int)size);
        }
        catch (OutOfMemoryException)
        {
            Errors.NoMemory();
            return null;
        }
        int pos = 0;
        for (int i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            int n = i == _blocks.Count - 1 ? block.Length - _avail : block.Length;
            block.AsSpan(0, n).CopyTo(result.AsSpan(pos));
            pos += n;
        }
        return PyBytes.FromBytes(result);
    }
}
