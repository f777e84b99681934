using System;
using System.Runtime.InteropServices;
using System.Text;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Faulthandler;

/// <summary>
/// Writing Python stacks straight to a file descriptor, as faulthandler needs them (the dump
/// functions of Python/traceback.c: _Py_DumpTraceback, _Py_DumpTracebackThreads, _Py_DumpASCII,
/// _Py_DumpStack, and _Py_DumpExtensionModules of Python/pylifecycle.c). Nothing here calls Python
/// code or allocates Python objects, so a watchdog thread without the GIL may use it: it reads
/// other threads' frames as they are at that moment, as CPython's does.
/// </summary>
internal static unsafe class TracebackDump
{
    const int MaxStringLength = 500, MaxFrameDepth = 100, MaxThreads = 100;

    /// <summary>_Py_DumpASCII: printable ASCII as it is, other code points as \xHH, \uHHHH or \UHHHHHHHH; at most 500 of them, then "...".</summary>
    static void AppendAscii(StringBuilder sb, PyUnicode text)
    {
        var cps = text.CodePoints();
        int size = Math.Min(cps.Length, MaxStringLength);
        for (int i = 0; i < size; i++)
        {
            int ch = cps[i];
            if (ch >= ' ' && ch <= 126) sb.Append((char)ch);
            else if (ch <= 0xff) sb.Append("\\x").Append(ch.ToString("x2"));
            else if (ch <= 0xffff) sb.Append("\\u").Append(ch.ToString("x4"));
            else sb.Append("\\U").Append(ch.ToString("x8"));
        }
        if (cps.Length > MaxStringLength) sb.Append("...");
    }

    /// <summary>dump_frame: '  File "name", line N in func'.</summary>
    static void AppendFrame(StringBuilder sb, Frame f)
    {
        var code = f.Code;
        sb.Append("  File ");
        sb.Append('"');
        AppendAscii(sb, code.Filename);
        sb.Append('"');
        int line = LineTable.LineForOffset(code, f.LastInstr);
        sb.Append(", line ").Append(line >= 0 ? line.ToString() : "???").Append(" in ");
        AppendAscii(sb, code.Name);
        sb.Append('\n');
    }

    /// <summary>dump_traceback: the thread's frames, innermost first, at most 100.</summary>
    static void AppendTraceback(StringBuilder sb, ThreadState ts, bool writeHeader)
    {
        if (writeHeader) sb.Append("Stack (most recent call first):\n");
        var f = ts.CurrentFrame;
        if (f == null)
        {
            sb.Append("  <no Python frame>\n");
            return;
        }
        for (int depth = 0; f != null && depth < MaxFrameDepth; depth++)
        {
            // (Read before the frame is written: another thread's stack moves on meanwhile.)
            var previous = f.Previous;
            AppendFrame(sb, f);
            f = previous;
        }
    }

    /// <summary>_Py_DumpTraceback: "Stack (most recent call first):" and the frames of <paramref name="ts"/>.</summary>
    public static void DumpTraceback(int fd, ThreadState ts)
    {
        var sb = new StringBuilder();
        AppendTraceback(sb, ts, writeHeader: true);
        FileUtils.WriteNoRaise(fd, sb.ToString());
    }

    /// <summary>write_thread_id: "Current thread 0x..." or "Thread 0x...", the identity as threading.get_ident() gives it.</summary>
    static void AppendThreadId(StringBuilder sb, ThreadState ts, bool isCurrent)
        => sb.Append(isCurrent ? "Current thread 0x" : "Thread 0x").Append(ts.Ident.ToString("x16")).Append(" (most recent call first):\n");

