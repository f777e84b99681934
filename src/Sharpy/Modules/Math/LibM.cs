using System.Runtime.InteropServices;

namespace Sharpy.Modules;

/// <summary>
/// The C library's libm functions that .NET does not expose with libm's accuracy (System.Math
/// has no erf/erfc, double.ExpM1/LogP1/Exp2 are computed as exp(x)-1, log(1+x), pow(2, x), and
/// double.Hypot is managed code whose last bit may differ from libm's).
/// CPython calls these from libm, so Sharpy does too.
/// </summary>
internal static partial class LibM
{
    const string Lib = "libm.so.6";

    [LibraryImport(Lib, EntryPoint = "erf")] internal static partial double Erf(double x);
    [LibraryImport(Lib, EntryPoint = "erfc")] internal static partial double Erfc(double x);
    [LibraryImport(Lib, EntryPoint = "expm1")] internal static partial double Expm1(double x);
    [LibraryImport(Lib, EntryPoint = "log1p")] internal static partial double Log1p(double x);
    [LibraryImport(Lib, EntryPoint = "exp2")] internal static partial double Exp2(double x);
    [LibraryImport(Lib, EntryPoint = "cbrt")] internal static partial double Cbrt(double x);
    [LibraryImport(Lib, EntryPoint = "hypot")] internal static partial double Hypot(double x, double y);
}
