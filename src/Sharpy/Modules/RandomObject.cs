using System;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// `_random.Random` (RandomObject in Modules/_randommodule.c): MT19937 with CPython's seeding
/// (init_by_array over the seed's 32-bit words, least significant first), so a seed gives
/// CPython's exact stream.
/// </summary>
[PyType("_random.Random", BaseType = true, Doc = "Random() -> create a random number generator with its own internal state.")]
public sealed partial class RandomObject : PyObject
{
    const int N = 624, M = 397;
    const uint MatrixA = 0x9908b0dfU, UpperMask = 0x80000000U, LowerMask = 0x7fffffffU;

    readonly uint[] _mt = new uint[N];
    int _index;

    RandomObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new RandomObject(type);

    /// <summary>random_init: seed from the single optional argument.</summary>
    [PySlot("tp_init")]
    static int Init(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var r = (RandomObject)self;
        if ((self.ob_type == Type || self.ob_type.tp_init == Type.tp_init) && kwnames != null && kwnames.Count > 0)
        {
            Errors.SetString(PyExc.TypeError, "Random() takes no keyword arguments");
            return -1;
        }
        int n = args.Length - (kwnames?.Count ?? 0);
        if (n > 1)
        {
            Errors.SetString(PyExc.TypeError, "Random() requires 0 or 1 argument");
            return -1;
        }
        return r.SeedFrom(n == 1 ? args[0].AsBorrowed : null);
    }

    /// <summary>genrand_uint32: the next 32 random bits.</summary>
    uint GenRandUInt32()
    {
        var mt = _mt;
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            }
            y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MatrixA : 0);
            _index = 0;
        }
        y = mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    void InitGenRand(uint s)
    {
        var mt = _mt;
        mt[0] = s;
        for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    void InitByArray(ReadOnlySpan<uint> key)
    {
        var mt = _mt;
        InitGenRand(19650218U);
        int i = 1, j = 0;
        for (int k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    /// <summary>
    /// random_seed: None seeds from the OS's entropy (os.urandom's source); an int by its
    /// absolute value; anything else by its hash as an unsigned word. 0, or -1 with an exception.
    /// </summary>
    int SeedFrom(PyObject? arg)
    {
        if (arg == null || arg == Py.None)
        {
            Span<uint> key = stackalloc uint[N];
            BootstrapHash.URandom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key));
            InitByArray(key);
            return 0;
        }
        BigInteger n;
        if (arg is PyLong l) n = BigInteger.Abs(l.ToBigInteger());
        else
        {
            long hash = Abstract.Hash(arg);
            if (hash == -1 && Errors.Occurred()) return -1;
            n = (ulong)hash;
        }
        long bits = (long)n.GetBitLength();
        int keyUsed = bits == 0 ? 1 : (int)((bits - 1) / 32 + 1);
        var bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[keyUsed];
        for (int i = 0; i < bytes.Length && i / 4 < keyUsed; i++) words[i / 4] |= (uint)bytes[i] << (8 * (i % 4));
        InitByArray(words);
        return 0;
    }

    [PyMethod("random", Doc = "random() -> x in the interval [0, 1).")]
    static double Random(RandomObject self)
    {
        // 27 random bits shifted left 26, plus 26 more: a 53-bit fraction (genrand_res53).
        uint a = self.GenRandUInt32() >> 5, b = self.GenRandUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    [PyMethod("seed", Doc = "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.")]
    static PyObject? Seed(RandomObject self, PyObject? n = null)
        => self.SeedFrom(n) < 0 ? null : Py.None;

    [PyMethod("getstate", Doc = "getstate() -> tuple containing the current state.")]
    static PyObject? GetState(RandomObject self)
    {
        var items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) items[i] = PyLong.FromLong(self._mt[i]);
        items[N] = PyLong.FromLong(self._index);
        return PyTuple.FromStolen(items);
    }

    [PyMethod("setstate", Doc = "setstate(state) -> None.  Restores generator state.")]
    static PyObject? SetState(RandomObject self, PyObject state)
    {
        if (state is not PyTuple t) return Errors.SetString(PyExc.TypeError, "state vector must be a tuple");
        if (t.Count != N + 1) return Errors.SetString(PyExc.ValueError, "state vector is the wrong size");
        var fresh = new uint[N];
        for (int i = 0; i < N; i++)
        {
            // PyLong_AsUnsignedLong, truncated to the 32-bit word.
            if (t.Items[i] is not PyLong w)
                return Errors.SetString(PyExc.TypeError, "an integer is required");
            var v = w.ToBigInteger();
            if (v.Sign < 0) return Errors.SetString(PyExc.OverflowError, "can't convert negative value to unsigned int");
            if (v > ulong.MaxValue) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
            fresh[i] = (uint)(ulong)v;
        }
        if (t.Items[N] is not PyLong li) return Errors.SetString(PyExc.TypeError, "an integer is required");
        if (!li.TryGetLong(out long index))
            return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
        if (index < 0 || index > N) return Errors.SetString(PyExc.ValueError, "invalid state");
        self._index = (int)index;
        fresh.CopyTo(self._mt, 0);
        return Py.None;
    }

    [PyMethod("getrandbits", Doc = "getrandbits(k) -> x.  Generates an int with k random bits.")]
    static PyObject? GetRandBits(RandomObject self, PyObject k)
    {
        var idx = Abstract.Index(k);
        if (idx == null) return null;
        var kv = idx.ToBigInteger();
        Py.DECREF(idx);
        if (kv.Sign < 0) return Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
        if (kv > ulong.MaxValue) return Errors.SetString(PyExc.OverflowError, "Python int too large for C uint64_t");
        if (kv > int.MaxValue - 31) return Errors.NoMemory();
        int bits = (int)kv;
        if (bits == 0) return PyLong.FromLong(0);
        if (bits <= 32) return PyLong.FromLong(self.GenRandUInt32() >> (32 - bits));
        // 32-bit words from the least significant; the last one keeps its high bits.
        int words = (bits - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, bits -= 32)
        {
            uint r = self.GenRandUInt32();
            if (bits < 32) r >>= 32 - bits;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), r);
        }
        return PyLong.FromBigInteger(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }
}
