using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Hash;

/// <summary>
/// `_hmac.HMAC`: a running HMAC (RFC 2104). <see cref="HashObject.Core"/> is the inner hash,
/// keyed with key XOR ipad; the outer one, keyed with key XOR opad, hashes the inner digest.
/// </summary>
[PyType("_hmac.HMAC")]
public sealed partial class HmacObject : HashObject
{
    HashCore _outer = null!;
    string _hashName = "";

    HmacObject(PyType type) : base(type) { }

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        _outer?.Dispose();
    }

    /// <summary>An HMAC of <paramref name="kind"/> keyed with the bytes-like <paramref name="key"/>.</summary>
    internal static HmacObject? Create(HmacModule.HashKind kind, PyObject key)
    {
        var view = GetView(key);
        if (view == null) return null;
        var block = new byte[kind.BlockSize];
        try
        {
            // A key longer than a block is hashed first; then it is zero-padded to a block.
            if (view.Span.Length > kind.BlockSize)
            {
                var hashed = kind.Create();
                hashed.Update(view.Span);
                hashed.Final(block.AsSpan(0, kind.DigestSize));
            }
            else view.Span.CopyTo(block);
        }
        finally
        {
            view.Release();
        }
        var inner = kind.Create();
        var outer = kind.Create();
        var pad = new byte[kind.BlockSize];
        for (int i = 0; i < pad.Length; i++) pad[i] = (byte)(block[i] ^ 0x36);
        inner.Update(pad);
        for (int i = 0; i < pad.Length; i++) pad[i] = (byte)(block[i] ^ 0x5c);
        outer.Update(pad);
        var h = new HmacObject(Type).Init<HmacObject>(inner, "hmac-" + kind.Name, kind.DigestSize, kind.BlockSize);
        h._outer = outer;
        h._hashName = kind.Name;
        return h;
    }

    internal override HashObject CopyWith(HashCore core)
    {
        var h = new HmacObject(ob_type).Init<HmacObject>(core, Name, DigestSize, BlockSize);
        h._outer = _outer.Clone();
        h._hashName = _hashName;
        return h;
    }

    /// <summary>The HMAC of the data so far: the outer hash of the inner digest (both left running).</summary>
    internal byte[] Mac()
    {
        var innerDigest = new byte[DigestSize];
        var inner = Core.Clone();
        inner.Final(innerDigest);
        inner.Dispose();
        var outer = _outer.Clone();
        outer.Update(innerDigest);
        var mac = new byte[DigestSize];
        outer.Final(mac);
        outer.Dispose();
        return mac;
    }

    [PyMethod("update", TextSignature = "($self, /, msg)", Doc = "Update the HMAC object with the given message.")]
    static PyObject? UpdateMethod(HmacObject self, PyObject msg) => Update(self, msg);

    [PyMethod("digest", Doc = "Return the digest of the bytes passed to the update() method so far.\n\nThis method may raise a MemoryError.")]
    static PyObject? DigestMethod(HmacObject self) => PyBytes.FromBytes(self.Mac());

    [PyMethod("hexdigest", Doc = "Return hexadecimal digest of the bytes passed to the update() method so far.\n\nThis may be used to exchange the value safely in email or other non-binary\nenvironments.\n\nThis method may raise a MemoryError.")]
    static PyObject? HexDigestMethod(HmacObject self) => PyUnicode.FromString(Convert.ToHexStringLower(self.Mac()));

    [PyMethod("copy", Doc = "Return a copy (\"clone\") of the HMAC object.")]
    static PyObject? CopyMethod(HmacObject self) => Copy(self);

    [PyGetter("name")] static PyObject? NameGetter(HmacObject self) => GetName(self);
    [PyGetter("digest_size")] static PyObject? DigestSizeGetter(HmacObject self) => GetDigestSize(self);
    [PyGetter("block_size")] static PyObject? BlockSizeGetter(HmacObject self) => GetBlockSize(self);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
        => PyUnicode.FromString($"<{((HmacObject)self)._hashName} HMAC object @ 0x{Interpreter.IdOf(self):x}>");
}
