using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// The unpickler's input: the bytes of loads()' argument, or the last chunk a file gave. From
/// a file that has peek(), up to 128 KiB are peeked ahead and only what the opcodes consumed is
/// read (so bytes after the pickle stay in the file).
/// </summary>
public sealed partial class PyUnpickler
{
    const int Prefetch = 8192 * 16;

    PyObject? _read, _readline, _readinto, _peek;
    /// <summary>The input (loads' buffer, or the file's last chunk) and the view that keeps it alive.</summary>
    ReadOnlyMemory<byte> _input;
    PyBuffer? _inputView;
    int _nextReadIdx;
    /// <summary>Where the peeked-ahead part of the input starts (bytes from there on were not read from the file yet).</summary>
    int _prefetchedIdx;

    void ReleaseInput()
    {
        var v = _inputView;
        _inputView = null;
        _input = default;
        _nextReadIdx = 0;
        v?.Release();
    }

    /// <summary>_Unpickler_SetStringInput: read from a bytes-like object; its length, or -1 with an exception set.</summary>
    internal int SetStringInput(PyObject input)
    {
        ReleaseInput();
        if (input is PyBytes b)
        {
            // bytes need no view: the array never changes.
            _input = b.Value;
        }
        else
        {
            var view = PyBuffer.Get(input, PyBUF.CONTIG_RO);
            if (view == null) return -1;
            _inputView = view;
            _input = view.Memory.Slice(view.Start, (int)view.len);
        }
        _nextReadIdx = 0;
        _prefetchedIdx = _input.Length;
        return _input.Length;
    }

    /// <summary>_Unpickler_SetInputStream: the file's read and readline (required), readinto and peek (optional).</summary>
    internal int SetInputStream(PyObject file)
    {
        if (Abstract.LookupAttr(file, PyUnicode.Intern("peek"), out _peek) < 0
            || Abstract.LookupAttr(file, PyUnicode.Intern("readinto"), out _readinto) < 0
            || Abstract.LookupAttr(file, PyUnicode.Intern("read"), out _read) < 0
            || Abstract.LookupAttr(file, PyUnicode.Intern("readline"), out _readline) < 0)
        {
            ClearFileMethods();
            return -1;
        }
        if (_readline == null || _read == null)
        {
            Errors.SetString(PyExc.TypeError, "file must have 'read' and 'readline' attributes");
            ClearFileMethods();
            return -1;
        }
        return 0;
    }

    void ClearFileMethods()
    {
        Py.CLEAR(ref _read);
        Py.CLEAR(ref _readinto);
        Py.CLEAR(ref _readline);
        Py.CLEAR(ref _peek);
    }

    static int BadReadline(PickleState st)
    {
        Errors.SetString(st.UnpicklingError, "pickle data was truncated");
        return -1;
    }

    /// <summary>_Unpickler_SkipConsumed: read from the file what was consumed of a peeked chunk.</summary>
    int SkipConsumed()
    {
        int consumed = _nextReadIdx - _prefetchedIdx;
        if (consumed <= 0) return 0;
        var n = PyLong.FromLong(consumed);
        var r = Calls.CallOneArg(_read!, n);
        Py.DECREF(n);
        if (r == null) return -1;
        Py.DECREF(r);
        _prefetchedIdx = _nextReadIdx;
        return 0;
    }

    /// <summary>
    /// _Unpickler_ReadFromFile: make the file's next chunk the input (n bytes, or a whole line
    /// when n is -1); the number of bytes it has, or -1 with an exception set.
    /// </summary>
    int ReadFromFile(long n)
    {
        if (SkipConsumed() < 0) return -1;
        PyObject? data;
        if (n < 0) data = Calls.CallNoArgs(_readline!);
        else
        {
            if (_peek != null && n < Prefetch)
            {
                var len = PyLong.FromLong(Prefetch);
                data = Calls.CallOneArg(_peek, len);
                Py.DECREF(len);
                if (data == null)
                {
                    if (!Errors.ExceptionMatches(PyExc.NotImplementedError)) return -1;
                    // peek() is not really supported by this file.
                    Errors.Clear();
                    Py.CLEAR(ref _peek);
                }
                else
                {
                    int got = SetStringInput(data);
                    Py.DECREF(data);
                    if (got < 0) return -1;
                    _prefetchedIdx = 0;
                    if (n <= got) return (int)n;
                }
            }
            var size = PyLong.FromLong(n);
            data = Calls.CallOneArg(_read!, size);
            Py.DECREF(size);
        }
        if (data == null) return -1;
        int readSize = SetStringInput(data);
        Py.DECREF(data);
        return readSize;
    }

