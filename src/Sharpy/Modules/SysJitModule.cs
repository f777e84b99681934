using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `sys._jit` (Python/sysmodule.c): whether the experimental JIT is built, enabled and
/// running. Sharpy has no such JIT (.NET's compiles the interpreter itself), so all three are
/// False. It is an attribute of sys, not an importable module: it is not in
/// sys.builtin_module_names.
/// </summary>
[PyModule("sys._jit", Doc = "Utilities for observing just-in-time compilation.")]
public static partial class SysJitModule
{
    [PyMethod("is_available", Doc = "Return True if the current Python executable supports JIT compilation, and False otherwise.")]
    static bool IsAvailable() => false;

    [PyMethod("is_enabled", Doc = "Return True if JIT compilation is enabled for the current Python process (implies sys._jit.is_available()), and False otherwise.")]
    static bool IsEnabled() => false;

    [PyMethod("is_active", Doc = "Return True if the topmost Python frame is currently executing JIT code (implies sys._jit.is_enabled()), and False otherwise.")]
    static bool IsActive() => false;
}
