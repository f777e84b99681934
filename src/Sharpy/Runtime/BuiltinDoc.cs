using System;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The docstring of a builtin function, method or type holds its text signature first, as
/// CPython's does: <c>"len($module, obj, /)\n--\n\nReturn the number of items."</c>. These
/// split it as typeobject.c's _PyType_GetDocFromInternalDoc and
/// _PyType_GetTextSignatureFromInternalDoc do: __doc__ is the text after the marker,
/// __text_signature__ the parenthesized signature (None when there is none).
/// </summary>
public static class BuiltinDoc
{
    const string EndMarker = ")\n--\n\n";

    /// <summary>
    /// The index just past the signature's ")" in <paramref name="doc"/>, or -1 when the doc
    /// does not start with "<paramref name="name"/>(...)\n--\n\n". A dotted name is matched by its last part.
    /// </summary>
    static int SignatureEnd(string name, string doc)
    {
        int dot = name.LastIndexOf('.');
        var shortName = dot >= 0 ? name.AsSpan(dot + 1) : name.AsSpan();
        if (!doc.AsSpan().StartsWith(shortName, StringComparison.Ordinal) || doc.Length <= shortName.Length || doc[shortName.Length] != '(')
            return -1;
        int end = doc.IndexOf(EndMarker, shortName.Length, StringComparison.Ordinal);
        return end < 0 ? -1 : end + 1;
    }

    /// <summary>__doc__: the text after the signature; None when there is no text.</summary>
    public static PyObject Doc(string name, string? doc)
    {
        if (doc == null) return Py.None;
        int end = SignatureEnd(name, doc);
        if (end >= 0) doc = doc[(end + EndMarker.Length - 1)..];
        return doc.Length == 0 ? Py.None : PyUnicode.FromString(doc);
    }

    /// <summary>__text_signature__: "($module, obj, /)", or None.</summary>
    public static PyObject TextSignature(string name, string? doc)
    {
        if (doc == null) return Py.None;
        int end = SignatureEnd(name, doc);
        if (end < 0) return Py.None;
        int start = name.Length - (name.LastIndexOf('.') + 1);
        return PyUnicode.FromString(doc[start..end]);
    }
}
