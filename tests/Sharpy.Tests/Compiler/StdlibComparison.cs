using System.IO;
using System.Text;
using Xunit;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// Measures the compiler against a directory of reference dumps of stdlib files
/// (NAME.ast from astdump.py, NAME.code from codedump.py, made with cpython314; never
/// committed). Runs only when SHARPY_STDLIB_REF names that directory; writes a summary
/// to SHARPY_STDLIB_REF/../stdlib-summary.txt.
/// </summary>
public class StdlibComparison
{
    [Fact]
    public void CompareWithReferenceDumps()
    {
        string? refDir = System.Environment.GetEnvironmentVariable("SHARPY_STDLIB_REF");
        if (refDir == null)
            return;
        string? actualDir = System.Environment.GetEnvironmentVariable("SHARPY_COMPILER_ACTUAL");
        int same = 0, total = 0;
        var report = new StringBuilder();
        foreach (var astPath in Directory.GetFiles(refDir, "*.ast"))
        {
            string name = Path.GetFileNameWithoutExtension(astPath);
            string expected = File.ReadAllText(Path.ChangeExtension(astPath, ".code")).TrimEnd('\n');
            string astText = File.ReadAllText(astPath);
            if (astText.StartsWith("SyntaxError"))
                continue;
            total++;
            string actual;
            try
            {
                actual = CompilerCorpusTests.CompileDump(astText, name + ".py");
            }
            catch (System.Exception e)
            {
                actual = "CRASH " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace;
            }
            if (actual == expected)
                same++;
            else
            {
                report.AppendLine("DIFF " + name + (actual.StartsWith("CRASH") ? " " + actual.Split('\n')[0] : ""));
                if (actualDir != null)
                {
                    Directory.CreateDirectory(actualDir);
                    File.WriteAllText(Path.Combine(actualDir, name + ".code"), actual + "\n");
                }
            }
        }
        report.Insert(0, $"{same}/{total} identical\n");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(refDir))!, "stdlib-summary.txt"), report.ToString());
    }
}
