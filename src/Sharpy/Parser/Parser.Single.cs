namespace Sharpy.Parser;

/// <summary>'single' mode (Py_single_input): the implied NEWLINE at the end of the input and the
/// check that nothing but blanks and comments follows the one statement.</summary>
internal sealed partial class Parser
{
    /// <summary>Whether a token other than the implied NEWLINE has been read since the last
    /// ENDMARKER was turned into a NEWLINE (pegen's parsing_started).</summary>
    bool _parsingStarted;

    /// <summary>In 'single' mode the first ENDMARKER after some tokens becomes a NEWLINE (so a
    /// statement without a trailing newline is complete), and the open indentation levels are
    /// closed by DEDENTs unless PyCF_DONT_IMPLY_DEDENT: _PyPegen_fill_token.</summary>
    void ImplyNewlineAtEnd(ref Token t)
    {
        if (_mode == ParseMode.Single && t.Type == TokenType.EndMarker && _parsingStarted)
        {
            t.Type = TokenType.Newline;
            _parsingStarted = false;
            if ((_flags & ParseFlags.DontImplyDedent) == 0) _tok.ImplyDedents();
        }
        else
        {
            _parsingStarted = true;
        }
    }

    /// <summary>bad_single_statement: after the statement, is there anything besides spaces,
    /// tabs, form feeds, newlines and comments in the rest of the source?</summary>
    bool BadSingleStatement()
    {
        var buf = _src.Buf;
        int n = _src.Length;
        int i = _tok.Cur;
        for (;;)
        {
            while (i < n && buf[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f') i++;
            if (i >= n || buf[i] == 0) return false;
            if (buf[i] != (byte)'#') return true;
            while (i < n && buf[i] != 0 && buf[i] != (byte)'\n') i++;
        }
    }
}
