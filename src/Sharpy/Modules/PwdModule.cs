using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `pwd` module (Modules/pwdmodule.c): the password database through getpwuid_r, getpwnam_r and getpwent.</summary>
[PyModule("pwd", Doc = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.")]
public static unsafe partial class PwdModule
{
    [StructLayout(LayoutKind.Sequential)]
    struct Passwd
    {
        public byte* pw_name, pw_passwd;
        public uint pw_uid, pw_gid;
        public byte* pw_gecos, pw_dir, pw_shell;
    }

    [LibraryImport("libc")] private static partial int getpwuid_r(uint uid, Passwd* pwd, byte* buf, nuint buflen, Passwd** result);
    [LibraryImport("libc")] private static partial int getpwnam_r(byte* name, Passwd* pwd, byte* buf, nuint buflen, Passwd** result);
    [LibraryImport("libc")] private static partial void setpwent();
    [LibraryImport("libc")] private static partial Passwd* getpwent();
    [LibraryImport("libc")] private static partial void endpwent();

    const int ERANGE = 34;

    static PyType? s_type;

    static PyType StructPasswd => s_type ??= PyStructSequence.NewType("pwd.struct_passwd",
    [
        new("pw_name", "user name"), new("pw_passwd", "password"), new("pw_uid", "user id"), new("pw_gid", "group id"),
        new("pw_gecos", "real name"), new("pw_dir", "home directory"), new("pw_shell", "shell program"),
    ], doc: "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.");

    [PyConstant("struct_passwd")] static PyObject StructPasswdConst => Py.NewRef(StructPasswd);

    static PyObject? Str(byte* s) => s == null ? Py.None : PosixPath.FsDecode(new ReadOnlySpan<byte>(s, Libc.StrLen(s)));

    /// <summary>mkpwent.</summary>
    static PyObject? MakeEntry(Passwd* p)
    {
        var f = new PyObject?[] { Str(p->pw_name), Str(p->pw_passwd), PyLong.FromLong(p->pw_uid), PyLong.FromLong(p->pw_gid),
            Str(p->pw_gecos), Str(p->pw_dir), Str(p->pw_shell) };
        if (Array.IndexOf(f, null) >= 0)
        {
            foreach (var o in f) Py.XDECREF(o);
            return null;
        }
        return PyStructSequence.New(StructPasswd, f!);
    }

    delegate int Lookup(Passwd* pwd, byte* buf, nuint len, Passwd** result);

    /// <summary>Call a *_r lookup with a growing buffer: the entry, null when not found (errno 0), or the errno.</summary>
    static PyObject? Find(Lookup lookup, out int err)
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            Passwd pwd;
            Passwd* result;
            fixed (byte* b = buf) err = lookup(&pwd, b, (nuint)size, &result);
            if (err == ERANGE) continue;
            if (err != 0 || result == null) return null;
            return MakeEntry(result);
        }
    }

    [PyMethod("getpwuid", Doc = "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries.")]
    static PyObject? GetPwUid(PyObject uidobj)
    {
        if (!PosixModule.IdConvert(uidobj, "uid", out uint uid))
        {
            if (!Errors.ExceptionMatches(PyExc.OverflowError)) return null;
            Errors.Clear();
            return NotFound("getpwuid(): uid not found");
        }
        var r = Find((p, b, n, res) => getpwuid_r(uid, p, b, n, res), out _);
        if (r != null || Errors.Occurred()) return r;
        return NotFound($"getpwuid(): uid not found: {(int)uid}");
    }

    static PyObject? NotFound(string message)
    {
        var m = PyUnicode.FromString(message);
        Errors.SetObject(PyExc.KeyError, m);
        Py.DECREF(m);
        return null;
    }

    [PyMethod("getpwnam", Doc = "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries.")]
    static PyObject? GetPwNam(PyUnicode name)
    {
        var z = PosixPath.EncodeStr(name.Value);
        if (z == null) return null;
        if (Array.IndexOf(z, (byte)0) < z.Length - 1) return Errors.SetString(PyExc.ValueError, "embedded null byte");
        var r = Find((p, b, n, res) => { fixed (byte* nm = z) return getpwnam_r(nm, p, b, n, res); }, out int err);
        if (r != null || Errors.Occurred()) return r;
        var repr = Abstract.ReprString(name);
        return repr == null ? null : NotFound($"getpwnam(): name not found: {repr}");
    }

    [PyMethod("getpwall", Doc = "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries.")]
    static PyObject? GetPwAll()
    {
        var list = PyList.New();
        setpwent();
        try
        {
            Passwd* p;
            while ((p = getpwent()) != null)
            {
                var e = MakeEntry(p);
                if (e == null) { Py.DECREF(list); return null; }
                list.AppendSteal(e);
            }
        }
        finally
        {
            endpwent();
        }
        return list;
    }
}
