using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Sharpy.Cli;

/// <summary>
/// `-X dump=ast FILE...` and `-X dump=code FILE...`: exactly what ../shared/tools/astdump.py
/// and codedump.py print under the reference CPython, so the parser and compiler can be
/// compared with it file by file.
/// </summary>
internal static class Dumps
{
    public static int Run(string which, List<string> files)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var path in files)
        {
            if (path.Length == 0) continue;
            stdout.Write("== " + path + "\n");
            stdout.Write((which == "dump=ast" ? DumpAst(path) : DumpCode(path)) + "\n");
        }
        stdout.Flush();
        return 0;
    }

    static string DumpAst(string path) => Sharpy.Parser.AstDump.DumpFile(path);

    static string DumpCode(string path)
    {
        var source = File.ReadAllBytes(path);
        var tree = Sharpy.Parser.PythonParser.Parse(source, path, Sharpy.Parser.ParseMode.Exec, out var perr);
        if (tree == null) return perr!.ToString();
        var co = Sharpy.Compiler.PythonCompiler.Compile(tree, path, out var cerr);
        if (co == null) return cerr!.ToString();
        return Sharpy.Compiler.CodeDump.Dump(co);
    }
}
