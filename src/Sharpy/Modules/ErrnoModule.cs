using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `errno` module (Modules/errnomodule.c): every Linux errno name with its number, and
/// `errorcode`, mapping each number to its name (for a number with two names, such as
/// EAGAIN and EWOULDBLOCK, the one CPython's errorcode gives).
/// </summary>
[PyModule("errno", Doc = "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.")]
public static partial class ErrnoModule
{
    [PyConstant] const int E2BIG = 7;
    [PyConstant] const int EACCES = 13;
    [PyConstant] const int EADDRINUSE = 98;
    [PyConstant] const int EADDRNOTAVAIL = 99;
    [PyConstant] const int EADV = 68;
    [PyConstant] const int EAFNOSUPPORT = 97;
    [PyConstant] const int EAGAIN = 11;
    [PyConstant] const int EALREADY = 114;
    [PyConstant] const int EBADE = 52;
    [PyConstant] const int EBADF = 9;
    [PyConstant] const int EBADFD = 77;
    [PyConstant] const int EBADMSG = 74;
    [PyConstant] const int EBADR = 53;
    [PyConstant] const int EBADRQC = 56;
    [PyConstant] const int EBADSLT = 57;
    [PyConstant] const int EBFONT = 59;
    [PyConstant] const int EBUSY = 16;
    [PyConstant] const int ECANCELED = 125;
    [PyConstant] const int ECHILD = 10;
    [PyConstant] const int ECHRNG = 44;
    [PyConstant] const int ECOMM = 70;
    [PyConstant] const int ECONNABORTED = 103;
    [PyConstant] const int ECONNREFUSED = 111;
    [PyConstant] const int ECONNRESET = 104;
    [PyConstant] const int EDEADLK = 35;
    [PyConstant] const int EDEADLOCK = 35;
    [PyConstant] const int EDESTADDRREQ = 89;
    [PyConstant] const int EDOM = 33;
    [PyConstant] const int EDOTDOT = 73;
    [PyConstant] const int EDQUOT = 122;
    [PyConstant] const int EEXIST = 17;
    [PyConstant] const int EFAULT = 14;
    [PyConstant] const int EFBIG = 27;
    [PyConstant] const int EHOSTDOWN = 112;
    [PyConstant] const int EHWPOISON = 133;
    [PyConstant] const int EHOSTUNREACH = 113;
    [PyConstant] const int EIDRM = 43;
    [PyConstant] const int EILSEQ = 84;
    [PyConstant] const int EINPROGRESS = 115;
    [PyConstant] const int EINTR = 4;
    [PyConstant] const int EINVAL = 22;
    [PyConstant] const int EIO = 5;
    [PyConstant] const int EISCONN = 106;
    [PyConstant] const int EISDIR = 21;
    [PyConstant] const int EISNAM = 120;
    [PyConstant] const int EKEYEXPIRED = 127;
    [PyConstant] const int EKEYREJECTED = 129;
    [PyConstant] const int EKEYREVOKED = 128;
    [PyConstant] const int EL2HLT = 51;
    [PyConstant] const int EL2NSYNC = 45;
    [PyConstant] const int EL3HLT = 46;
    [PyConstant] const int EL3RST = 47;
    [PyConstant] const int ELIBACC = 79;
    [PyConstant] const int ELIBBAD = 80;
    [PyConstant] const int ELIBEXEC = 83;
    [PyConstant] const int ELIBMAX = 82;
    [PyConstant] const int ELIBSCN = 81;
    [PyConstant] const int ELNRNG = 48;
    [PyConstant] const int ELOOP = 40;
    [PyConstant] const int EMEDIUMTYPE = 124;
    [PyConstant] const int EMFILE = 24;
    [PyConstant] const int EMLINK = 31;
    [PyConstant] const int EMSGSIZE = 90;
    [PyConstant] const int EMULTIHOP = 72;
    [PyConstant] const int ENAMETOOLONG = 36;
    [PyConstant] const int ENAVAIL = 119;
    [PyConstant] const int ENETDOWN = 100;
    [PyConstant] const int ENETRESET = 102;
    [PyConstant] const int ENETUNREACH = 101;
    [PyConstant] const int ENFILE = 23;
    [PyConstant] const int ENOANO = 55;
    [PyConstant] const int ENOBUFS = 105;
    [PyConstant] const int ENOCSI = 50;
    [PyConstant] const int ENODATA = 61;
    [PyConstant] const int ENODEV = 19;
    [PyConstant] const int ENOENT = 2;
    [PyConstant] const int ENOEXEC = 8;
    [PyConstant] const int ENOKEY = 126;
    [PyConstant] const int ENOLCK = 37;
    [PyConstant] const int ENOLINK = 67;
    [PyConstant] const int ENOMEDIUM = 123;
    [PyConstant] const int ENOMEM = 12;
    [PyConstant] const int ENOMSG = 42;
    [PyConstant] const int ENONET = 64;
    [PyConstant] const int ENOPKG = 65;
    [PyConstant] const int ENOPROTOOPT = 92;
    [PyConstant] const int ENOSPC = 28;
    [PyConstant] const int ENOSR = 63;
    [PyConstant] const int ENOSTR = 60;
    [PyConstant] const int ENOSYS = 38;
    [PyConstant] const int ENOTBLK = 15;
    [PyConstant] const int ENOTCONN = 107;
    [PyConstant] const int ENOTDIR = 20;
    [PyConstant] const int ENOTEMPTY = 39;
    [PyConstant] const int ENOTNAM = 118;
    [PyConstant] const int ENOTRECOVERABLE = 131;
    [PyConstant] const int ENOTSOCK = 88;
    [PyConstant] const int ENOTSUP = 95;
    [PyConstant] const int ENOTTY = 25;
    [PyConstant] const int ENOTUNIQ = 76;
    [PyConstant] const int ENXIO = 6;
    [PyConstant] const int EOPNOTSUPP = 95;
    [PyConstant] const int EOVERFLOW = 75;
    [PyConstant] const int EOWNERDEAD = 130;
    [PyConstant] const int EPERM = 1;
    [PyConstant] const int EPFNOSUPPORT = 96;
    [PyConstant] const int EPIPE = 32;
    [PyConstant] const int EPROTO = 71;
    [PyConstant] const int EPROTONOSUPPORT = 93;
    [PyConstant] const int EPROTOTYPE = 91;
    [PyConstant] const int ERANGE = 34;
    [PyConstant] const int EREMCHG = 78;
    [PyConstant] const int EREMOTE = 66;
    [PyConstant] const int EREMOTEIO = 121;
    [PyConstant] const int ERESTART = 85;
    [PyConstant] const int ERFKILL = 132;
    [PyConstant] const int EROFS = 30;
    [PyConstant] const int ESHUTDOWN = 108;
    [PyConstant] const int ESOCKTNOSUPPORT = 94;
    [PyConstant] const int ESPIPE = 29;
    [PyConstant] const int ESRCH = 3;
    [PyConstant] const int ESRMNT = 69;
    [PyConstant] const int ESTALE = 116;
    [PyConstant] const int ESTRPIPE = 86;
    [PyConstant] const int ETIME = 62;
    [PyConstant] const int ETIMEDOUT = 110;
    [PyConstant] const int ETOOMANYREFS = 109;
    [PyConstant] const int ETXTBSY = 26;
    [PyConstant] const int EUCLEAN = 117;
    [PyConstant] const int EUNATCH = 49;
    [PyConstant] const int EUSERS = 87;
    [PyConstant] const int EWOULDBLOCK = 11;
    [PyConstant] const int EXDEV = 18;
    [PyConstant] const int EXFULL = 54;

