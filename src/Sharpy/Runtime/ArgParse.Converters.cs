using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// Converters that a type supplies in one place (Argument Clinic's custom converters: path_t,
// fildes, Py_buffer). A [PyMethod] parameter whose C# type implements IArgConverter<T> is
// converted by T.Convert in the generated wrapper; if T also implements IArgCleanup, the
// wrapper calls Release() once the implementation returns (or a later parameter fails).

/// <summary>Where a converter is used, for its messages: clinic's function and argument names.</summary>
public readonly struct ArgContext(string fname, string display, string name, int flags)
{
    /// <summary>The bare function name: "stat", "split".</summary>
    public readonly string FName = fname;
    /// <summary>The argument as clinic names it in "must be" messages: "argument", "argument 2", "argument 'path'".</summary>
    public readonly string Display = display;
    /// <summary>The parameter's Python name: "path".</summary>
    public readonly string Name = name;
    /// <summary>The converter's options, from the parameter's [ConverterFlags] (0 by default).</summary>
    public readonly int Flags = flags;
}

/// <summary>
/// A type that converts a call's argument into itself. <c>Convert</c> reports failure the
/// Python way: it sets the exception and returns false.
/// </summary>
public interface IArgConverter<TSelf> where TSelf : IArgConverter<TSelf>
{
    static abstract bool Convert(PyObject arg, in ArgContext context, out TSelf value);
}

/// <summary>A converted argument that holds something to give back after the call (clinic's cleanup).</summary>
public interface IArgCleanup
{
    void Release();
}

/// <summary>
/// Clinic's <c>path_t</c> (Modules/posixmodule.c path_converter): str, bytes or an
/// os.PathLike (through __fspath__); with <see cref="AllowFd"/> also an int file descriptor,
/// with <see cref="Nullable"/> also None. Options go on the parameter:
/// <c>[ConverterFlags(PathArg.AllowFd)] PathArg path</c>.
/// </summary>
public readonly struct PathArg : IArgConverter<PathArg>
{
    /// <summary>An int is a file descriptor (clinic's allow_fd).</summary>
    public const int AllowFd = 1;
    /// <summary>None is accepted (clinic's nullable); then <see cref="Object"/> is None and no form is set.</summary>
    public const int Nullable = 2;

    /// <summary>The argument as given (borrowed for the call).</summary>
    public readonly PyObject Object;
    /// <summary>The path when it is (or __fspath__ gave) a str; else null.</summary>
    public readonly string? Str;
    /// <summary>The path when it is (or __fspath__ gave) bytes; else null.</summary>
    public readonly byte[]? Bytes;
    /// <summary>The file descriptor when an int was given (AllowFd); else -1.</summary>
    public readonly int Fd;
    public readonly bool IsFd;

    PathArg(PyObject o, string? s, byte[]? b, int fd, bool isFd)
    {
        Object = o;
        Str = s;
        Bytes = b;
        Fd = fd;
        IsFd = isFd;
    }

    public bool IsNone => Str == null && Bytes == null && !IsFd;

    /// <summary>
    /// PyOS_FSPath (os.fspath): a new reference to <paramref name="o"/> if it is str or bytes,
    /// else what its __fspath__ returns, which must be str or bytes (`__fspath__ = None` opts out).
    /// </summary>
    public static PyObject? FsPath(PyObject o)
    {
        if (o is PyUnicode || o is PyBytes) return Py.NewRef(o);
        if (TypeLookup.Lookup(o.ob_type, "__fspath__") is null or PyNone)
            return Errors.SetString(PyExc.TypeError, $"expected str, bytes or os.PathLike object, not {o.ob_type.tp_name}");
        var r = Calls.CallMethod(o, "__fspath__");
        if (r == null || r is PyUnicode || r is PyBytes) return r;
        Errors.SetString(PyExc.TypeError, $"expected {o.ob_type.tp_name}.__fspath__() to return str or bytes, not {r.ob_type.tp_name}");
        Py.DECREF(r);
        return null;
    }

    public static bool Convert(PyObject arg, in ArgContext c, out PathArg value)
    {
        value = default;
        bool allowFd = (c.Flags & AllowFd) != 0, nullable = (c.Flags & Nullable) != 0;
        if (nullable && arg == Py.None)
        {
            value = new PathArg(arg, null, null, -1, false);
            return true;
        }
        if (allowFd && arg is not PyUnicode && arg is not PyBytes && (arg is PyLong || arg.ob_type.nb_index != null))
        {
            if (arg is PyBool && Warnings.WarnEx(PyExc.RuntimeWarning, "bool is used as a file descriptor", 1) < 0) return false;
            if (!ArgParse.ToInt(arg, out int fd)) return false;
            value = new PathArg(arg, null, null, fd, true);
            return true;
        }
        PyObject path = arg;
        PyObject? fspathResult = null;
        if (arg is not PyUnicode && arg is not PyBytes)
        {
            var fspath = TypeLookup.Lookup(arg.ob_type, "__fspath__");
            if (fspath is null or PyNone)
            {
                Errors.SetString(PyExc.TypeError,
                    $"{c.FName}: {c.Name} should be string, bytes{(allowFd || nullable ? ", " : " or ")}os.PathLike"
                    + (allowFd && nullable ? ", integer or None" : allowFd ? " or integer" : nullable ? " or None" : "")
                    + $", not {arg.ob_type.tp_name}");
                return false;
            }
            fspathResult = FsPath(arg);
            if (fspathResult == null) return false;
            path = fspathResult;
        }
        string? s = (path as PyUnicode)?.Value;
        byte[]? b = (path as PyBytes)?.Value;
        // The .NET string and byte[] stay alive without the Python object.
        Py.XDECREF(fspathResult);
        if (s != null ? s.Contains('\0') : Array.IndexOf(b!, (byte)0) >= 0)
        {
            Errors.SetString(PyExc.ValueError, $"{c.FName}: embedded null character in {c.Name}");
            return false;
        }
        value = new PathArg(arg, s, b, -1, false);
        return true;
    }
}

