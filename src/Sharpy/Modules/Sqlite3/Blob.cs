using System;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Sqlite3.SqliteNative;

namespace Sharpy.Modules.Sqlite3;

/// <summary>`sqlite3.Blob` (blob.c): incremental I/O on one BLOB value, file-like and indexable as bytes.</summary>
[PyType("sqlite3.Blob")]
public sealed unsafe partial class Blob : PyObject, IWeakReferenceable
{
    Connection? _connection;
    nint _blob;
    int _offset;

    public PyWeakReference? WeakRefList { get; set; }

    internal Blob(Connection connection, nint blob) : base(Type)
    {
        _connection = Py.NewRef(connection);
        _blob = blob;
        connection.Blobs.Add(this);
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (_connection != null) visit(_connection);
    }

    protected internal override void Clear()
    {
        CloseBlob();
        Py.CLEAR(ref _connection);
    }

    protected internal override void ReleaseReferences() => Clear();

    /// <summary>close_blob: release SQLite's handle (once).</summary>
    internal void CloseBlob()
    {
        if (_blob == 0) return;
        nint blob = _blob;
        _blob = 0;
        _connection?.Blobs.Remove(this);
        using (SqliteGil.AllowThreads()) sqlite3_blob_close(blob);
    }

    /// <summary>check_blob: the connection usable from this thread and the blob open.</summary>
    bool Check()
    {
        if (_connection == null || !_connection.CheckConnection() || !_connection.CheckThread()) return false;
        if (_blob == 0)
        {
            Errors.SetString(_connection.State.ProgrammingError, "Cannot operate on a closed blob.");
            return false;
        }
        return true;
    }

    /// <summary>blob_seterror: SQLITE_ABORT means the row changed under the handle.</summary>
    void SetError(int rc)
    {
        if (rc == SQLITE_ABORT) Errors.SetString(_connection!.State.OperationalError, "Cannot operate on an expired blob handle");
        else Sqlite3Errors.FromDb(_connection!.State, _connection.Db);
    }

    int Length => sqlite3_blob_bytes(_blob);

    byte[]? ReadBytes(int length, int offset)
    {
        var buf = new byte[length];
        int rc;
        fixed (byte* p = buf)
            using (SqliteGil.AllowThreads()) rc = sqlite3_blob_read(_blob, p, length, offset);
        if (rc != SQLITE_OK)
        {
            SetError(rc);
            return null;
        }
        return buf;
    }

    int WriteBytes(ReadOnlySpan<byte> data, long offset)
    {
        long remaining = Length - offset;
        if (data.Length > remaining)
        {
            Errors.SetString(PyExc.ValueError, "data longer than blob length");
            return -1;
        }
        int rc;
        fixed (byte* p = data)
            using (SqliteGil.AllowThreads()) rc = sqlite3_blob_write(_blob, p, data.Length, (int)offset);
        if (rc != SQLITE_OK)
        {
            SetError(rc);
            return -1;
        }
        return 0;
    }

    [PyMethod("close", Doc = "Close the blob.")]
    static PyObject? Close(Blob self)
    {
        if (self._connection == null || !self._connection.CheckConnection() || !self._connection.CheckThread()) return null;
        self.CloseBlob();
        return Py.None;
    }

    [PyMethod("read", Doc = "Read data at the current offset position.\n\n  length\n    Read length in bytes.\n\nIf the end of the blob is reached, the data up to end of file will be returned.\nWhen length is not specified, or is negative, Blob.read() will read until the\nend of the blob.")]
    static PyObject? Read(Blob self, int length = -1)
    {
        if (!self.Check()) return null;
        int maxRead = self.Length - self._offset;
        if (length < 0 || length > maxRead) length = maxRead;
        if (length == 0) return PyBytes.FromSpan(default);
        var data = self.ReadBytes(length, self._offset);
        if (data == null) return null;
        self._offset += length;
        return PyBytes.FromBytes(data);
    }

    [PyMethod("write", Doc = "Write data at the current offset.\n\nThis function cannot change the blob length.  Writing beyond the end of the\nblob will result in an exception being raised.")]
    static PyObject? Write(Blob self, BufferArg data)
    {
        if (!self.Check()) return null;
        if (self.WriteBytes(data.Span, self._offset) < 0) return null;
        self._offset += data.Length;
        return Py.None;
    }

