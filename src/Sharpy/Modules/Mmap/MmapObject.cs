using System;
using System.Buffers;
using System.Runtime.InteropServices;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Mmap;

/// <summary>
/// `mmap.mmap` (Modules/mmapmodule.c, the Unix part): a memory-mapped file or anonymous
/// region, read and written through its file-like methods, indexing and the buffer protocol
/// (views see the mapping itself, so close and resize refuse while views are held). The
/// mapping keeps its own duplicate of the file descriptor (trackfd) for size and resize.
/// </summary>
[PyType("mmap.mmap", BaseType = true, Doc = "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\nMaps length bytes from the file specified by the file handle fileno,\nand returns a mmap object.  If length is larger than the current size\nof the file, the file is extended to contain length bytes.  If length\nis 0, the maximum length of the map is the current size of the file,\nexcept that if the file is empty Windows raises an exception (you cannot\ncreate an empty mapping on Windows).\n\nUnix: mmap(fileno, length[, flags[, prot[, access[, offset[, trackfd]]]]])\n\nMaps length bytes from the file specified by the file descriptor fileno,\nand returns a mmap object.  If length is 0, the maximum length of the map\nwill be the current size of the file when mmap is called.\nflags specifies the nature of the mapping. MAP_PRIVATE creates a\nprivate copy-on-write mapping, so changes to the contents of the mmap\nobject will be private to this process, and MAP_SHARED creates a mapping\nthat's shared with all other processes mapping the same areas of the file.\nThe default value is MAP_SHARED.\n\nTo map anonymous memory, pass -1 as the fileno (both versions).")]
public sealed unsafe partial class MmapObject : PyObject, IWeakReferenceable
{
    const int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
    const int MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20, PROT_READ = 1, PROT_WRITE = 2;
    const int MS_SYNC = 4, MREMAP_MAYMOVE = 1, EINVAL = 22;
    const int S_IFMT = 0xf000, S_IFREG = 0x8000;
    static readonly nint MAP_FAILED = -1;
    /// <summary>sizeof(mmap_object) in 64-bit CPython (what __sizeof__ reports).</summary>
    const int BasicSize = 80;

    byte* _data;
    long _size, _pos, _offset;
    int _fd = -1, _access, _flags, _prot;
    bool _trackfd;
    int _exports;
    NativeBytes? _memory;
    public PyWeakReference? WeakRefList { get; set; }

    MmapObject(PyType type) : base(type) { }

    /// <summary>The mapping as Memory&lt;byte&gt; for buffer views (a new manager after a resize).</summary>
    sealed class NativeBytes(byte* data, int length) : MemoryManager<byte>
    {
        public override Span<byte> GetSpan() => new(data, length);
        public override MemoryHandle Pin(int elementIndex = 0) => new(data + elementIndex);
        public override void Unpin() { }
        protected override void Dispose(bool disposing) { }
    }

    /// <summary>Part of the mapping (which itself may be larger than a span).</summary>
    Span<byte> Range(long start, long length) => new(_data + start, checked((int)length));

    /// <summary>The first (or last) occurrence of <paramref name="needle"/> in [start, end), searched a
    /// window at a time so that a mapping over 2 GiB needs no span of its size; -1 when absent.</summary>
    long Search(long start, long end, ReadOnlySpan<byte> needle, bool reverse)
    {
        const long Window = 1L << 30;
        if (end - start < needle.Length) return -1;
        if (needle.IsEmpty) return reverse ? end : start;
        if (!reverse)
        {
            for (long s = start; ; s += Window)
            {
                long e = Math.Min(end, s + Window + needle.Length - 1);
                int i = Range(s, e - s).IndexOf(needle);
                if (i >= 0) return s + i;
                if (e == end) return -1;
            }
        }
        for (long e = end; ; e -= Window)
        {
            long s = Math.Max(start, e - Window - needle.Length + 1);
            int i = Range(s, e - s).LastIndexOf(needle);
            if (i >= 0) return s + i;
            if (s == start) return -1;
        }
    }

    bool CheckValid()
    {
        if (_data != null) return true;
        Errors.SetString(PyExc.ValueError, "mmap closed or invalid");
        return false;
    }

