using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

/// <summary>
/// Paths between Python and libc: the filesystem encoding is UTF-8 with surrogateescape
/// (os.fsencode/os.fsdecode), and a function answers with bytes when it was given bytes.
/// </summary>
internal static class PosixPath
{
    /// <summary>The NUL-terminated bytes of a converted path (not an fd); null with UnicodeEncodeError set.</summary>
    public static byte[]? Encode(in PathArg p)
    {
        if (p.Bytes != null) return Terminate(p.Bytes);
        return EncodeStr(p.Str ?? "");
    }

    /// <summary>os.fsencode of a str, NUL-terminated; null with UnicodeEncodeError set.</summary>
    public static byte[]? EncodeStr(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            int n = System.Text.Encoding.UTF8.GetByteCount(s);
            var z = new byte[n + 1];
            System.Text.Encoding.UTF8.GetBytes(s, z);
            return z;
        }
        var u = PyUnicode.FromString(s);
        var b = UnicodeCodecs.Encode(u, "utf-8", "surrogateescape");
        Py.DECREF(u);
        if (b == null) return null;
        var encoded = Terminate(((PyBytes)b).Value);
        Py.DECREF(b);
        return encoded;
    }

    /// <summary>The bytes with a NUL appended.</summary>
    public static byte[] Terminate(byte[] b)
    {
        var z = new byte[b.Length + 1];
        b.CopyTo(z, 0);
        return z;
    }

    /// <summary>os.fsdecode: the str for filesystem bytes (undecodable bytes become lone surrogates).</summary>
    public static PyObject? FsDecode(ReadOnlySpan<byte> b)
    {
        // Valid UTF-8 (nearly every name) decodes directly; the codec handles the rest.
        if (System.Text.Unicode.Utf8.IsValid(b)) return PyUnicode.FromString(System.Text.Encoding.UTF8.GetString(b));
        var src = PyBytes.FromSpan(b);
        var r = UnicodeCodecs.Decode(b, src, "utf-8", "surrogateescape");
        Py.DECREF(src);
        return r;
    }

    /// <summary>A path result in the caller's form: bytes when the path argument was bytes, else str.</summary>
    public static PyObject? Result(ReadOnlySpan<byte> b, bool asBytes) => asBytes ? PyBytes.FromSpan(b) : FsDecode(b);

    /// <summary>path_t's object: the argument if it is str, bytes or an fd, else what __fspath__ gave (new reference).</summary>
    public static PyObject Object(in PathArg p)
    {
        if (p.IsFd || p.Object is PyUnicode || p.Object is PyBytes || p.IsNone) return Py.NewRef(p.Object);
        return p.Bytes != null ? PyBytes.FromBytes(p.Bytes) : PyUnicode.FromString(p.Str!);
    }

    /// <summary>path_error: OSError from errno with the path as the filename; returns null.</summary>
    public static PyObject? Error(int errno, in PathArg p)
    {
        var f = Object(p);
        Errors.SetFromErrnoWithFilenameObject(errno, f);
        Py.DECREF(f);
        return null;
    }

    /// <summary>path_error2: OSError naming both paths; returns null.</summary>
    public static PyObject? Error2(int errno, in PathArg p1, in PathArg p2)
    {
        var f1 = Object(p1);
        var f2 = Object(p2);
        Errors.SetFromErrnoWithFilenameObjects(errno, f1, f2);
        Py.DECREF(f1);
        Py.DECREF(f2);
        return null;
    }
}
