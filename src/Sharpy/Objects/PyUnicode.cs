using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `str` (Objects/unicodeobject.c). The text is kept as a .NET string. Python counts code
/// points: <see cref="IsBmpOnly"/> says whether the string has no surrogate code units, in
/// which case chars and code points coincide; otherwise indexing goes through code points.
/// </summary>
[PyType("str", BaseType = true)]
public partial class PyUnicode : PyObject
{
    public readonly string Value;
    long _hash = -1;

    public PyUnicode(PyType type, string value) : base(type) { Value = value; }

    public static PyUnicode FromString(string s) => new(Type, s);

    /// <summary>The cached hash (CPython caches str hashes too); -1 if not computed yet.</summary>
    public long CachedHash { get => _hash; set => _hash = value; }

    public override string ToString() => Value;
}

public partial class PyUnicode
{
    static readonly System.Collections.Generic.Dictionary<string, PyUnicode> s_interned = new();
    static PyUnicode? s_empty;

    /// <summary>The empty string (immortal).</summary>
    public static PyUnicode Empty => s_empty ??= Intern("");

    /// <summary>sys.intern: one immortal str object per distinct text (identifiers, attribute names, constants).</summary>
    public static PyUnicode Intern(string s)
    {
        lock (s_interned)
        {
            if (s_interned.TryGetValue(s, out var u)) return u;
            u = new PyUnicode(Type, s);
            u.SetImmortal();
            s_interned[s] = u;
            return u;
        }
    }
}
