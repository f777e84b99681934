namespace Sharpy.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        System.Console.Error.WriteLine("sharpy: not built yet");
        return 1;
    }
}
