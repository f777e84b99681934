using System;

namespace Sharpy.Modules;

// cmath's special-value tables: the C99 Annex G results for arguments with an infinite or NaN
// part, indexed [special type of the real part, special type of the imaginary part] in the
// order NINF, NEG, NZERO, PZERO, POS, PINF, NAN. Entries for two finite parts are never read
// (U). Tokens: P = pi, P14/P12/P34 = pi/4, pi/2, 3pi/4, INF, N = NaN, U = unused, and
// numbers; a leading '-' negates.
public static partial class CmathModule
{
    /// <summary>special_types: the class of a double that selects a table entry.</summary>
    static int SpecialType(double d)
    {
        if (double.IsFinite(d))
        {
            if (d != 0) return double.IsNegative(d) ? 1 : 4;
            return double.IsNegative(d) ? 2 : 3;
        }
        if (double.IsNaN(d)) return 6;
        return d > 0 ? 5 : 0;
    }

    static (double, double) Special((double, double)[] table, double re, double im) => table[SpecialType(re) * 7 + SpecialType(im)];

    static (double, double)[] Table(string rows)
    {
        var cells = rows.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length != 49) throw new InvalidOperationException("cmath special-value table needs 7x7 entries");
        var t = new (double, double)[49];
        for (int i = 0; i < 49; i++)
        {
            int comma = cells[i].IndexOf(',');
            t[i] = (Token(cells[i][..comma]), Token(cells[i][(comma + 1)..]));
        }
        return t;
    }

    static double Token(string s)
    {
        bool neg = s.StartsWith('-');
        string body = neg ? s[1..] : s;
        double v = body switch
        {
            "P" => Math.PI,
            "P14" => 0.25 * Math.PI,
            "P12" => 0.5 * Math.PI,
            "P34" => 0.75 * Math.PI,
            "INF" => double.PositiveInfinity,
            "N" => Objects.PyFloat.NaN,
            "U" => -9.5426319407711027e33,
            _ => double.Parse(body, System.Globalization.CultureInfo.InvariantCulture),
        };
        return neg ? -v : v;
    }

    static readonly (double, double)[] s_acos = Table(@"
        P34,INF P,INF  P,INF  P,-INF  P,-INF  P34,-INF N,INF
        P12,INF U,U    U,U    U,U     U,U     P12,-INF N,N
        P12,INF U,U    P12,0  P12,-0  U,U     P12,-INF P12,N
        P12,INF U,U    P12,0  P12,-0  U,U     P12,-INF P12,N
        P12,INF U,U    U,U    U,U     U,U     P12,-INF N,N
        P14,INF 0,INF  0,INF  0,-INF  0,-INF  P14,-INF N,INF
        N,INF   N,N    N,N    N,N     N,N     N,-INF   N,N");

    static readonly (double, double)[] s_acosh = Table(@"
        INF,-P34 INF,-P  INF,-P  INF,P  INF,P  INF,P34 INF,N
        INF,-P12 U,U     U,U     U,U    U,U    INF,P12 N,N
        INF,-P12 U,U     0,-P12  0,P12  U,U    INF,P12 N,P12
        INF,-P12 U,U     0,-P12  0,P12  U,U    INF,P12 N,P12
        INF,-P12 U,U     U,U     U,U    U,U    INF,P12 N,N
        INF,-P14 INF,-0  INF,-0  INF,0  INF,0  INF,P14 INF,N
        INF,N    N,N     N,N     N,N    N,N    INF,N   N,N");

    static readonly (double, double)[] s_asinh = Table(@"
        -INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
        -INF,-P12 U,U     U,U     U,U    U,U    -INF,P12 N,N
        -INF,-P12 U,U     -0,-0   -0,0   U,U    -INF,P12 N,N
        INF,-P12  U,U     0,-0    0,0    U,U    INF,P12  N,N
        INF,-P12  U,U     U,U     U,U    U,U    INF,P12  N,N
        INF,-P14  INF,-0  INF,-0  INF,0  INF,0  INF,P14  INF,N
        INF,N     N,N     N,-0    N,0    N,N    INF,N    N,N");

    static readonly (double, double)[] s_atanh = Table(@"
        -0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
        -0,-P12 U,U     U,U     U,U    U,U    -0,P12 N,N
        -0,-P12 U,U     -0,-0   -0,0   U,U    -0,P12 -0,N
        0,-P12  U,U     0,-0    0,0    U,U    0,P12  0,N
        0,-P12  U,U     U,U     U,U    U,U    0,P12  N,N
        0,-P12  0,-P12  0,-P12  0,P12  0,P12  0,P12  0,N
        0,-P12  N,N     N,N     N,N    N,N    0,P12  N,N");

    static readonly (double, double)[] s_cosh = Table(@"
        INF,N U,U INF,0  INF,-0 U,U INF,N INF,N
        N,N   U,U U,U    U,U    U,U N,N   N,N
        N,0   U,U 1,0    1,-0   U,U N,0   N,0
        N,0   U,U 1,-0   1,0    U,U N,0   N,0
        N,N   U,U U,U    U,U    U,U N,N   N,N
        INF,N U,U INF,-0 INF,0  U,U INF,N INF,N
        N,N   N,N N,0    N,0    N,N N,N   N,N");

    static readonly (double, double)[] s_exp = Table(@"
        0,0   U,U 0,-0   0,0   U,U 0,0   0,0
        N,N   U,U U,U    U,U   U,U N,N   N,N
        N,N   U,U 1,-0   1,0   U,U N,N   N,N
        N,N   U,U 1,-0   1,0   U,U N,N   N,N
        N,N   U,U U,U    U,U   U,U N,N   N,N
        INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
        N,N   N,N N,-0   N,0   N,N N,N   N,N");

    static readonly (double, double)[] s_log = Table(@"
        INF,-P34 INF,-P  INF,-P   INF,P   INF,P  INF,P34 INF,N
        INF,-P12 U,U     U,U      U,U     U,U    INF,P12 N,N
        INF,-P12 U,U     -INF,-P  -INF,P  U,U    INF,P12 N,N
        INF,-P12 U,U     -INF,-0  -INF,0  U,U    INF,P12 N,N
        INF,-P12 U,U     U,U      U,U     U,U    INF,P12 N,N
        INF,-P14 INF,-0  INF,-0   INF,0   INF,0  INF,P14 INF,N
        INF,N    N,N     N,N      N,N     N,N    INF,N   N,N");

    static readonly (double, double)[] s_sinh = Table(@"
        INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
        N,N   U,U U,U     U,U    U,U N,N   N,N
        0,N   U,U -0,-0   -0,0   U,U 0,N   0,N
        0,N   U,U 0,-0    0,0    U,U 0,N   0,N
        N,N   U,U U,U     U,U    U,U N,N   N,N
        INF,N U,U INF,-0  INF,0  U,U INF,N INF,N
        N,N   N,N N,-0    N,0    N,N N,N   N,N");

    static readonly (double, double)[] s_sqrt = Table(@"
        INF,-INF 0,-INF  0,-INF  0,INF  0,INF  INF,INF N,INF
        INF,-INF U,U     U,U     U,U    U,U    INF,INF N,N
        INF,-INF U,U     0,-0    0,0    U,U    INF,INF N,N
        INF,-INF U,U     0,-0    0,0    U,U    INF,INF N,N
        INF,-INF U,U     U,U     U,U    U,U    INF,INF N,N
        INF,-INF INF,-0  INF,-0  INF,0  INF,0  INF,INF INF,N
        INF,-INF N,N     N,N     N,N    N,N    INF,INF N,N");

    static readonly (double, double)[] s_tanh = Table(@"
        -1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
        N,N  U,U U,U   U,U  U,U N,N  N,N
        -0,N U,U -0,-0 -0,0 U,U -0,N -0,N
        0,N  U,U 0,-0  0,0  U,U 0,N  0,N
        N,N  U,U U,U   U,U  U,U N,N  N,N
        1,0  U,U 1,-0  1,0  U,U 1,0  1,0
        N,N  N,N N,-0  N,0  N,N N,N  N,N");

    static readonly (double, double)[] s_rect = Table(@"
        INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
        N,N   U,U U,U    U,U     U,U N,N   N,N
        0,0   U,U -0,0   -0,-0   U,U 0,0   0,0
        0,0   U,U 0,-0   0,0     U,U 0,0   0,0
        N,N   U,U U,U    U,U     U,U N,N   N,N
        INF,N U,U INF,-0 INF,0   U,U INF,N INF,N
        N,N   N,N N,0    N,0     N,N N,N   N,N");
}
