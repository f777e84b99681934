// Prints what astdump.py prints for each file named on the command line (the stdlib corpus
// runner compares it with CPython's), and the total parse time on stderr.
using System;
using System.Diagnostics;
using System.Threading;

// --type-comments: parse as ast.parse(..., type_comments=True)
bool typeComments = args.Length > 0 && args[0] == "--type-comments";
if (typeComments) args = args[1..];
var sw = Stopwatch.StartNew();
var worker = new Thread(() =>
{
    foreach (var f in args)
    {
        Console.WriteLine("== " + f);
        string r;
        try { r = Sharpy.Parser.AstDump.DumpFile(f, typeComments); }
        catch (Exception e) { r = "CRASH " + e.GetType().Name + ": " + e.Message; }
        Console.WriteLine(r);
    }
}, 256 * 1024 * 1024);
worker.Start();
worker.Join();
Console.Error.WriteLine($"parsed {args.Length} files in {sw.ElapsedMilliseconds} ms");
