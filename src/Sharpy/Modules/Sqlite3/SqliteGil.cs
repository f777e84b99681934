using System;
using Sharpy.Runtime;

namespace Sharpy.Modules.Sqlite3;

/// <summary>
/// Py_BEGIN_ALLOW_THREADS around the SQLite calls that may block (open, prepare, step, close,
/// backup, blob I/O) and PyGILState_Ensure in the callbacks SQLite makes from inside them.
/// SQLite calls back on the calling thread, so a thread-local flag says whether that thread
/// gave the GIL away: a callback takes it back only then (a call that kept the GIL, such as
/// sqlite3_create_function_v2 destroying the function it replaces, calls back holding it).
/// </summary>
internal static class SqliteGil
{
    [ThreadStatic] static bool t_released;

    /// <summary>Release the GIL for a SQLite call: <c>using (SqliteGil.AllowThreads()) rc = sqlite3_step(st);</c>.</summary>
    public static Released AllowThreads() => new(ThreadState.Current);

    /// <summary>Hold the GIL in a callback: <c>using var gil = SqliteGil.Ensure();</c>.</summary>
    public static Held Ensure() => new(ThreadState.Current);

    public readonly struct Released : IDisposable
    {
        readonly ThreadState _ts;
        readonly bool _released;

        internal Released(ThreadState ts)
        {
            _ts = ts;
            _released = !t_released;
            if (!_released) return;
            t_released = true;
            Gil.Release(ts);
        }

        public void Dispose()
        {
            if (!_released) return;
            Gil.Acquire(_ts);
            t_released = false;
        }
    }

    public readonly struct Held : IDisposable
    {
        readonly ThreadState _ts;
        readonly bool _acquired;

        internal Held(ThreadState ts)
        {
            _ts = ts;
            _acquired = t_released;
            if (!_acquired) return;
            Gil.Acquire(ts);
            t_released = false;
        }

        public void Dispose()
        {
            if (!_acquired) return;
            t_released = true;
            Gil.Release(_ts);
        }
    }
}
