using System;
using System.IO;
using System.Text;

namespace Sharpy.Cli;

/// <summary>
/// The command line's arguments as CPython decodes them (Py_DecodeLocale: UTF-8 with
/// surrogateescape, so each byte that is not valid UTF-8 becomes U+DC80..U+DCFF and
/// os.fsencode gives it back). .NET decodes argv itself and replaces such bytes with U+FFFD;
/// when it did, the arguments are read again, as bytes, from /proc/self/cmdline.
/// </summary>
static class RawArguments
{
    public static string[] Recover(string[] args)
    {
        if (!OperatingSystem.IsLinux() || Array.FindIndex(args, a => a.Contains('\uFFFD')) < 0) return args;
        byte[] cmdline;
        try { cmdline = File.ReadAllBytes("/proc/self/cmdline"); }
        catch (IOException) { return args; }
        catch (UnauthorizedAccessException) { return args; }
        // NUL-terminated entries; the program's own (the host, perhaps "dotnet" and the .dll) come first.
        var entries = new System.Collections.Generic.List<byte[]>();
        int start = 0;
        for (int i = 0; i < cmdline.Length; i++)
        {
            if (cmdline[i] != 0) continue;
            entries.Add(cmdline[start..i]);
            start = i + 1;
        }
        if (entries.Count < args.Length) return args;
        var result = new string[args.Length];
        for (int i = 0; i < args.Length; i++)
            result[i] = DecodeSurrogateEscape(entries[entries.Count - args.Length + i]);
        return result;
    }

    /// <summary>Strict UTF-8; each byte that does not decode becomes U+DC00 + the byte (surrogateescape).</summary>
    static string DecodeSurrogateEscape(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        Span<char> chars = stackalloc char[256];
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
            sb.Append(chars[..written]);
            bytes = bytes[read..];
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                sb.Append((char)(0xDC00 + bytes[0]));
                bytes = bytes[1..];
            }
        }
        return sb.ToString();
    }
}
