using System;
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
        if (orig == null || Interpreter.Sys.Dict.GetItemString("_stdlib_dir") is not PyUnicode dir)
            return NoSuchFrozen(name);
        var path = dir.Value + "/" + orig.Replace('.', '/') + ".py";
        FileInfo info;
        byte[] source;
        try
        {
            info = new FileInfo(path);
            source = File.ReadAllBytes(path);
        }
        catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
        {
            return NoSuchFrozen(name);
        }
        var filename = FrozenFilename(orig);
        var cachePath = CachePath(path);
        var stamp = Stamp(info);
        if (ReadCache(cachePath, stamp) is PyCode cached) return cached;
        var code = Pipeline.Compile(source, filename);
        if (code != null) StoreCache(cachePath, stamp, code);
        return code;
    }

    static PyCode? NoSuchFrozen(string name)
    {
        Errors.SetString(PyExc.ImportError, $"No such frozen object named {ImportErrors.Quote(name)}");
        return null;
    }

    // CPython links its frozen modules' code into the executable; Sharpy compiles them from the
    // stdlib, which is most of its start-up time, so it keeps each one's marshalled code beside
    // the source (`__pycache__/os.sharpy-314.frozen`). The file is valid for one build of Sharpy
    // (the compiler's output may change from build to build, which a .pyc's magic number would
    // not show) and one state of the source (modification time and size, as a .pyc checks).
    // It belongs to the installation as CPython's frozen code does, so -B does not stop it.

    static string CachePath(string sourcePath)
    {
        var slash = sourcePath.LastIndexOf('/');
        return sourcePath[..slash] + "/__pycache__/" + sourcePath[(slash + 1)..^3] + ".sharpy-314.frozen";
    }

    /// <summary>The header a cache file must start with: this build's identity, then the source's mtime and size.</summary>
    static byte[] Stamp(FileInfo source)
    {
        var stamp = new byte[32];
        typeof(FrozenModules).Module.ModuleVersionId.TryWriteBytes(stamp);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(stamp.AsSpan(16), source.LastWriteTimeUtc.Ticks);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(stamp.AsSpan(24), source.Length);
        return stamp;
    }

    /// <summary>The cached code, or null (nothing set) when there is no valid cache file.</summary>
    static PyCode? ReadCache(string cachePath, byte[] stamp)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(cachePath);
        }
        catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
        {
            return null;
        }
        if (data.Length <= stamp.Length || !data.AsSpan(0, stamp.Length).SequenceEqual(stamp)) return null;
        var code = Sharpy.Modules.MarshalReader.ReadObjectFromBytes(data[stamp.Length..], allowCode: true);
        if (code is PyCode c) return c;
        // A damaged file: compile instead.
        if (code != null) Py.DECREF(code);
        Errors.Clear();
        return null;
    }

    /// <summary>Writes the cache file through a temporary name, so a reader never sees half of one; failures are ignored.</summary>
    static void StoreCache(string cachePath, byte[] stamp, PyCode code)
    {
        var data = Sharpy.Modules.MarshalWriter.WriteObjectToBytes(code, 5, allowCode: true);
        if (data == null)
        {
            Errors.Clear();
            return;
        }
        var temp = $"{cachePath}.{System.Environment.ProcessId}";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            using (var f = new FileStream(temp, FileMode.Create, FileAccess.Write))
            {
                f.Write(stamp);
                f.Write(data);
            }
            File.Move(temp, cachePath, overwrite: true);
        }
        catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (System.Exception d) when (d is IOException || d is System.UnauthorizedAccessException) { }
        }
    }
}
