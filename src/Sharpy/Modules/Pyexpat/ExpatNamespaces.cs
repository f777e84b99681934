using System.Collections.Generic;
using System.Text;

namespace Sharpy.Modules.Pyexpat;

/// <summary>
/// Namespace processing (xmlparse.c's addBinding, storeAtts' name expansion and getContext /
/// setContext): the bindings of prefixes in scope, the expanded names "URI SEP local [SEP
/// prefix]" and the reserved prefixes and names.
/// </summary>
internal sealed class ExpatNamespaces
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The separator written between URI and local name: "" when ParserCreate got "" (expat's NUL separator).</summary>
    public readonly string Separator;
    /// <summary>XML_SetReturnNSTriplet: names also carry their prefix.</summary>
    public bool ReturnTriplet;

    /// <summary>A binding in scope; Previous is what it hides.</summary>
    public sealed class Binding(string prefix, string uri, Binding? previous)
    {
        public readonly string Prefix = prefix;
        public readonly string Uri = uri;
        public readonly Binding? Previous = previous;
    }

    /// <summary>The innermost binding of each prefix ("" is the default namespace; a null uri unbinds it).</summary>
    readonly Dictionary<string, Binding> _bindings = [];

    public ExpatNamespaces(string separator)
    {
        Separator = separator;
        Bind("xml", XmlNamespace);
    }

    void Bind(string prefix, string uri)
    {
        _bindings.TryGetValue(prefix, out var prev);
        _bindings[prefix] = new Binding(prefix, uri, prev);
    }

    /// <summary>
    /// addBinding for an xmlns attribute: the error, or None with the binding pushed on
    /// <paramref name="elementBindings"/> (undone at the element's end).
    /// </summary>
    public XmlError AddBinding(string prefix, string uri, List<string> elementBindings)
    {
        if (uri.Length == 0 && prefix.Length != 0) return XmlError.UndeclaringPrefix;
        bool mustBeXml = false;
        if (prefix == "xmlns") return XmlError.ReservedPrefixXmlns;
        if (prefix == "xml") mustBeXml = true;
        foreach (char ch in uri)
        {
            if (Separator.Length == 1 && ch == Separator[0] && !IsRfc3986UriChar(ch)) return XmlError.Syntax;
        }
        bool isXml = uri == XmlNamespace;
        if (mustBeXml != isXml) return mustBeXml ? XmlError.ReservedPrefixXml : XmlError.ReservedNamespaceUri;
        if (uri == XmlnsNamespace) return XmlError.ReservedNamespaceUri;
        _bindings.TryGetValue(prefix, out var prev);
        _bindings[prefix] = new Binding(prefix, uri, prev);
        elementBindings.Add(prefix);
        return XmlError.None;
    }

    /// <summary>Whether the prefix's binding makes it bound (the default namespace undeclared by xmlns="" is not).</summary>
    public bool IsBound(string prefix) => _bindings.TryGetValue(prefix, out var b) && b.Uri.Length != 0;

    /// <summary>Ends the element's bindings (innermost first, the order of EndNamespaceDecl).</summary>
    public void Unbind(string prefix)
    {
        var b = _bindings[prefix];
        if (b.Previous != null) _bindings[prefix] = b.Previous;
        else _bindings.Remove(prefix);
    }

    static bool IsRfc3986UriChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "%:/?#[]@!$&'()*+,;=-._~".IndexOf(c) >= 0;

    /// <summary>
    /// The expanded form of a qualified name: null when its prefix is unbound. Unprefixed
    /// attributes are in no namespace; unprefixed elements are in the default one.
    /// </summary>
    public string? Expand(string qname, bool isAttribute)
    {
        int colon = qname.IndexOf(':');
        if (colon < 0)
        {
            if (isAttribute || !_bindings.TryGetValue("", out var d) || d.Uri.Length == 0) return qname;
            return d.Uri + Separator + qname;
        }
        string prefix = qname[..colon];
        if (!_bindings.TryGetValue(prefix, out var b) || b.Uri.Length == 0) return null;
        var sb = new StringBuilder(b.Uri).Append(Separator).Append(qname, colon + 1, qname.Length - colon - 1);
        if (ReturnTriplet) sb.Append(Separator).Append(prefix);
        return sb.ToString();
    }

    /// <summary>getContext: the bindings in scope as "=uri" and "prefix=uri" items, then the open entities, separated by form feeds.</summary>
    public void AppendContext(StringBuilder sb)
    {
        if (_bindings.TryGetValue("", out var d) && d.Uri.Length != 0)
            sb.Append('=').Append(d.Uri);
        foreach (var kv in _bindings)
        {
            if (kv.Key.Length == 0 || kv.Value.Uri.Length == 0) continue;
            if (sb.Length != 0) sb.Append('\f');
            sb.Append(kv.Key).Append('=').Append(kv.Value.Uri);
        }
    }

    /// <summary>setContext: binds what a context string names (open-entity names are skipped).</summary>
    public void SetContext(string context)
    {
        foreach (var item in context.Split('\f'))
        {
            int eq = item.IndexOf('=');
            if (eq < 0) continue;
            string prefix = item[..eq];
            if (prefix == "xml") continue;
            Bind(prefix, item[(eq + 1)..]);
        }
    }
}