/// <summary>
/// Clinic's <c>object(converter='PyUnicode_FSDecoder')</c>: str, bytes (decoded as os.fsdecode
/// does) or an os.PathLike, as a file name without null characters.
/// </summary>
public readonly struct FsDecoded : IArgConverter<FsDecoded>
{
    public readonly string Value;

    FsDecoded(string value) => Value = value;

    public static bool Convert(PyObject arg, in ArgContext c, out FsDecoded value)
    {
        value = default;
        var path = PathArg.FsPath(arg);
        if (path == null) return false;
        var decoded = path is PyBytes b ? Sharpy.Modules.Posix.PosixPath.FsDecode(b.Value) : Py.NewRef(path);
        Py.DECREF(path);
        if (decoded == null) return false;
        string s = ((PyUnicode)decoded).Value;
        Py.DECREF(decoded);
        if (s.Contains('\0'))
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return false;
        }
        value = new FsDecoded(s);
        return true;
    }
}

/// <summary>
/// Clinic's <c>fildes</c> (PyObject_AsFileDescriptor): an int, or an object whose fileno()
/// returns one; never negative. A bool works but warns (RuntimeWarning).
/// </summary>
public readonly struct Fildes : IArgConverter<Fildes>
{
    public readonly int Fd;

    Fildes(int fd) => Fd = fd;

    public static bool Convert(PyObject arg, in ArgContext c, out Fildes value)
    {
        value = default;
        int fd;
        if (arg is PyLong)
        {
            if (arg is PyBool && Warnings.WarnEx(PyExc.RuntimeWarning, "bool is used as a file descriptor", 1) < 0) return false;
            if (!ArgParse.ToInt(arg, out fd)) return false;
        }
        else
        {
            if (TypeLookup.Lookup(arg.ob_type, "fileno") == null)
            {
                Errors.SetString(PyExc.TypeError, "argument must be an int, or have a fileno() method.");
                return false;
            }
            var r = Calls.CallMethod(arg, "fileno");
            if (r == null) return false;
            if (r is not PyLong)
            {
                Py.DECREF(r);
                Errors.SetString(PyExc.TypeError, "fileno() returned a non-integer");
                return false;
            }
            bool ok = ArgParse.ToInt(r, out fd);
            Py.DECREF(r);
            if (!ok) return false;
        }
        if (fd < 0)
        {
            Errors.SetString(PyExc.ValueError, $"file descriptor cannot be a negative integer ({fd})");
            return false;
        }
        value = new Fildes(fd);
        return true;
    }
}

/// <summary>
/// Clinic's <c>Py_buffer</c>: a read-only C-contiguous view of any exporter's bytes (bytes,
/// bytearray, memoryview, a class with <c>__buffer__</c>), valid until the call returns: the
/// wrapper calls <see cref="Release"/>, which gives the view back (bytearray can resize again).
/// </summary>
public readonly struct BufferArg : IArgConverter<BufferArg>, IArgCleanup
{
    /// <summary>The exporter (borrowed for the call).</summary>
    public readonly PyObject Object;
    /// <summary>The view taken from a non-bytes exporter; null for bytes, read in place.</summary>
    readonly PyBuffer? _view;
    readonly byte[]? _bytes;

    BufferArg(PyObject o, byte[]? bytes, PyBuffer? view)
    {
        Object = o;
        _bytes = bytes;
        _view = view;
    }

    public ReadOnlySpan<byte> Span => _view != null ? _view.Span : _bytes;

    public int Length => Span.Length;

    public static bool Convert(PyObject arg, in ArgContext c, out BufferArg value)
    {
        if (arg is PyBytes b)
        {
            value = new BufferArg(arg, b.Value, null);
            return true;
        }
        var view = PyBuffer.GetContiguous(arg);
        value = view == null ? default : new BufferArg(arg, null, view);
        return view != null;
    }

    /// <summary>PyBuffer_Release.</summary>
    public void Release() => _view?.Release();
}
