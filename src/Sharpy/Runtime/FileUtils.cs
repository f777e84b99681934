using System.Runtime.InteropServices;
using System.Text;
using Sharpy.Modules.Posix;

namespace Sharpy.Runtime;

/// <summary>Writing to a file descriptor below the Python layer (Python/fileutils.c).</summary>
public static unsafe class FileUtils
{
    /// <summary>
    /// _Py_write_noraise: write all of <paramref name="text"/> (UTF-8) to <paramref name="fd"/>,
    /// retrying on EINTR; an error ends the write and is ignored. The interpreter's own reports
    /// (a traceback when sys.stderr fails, a fatal error, the command line's messages) go this way:
    /// .NET's Console throws on a full disk or a file-size limit, and the report would take the
    /// process down with it.
    /// </summary>
    public static void WriteNoRaise(int fd, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* p = bytes)
        {
            int done = 0;
            while (done < bytes.Length)
            {
                var n = Libc.write(fd, p + done, (nuint)(bytes.Length - done));
                if (n < 0 && Marshal.GetLastPInvokeError() == 4 /* EINTR */) continue;
                if (n <= 0) return;
                done += (int)n;
            }
        }
    }
}
