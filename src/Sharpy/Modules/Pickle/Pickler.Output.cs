using System;
using System.Buffers.Binary;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// The pickler's output: a growable byte buffer, and protocol 4's framing (a FRAME opcode
/// and its 8-byte length before each run of opcodes, committed at 64 KiB or at the end).
/// </summary>
public sealed partial class PyPickler
{
    byte[] _buf = GC.AllocateUninitializedArray<byte>(4096);
    int _len;
    /// <summary>Where the open frame's header starts, or -1 when no frame is open.</summary>
    int _frameStart = -1;
    bool _framing;

    void ClearBuffer()
    {
        _len = 0;
        _frameStart = -1;
    }

    /// <summary>Room for <paramref name="n"/> more bytes, opening a frame first when framing; the span to write them into.</summary>
    Span<byte> Reserve(int n)
    {
        bool newFrame = _framing && _frameStart == -1;
        int need = _len + n + (newFrame ? Op.FRAME_HEADER_SIZE : 0);
        if (need > _buf.Length)
        {
            int size = Math.Max(need, _buf.Length <= Array.MaxLength / 2 ? _buf.Length * 2 : Array.MaxLength);
            Array.Resize(ref _buf, size);
        }
        if (newFrame)
        {
            _frameStart = _len;
            _len += Op.FRAME_HEADER_SIZE;
        }
        var span = _buf.AsSpan(_len, n);
        _len += n;
        return span;
    }

    void WriteByte(byte b) => Reserve(1)[0] = b;

    void WriteTwo(byte a, byte b)
    {
        var s = Reserve(2);
        s[0] = a;
        s[1] = b;
    }

    void Write(ReadOnlySpan<byte> data) => data.CopyTo(Reserve(data.Length));

    /// <summary>An opcode followed by a 4-byte little-endian argument.</summary>
    void WriteOpUInt32(byte op, uint v)
    {
        var s = Reserve(5);
        s[0] = op;
        BinaryPrimitives.WriteUInt32LittleEndian(s[1..], v);
    }

    /// <summary>An ASCII text argument (protocol 0's numbers and names).</summary>
    void WriteAscii(string s)
    {
        var span = Reserve(s.Length);
        for (int i = 0; i < s.Length; i++) span[i] = (byte)s[i];
    }

    /// <summary>_Pickler_CommitFrame: fill in the open frame's header, or drop it when the frame is too small to be worth one.</summary>
    void CommitFrame()
    {
        if (!_framing || _frameStart == -1) return;
        int frameLen = _len - _frameStart - Op.FRAME_HEADER_SIZE;
        if (frameLen >= Op.FRAME_SIZE_MIN)
        {
            _buf[_frameStart] = Op.FRAME;
            BinaryPrimitives.WriteInt64LittleEndian(_buf.AsSpan(_frameStart + 1), frameLen);
        }
        else
        {
            Array.Copy(_buf, _frameStart + Op.FRAME_HEADER_SIZE, _buf, _frameStart, frameLen);
            _len -= Op.FRAME_HEADER_SIZE;
        }
        _frameStart = -1;
    }

    /// <summary>_Pickler_GetString: the pickle so far as bytes (the frame committed).</summary>
    internal PyBytes GetBytes()
    {
        CommitFrame();
        return PyBytes.FromSpan(_buf.AsSpan(0, _len));
    }

    /// <summary>_Pickler_FlushToFile: write the buffer to file.write and empty it.</summary>
    internal int FlushToFile()
    {
        var output = GetBytes();
        ClearBuffer();
        var r = Calls.CallOneArg(_write!, output);
        Py.DECREF(output);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>_Pickler_OpcodeBoundary: between opcodes, commit a frame that reached its target size (and send it to the file).</summary>
    int OpcodeBoundary()
    {
        if (!_framing || _frameStart == -1) return 0;
        if (_len - _frameStart - Op.FRAME_HEADER_SIZE < Op.FRAME_SIZE_TARGET) return 0;
        CommitFrame();
        if (_write != null && FlushToFile() < 0) return -1;
        return 0;
    }

    /// <summary>
    /// _Pickler_write_bytes: a header and a payload. A payload of a frame's target size or more
    /// goes outside any frame, and straight to file.write when there is a file, so a large
    /// bytes object is not copied into the buffer.
    /// </summary>
    int WriteBytes(ReadOnlySpan<byte> header, ReadOnlySpan<byte> data, PyObject? payload)
    {
        bool bypass = data.Length >= Op.FRAME_SIZE_TARGET;
        bool framing = _framing;
        if (bypass)
        {
            CommitFrame();
            _framing = false;
        }
        Write(header);
        if (bypass && _write != null)
        {
            if (FlushToFile() < 0) return -1;
            PyObject? made = null;
            if (payload == null) payload = made = PyBytes.FromSpan(data);
            var r = Calls.CallOneArg(_write, payload);
            Py.XDECREF(made);
            if (r == null) return -1;
            Py.DECREF(r);
        }
        else Write(data);
        _framing = framing;
        return 0;
    }
}
