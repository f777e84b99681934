namespace Sharpy.Cli;

/// <summary>`sharpy -h`: CPython's option summary, with what Sharpy does not do yet marked.</summary>
internal static class HelpText
{
    public const string Text =
"""
usage: sharpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option; Sharpy adds
         -X dump=ast FILE... and -X dump=code FILE... (the parser's AST and the
         compiler's code objects, as ../shared/tools/astdump.py and codedump.py print them)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

""";
}