    /// <summary>_Unpickler_Read: the next <paramref name="n"/> bytes, or -1 with an exception set ("pickle data was truncated").</summary>
    int Read(PickleState st, long n, out ReadOnlySpan<byte> s)
    {
        if (_nextReadIdx > long.MaxValue - n)
        {
            s = default;
            Errors.SetString(st.UnpicklingError, "read would overflow (invalid bytecode)");
            return -1;
        }
        if (n <= _input.Length - _nextReadIdx)
        {
            s = _input.Span.Slice(_nextReadIdx, (int)n);
            _nextReadIdx += (int)n;
            return 0;
        }
        s = default;
        if (_read == null) return BadReadline(st);
        if (n > int.MaxValue)
        {
            Errors.NoMemory();
            return -1;
        }
        int got = ReadFromFile(n);
        if (got < 0) return -1;
        if (got < n) return BadReadline(st);
        s = _input.Span[..(int)n];
        _nextReadIdx = (int)n;
        return 0;
    }

    /// <summary>
    /// _Unpickler_ReadInto: <paramref name="n"/> bytes into a new array (bytes' and bytearray's
    /// payloads): what the input holds, then the rest straight from the file.
    /// </summary>
    byte[]? ReadInto(PickleState st, long n, bool forBytes)
    {
        // PyBytes_FromStringAndSize and PyByteArray_FromStringAndSize refuse a size no array can have.
        if (forBytes && n > long.MaxValue - 33)
        {
            Errors.SetString(PyExc.OverflowError, "byte string is too large");
            return null;
        }
        if (n > Array.MaxLength)
        {
            Errors.NoMemory();
            return null;
        }
        int inBuffer = _input.Length - _nextReadIdx;
        if (n <= inBuffer)
        {
            var whole = _input.Span.Slice(_nextReadIdx, (int)n).ToArray();
            _nextReadIdx += (int)n;
            return whole;
        }
        // From memory, the data is truncated; say so before allocating a size read from the pickle.
        if (_read == null)
        {
            BadReadline(st);
            return null;
        }
        byte[] buf;
        try { buf = new byte[n]; }
        catch (Exception e) when (e is OutOfMemoryException or OverflowException)
        {
            // A size read from a hostile pickle: CPython's allocation fails the same way.
            Errors.NoMemory();
            return null;
        }
        _input.Span.Slice(_nextReadIdx, inBuffer).CopyTo(buf);
        _nextReadIdx += inBuffer;
        long rest = n - inBuffer;
        if (SkipConsumed() < 0) return null;
        if (_readinto == null)
        {
            // No readinto(): read() and copy.
            var len = PyLong.FromLong(rest);
            var data = Calls.CallOneArg(_read, len);
            Py.DECREF(len);
            if (data == null) return null;
            if (data is not PyBytes bytes)
            {
                var r = PickleErrors.Repr(data.ob_type);
                if (r != null) Errors.SetString(PyExc.ValueError, $"read() returned non-bytes object ({r})");
                Py.DECREF(data);
                return null;
            }
            if (bytes.Length < rest)
            {
                Py.DECREF(data);
                BadReadline(st);
                return null;
            }
            bytes.AsSpan()[..(int)rest].CopyTo(buf.AsSpan(inBuffer));
            Py.DECREF(data);
            return buf;
        }
        var target = PyByteArray.FromSpan(buf.AsSpan(inBuffer));
        var view = PyMemoryView.FromObject(target);
        if (view == null)
        {
            Py.DECREF(target);
            return null;
        }
        var sizeObj = Calls.CallOneArg(_readinto, view);
        Py.DECREF(view);
        if (sizeObj == null)
        {
            Py.DECREF(target);
            return null;
        }
        bool ok = ArgParse.ToSsize(sizeObj, out long readSize);
        Py.DECREF(sizeObj);
        if (!ok)
        {
            Py.DECREF(target);
            return null;
        }
        if (readSize < 0)
        {
            Errors.SetString(PyExc.ValueError, "readinto() returned negative size");
            Py.DECREF(target);
            return null;
        }
        if (readSize < rest)
        {
            Py.DECREF(target);
            BadReadline(st);
            return null;
        }
        target.AsSpan().CopyTo(buf.AsSpan(inBuffer));
        Py.DECREF(target);
        return buf;
    }

    /// <summary>_Unpickler_Readline: the next line with its newline; -1 with "pickle data was truncated" when there is no newline.</summary>
    int Readline(PickleState st, out ReadOnlySpan<byte> line)
    {
        var span = _input.Span;
        int nl = span[_nextReadIdx..].IndexOf((byte)'\n');
        if (nl >= 0)
        {
            line = span.Slice(_nextReadIdx, nl + 1);
            _nextReadIdx += nl + 1;
            return 0;
        }
        line = default;
        if (_read == null) return BadReadline(st);
        int got = ReadFromFile(-1);
        if (got < 0) return -1;
        if (got == 0 || _input.Span[got - 1] != (byte)'\n') return BadReadline(st);
        _nextReadIdx = got;
        line = _input.Span[..got];
        return 0;
    }
}