    /// <summary>
    /// _Py_DumpTracebackThreads: every thread of the interpreter, the newest first, marking
    /// <paramref name="current"/> (null when the caller is not a Python thread, as the watchdog).
    /// Other threads' stacks are read without stopping them; a stack that changes under the
    /// reader is reported as invalid rather than stopping the dump.
    /// </summary>
    public static void DumpTracebackThreads(int fd, InterpreterState interp, ThreadState? current)
    {
        var sb = new StringBuilder();
        var threads = Snapshot(interp);
        for (int i = threads.Length - 1, n = 0; i >= 0; i--, n++)
        {
            if (n != 0) sb.Append('\n');
            if (n >= MaxThreads)
            {
                sb.Append("...\n");
                break;
            }
            var ts = threads[i];
            AppendThreadId(sb, ts, ts == current);
            if (ts == current && Gc.Collecting) sb.Append("  Garbage-collecting\n");
            if (ts == current) AppendTraceback(sb, ts, writeHeader: false);
            else
            {
                try
                {
                    AppendTraceback(sb, ts, writeHeader: false);
                }
                catch (Exception e) when (e is NullReferenceException or IndexOutOfRangeException or ArgumentException)
                {
                    // (The thread was changing its frames while they were read.)
                    sb.Append("  <invalid frame>\n");
                }
            }
        }
        FileUtils.WriteNoRaise(fd, sb.ToString());
    }

    /// <summary>The interpreter's threads, oldest first. The list changes under the GIL, which a watchdog does not hold: a copy made while it changed is made again.</summary>
    static ThreadState[] Snapshot(InterpreterState interp)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                var threads = interp.ThreadStates.ToArray();
                if (Array.IndexOf(threads, null) < 0 || attempt >= 3) return Array.FindAll(threads, t => t != null);
            }
            catch (ArgumentException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>
    /// _Py_DumpStack: the calling thread's stack below Python, which in Sharpy is the runtime's
    /// C# code: each .NET frame in CPython's "Binary file" form, with its assembly, method, offset
    /// in the method's native code and address, innermost first (at most 32).
    /// </summary>
    public static void DumpStack(int fd)
    {
        const int BacktraceSize = 32;
        var sb = new StringBuilder("Current thread's C stack trace (most recent call first):\n");
        var frames = new System.Diagnostics.StackTrace(1, false).GetFrames();
        if (frames.Length == 0) sb.Append("  <system returned no stack trace>\n");
        for (int i = 0; i < frames.Length && i < BacktraceSize; i++)
        {
            var method = frames[i].GetMethod();
            int offset = Math.Max(frames[i].GetNativeOffset(), 0);
            if (method == null)
            {
                sb.Append("  Binary file '<unknown>' [0x").Append(offset.ToString("x")).Append("]\n");
                continue;
            }
            nint start = 0;
            try
            {
                start = method.MethodHandle.GetFunctionPointer();
            }
            catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
            {
                // (Methods without a handle of their own: dynamic and generic-shared code.)
            }
            sb.Append("  Binary file \"").Append(method.Module.Name).Append("\", at ")
              .Append(method.DeclaringType?.FullName).Append('.').Append(method.Name)
              .Append("+0x").Append(offset.ToString("x")).Append(" [0x").Append(((ulong)(start + offset)).ToString("x")).Append("]\n");
        }
        if (frames.Length > BacktraceSize) sb.Append("  <truncated rest of calls>\n");
        FileUtils.WriteNoRaise(fd, sb.ToString());
    }

    /// <summary>
    /// _Py_DumpExtensionModules: the modules in sys.modules written in C# (CPython's extension
    /// modules), except those of the standard library as sys.stdlib_module_names lists them.
    /// </summary>
    public static void DumpExtensionModules(int fd, InterpreterState interp)
    {
        var modules = interp.Modules;
        var stdlib = interp.Sys?.Dict.GetItemString("stdlib_module_names");
        var sb = new StringBuilder();
        int count = 0, pos = 0;
        while (modules.Next(ref pos, out var key, out var value))
        {
            if (key is not PyUnicode name || value is not PyModule || !IsBuiltinModule(name.Value)) continue;
            if (stdlib is PyAnySet set && set.Contains(name) > 0) continue;
            sb.Append(count == 0 ? "\nExtension modules: " : ", ");
            AppendAscii(sb, name);
            count++;
        }
        if (count != 0) sb.Append(" (total: ").Append(count).Append(")\n");
        FileUtils.WriteNoRaise(fd, sb.ToString());
    }

    static bool IsBuiltinModule(string name)
    {
        foreach (var (n, _) in BuiltinModules.Table)
            if (n == name) return true;
        return false;
    }
}