    bool CheckWritable()
    {
        if (_access != ACCESS_READ) return true;
        Errors.SetString(PyExc.TypeError, "mmap can't modify a readonly memory map.");
        return false;
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] int fileno, [Keyword] long length, [Keyword] int flags = MAP_SHARED,
        [Keyword] int prot = PROT_WRITE | PROT_READ, [Keyword] int access = ACCESS_DEFAULT, [Keyword] long offset = 0,
        [KeywordOnly] bool trackfd = true)
    {
        if (length < 0) return Errors.SetString(PyExc.OverflowError, "memory mapped length must be positive");
        if (offset < 0) return Errors.SetString(PyExc.OverflowError, "memory mapped offset must be positive");
        if (access != ACCESS_DEFAULT && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ)))
            return Errors.SetString(PyExc.ValueError, "mmap can't specify both access and flags, prot.");
        switch (access)
        {
            case ACCESS_READ: flags = MAP_SHARED; prot = PROT_READ; break;
            case ACCESS_WRITE: flags = MAP_SHARED; prot = PROT_READ | PROT_WRITE; break;
            case ACCESS_COPY: flags = MAP_PRIVATE; prot = PROT_READ | PROT_WRITE; break;
            case ACCESS_DEFAULT:
                // Map prot to access for the writability checks.
                if ((prot & PROT_READ) != 0 && (prot & PROT_WRITE) != 0) { }
                else if ((prot & PROT_WRITE) != 0) access = ACCESS_WRITE;
                else access = ACCESS_READ;
                break;
            default:
                return Errors.SetString(PyExc.ValueError, "mmap invalid access parameter.");
        }
        if (fileno != -1)
        {
            Libc.Stat st;
            if (Libc.fstat(fileno, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG)
            {
                if (length == 0)
                {
                    if (st.st_size == 0) return Errors.SetString(PyExc.ValueError, "cannot mmap an empty file");
                    if (offset >= st.st_size) return Errors.SetString(PyExc.ValueError, "mmap offset is greater than file size");
                    length = st.st_size - offset;
                }
                else if (offset > st.st_size || st.st_size - offset < length)
                    return Errors.SetString(PyExc.ValueError, "mmap length is greater than file size");
            }
        }
        var m = new MmapObject(type) { _size = length, _offset = offset, _access = access, _flags = flags, _prot = prot, _trackfd = trackfd };
        int fd = fileno;
        if (fileno == -1) m._flags = flags |= MAP_ANONYMOUS;
        else if (trackfd)
        {
            m._fd = Libc.dup(fileno);
            if (m._fd == -1)
            {
                int errno = Marshal.GetLastPInvokeError();
                Py.DECREF(m);
                return Errors.SetFromErrno(errno);
            }
        }
        nint p = mmap(0, (nuint)length, prot, flags, fd, offset);
        if (p == MAP_FAILED)
        {
            int errno = Marshal.GetLastPInvokeError();
            Py.DECREF(m);
            return Errors.SetFromErrno(errno);
        }
        m._data = (byte*)p;
        return m;
    }

    void Unmap()
    {
        if (_fd >= 0) Libc.close(_fd);
        _fd = -1;
        if (_data != null) munmap((nint)_data, (nuint)_size);
        _data = null;
        _memory = null;
    }

    protected internal override void ReleaseReferences() => Unmap();

    [PyMethod("close")]
    static PyObject? Close(MmapObject self)
    {
        if (self._exports > 0) return Errors.SetString(PyExc.BufferError, "cannot close exported pointers exist");
        self.Unmap();
        return Py.None;
    }

    [PyGetter("closed")]
    static PyObject? GetClosed(MmapObject self) => Py.NewBool(self._data == null);

    [PyMethod("__enter__")]
    static PyObject? Enter(MmapObject self) => self.CheckValid() ? Py.NewRef(self) : null;

    [PyMethod("__exit__")]
    static PyObject? Exit(MmapObject self, [VarArgs] PyTuple args) => Close(self);

    [PyMethod("read_byte")]
    static PyObject? ReadByte(MmapObject self)
    {
        if (!self.CheckValid()) return null;
        if (self._pos >= self._size) return Errors.SetString(PyExc.ValueError, "read byte out of range");
        return PyLong.FromLong(self._data[self._pos++]);
    }

    [PyMethod("readline")]
    static PyObject? ReadLine(MmapObject self)
    {
        if (!self.CheckValid()) return null;
        long start = Math.Min(self._pos, self._size);
        long eol = self.Search(start, self._size, "\n"u8, false);
        long n = (eol < 0 ? self._size : eol + 1) - start;
        if (n > int.MaxValue) return Errors.NoMemory();
        self._pos = start + n;
        return PyBytes.FromSpan(self.Range(start, n));
    }

    [PyMethod("read")]
    static PyObject? Read(MmapObject self, PyObject? n = null)
    {
        long want = -1;
        if (n != null && n != Py.None)
        {
            if (!StrSlice.IsIndex(n))
                return Errors.SetString(PyExc.TypeError, $"argument should be integer or None, not '{n.ob_type.tp_name}'");
            want = Abstract.AsSsize(n, PyExc.OverflowError);
            if (want == -1 && Errors.Occurred()) return null;
        }
        // (after the argument's __index__, which may close the map)
        if (!self.CheckValid()) return null;
        long left = self._pos < self._size ? self._size - self._pos : 0;
        if (want < 0 || want > left) want = left;
        if (want > int.MaxValue) return Errors.NoMemory();
        var r = PyBytes.FromSpan(self.Range(Math.Min(self._pos, self._size), want));
        self._pos += want;
        return r;
    }

    PyObject? Find(PyObject sub, PyObject? startArg, PyObject? endArg, bool reverse)
    {
        long start = _pos, end = _size;
        if (startArg != null && !StrSlice.SliceIndex(startArg, ref start)) return null;
        if (endArg != null && !StrSlice.SliceIndex(endArg, ref end)) return null;
        if (!CheckValid()) return null;
        var view = PyBuffer.GetContiguous(sub);
        if (view == null) return null;
        try
        {
            if (start < 0) start += _size;
            start = Math.Clamp(start, 0, _size);
            if (end < 0) end += _size;
            end = Math.Clamp(end, 0, _size);
            return PyLong.FromLong(Search(start, end, view.Span, reverse));
        }
        finally
        {
            view.Release();
        }
    }

    [PyMethod("find")]
    static PyObject? FindMethod(MmapObject self, PyObject sub, PyObject? start = null, PyObject? end = null) => self.Find(sub, start, end, false);

    [PyMethod("rfind")]
    static PyObject? RFindMethod(MmapObject self, PyObject sub, PyObject? start = null, PyObject? end = null) => self.Find(sub, start, end, true);

    [PyMethod("write")]
    static PyObject? Write(MmapObject self, BufferArg bytes)
    {
        if (!self.CheckValid() || !self.CheckWritable()) return null;
        var data = bytes.Span;
        if (self._pos > self._size || self._size - self._pos < data.Length) return Errors.SetString(PyExc.ValueError, "data out of range");
        data.CopyTo(self.Range(self._pos, data.Length));
        self._pos += data.Length;
        return PyLong.FromLong(data.Length);
    }

    [PyMethod("write_byte")]
    static PyObject? WriteByte(MmapObject self, PyObject @byte)
    {
        long v = Abstract.AsSsize(@byte, PyExc.OverflowError);
        if (v == -1 && Errors.Occurred()) return null;
        if (!self.CheckValid()) return null;
        if (v < 0) return Errors.SetString(PyExc.OverflowError, "unsigned byte integer is less than minimum");
        if (v > 255) return Errors.SetString(PyExc.OverflowError, "unsigned byte integer is greater than maximum");
        if (!self.CheckWritable()) return null;
        if (self._pos >= self._size) return Errors.SetString(PyExc.ValueError, "write byte out of range");
        self._data[self._pos++] = (byte)v;
        return Py.None;
    }

    [PyMethod("size")]
    static PyObject? Size(MmapObject self)
    {
        if (!self.CheckValid()) return null;
        Libc.Stat st;
        if (Libc.fstat(self._fd, &st) != 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        return PyLong.FromLong(st.st_size);
    }

    [PyMethod("resize")]
    static PyObject? Resize(MmapObject self, long newsize)
    {
        if (!self.CheckValid()) return null;
        if (self._access != ACCESS_WRITE && self._access != ACCESS_DEFAULT)
            return Errors.SetString(PyExc.TypeError, "mmap can't resize a readonly or copy-on-write memory map.");
        if (self._exports > 0) return Errors.SetString(PyExc.BufferError, "mmap can't resize with extant buffers exported.");
        bool anonymous = (self._flags & MAP_ANONYMOUS) != 0;
        // A map without its descriptor cannot size its file; Linux cannot grow a shared anonymous mapping.
        if (!self._trackfd) return Errors.SetString(PyExc.ValueError, "mmap can't resize with trackfd=False.");
        if (anonymous && (self._flags & MAP_SHARED) != 0 && newsize > self._size)
            return Errors.SetString(PyExc.ValueError, "mmap: can't expand a shared anonymous mapping on Linux");
        if (newsize < 0 || newsize > long.MaxValue - self._offset) return Errors.SetString(PyExc.ValueError, "new size out of range");
        if (!anonymous && Libc.ftruncate(self._fd, self._offset + newsize) == -1)
            return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        nint p = mremap((nint)self._data, (nuint)self._size, (nuint)newsize, MREMAP_MAYMOVE);
        if (p == MAP_FAILED) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        self._data = (byte*)p;
        self._size = newsize;
        self._memory = null;
        return Py.None;
    }

    [PyMethod("tell")]
    static PyObject? Tell(MmapObject self) => self.CheckValid() ? PyLong.FromLong(self._pos) : null;

    [PyMethod("flush")]
    static PyObject? Flush(MmapObject self, long offset = 0, PyObject? size = null)
    {
        if (!self.CheckValid()) return null;
        long n = self._size;
        if (size != null)
        {
            n = Abstract.AsSsize(size, PyExc.OverflowError);
            if (n == -1 && Errors.Occurred()) return null;
        }
        if (n < 0 || offset < 0 || self._size - offset < n) return Errors.SetString(PyExc.ValueError, "flush values out of range");
        if (self._access == ACCESS_READ || self._access == ACCESS_COPY) return Py.None;
        if (msync((nint)(self._data + offset), (nuint)n, MS_SYNC) == -1) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        return Py.None;
    }

    [PyMethod("madvise")]
    static PyObject? Madvise(MmapObject self, int option, long start = 0, PyObject? length = null)
    {
        if (!self.CheckValid()) return null;
        if (start < 0 || start >= self._size) return Errors.SetString(PyExc.ValueError, "madvise start out of bounds");
        long n = self._size - start;
        if (length != null)
        {
            n = Abstract.AsSsize(length, PyExc.OverflowError);
            if (n == -1 && Errors.Occurred()) return null;
            if (n < 0) return Errors.SetString(PyExc.ValueError, "madvise length invalid");
            if (long.MaxValue - n < start) return Errors.SetString(PyExc.OverflowError, "madvise length too large");
            if (start + n > self._size) n = self._size - start;
        }
        if (madvise((nint)(self._data + start), (nuint)n, option) != 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        return Py.None;
    }

    [PyMethod("seek")]
    static PyObject? Seek(MmapObject self, long pos, int whence = 0)
    {
        if (!self.CheckValid()) return null;
        long where;
        switch (whence)
        {
            case 0: where = pos; break;
            case 1: if (pos > long.MaxValue - self._pos) goto out_of_range; where = self._pos + pos; break;
            case 2: if (pos > long.MaxValue - self._size) goto out_of_range; where = self._size + pos; break;
            default: return Errors.SetString(PyExc.ValueError, "unknown seek type");
        }
        if (where < 0 || where > self._size) goto out_of_range;
        self._pos = where;
        return PyLong.FromLong(where);
    out_of_range:
        return Errors.SetString(PyExc.ValueError, "seek out of range");
    }

    [PyMethod("seekable")]
    static bool Seekable(MmapObject self) => true;

    [PyMethod("move")]
    static PyObject? Move(MmapObject self, long dest, long src, long count)
    {
        if (!self.CheckValid() || !self.CheckWritable()) return null;
        if (dest < 0 || src < 0 || count < 0 || self._size - dest < count || self._size - src < count)
            return Errors.SetString(PyExc.ValueError, "source, destination, or count out of range");
        Buffer.MemoryCopy(self._data + src, self._data + dest, count, count);
        return Py.None;
    }

    [PyMethod("__sizeof__")]
    static PyObject? SizeOf(MmapObject self) => PyLong.FromLong(BasicSize);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var m = (MmapObject)o;
        if (m._data == null) return PyUnicode.FromString($"<{o.ob_type.tp_name} closed=True>");
        string access = m._access switch { ACCESS_READ => "ACCESS_READ", ACCESS_WRITE => "ACCESS_WRITE", ACCESS_COPY => "ACCESS_COPY", _ => "ACCESS_DEFAULT" };
        return PyUnicode.FromString($"<{o.ob_type.tp_name} closed=False, access={access}, length={m._size}, pos={m._pos}, offset={m._offset}>");
    }

    [PySlot("sq_length")]
    static long Length(PyObject o)
    {
        var m = (MmapObject)o;
        return m.CheckValid() ? m._size : -1;
    }

    [PySlot("mp_length")]
    static long MapLength(PyObject o) => Length(o);

    [PySlot("sq_item")]
    static PyObject? Item(PyObject o, long i)
    {
        var m = (MmapObject)o;
        if (!m.CheckValid()) return null;
        if ((ulong)i >= (ulong)m._size) return Errors.SetString(PyExc.IndexError, "mmap index out of range");
        return PyLong.FromLong(m._data[i]);
    }

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject o, PyObject key)
    {
        var m = (MmapObject)o;
        if (!m.CheckValid()) return null;
        if (StrSlice.IsIndex(key))
        {
            long i = Abstract.AsSsize(key, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return null;
            if (!m.CheckValid()) return null;
            if (i < 0) i += m._size;
            if ((ulong)i >= (ulong)m._size) return Errors.SetString(PyExc.IndexError, "mmap index out of range");
            return PyLong.FromLong(m._data[i]);
        }
        if (key is PySlice)
        {
            if (!StrSlice.Unpack(key, out long start, out long stop, out long step)) return null;
            if (!m.CheckValid()) return null;
            long n = StrSlice.AdjustIndices(m._size, ref start, ref stop, step);
            if (n <= 0) return PyBytes.FromSpan([]);
            if (n > int.MaxValue) return Errors.NoMemory();
            if (step == 1) return PyBytes.FromSpan(m.Range(start, n));
            var r = new byte[n];
            for (long i = 0, k = start; i < n; i++, k += step) r[i] = m._data[k];
            return PyBytes.FromSpan(r);
        }
        return Errors.SetString(PyExc.TypeError, "mmap indices must be integers");
    }

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject o, PyObject key, PyObject? value)
    {
        var m = (MmapObject)o;
        if (!m.CheckValid()) return -1;
        if (StrSlice.IsIndex(key))
        {
            long i = Abstract.AsSsize(key, PyExc.IndexError);
            if (i == -1 && Errors.Occurred()) return -1;
            if (!m.CheckValid()) return -1;
            if (i < 0) i += m._size;
            if ((ulong)i >= (ulong)m._size) return Fail(PyExc.IndexError, "mmap index out of range");
            if (value == null) return Fail(PyExc.TypeError, "mmap doesn't support item deletion");
            if (!StrSlice.IsIndex(value)) return Fail(PyExc.TypeError, "mmap item value must be an int");
            long v = Abstract.AsSsize(value, PyExc.TypeError);
            if (v == -1 && Errors.Occurred()) return -1;
            if (v < 0 || v > 255) return Fail(PyExc.ValueError, "mmap item value must be in range(0, 256)");
            if (!m.CheckValid() || !m.CheckWritable()) return -1;
            m._data[i] = (byte)v;
            return 0;
        }
        if (key is PySlice)
        {
            if (!StrSlice.Unpack(key, out long start, out long stop, out long step)) return -1;
            if (!m.CheckValid()) return -1;
            long n = StrSlice.AdjustIndices(m._size, ref start, ref stop, step);
            if (value == null) return Fail(PyExc.TypeError, "mmap object doesn't support slice deletion");
            var view = PyBuffer.GetContiguous(value);
            if (view == null) return -1;
            try
            {
                if (view.len != n) return Fail(PyExc.IndexError, "mmap slice assignment is wrong size");
                if (!m.CheckValid() || !m.CheckWritable()) return -1;
                if (n == 0) return 0;
                if (step == 1) view.Span.CopyTo(m.Range(start, n));
                else for (long i = 0, k = start; i < n; i++, k += step) m._data[k] = view.Span[(int)i];
                return 0;
            }
            finally
            {
                view.Release();
            }
        }
        return Fail(PyExc.TypeError, "mmap indices must be integer");
    }

    static int Fail(PyType type, string message)
    {
        Errors.SetString(type, message);
        return -1;
    }

    [PySlot("bf_getbuffer")]
    static int GetBuffer(PyObject self, PyBuffer view, int flags)
    {
        var m = (MmapObject)self;
        if (!m.CheckValid()) return -1;
        if (m._size > int.MaxValue)
        {
            Errors.NoMemory();
            return -1;
        }
        m._memory ??= new NativeBytes(m._data, (int)m._size);
        if (PyBuffer.FillInfo(view, self, m._memory.Memory, m._access == ACCESS_READ, flags) < 0) return -1;
        m._exports++;
        return 0;
    }

    [PySlot("bf_releasebuffer")]
    static void ReleaseBuffer(PyObject self, PyBuffer view) => ((MmapObject)self)._exports--;

    [DllImport("libc", SetLastError = true)]
    static extern nint mmap(nint addr, nuint length, int prot, int flags, int fd, long offset);

    [DllImport("libc", SetLastError = true)]
    static extern int munmap(nint addr, nuint length);

    [DllImport("libc", SetLastError = true)]
    static extern nint mremap(nint oldAddress, nuint oldSize, nuint newSize, int flags);

    [DllImport("libc", SetLastError = true)]
    static extern int msync(nint addr, nuint length, int flags);

    [DllImport("libc", SetLastError = true)]
    static extern int madvise(nint addr, nuint length, int advice);
}
