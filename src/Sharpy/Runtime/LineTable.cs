using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Reading co_linetable (Objects/locations.md): for an instruction, its line and columns.
/// </summary>
public static class LineTable
{
    public readonly record struct Location(int Line, int EndLine, int Column, int EndColumn);

    public static int LineForOffset(PyCode code, int instrIndex) => LocationForOffset(code, instrIndex).Line;

    /// <summary>The source location of the instruction at code-unit index <paramref name="instrIndex"/>; -1 fields when unknown.</summary>
    public static Location LocationForOffset(PyCode code, int instrIndex)
    {
        var c = new Cursor(code);
        while (c.Next())
            if (instrIndex >= c.Start && instrIndex < c.End) return c.Loc;
        return new Location(-1, -1, -1, -1);
    }

    /// <summary>Every entry of the table: code units [start, end) and their location.</summary>
    public static System.Collections.Generic.IEnumerable<(int Start, int End, Location Loc)> Ranges(PyCode code)
    {
        var c = new Cursor(code);
        while (c.Next()) yield return (c.Start, c.End, c.Loc);
    }

    /// <summary>A walk over the table's entries without allocating (line numbers are asked for on every traceback and finished frame).</summary>
    struct Cursor(PyCode code)
    {
        readonly byte[] _table = code.Co.LineTable;
        int _i, _line = code.Co.FirstLineno;
        public int Start, End;
        public Location Loc;

        public bool Next()
        {
            var table = _table;
            if (_i >= table.Length) return false;
            Start = End;
            byte first = table[_i++];
            int codeKind = (first >> 3) & 15;
            End = Start + (first & 7) + 1;
            switch (codeKind)
            {
                case 15: // no location
                    Loc = new Location(-1, -1, -1, -1);
                    break;
                case 14: // long form
                    {
                        _line += ReadSignedVarint(table, ref _i);
                        int endLine = _line + ReadVarint(table, ref _i);
                        int col = ReadVarint(table, ref _i) - 1;
                        int endCol = ReadVarint(table, ref _i) - 1;
                        Loc = new Location(_line, endLine, col, endCol);
                        break;
                    }
                case 13: // no column
                    _line += ReadSignedVarint(table, ref _i);
                    Loc = new Location(_line, _line, -1, -1);
                    break;
                case 10:
                case 11:
                case 12: // one-line forms
                    {
                        _line += codeKind - 10;
                        int col = ReadByte(table, ref _i);
                        int endCol = ReadByte(table, ref _i);
                        Loc = new Location(_line, _line, col, endCol);
                        break;
                    }
                default: // short forms 0..9
                    {
                        int second = ReadByte(table, ref _i);
                        int col = codeKind * 8 + ((second >> 4) & 7);
                        int endCol = col + (second & 15);
                        Loc = new Location(_line, _line, col, endCol);
                        break;
                    }
            }
            return true;
        }
    }

    /// <summary>
    /// remove_column_info (-X no_debug_ranges): the table with every located entry in the
    /// no-column form, keeping its length and line; entries without a location stay.
    /// </summary>
    public static byte[] RemoveColumnInfo(byte[] table)
    {
        var output = new System.Collections.Generic.List<byte>(table.Length);
        int i = 0;
        while (i < table.Length)
        {
            byte first = table[i];
            int codeKind = (first >> 3) & 15;
            if (codeKind == 15) output.Add(first);
            else
            {
                output.Add((byte)(0x80 | 13 << 3 | (first & 7)));
                int j = i + 1;
                int lineDelta = codeKind switch
                {
                    13 or 14 => ReadSignedVarint(table, ref j),
                    10 or 11 or 12 => codeKind - 10,
                    _ => 0,
                };
                WriteSignedVarint(output, lineDelta);
            }
            // The next entry starts at the next byte with the top bit set.
            i++;
            while (i < table.Length && (table[i] & 0x80) == 0) i++;
        }
        return output.ToArray();
    }

    /// <summary>The table's unsigned varint: 6 bits a byte, low first, bit 6 set on all but the last.</summary>
    internal static void WriteVarint(System.Collections.Generic.List<byte> output, int value)
    {
        while (value >= 64)
        {
            output.Add((byte)(64 | (value & 63)));
            value >>= 6;
        }
        output.Add((byte)value);
    }

    /// <summary>The table's signed varint: the magnitude shifted left, the sign in bit 0.</summary>
    internal static void WriteSignedVarint(System.Collections.Generic.List<byte> output, int value) =>
        WriteVarint(output, value < 0 ? ((-value) << 1) | 1 : value << 1);

    /// <summary>The next byte, or 0 past the end (a table given to code.replace() may be cut short).</summary>
    static int ReadByte(byte[] t, ref int i) => i < t.Length ? t[i++] : 0;

    static int ReadVarint(byte[] t, ref int i)
    {
        int b = ReadByte(t, ref i);
        int v = b & 63;
        int shift = 0;
        while ((b & 64) != 0)
        {
            b = ReadByte(t, ref i);
            shift += 6;
            v |= (b & 63) << shift;
        }
        return v;
    }

    static int ReadSignedVarint(byte[] t, ref int i)
    {
        int u = ReadVarint(t, ref i);
        return (u & 1) != 0 ? -(u >> 1) : u >> 1;
    }
}