    /// <summary>errorcode: number → name, from the module's own constants.</summary>
    public static int InitModule(PyModule m)
    {
        var codes = PyDict.New();
        foreach (var (name, value) in ErrorCodeNames)
        {
            var k = PyLong.FromLong(value);
            var v = PyUnicode.FromString(name);
            codes.SetItem(k, v);
            Py.DECREF(k);
            Py.DECREF(v);
        }
        return m.Add("errorcode", codes);
    }

    /// <summary>errorcode's entries.</summary>
    static readonly (string, int)[] ErrorCodeNames =
    [
        ("EPERM", 1),
        ("ENOENT", 2),
        ("ESRCH", 3),
        ("EINTR", 4),
        ("EIO", 5),
        ("ENXIO", 6),
        ("E2BIG", 7),
        ("ENOEXEC", 8),
        ("EBADF", 9),
        ("ECHILD", 10),
        ("EAGAIN", 11),
        ("ENOMEM", 12),
        ("EACCES", 13),
        ("EFAULT", 14),
        ("ENOTBLK", 15),
        ("EBUSY", 16),
        ("EEXIST", 17),
        ("EXDEV", 18),
        ("ENODEV", 19),
        ("ENOTDIR", 20),
        ("EISDIR", 21),
        ("EINVAL", 22),
        ("ENFILE", 23),
        ("EMFILE", 24),
        ("ENOTTY", 25),
        ("ETXTBSY", 26),
        ("EFBIG", 27),
        ("ENOSPC", 28),
        ("ESPIPE", 29),
        ("EROFS", 30),
        ("EMLINK", 31),
        ("EPIPE", 32),
        ("EDOM", 33),
        ("ERANGE", 34),
        ("EDEADLOCK", 35),
        ("ENAMETOOLONG", 36),
        ("ENOLCK", 37),
        ("ENOSYS", 38),
        ("ENOTEMPTY", 39),
        ("ELOOP", 40),
        ("ENOMSG", 42),
        ("EIDRM", 43),
        ("ECHRNG", 44),
        ("EL2NSYNC", 45),
        ("EL3HLT", 46),
        ("EL3RST", 47),
        ("ELNRNG", 48),
        ("EUNATCH", 49),
        ("ENOCSI", 50),
        ("EL2HLT", 51),
        ("EBADE", 52),
        ("EBADR", 53),
        ("EXFULL", 54),
        ("ENOANO", 55),
        ("EBADRQC", 56),
        ("EBADSLT", 57),
        ("EBFONT", 59),
        ("ENOSTR", 60),
        ("ENODATA", 61),
        ("ETIME", 62),
        ("ENOSR", 63),
        ("ENONET", 64),
        ("ENOPKG", 65),
        ("EREMOTE", 66),
        ("ENOLINK", 67),
        ("EADV", 68),
        ("ESRMNT", 69),
        ("ECOMM", 70),
        ("EPROTO", 71),
        ("EMULTIHOP", 72),
        ("EDOTDOT", 73),
        ("EBADMSG", 74),
        ("EOVERFLOW", 75),
        ("ENOTUNIQ", 76),
        ("EBADFD", 77),
        ("EREMCHG", 78),
        ("ELIBACC", 79),
        ("ELIBBAD", 80),
        ("ELIBSCN", 81),
        ("ELIBMAX", 82),
        ("ELIBEXEC", 83),
        ("EILSEQ", 84),
        ("ERESTART", 85),
        ("ESTRPIPE", 86),
        ("EUSERS", 87),
        ("ENOTSOCK", 88),
        ("EDESTADDRREQ", 89),
        ("EMSGSIZE", 90),
        ("EPROTOTYPE", 91),
        ("ENOPROTOOPT", 92),
        ("EPROTONOSUPPORT", 93),
        ("ESOCKTNOSUPPORT", 94),
        ("ENOTSUP", 95),
        ("EPFNOSUPPORT", 96),
        ("EAFNOSUPPORT", 97),
        ("EADDRINUSE", 98),
        ("EADDRNOTAVAIL", 99),
        ("ENETDOWN", 100),
        ("ENETUNREACH", 101),
        ("ENETRESET", 102),
        ("ECONNABORTED", 103),
        ("ECONNRESET", 104),
        ("ENOBUFS", 105),
        ("EISCONN", 106),
        ("ENOTCONN", 107),
        ("ESHUTDOWN", 108),
        ("ETOOMANYREFS", 109),
        ("ETIMEDOUT", 110),
        ("ECONNREFUSED", 111),
        ("EHOSTDOWN", 112),
        ("EHOSTUNREACH", 113),
        ("EALREADY", 114),
        ("EINPROGRESS", 115),
        ("ESTALE", 116),
        ("EUCLEAN", 117),
        ("ENOTNAM", 118),
        ("ENAVAIL", 119),
        ("EISNAM", 120),
        ("EREMOTEIO", 121),
        ("EDQUOT", 122),
        ("ENOMEDIUM", 123),
        ("EMEDIUMTYPE", 124),
        ("ECANCELED", 125),
        ("ENOKEY", 126),
        ("EKEYEXPIRED", 127),
        ("EKEYREVOKED", 128),
        ("EKEYREJECTED", 129),
        ("EOWNERDEAD", 130),
        ("ENOTRECOVERABLE", 131),
        ("ERFKILL", 132),
        ("EHWPOISON", 133),
    ];
}
