using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// A class's shared keys (CPython's ht_cached_keys, PEP 412): the attribute names its
/// instances have stored, in the order first stored, which index every instance's inline
/// values (<see cref="PyInstance.Values"/>). The names are interned, as PyObject_SetAttr
/// interns them, so the lookups by a code object's name compare references only.
/// </summary>
public sealed class SharedKeys
{
    /// <summary>SHARED_KEYS_MAX_SIZE: an instance storing one more name gets a dict of its own.</summary>
    public const int MaxSize = 30;

    PyUnicode[] _names = new PyUnicode[4];
    long[] _hashes = new long[4];

    public int Count { get; private set; }

    public PyUnicode this[int index] => _names[index];

    /// <summary>The index of <paramref name="name"/> (an exact str), or -1.</summary>
    public int IndexOf(PyUnicode name)
    {
        var names = _names;
        int n = Count;
        for (int i = 0; i < n; i++)
            if (ReferenceEquals(names[i], name)) return i;
        // The keys are interned: so is a name of the code (the common case), which is then absent.
        if (PyUnicode.IsInterned(name)) return -1;
        // A name made at run time (getattr(o, s)) is not the interned object.
        long hash = Abstract.Hash(name);
        var hashes = _hashes;
        for (int i = 0; i < n; i++)
            if (hashes[i] == hash && PyUnicode.EqualValues(names[i], name)) return i;
        return -1;
    }

    /// <summary>Add <paramref name="name"/> (known absent): its index, or -1 when the keys are full
    /// or the name cannot be interned (lone surrogates: interning goes by the UTF-16 text).</summary>
    public int Add(PyUnicode name)
    {
        if (Count == MaxSize || name.HasLoneSurrogates) return -1;
        if (Count == _names.Length)
        {
            int size = System.Math.Min(_names.Length * 2, MaxSize);
            System.Array.Resize(ref _names, size);
            System.Array.Resize(ref _hashes, size);
        }
        _hashes[Count] = Abstract.Hash(name);
        _names[Count] = PyUnicode.InternInPlace(name);
        return Count++;
    }
}
