using System;
using System.Collections.Generic;

namespace Sharpy.Runtime;

/// <summary>
/// The per-thread stack that frames take their slots from (CPython's datastack): locals,
/// cells and the value stack of a Python frame are one contiguous span of StackRefs in a
/// chunk, so a Python-to-Python call allocates nothing on the .NET heap for its slots.
/// A chunk never moves; when one is full the next is taken, as in CPython.
/// </summary>
public sealed class DataStack
{
    const int ChunkSize = 1 << 14;
    readonly List<StackRef[]> _chunks = new() { new StackRef[ChunkSize] };
    int _chunkIndex;
    int _top;
    readonly Stack<int> _savedTops = new();

    /// <summary>Reserve <paramref name="size"/> slots: the chunk and the index of the first.</summary>
    public StackRef[] Push(int size, out int start)
    {
        var chunk = _chunks[_chunkIndex];
        if (_top + size > chunk.Length)
        {
            _savedTops.Push(_top);
            _chunkIndex++;
            if (_chunkIndex == _chunks.Count) _chunks.Add(new StackRef[Math.Max(ChunkSize, size)]);
            else if (_chunks[_chunkIndex].Length < size) _chunks[_chunkIndex] = new StackRef[size];
            chunk = _chunks[_chunkIndex];
            _top = 0;
        }
        start = _top;
        _top += size;
        return chunk;
    }

    /// <summary>
    /// Release the latest <see cref="Push"/>. The slots must already be closed and cleared
    /// (the frame's stack is empty above its stack pointer, and ClearFrame clears below it):
    /// the next frame here finds its locals unbound.
    /// </summary>
    public void Pop(StackRef[] chunk, int start, int size)
    {
#if Py_DEBUG
        foreach (var r in new ReadOnlySpan<StackRef>(chunk, start, size))
            if (!r.IsNull) throw new InvalidOperationException("a frame's slot was left set when its frame was popped");
#endif
        _top = start;
        if (start == 0 && _chunkIndex > 0)
        {
            // The first frame of a later chunk: go back to where the previous chunk ended.
            _chunkIndex--;
            _top = _savedTops.Pop();
        }
    }
}
