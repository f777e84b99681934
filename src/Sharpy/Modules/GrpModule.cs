using System;
using System.Runtime.InteropServices;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `grp` module (Modules/grpmodule.c): the group database through getgrgid_r, getgrnam_r and getgrent.</summary>
[PyModule("grp", Doc = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)")]
public static unsafe partial class GrpModule
{
    [StructLayout(LayoutKind.Sequential)]
    struct Group
    {
        public byte* gr_name, gr_passwd;
        public uint gr_gid;
        public byte** gr_mem;
    }

    [LibraryImport("libc")] private static partial int getgrgid_r(uint gid, Group* grp, byte* buf, nuint buflen, Group** result);
    [LibraryImport("libc")] private static partial int getgrnam_r(byte* name, Group* grp, byte* buf, nuint buflen, Group** result);
    [LibraryImport("libc")] private static partial void setgrent();
    [LibraryImport("libc")] private static partial Group* getgrent();
    [LibraryImport("libc")] private static partial void endgrent();

    const int ERANGE = 34;

    static PyType? s_type;

    static PyType StructGroup => s_type ??= PyStructSequence.NewType("grp.struct_group",
        [new("gr_name", "group name"), new("gr_passwd", "password"), new("gr_gid", "group id"), new("gr_mem", "group members")],
        doc: "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n");

    [PyConstant("struct_group")] static PyObject StructGroupConst => Py.NewRef(StructGroup);

    static PyObject? Str(byte* s) => s == null ? Py.None : PosixPath.FsDecode(new ReadOnlySpan<byte>(s, Libc.StrLen(s)));

    /// <summary>mkgrent.</summary>
    static PyObject? MakeEntry(Group* g)
    {
        var mem = PyList.New();
        for (byte** m = g->gr_mem; m != null && *m != null; m++)
        {
            var s = Str(*m);
            if (s == null) { Py.DECREF(mem); return null; }
            mem.AppendSteal(s);
        }
        var f = new PyObject?[] { Str(g->gr_name), Str(g->gr_passwd), PyLong.FromLong(g->gr_gid), mem };
        if (Array.IndexOf(f, null) >= 0)
        {
            foreach (var o in f) Py.XDECREF(o);
            return null;
        }
        return PyStructSequence.New(StructGroup, f!);
    }

    delegate int Lookup(Group* grp, byte* buf, nuint len, Group** result);

    static PyObject? Find(Lookup lookup)
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            Group grp;
            Group* result;
            int err;
            fixed (byte* b = buf) err = lookup(&grp, b, (nuint)size, &result);
            if (err == ERANGE) continue;
            if (err != 0 || result == null) return null;
            return MakeEntry(result);
        }
    }

    static PyObject? NotFound(string message)
    {
        var m = PyUnicode.FromString(message);
        Errors.SetObject(PyExc.KeyError, m);
        Py.DECREF(m);
        return null;
    }

    [PyMethod("getgrgid", Doc = "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError.")]
    static PyObject? GetGrGid([Keyword("id")] PyObject id)
    {
        if (!PosixModule.IdConvert(id, "gid", out uint gid)) return null;
        var r = Find((g, b, n, res) => getgrgid_r(gid, g, b, n, res));
        if (r != null || Errors.Occurred()) return r;
        return NotFound($"getgrgid(): gid not found: {(int)gid}");
    }

    [PyMethod("getgrnam", Doc = "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError.")]
    static PyObject? GetGrNam([Keyword] PyUnicode name)
    {
        var z = PosixPath.EncodeStr(name.Value);
        if (z == null) return null;
        if (Array.IndexOf(z, (byte)0) < z.Length - 1) return Errors.SetString(PyExc.ValueError, "embedded null byte");
        var r = Find((g, b, n, res) => { fixed (byte* nm = z) return getgrnam_r(nm, g, b, n, res); });
        if (r != null || Errors.Occurred()) return r;
        var repr = Abstract.ReprString(name);
        return repr == null ? null : NotFound($"getgrnam(): name not found: {repr}");
    }

    [PyMethod("getgrall", Doc = "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid.")]
    static PyObject? GetGrAll()
    {
        var list = PyList.New();
        setgrent();
        try
        {
            Group* g;
            while ((g = getgrent()) != null)
            {
                var e = MakeEntry(g);
                if (e == null) { Py.DECREF(list); return null; }
                list.AppendSteal(e);
            }
        }
        finally
        {
            endgrent();
        }
        return list;
    }
}
