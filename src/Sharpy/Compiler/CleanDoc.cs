using System.Text;

namespace Sharpy.Compiler;

/// <summary>Docstring cleanup as the compiler does it (_PyCompile_CleanDoc, like inspect.cleandoc).</summary>
static class CleanDoc
{
    static string ExpandTabs(string s)
    {
        if (!s.Contains('\t')) return s;
        var sb = new StringBuilder();
        int col = 0;
        foreach (char c in s)
        {
            if (c == '\t')
            {
                int n = 8 - col % 8;
                sb.Append(' ', n);
                col += n;
            }
            else
            {
                sb.Append(c);
                col = c is '\n' or '\r' ? 0 : col + 1;
            }
        }
        return sb.ToString();
    }

    public static string Clean(string doc)
    {
        doc = ExpandTabs(doc);
        int p = 0, pend = doc.Length;
        while (p < pend && doc[p++] != '\n') { }
        int margin = int.MaxValue;
        while (p < pend)
        {
            int s = p;
            while (p < pend && doc[p] == ' ') p++;
            if (p < pend && doc[p] != '\n')
                margin = System.Math.Min(margin, p - s);
            while (p < pend && doc[p++] != '\n') { }
        }
        if (margin == int.MaxValue) margin = 0;
        p = 0;
        while (p < pend && doc[p] == ' ') p++;
        if (p == 0 && margin == 0)
            return doc;
        var w = new StringBuilder();
        while (p < pend)
        {
            char ch = doc[p++];
            w.Append(ch);
            if (ch == '\n') break;
        }
        while (p < pend)
        {
            for (int i = 0; i < margin && p < pend; i++, p++)
                if (doc[p] != ' ') break;
            while (p < pend)
            {
                char ch = doc[p++];
                w.Append(ch);
                if (ch == '\n') break;
            }
        }
        return w.ToString();
    }
}
