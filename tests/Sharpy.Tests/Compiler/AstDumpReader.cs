using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// Reads the text `ast.dump(tree, include_attributes=True)` prints back into the C# AST,
/// so the compiler can be tested before the parser exists. Test-only.
/// </summary>
public sealed class AstDumpReader
{
    static readonly Dictionary<string, Type> s_nodeTypes = BuildNodeTypes();
    readonly string _s;
    int _p;

    AstDumpReader(string s) => _s = s;

    public static Mod Read(string text) => (Mod)new AstDumpReader(text.Trim()).ReadValue(typeof(Mod))!;

    static Dictionary<string, Type> BuildNodeTypes()
    {
        var map = new Dictionary<string, Type>();
        foreach (var t in typeof(Node).Assembly.GetTypes())
            if (typeof(Node).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace == typeof(Node).Namespace)
            {
                var n = (Node)Activator.CreateInstance(t)!;
                map[n.AstName] = t;
            }
        return map;
    }

    void Skip()
    {
        while (_p < _s.Length && _s[_p] == ' ') _p++;
    }

    bool Peek(char c)
    {
        Skip();
        return _p < _s.Length && _s[_p] == c;
    }

    void Expect(char c)
    {
        Skip();
        if (_p >= _s.Length || _s[_p] != c)
            throw new FormatException($"expected '{c}' at {_p}: {_s.Substring(_p, Math.Min(40, _s.Length - _p))}");
        _p++;
    }

    string Ident()
    {
        Skip();
        int start = _p;
        while (_p < _s.Length && (char.IsLetterOrDigit(_s[_p]) || _s[_p] == '_')) _p++;
        return _s[start.._p];
    }

    object? ReadValue(Type expected)
    {
        Skip();
        char c = _s[_p];
        if (c == '[')
        {
            _p++;
            var elemType = expected.IsGenericType ? expected.GetGenericArguments()[0] : typeof(object);
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elemType))!;
            while (!Peek(']'))
            {
                list.Add(ReadValue(elemType));
                if (Peek(',')) _p++;
            }
            Expect(']');
            return list;
        }
        if (c == '\'' || c == '"')
            return ReadString();
        if (c == 'b' && _p + 1 < _s.Length && (_s[_p + 1] == '\'' || _s[_p + 1] == '"'))
        {
            _p++;
            return ReadBytes();
        }
        if (char.IsDigit(c) || c == '-' || c == '.')
            return ReadNumber(expected);
        string id = Ident();
        switch (id)
        {
            case "None": return null;
            case "True": return true;
            case "False": return false;
            case "Ellipsis": return EllipsisValue.Instance;
            case "inf": return double.PositiveInfinity;
        }
        if (Peek('(') && expected.IsEnum)
        {
            Expect('(');
            Expect(')');
            return Enum.Parse(expected, id);
        }
        return ReadNode(id);
    }

    Node ReadNode(string name)
    {
        if (!s_nodeTypes.TryGetValue(name, out var t))
            throw new FormatException($"unknown node {name}");
        var node = (Node)Activator.CreateInstance(t)!;
        var fields = t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        var names = node.FieldNames;
        Expect('(');
        while (!Peek(')'))
        {
            string key = Ident();
            Expect('=');
            FieldInfo? f = null;
            int idx = Array.IndexOf(names, key);
            if (idx >= 0)
                f = fields[idx];
            else
                f = t.GetField(char.ToUpperInvariant(key[0]) + ToPascal(key[1..]), BindingFlags.Public | BindingFlags.Instance);
            if (f == null)
                throw new FormatException($"unknown field {name}.{key}");
            var value = ReadValue(f.FieldType);
            f.SetValue(node, Convert(value, f.FieldType));
            if (Peek(',')) _p++;
        }
        Expect(')');
        return node;
    }

    static string ToPascal(string s)
    {
        var sb = new StringBuilder();
        bool up = false;
        foreach (char c in s)
        {
            if (c == '_') { up = true; continue; }
            sb.Append(up ? char.ToUpperInvariant(c) : c);
            up = false;
        }
        return sb.ToString();
    }

    static object? Convert(object? value, Type target)
    {
        if (value == null) return null;
        var t = Nullable.GetUnderlyingType(target) ?? target;
        if (t == typeof(int) && value is long l) return (int)l;
        return value;
    }

    object ReadNumber(Type expected)
    {
        int start = _p;
        if (_s[_p] == '-') _p++;
        while (_p < _s.Length && (char.IsLetterOrDigit(_s[_p]) || _s[_p] == '.' || _s[_p] == '+' || _s[_p] == '-'
                   && (_s[_p - 1] == 'e' || _s[_p - 1] == 'E')))
            _p++;
        string text = _s[start.._p];
        if (text.EndsWith('j'))
            return new Complex(0, double.Parse(text[..^1], CultureInfo.InvariantCulture));
        if (text.Contains('.') || text.Contains('e') || text.Contains('E') || text.Contains("inf"))
            return double.Parse(text, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        if (big >= long.MinValue && big <= long.MaxValue) return (long)big;
        return big;
    }

    string ReadString()
    {
        char q = _s[_p++];
        var sb = new StringBuilder();
        while (_s[_p] != q)
        {
            char c = _s[_p++];
            if (c != '\\') { sb.Append(c); continue; }
            char e = _s[_p++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x': sb.Append((char)System.Convert.ToInt32(_s.Substring(_p, 2), 16)); _p += 2; break;
                case 'u': sb.Append((char)System.Convert.ToInt32(_s.Substring(_p, 4), 16)); _p += 4; break;
                case 'U': sb.Append(char.ConvertFromUtf32(System.Convert.ToInt32(_s.Substring(_p, 8), 16))); _p += 8; break;
                default: sb.Append(e); break;
            }
        }
        _p++;
        return sb.ToString();
    }

    byte[] ReadBytes()
    {
        char q = _s[_p++];
        var bytes = new List<byte>();
        while (_s[_p] != q)
        {
            char c = _s[_p++];
            if (c != '\\') { bytes.Add((byte)c); continue; }
            char e = _s[_p++];
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'x': bytes.Add(System.Convert.ToByte(_s.Substring(_p, 2), 16)); _p += 2; break;
                default: bytes.Add((byte)e); break;
            }
        }
        _p++;
        return bytes.ToArray();
    }
}
