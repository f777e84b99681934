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
        foreach (var (start, end, loc) in Ranges(code))
            if (instrIndex >= start && instrIndex < end) return loc;
        return new Location(-1, -1, -1, -1);
    }

    /// <summary>Every entry of the table: code units [start, end) and their location.</summary>
    public static System.Collections.Generic.IEnumerable<(int Start, int End, Location Loc)> Ranges(PyCode code)
    {
        var table = code.Co.LineTable;
        int line = code.Co.FirstLineno;
        int addr = 0;
        int i = 0;
        while (i < table.Length)
        {
            byte first = table[i++];
            int codeKind = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int endAddr = addr + length;
            Location loc;
            switch (codeKind)
            {
                case 15: // no location
                    loc = new Location(-1, -1, -1, -1);
                    break;
                case 14: // long form
                    {
                        line += ReadSignedVarint(table, ref i);
                        int endLine = line + ReadVarint(table, ref i);
                        int col = ReadVarint(table, ref i) - 1;
                        int endCol = ReadVarint(table, ref i) - 1;
                        loc = new Location(line, endLine, col, endCol);
                        break;
                    }
                case 13: // no column
                    line += ReadSignedVarint(table, ref i);
                    loc = new Location(line, line, -1, -1);
                    break;
                case 10:
                case 11:
                case 12: // one-line forms
                    {
                        line += codeKind - 10;
                        int col = table[i++];
                        int endCol = table[i++];
                        loc = new Location(line, line, col, endCol);
                        break;
                    }
                default: // short forms 0..9
                    {
                        byte second = table[i++];
                        int col = codeKind * 8 + ((second >> 4) & 7);
                        int endCol = col + (second & 15);
                        loc = new Location(line, line, col, endCol);
                        break;
                    }
            }
            yield return (addr, endAddr, loc);
            addr = endAddr;
        }
    }

    static int ReadVarint(byte[] t, ref int i)
    {
        int b = t[i++];
        int v = b & 63;
        int shift = 0;
        while ((b & 64) != 0)
        {
            b = t[i++];
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
