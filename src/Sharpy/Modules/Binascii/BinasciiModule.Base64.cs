using System;
using System.IO;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Binascii;

// a2b_base64 (with strict_mode) and b2a_base64 (with newline).
public static partial class BinasciiModule
{
    static int Base64Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    /// <summary>
    /// a2b_base64 as 3.14.5+ (gh-145264, RFC 4648): without strict_mode a pad character
    /// before the end of the data is ignored, so decoding goes on after a padded quad; only
    /// the pads after the last data character must complete it. With strict_mode, anything
    /// but the end after the padding is an error.
    /// </summary>
    [PyMethod("a2b_base64", Doc = "Decode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).")]
    static PyObject? A2bBase64(AsciiData data, [KeywordOnly] bool strict_mode = false)
    {
        var s = data.Span;
        if (strict_mode && s.Length > 0 && s[0] == '=') return Error("Leading padding not allowed");
        var output = new byte[s.Length / 4 * 3 + 3];
        // Well-formed base64 (whole quads, padding only at the end) decodes the same by .NET's
        // vectorized decoder; anything else takes the loop below, which is CPython's.
        if (!strict_mode && System.Buffers.Text.Base64.DecodeFromUtf8(s, output, out int used, out int made) == System.Buffers.OperationStatus.Done
            && used == s.Length)
            return PyBytes.FromSpan(output.AsSpan(0, made));
        // pads: the pad characters since the last data character.
        int o = 0, quadPos = 0, leftChar = 0, pads = 0;
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            if (c == '=')
            {
                pads++;
                if (strict_mode && (quadPos == 0 || quadPos + pads > 4)) return Error("Excess padding not allowed");
                continue;
            }
            int v = Base64Value(c);
            if (v < 0)
            {
                if (strict_mode) return Error("Only base64 data is allowed");
                continue;
            }
            if (strict_mode && pads > 0)
                return Error(quadPos + pads >= 4 ? "Excess data after padding" : "Discontinuous padding not allowed");
            pads = 0;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftChar = v; break;
                case 1: quadPos = 2; output[o++] = (byte)(leftChar << 2 | v >> 4); leftChar = v & 0x0f; break;
                case 2: quadPos = 3; output[o++] = (byte)(leftChar << 4 | v >> 2); leftChar = v & 0x03; break;
                default: quadPos = 0; output[o++] = (byte)(leftChar << 6 | v); leftChar = 0; break;
            }
        }
        if (quadPos == 1)
            return Error($"Invalid base64-encoded string: number of data characters ({o / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quadPos != 0 && quadPos + pads < 4) return Error("Incorrect padding");
        return PyBytes.FromSpan(output.AsSpan(0, o));
    }

    [PyMethod("b2a_base64", Doc = "Base64-code line of data.")]
    static PyObject? B2aBase64(BufferArg data, [KeywordOnly] bool newline = true)
    {
        var s = data.Span;
        var output = new byte[(s.Length + 2) / 3 * 4 + (newline ? 1 : 0)];
        System.Buffers.Text.Base64.EncodeToUtf8(s, output, out _, out int o);
        if (newline) output[o] = (byte)'\n';
        return PyBytes.FromBytes(output);
    }
}
