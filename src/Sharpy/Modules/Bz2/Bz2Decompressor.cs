using System;
using Sharpy.Modules.Compression;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Bz2.Bz2Native;

namespace Sharpy.Modules.Bz2;

/// <summary>`_bz2.BZ2Decompressor`: one bzip2 stream, decompressed incrementally (<see cref="StreamDecompressor"/>).</summary>
[PyType("_bz2.BZ2Decompressor", BaseType = true, Doc = "Create a decompressor object for decompressing data incrementally.")]
public sealed unsafe partial class Bz2Decompressor : StreamDecompressor
{
    BzStream* _bzs;
    bool _initialised;

    Bz2Decompressor(PyType type, BzStream* bzs) : base(type) => _bzs = bzs;

    protected internal override void ReleaseReferences()
    {
        if (_bzs != null)
        {
            if (_initialised) BZ2_bzDecompressEnd(_bzs);
            System.Runtime.InteropServices.NativeMemory.Free(_bzs);
            _bzs = null;
        }
        base.ReleaseReferences();
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        // A subclass with its own __init__ may take arguments.
        if (type == Type || type.tp_init == Type.tp_init)
        {
            if (ArgParse.NArgs(args, kwnames) > 0) return Errors.SetString(PyExc.TypeError, "BZ2Decompressor() takes no positional arguments");
            if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords("BZ2Decompressor");
        }
        var bzs = AllocStream();
        if (bzs == null) return Errors.NoMemory();
        var self = new Bz2Decompressor(type, bzs);
        if (CatchError(BZ2_bzDecompressInit(bzs, 0, 0)))
        {
            Py.DECREF(self);
            return null;
        }
        self._initialised = true;
        return self;
    }

    protected override PyBytes? Run(byte* input, nint length, long maxLength, out nint left, out bool outputFull)
    {
        var output = OutputBuffer.Create(maxLength < 0 ? -1 : maxLength);
        left = length;
        outputFull = false;
        if (output == null) return null;
        var bzs = _bzs;
        bzs->next_in = input;
        bzs->avail_in = (uint)length;
        while (true)
        {
            bzs->next_out = output.Next;
            bzs->avail_out = (uint)output.Avail;
            int ret;
            using (Gil.AllowThreads()) ret = BZ2_bzDecompress(bzs);
            output.SetAvail(bzs->avail_out);
            if (CatchError(ret))
            {
                bzs->next_in = null;
                Failed = true;
                return null;
            }
            if (ret == BZ_STREAM_END)
            {
                Eof = true;
                break;
            }
            if (bzs->avail_in == 0) break;
            if (output.Avail == 0)
            {
                if (output.Full) break;
                if (!output.Grow()) { bzs->next_in = null; return null; }
            }
        }
        left = (nint)bzs->avail_in;
        bzs->next_in = null;
        return output.Finish();
    }

    [PyMethod("decompress", TextSignature = "($self, /, data, max_length=-1)",
        Doc = "Decompress data and return at most max_length bytes (all when negative). Data after the end of the stream goes to unused_data; after the end, EOFError.")]
    static PyObject? DecompressMethod(Bz2Decompressor self, [Keyword] BufferArg data, [Keyword("max_length")] long max_length = -1)
        => Decompress(self, data.Span, max_length);

    [PyGetter("eof", Doc = EofDoc)] static PyObject? EofGetter(Bz2Decompressor self) => GetEof(self);
    [PyGetter("unused_data", Doc = UnusedDataDoc)] static PyObject? UnusedDataGetter(Bz2Decompressor self) => GetUnusedData(self);
    [PyGetter("needs_input", Doc = NeedsInputDoc)] static PyObject? NeedsInputGetter(Bz2Decompressor self) => GetNeedsInput(self);
}
