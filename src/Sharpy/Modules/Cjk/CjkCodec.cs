using System;
using Sharpy.Modules.Codecs;
using Sharpy.Objects;

namespace Sharpy.Modules.Cjk;

/// <summary>
/// MultibyteCodec_State: the eight bytes of state a codec keeps between calls (state->c in
/// CPython; getstate/setstate expose them as a little-endian int).
/// </summary>
internal struct CodecState
{
    public ulong Bits;

    public byte this[int i]
    {
        readonly get => (byte)(Bits >> (8 * i));
        set => Bits = Bits & ~(0xFFUL << (8 * i)) | (ulong)value << (8 * i);
    }

    /// <summary>state->i: the int in the first four bytes.</summary>
    public int I
    {
        readonly get => (int)(uint)Bits;
        set => Bits = Bits & 0xFFFFFFFF00000000UL | (uint)value;
    }
}

/// <summary>
/// One CJK codec (CPython's MultibyteCodec: the encoder and decoder functions of
/// cjkcodecs.h). Encode and Decode run until the input is done (0) or a problem: a positive
/// count of characters or bytes that cannot be converted ('illegal multibyte sequence'),
/// <see cref="TooFew"/> (the input ends inside a sequence), <see cref="Internal"/>.
/// </summary>
internal abstract class CjkCodec(string encoding)
{
    public const int TooFew = -2, Internal = -3;
    /// <summary>Encode flags: the input is final (MBENC_FLUSH); reset the state after (MBENC_RESET).</summary>
    public const int Flush = 1, Reset = 2;

    public readonly string Encoding = encoding;

    public virtual void EncodeInit(ref CodecState state) { }
    /// <summary>Whether the codec has an encoder reset (a stateful codec: hz and ISO-2022).</summary>
    public virtual bool HasEncodeReset => false;
    /// <summary>Return the output to the initial state (write the bytes that do it).</summary>
    public virtual int EncodeReset(ref CodecState state, ByteWriter output) => 0;
    public virtual void DecodeInit(ref CodecState state) { }
    public virtual void DecodeReset(ref CodecState state) { }

    public abstract int Encode(ref CodecState state, PyUnicode text, ref int pos, ByteWriter output, int flags);
    public abstract int Decode(ref CodecState state, ReadOnlySpan<byte> data, ref int pos, UnicodeWriter output);
}
