namespace Sharpy.Parser;

/// <summary>Type comments (PyCF_TYPE_COMMENTS): a comment that starts with "# type: " (each
/// space standing for any run of spaces and tabs, the last one possibly empty) is a
/// TYPE_COMMENT token, or a TYPE_IGNORE token when the text is "ignore" followed by the end
/// of the comment or by an ASCII character that is not alphanumeric.</summary>
internal sealed partial class Tokenizer
{
    const string TypeCommentPrefix = "# type: ";

    /// <summary>Called with the cursor past the comment and `c`, the character that ended it
    /// (newline or EOF). False when the comment is an ordinary one.</summary>
    bool TypeCommentToken(ref Token t, int c, bool blankline, out TokenType type)
    {
        type = TokenType.ErrorToken;
        int p = _start;
        int k = 0;
        while (k < TypeCommentPrefix.Length && p < Cur)
        {
            char want = TypeCommentPrefix[k];
            if (want == ' ')
            {
                while (p < _len && (_buf[p] == ' ' || _buf[p] == '\t')) p++;
            }
            else if (_buf[p] == want)
            {
                p++;
            }
            else
            {
                break;
            }
            k++;
        }
        if (k < TypeCommentPrefix.Length) return false;

        Backup(c); // the newline (or EOF) is not part of the comment
        int ignoreEnd = p + 6;
        bool isIgnore = Cur >= ignoreEnd && StartsWithIgnore(p)
            && !(Cur > ignoreEnd && (_buf[ignoreEnd] >= 128 || IsAsciiAlnum(_buf[ignoreEnd])));
        if (isIgnore)
        {
            // A type: ignore alone on its line takes the newline along (and the tag,
            // which CPython measures by columns, then ends with it).
            if (blankline)
            {
                NextC();
                _atbol = true;
            }
            type = TokenType.TypeIgnore;
            SetTypeCommentToken(ref t, type, ignoreEnd, Cur);
            return true;
        }
        type = TokenType.TypeComment;
        SetTypeCommentToken(ref t, type, p, Cur);
        return true;
    }

    bool StartsWithIgnore(int p) =>
        _buf[p] == 'i' && _buf[p + 1] == 'g' && _buf[p + 2] == 'n' && _buf[p + 3] == 'o' && _buf[p + 4] == 'r' && _buf[p + 5] == 'e';

    static bool IsAsciiAlnum(byte b) => (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');

    void SetTypeCommentToken(ref Token t, TokenType type, int start, int end)
    {
        t.Type = type;
        t.Level = Level;
        t.Lineno = t.EndLineno = Lineno;
        t.Start = start;
        t.End = end;
        t.ColOffset = start - LineStart;
        t.EndColOffset = end - LineStart;
    }
}