    [PyMethod("seek", Doc = "Set the current access position to offset.\n\nThe origin argument defaults to os.SEEK_SET (absolute blob positioning).\nOther values for origin are os.SEEK_CUR (seek relative to the current position)\nand os.SEEK_END (seek relative to the blob's end).")]
    static PyObject? Seek(Blob self, int offset, int origin = 0)
    {
        if (!self.Check()) return null;
        int blobLen = self.Length;
        long target = offset;
        switch (origin)
        {
            case 0: break;
            case 1: target += self._offset; break;
            case 2: target += blobLen; break;
            default:
                return Errors.SetString(PyExc.ValueError, "'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
        }
        if (target > int.MaxValue) return Errors.SetString(PyExc.OverflowError, "seek offset results in overflow");
        if (target < 0 || target > blobLen) return Errors.SetString(PyExc.ValueError, "offset out of blob range");
        self._offset = (int)target;
        return Py.None;
    }

    [PyMethod("tell", Doc = "Return the current access position for the blob.")]
    static PyObject? Tell(Blob self)
    {
        if (!self.Check()) return null;
        return PyLong.FromLong(self._offset);
    }

    [PyMethod("__enter__", Doc = "Blob context manager enter.")]
    static PyObject? Enter(Blob self)
    {
        if (!self.Check()) return null;
        return Py.NewRef(self);
    }

    [PyMethod("__exit__", Doc = "Blob context manager exit.")]
    static PyObject? Exit(Blob self, PyObject type, PyObject val, PyObject tb)
    {
        if (!self.Check()) return null;
        self.CloseBlob();
        return Py.NewRef(PyBool.False);
    }

    [PySlot("mp_length")]
    static long MpLength(PyObject op)
    {
        var self = (Blob)op;
        if (!self.Check()) return -1;
        return self.Length;
    }

    [PySlot("sq_length")]
    static long SqLength(PyObject op) => MpLength(op);

    /// <summary>get_subscript_index: an index into the blob, negative from the end; -1 with IndexError.</summary>
    long SubscriptIndex(PyObject item)
    {
        long i = Abstract.AsSsize(item, PyExc.IndexError);
        if (i == -1 && Errors.Occurred()) return -1;
        int blobLen = Length;
        if (i < 0) i += blobLen;
        if (i < 0 || i >= blobLen)
        {
            Errors.SetString(PyExc.IndexError, "Blob index out of range");
            return -1;
        }
        return i;
    }

    static bool IsIndex(PyObject o) => o.ob_type.nb_index != null;

    [PySlot("mp_subscript")]
    static PyObject? Subscript(PyObject op, PyObject item)
    {
        var self = (Blob)op;
        if (!self.Check()) return null;
        if (IsIndex(item))
        {
            long i = self.SubscriptIndex(item);
            if (i < 0) return null;
            var b = self.ReadBytes(1, (int)i);
            return b == null ? null : PyLong.FromLong(b[0]);
        }
        if (item is PySlice slice)
        {
            long len = slice.GetIndices(self.Length, out long start, out long stop, out long step);
            if (len < 0) return null;
            if (len == 0) return PyBytes.FromSpan(default);
            if (step == 1)
            {
                var b = self.ReadBytes((int)len, (int)start);
                return b == null ? null : PyBytes.FromBytes(b);
            }
            var all = self.ReadBytes(self.Length, 0);
            if (all == null) return null;
            var res = new byte[len];
            for (long i = 0, j = start; i < len; i++, j += step) res[i] = all[j];
            return PyBytes.FromBytes(res);
        }
        return Errors.SetString(PyExc.TypeError, "Blob indices must be integers");
    }

    [PySlot("mp_ass_subscript")]
    static int AssSubscript(PyObject op, PyObject item, PyObject? value)
    {
        var self = (Blob)op;
        if (!self.Check()) return -1;
        if (IsIndex(item))
        {
            long i = self.SubscriptIndex(item);
            if (i < 0) return -1;
            if (value == null)
            {
                Errors.SetString(PyExc.TypeError, "Blob doesn't support item deletion");
                return -1;
            }
            if (value is not PyLong l)
            {
                Errors.SetString(PyExc.TypeError, $"'{value.ob_type.tp_name}' object cannot be interpreted as an integer");
                return -1;
            }
            if (!l.TryGetLong(out long v) || v < 0 || v > 255)
            {
                Errors.SetString(PyExc.ValueError, "byte must be in range(0, 256)");
                return -1;
            }
            return self.WriteBytes([(byte)v], i);
        }
        if (item is PySlice slice)
        {
            if (value == null)
            {
                Errors.SetString(PyExc.TypeError, "Blob doesn't support slice deletion");
                return -1;
            }
            long len = slice.GetIndices(self.Length, out long start, out long stop, out long step);
            if (len < 0) return -1;
            var view = PyBuffer.Get(value, PyBUF.SIMPLE);
            if (view == null) return -1;
            try
            {
                if (view.len != len)
                {
                    Errors.SetString(PyExc.IndexError, "Blob slice assignment is wrong size");
                    return -1;
                }
                if (len == 0) return 0;
                if (step == 1) return self.WriteBytes(view.Span, start);
                var all = self.ReadBytes(self.Length, 0);
                if (all == null) return -1;
                var src = view.Span;
                for (long i = 0, j = start; i < len; i++, j += step) all[j] = src[(int)i];
                return self.WriteBytes(all, 0);
            }
            finally { view.Release(); }
        }
        Errors.SetString(PyExc.TypeError, "Blob indices must be integers");
        return -1;
    }
}
