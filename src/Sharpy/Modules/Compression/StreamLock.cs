using System.Threading;
using Sharpy.Runtime;

namespace Sharpy.Modules.Compression;

/// <summary>
/// The per-object lock of the (de)compressor objects (ENTER_ZLIB / ACQUIRE_LOCK in
/// zlibmodule.c, _bz2module.c, _lzmamodule.c): their calls release the GIL while the library
/// works, so two threads using one object take turns here. Waiting releases the GIL.
/// </summary>
internal static class StreamLock
{
    public static void Enter(object gate)
    {
        if (!Monitor.TryEnter(gate))
        {
            using (Gil.AllowThreads()) Monitor.Enter(gate);
        }
    }

    public static void Exit(object gate) => Monitor.Exit(gate);
}
