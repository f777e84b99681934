using System;
using System.Collections.Generic;

namespace Sharpy.Modules.Struct;

/// <summary>One packing instruction of a compiled format: a code, where it goes, and (for s and p) its length.</summary>
internal readonly record struct StructCode(char Format, int Offset, int Size, int Count);

/// <summary>
/// A struct format compiled (Modules/_struct.c prepare_s): byte order, the codes with their
/// offsets (native alignment for '@'), the total size and the number of values it packs.
/// Native sizes are those of 64-bit Linux.
/// </summary>
internal sealed class StructFormat
{
    public readonly bool LittleEndian;
    public readonly bool Native;
    public readonly StructCode[] Codes;
    public readonly int Size;
    public readonly int ItemCount;

    StructFormat(bool little, bool native, StructCode[] codes, int size, int items)
    {
        LittleEndian = little;
        Native = native;
        Codes = codes;
        Size = size;
        ItemCount = items;
    }

    /// <summary>The size of a format character, or 0 if the byte order does not know it.</summary>
    static int SizeOf(char c, bool native) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => native ? 8 : 0,
        _ => 0,
    };

    /// <summary>Compile <paramref name="fmt"/>; null with <paramref name="error"/> (struct.error's message) when it is bad.</summary>
    public static StructFormat? Compile(string fmt, out string? error)
    {
        error = null;
        int i = 0;
        bool little = BitConverter.IsLittleEndian, native = true;
        if (fmt.Length > 0)
        {
            switch (fmt[0])
            {
                case '@': i = 1; break;
                case '=': i = 1; native = false; break;
                case '<': i = 1; native = false; little = true; break;
                case '>': case '!': i = 1; native = false; little = false; break;
            }
        }
        var codes = new List<StructCode>();
        long size = 0;
        int items = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            long num = 1;
            if (c >= '0' && c <= '9')
            {
                num = 0;
                while (i < fmt.Length && fmt[i] >= '0' && fmt[i] <= '9')
                {
                    num = num * 10 + (fmt[i] - '0');
                    if (num > int.MaxValue) { error = "total struct size too long"; return null; }
                    i++;
                }
                if (i >= fmt.Length) { error = "repeat count given without format specifier"; return null; }
                c = fmt[i];
            }
            i++;
            int itemSize = SizeOf(c, native);
            if (itemSize == 0) { error = "bad char in struct format"; return null; }
            // Native codes are aligned to their size.
            if (native && itemSize > 1 && c != 's' && c != 'p')
                size = (size + itemSize - 1) / itemSize * itemSize;
            if (c == 's' || c == 'p')
            {
                codes.Add(new StructCode(c, (int)size, (int)num, 1));
                items++;
                size += num;
            }
            else if (c == 'x')
            {
                size += num;
            }
            else
            {
                for (long k = 0; k < num; k++)
                {
                    codes.Add(new StructCode(c, (int)(size + k * itemSize), itemSize, 1));
                }
                items += (int)num;
                size += num * itemSize;
            }
            if (size > int.MaxValue) { error = "total struct size too long"; return null; }
        }
        return new StructFormat(little, native, codes.ToArray(), (int)size, items);
    }
}
