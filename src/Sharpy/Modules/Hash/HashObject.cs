using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>
/// What the hash objects of `_md5`, `_sha1`, `_sha2`, `_sha3` and `_blake2` share: the running
/// <see cref="HashCore"/>, name, digest_size and block_size, and the bodies of their
/// update/digest/hexdigest/copy methods. Each Python type is its own [PyType] class (CPython's
/// types have no common base) that forwards to these.
/// </summary>
public abstract class HashObject : PyObject
{
    internal HashCore Core = null!;
    internal string Name = "";
    internal int DigestSize, BlockSize;

    protected HashObject(PyType type) : base(type) { }

    protected internal override void ReleaseReferences() => Core?.Dispose();

    /// <summary>A new object of the same Python type over <paramref name="core"/>.</summary>
    internal abstract HashObject CopyWith(HashCore core);

    internal T Init<T>(HashCore core, string name, int digestSize, int blockSize) where T : HashObject
    {
        Core = core;
        Name = name;
        DigestSize = digestSize;
        BlockSize = blockSize;
        return (T)this;
    }

    /// <summary>
    /// GET_BUFFER_VIEW_OR_ERROUT: a contiguous view of a bytes-like object; str is refused
    /// ("Strings must be encoded before hashing"), as is anything without the buffer API.
    /// </summary>
    internal static PyBuffer? GetView(PyObject o)
    {
        if (o is PyUnicode) { Errors.SetString(PyExc.TypeError, "Strings must be encoded before hashing"); return null; }
        if (!PyBuffer.Check(o)) { Errors.SetString(PyExc.TypeError, "object supporting the buffer API required"); return null; }
        return PyBuffer.GetContiguous(o);
    }

    internal static PyObject? Update(HashObject self, PyObject obj)
    {
        var view = GetView(obj);
        if (view == null) return null;
        try
        {
            self.Core.Update(view.Span);
        }
        finally
        {
            view.Release();
        }
        return Py.None;
    }

    internal static PyObject? Digest(HashObject self) => PyBytes.FromBytes(DigestBytes(self, self.DigestSize));

    internal static PyObject? HexDigest(HashObject self) => PyUnicode.FromString(Convert.ToHexStringLower(DigestBytes(self, self.DigestSize)));

    internal static byte[] DigestBytes(HashObject self, int length)
    {
        var d = new byte[length];
        self.Core.Final(d);
        return d;
    }

    internal static PyObject? Copy(HashObject self) => self.CopyWith(self.Core.Clone());

    internal static PyObject? GetName(HashObject self) => PyUnicode.FromString(self.Name);
    internal static PyObject? GetDigestSize(HashObject self) => PyLong.FromLong(self.DigestSize);
    internal static PyObject? GetBlockSize(HashObject self) => PyLong.FromLong(self.BlockSize);

    /// <summary>
    /// The constructors' data, or the deprecated string= keyword (3.14 accepts either, not both).
    /// Hashes it into <paramref name="self"/>; returns it, or null with an exception set.
    /// </summary>
    internal static PyObject? Start(HashObject self, PyObject? data, PyObject? @string)
    {
        if (data != null && @string != null)
        {
            Py.DECREF(self);
            return Errors.SetString(PyExc.TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
        }
        var src = data ?? @string;
        if (src != null && Update(self, src) == null)
        {
            Py.DECREF(self);
            return null;
        }
        return self;
    }

    internal const string UpdateDoc = "Update this hash object's state with the provided string.";
    internal const string DigestDoc = "Return the digest value as a bytes object.";
    internal const string HexDigestDoc = "Return the digest value as a string of hexadecimal digits.";
    internal const string CopyDoc = "Return a copy of the hash object.";
    internal const string ConstructorSignature = "($module, /, data=b'', *, usedforsecurity=True, string=None)";
}
