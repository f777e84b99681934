using System;
using System.IO;
using System.Runtime.InteropServices;
using Sharpy.Modules.Posix;

namespace Sharpy.Runtime;

/// <summary>
/// Python/bootstrap_hash.c: the OS's entropy for the hash key, <c>random</c>'s seed and
/// <c>os.urandom</c>. getrandom(2) straight from libc: .NET's RandomNumberGenerator would
/// load and configure OpenSSL, a few milliseconds of every start-up for 16 bytes.
/// </summary>
public static unsafe class BootstrapHash
{
    const int EINTR = 4;

    /// <summary>_PyOS_URandom: fills <paramref name="buffer"/>; from /dev/urandom where getrandom fails (a kernel without it).</summary>
    public static void URandom(Span<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint n;
            fixed (byte* p = buffer) n = Libc.getrandom(p, (nuint)buffer.Length, 0);
            if (n > 0) { buffer = buffer[(int)n..]; continue; }
            if (n < 0 && Marshal.GetLastPInvokeError() == EINTR) continue;
            ReadDevURandom(buffer);
            return;
        }
    }

    static void ReadDevURandom(Span<byte> buffer)
    {
        using var f = File.OpenRead("/dev/urandom");
        f.ReadExactly(buffer);
    }
}
