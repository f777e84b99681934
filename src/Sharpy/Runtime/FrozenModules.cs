using System.IO;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Frozen modules (Python/frozen.c): importlib's bootstrap, which must run before anything
/// can be imported from the file system. CPython compiles them into its executable; Sharpy
/// compiles them from the installed standard library (sys._stdlib_dir) when asked, under
/// CPython's frozen file names (`&lt;frozen importlib._bootstrap&gt;`), which tracebacks
/// show and <see cref="Import.RemoveImportlibFrames"/> recognises.
/// </summary>
public static class FrozenModules
{
    /// <summary>
    /// Each frozen module's name and the stdlib module it is (its __origname__): the import
    /// system, then what a release build of CPython 3.14 also freezes (Tools/build/freeze_modules.py:
    /// start-up and runpy), so that their frames read `File "&lt;frozen os&gt;"` as CPython's do.
    /// </summary>
    static readonly (string Name, string OrigName)[] s_table =
    [
        ("_frozen_importlib", "importlib._bootstrap"),
        ("_frozen_importlib_external", "importlib._bootstrap_external"),
        ("zipimport", "zipimport"),
        ("abc", "abc"), ("codecs", "codecs"), ("io", "io"),
        ("_collections_abc", "_collections_abc"), ("_sitebuiltins", "_sitebuiltins"), ("genericpath", "genericpath"),
        ("ntpath", "ntpath"), ("posixpath", "posixpath"), ("os", "os"), ("site", "site"), ("stat", "stat"),
        ("importlib.util", "importlib.util"), ("importlib.machinery", "importlib.machinery"), ("runpy", "runpy"),
    ];

    /// <summary>How many entries of the table the import system cannot do without (is_essential_frozen_module).</summary>
    const int Essential = 3;

    /// <summary>
    /// The stdlib name of frozen module <paramref name="name"/>, or null if it is not one (or
    /// there is no stdlib, or tests switched the non-essential ones off through
    /// _imp._override_frozen_modules_for_tests).
    /// </summary>
    public static string? OrigName(string name)
    {
        if (Interpreter.Sys.Dict.GetItemString("_stdlib_dir") is not PyUnicode) return null;
        for (int i = 0; i < s_table.Length; i++)
            if (s_table[i].Name == name)
                return i < Essential || Interpreter.Current.OverrideFrozenModules >= 0 ? s_table[i].OrigName : null;
        return null;
    }

    public static string FrozenFilename(string origName) => $"<frozen {origName}>";

    /// <summary>The code of frozen module <paramref name="name"/>: null with ImportError if there is none, or the compile error.</summary>
    public static PyCode? GetCode(string name)
    {
        var orig = OrigName(name);
        byte[]? source = null;
        if (orig != null && Interpreter.Sys.Dict.GetItemString("_stdlib_dir") is PyUnicode dir)
        {
            try
            {
                source = File.ReadAllBytes(dir.Value + "/" + orig.Replace('.', '/') + ".py");
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException) { }
        }
        if (source == null)
        {
            Errors.SetString(PyExc.ImportError, $"No such frozen object named {ImportErrors.Quote(name)}");
            return null;
        }
        return Pipeline.Compile(source, FrozenFilename(orig!));
    }
}
