using System;
using System.Collections.Generic;
using System.IO;
using Xunit;

namespace Sharpy.Tests.Cases;

/// <summary>
/// The frozen modules' code cache (Runtime/FrozenModules.cs): written on first use, used
/// after, and never trusted when it is damaged or its source changed. Runs the built
/// binary over a private copy of the part of the stdlib that `-c` needs.
/// </summary>
public class FrozenCacheTests
{
    static RunResult Run(string stdlib, string code)
    {
        Assert.Null(CaseRunner.BuildError);
        var program = Path.Combine(CaseRunner.Root, ".build", "sharpy", "Sharpy.Cli");
        // -S: the private stdlib has no `site`, whose import would fail at start-up as in CPython
        return CaseRunner.Run(["-S", "-c", code], stdlib, TimeSpan.FromSeconds(60), program: program,
            env: new Dictionary<string, string> { ["SHARPY_STDLIB"] = stdlib });
    }

    [Fact]
    public void CacheIsWrittenReusedAndInvalidated()
    {
        var installed = Path.Combine(CaseRunner.Root, ".stdlib", "lib", "python3.14");
        var stdlib = Directory.CreateTempSubdirectory("sharpy_frozen_").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(stdlib, "importlib"));
            foreach (var name in (string[])["importlib/_bootstrap.py", "importlib/_bootstrap_external.py", "zipimport.py"])
                File.Copy(Path.Combine(installed, name), Path.Combine(stdlib, name));
            var cache = Path.Combine(stdlib, "__pycache__", "zipimport.sharpy-314.frozen");
            const string Show = "import zipimport; print(zipimport.__spec__.origin, zipimport.ZipImportError.__module__)";

            var first = Run(stdlib, Show);
            Assert.Equal("frozen zipimport\n", first.Stdout);
            Assert.True(File.Exists(cache));
            Assert.True(File.Exists(Path.Combine(stdlib, "importlib", "__pycache__", "_bootstrap.sharpy-314.frozen")));

            // A damaged cache file is compiled over.
            File.WriteAllBytes(cache, [1, 2, 3]);
            Assert.Equal("frozen zipimport\n", Run(stdlib, Show).Stdout);
            Assert.True(new FileInfo(cache).Length > 100);

            // A changed source is compiled again, not served from the cache; tracebacks still
            // name the frozen file.
            File.AppendAllText(Path.Combine(stdlib, "zipimport.py"), "\ndef marker():\n    1/0\n");
            var changed = Run(stdlib, "import zipimport; zipimport.marker()");
            Assert.Contains("File \"<frozen zipimport>\", line", changed.Stderr);
            Assert.EndsWith("ZeroDivisionError: division by zero\n", changed.Stderr);
        }
        finally
        {
            Directory.Delete(stdlib, recursive: true);
        }
    }
}
