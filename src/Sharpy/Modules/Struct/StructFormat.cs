using System;
using System.Collections.Generic;

namespace Sharpy.Modules.Struct;

/// <summary>One packing instruction of a compiled format: a code, where it goes, and (for s and p) its length.</summary>
internal readonly record struct StructCode(char Format, long Offset, long Size);

/// <summary>
/// A struct format compiled (Modules/_struct.c prepare_s): byte order, the codes with their
/// offsets (native alignment for '@'), the total size and the number of values it packs.
/// Native sizes and alignments are those of 64-bit Linux.
/// </summary>
internal sealed class StructFormat
{
    public readonly bool LittleEndian;
    public readonly bool Native;
    public readonly StructCode[] Codes;
    public readonly long Size;

    StructFormat(bool little, bool native, StructCode[] codes, long size)
    {
        LittleEndian = little;
        Native = native;
        Codes = codes;
        Size = size;
    }

    /// <summary>The size of a format character, or 0 if the byte order does not know it.</summary>
    static int SizeOf(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' or 'F' => 8,
        'D' => 16,
        'n' or 'N' or 'P' => native ? 8 : 0,
        _ => 0,
    };

    /// <summary>The native alignment of a format character: its size, but a complex's is its part's.</summary>
    static int AlignOf(char c) => c switch
    {
        'F' => 4,
        'D' => 8,
        _ => SizeOf(c, true),
    };

    /// <summary>
    /// Compile <paramref name="fmt"/> (the format's ASCII bytes); null with
    /// <paramref name="error"/> (struct.error's message) when it is bad.
    /// </summary>
    public static StructFormat? Compile(ReadOnlySpan<byte> fmt, out string? error)
    {
        error = null;
        if (fmt.IndexOf((byte)0) >= 0) { error = "embedded null character"; return null; }
        int i = 0;
        bool little = BitConverter.IsLittleEndian, native = true;
        if (fmt.Length > 0)
        {
            switch (fmt[0])
            {
                case (byte)'@': i = 1; break;
                case (byte)'=': i = 1; native = false; break;
                case (byte)'<': i = 1; native = false; little = true; break;
                case (byte)'>': case (byte)'!': i = 1; native = false; little = false; break;
            }
        }
        // The first pass checks the whole format and its size; the codes are made after it,
        // as CPython allocates s_codes once the format is known to be good.
        var runs = new List<(char Format, long Offset, long Count)>();
        long size = 0, ncodes = 0;
        const string tooLong = "total struct size too long";
        while (i < fmt.Length)
        {
            char c = (char)fmt[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') { i++; continue; }
            long num = 1;
            if (c >= '0' && c <= '9')
            {
                num = 0;
                while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9')
                {
                    if (num > (long.MaxValue - (fmt[i] - '0')) / 10) { error = tooLong; return null; }
                    num = num * 10 + (fmt[i] - '0');
                    i++;
                }
                if (i >= fmt.Length) { error = "repeat count given without format specifier"; return null; }
                c = (char)fmt[i];
            }
            i++;
            int itemSize = SizeOf(c, native);
            if (itemSize == 0) { error = "bad char in struct format"; return null; }
            if (native && c != 's' && c != 'p')
            {
                int align = AlignOf(c);
                if (size > long.MaxValue - (align - 1)) { error = tooLong; return null; }
                size = (size + align - 1) / align * align;
            }
            if (num > (long.MaxValue - size) / itemSize) { error = tooLong; return null; }
            if (c != 'x')
            {
                runs.Add((c, size, num));
                ncodes += c == 's' || c == 'p' ? 1 : num;
            }
            size += num * itemSize;
        }
        // More codes than memory holds: MemoryError (error left null), as s_codes' allocation.
        if (ncodes > Array.MaxLength / 4) return null;
        var codes = new StructCode[ncodes];
        int n = 0;
        foreach (var (c, offset, count) in runs)
        {
            if (c == 's' || c == 'p')
            {
                codes[n++] = new StructCode(c, offset, count);
                continue;
            }
            int itemSize = SizeOf(c, native);
            for (long k = 0; k < count; k++)
                codes[n++] = new StructCode(c, offset + k * itemSize, itemSize);
        }
        return new StructFormat(little, native, codes, size);
    }
}
