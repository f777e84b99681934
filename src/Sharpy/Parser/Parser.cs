using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>
/// The PEG parser (CPython's Parser/pegen.c + the generated parser.c from Grammar/python.gram),
/// hand-written rule by rule. Rules return null on failure; an error sets <see cref="_error"/>
/// and makes every rule fail from then on. Backtracking resets <see cref="_mark"/>.
/// </summary>
internal sealed partial class Parser
{
    const int MaxStack = 6000;

    readonly SourceText _src;
    readonly Tokenizer _tok;
    readonly ParseDiagnostics _diag;
    readonly ParseMode _mode;

    readonly ParserBuffers _buffers;
    Token[] _tokens;
    int[] _memo;
    ParserBuffers.MemoSlot[] _memoPool;
    int _memoCount = 1;
    int _fill, _mark, _level;
    bool _callInvalidRules;
    ParseError? _error;
    int _knownErrTokenIndex = -1;

    readonly ParseFlags _flags;

    public Parser(SourceText src, ParseMode mode, ParseDiagnostics diag, ParseFlags flags = ParseFlags.None)
    {
        _src = src;
        _mode = mode;
        _diag = diag;
        _flags = flags;
        _tok = new Tokenizer(src, diag) { TypeComments = (flags & ParseFlags.TypeComments) != 0 };
        _buffers = ParserBuffers.Rent(src.Length);
        _tokens = _buffers.Tokens;
        _memo = _buffers.MemoHeads;
        _memoPool = _buffers.Memo;
        _namesLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    bool Failed => _error != null;

    // ---- tokens ---------------------------------------------------------------------------

    static readonly Dictionary<string, TokenType> s_keywords = new()
    {
        ["False"] = TokenType.KwFalse, ["None"] = TokenType.KwNone, ["True"] = TokenType.KwTrue,
        ["and"] = TokenType.KwAnd, ["as"] = TokenType.KwAs, ["assert"] = TokenType.KwAssert,
        ["async"] = TokenType.KwAsync, ["await"] = TokenType.KwAwait, ["break"] = TokenType.KwBreak,
        ["class"] = TokenType.KwClass, ["continue"] = TokenType.KwContinue, ["def"] = TokenType.KwDef,
        ["del"] = TokenType.KwDel, ["elif"] = TokenType.KwElif, ["else"] = TokenType.KwElse,
        ["except"] = TokenType.KwExcept, ["finally"] = TokenType.KwFinally, ["for"] = TokenType.KwFor,
        ["from"] = TokenType.KwFrom, ["global"] = TokenType.KwGlobal, ["if"] = TokenType.KwIf,
        ["import"] = TokenType.KwImport, ["in"] = TokenType.KwIn, ["is"] = TokenType.KwIs,
        ["lambda"] = TokenType.KwLambda, ["nonlocal"] = TokenType.KwNonlocal, ["not"] = TokenType.KwNot,
        ["or"] = TokenType.KwOr, ["pass"] = TokenType.KwPass, ["raise"] = TokenType.KwRaise,
        ["return"] = TokenType.KwReturn, ["try"] = TokenType.KwTry, ["while"] = TokenType.KwWhile,
        ["with"] = TokenType.KwWith, ["yield"] = TokenType.KwYield,
    };

    readonly Dictionary<string, string> _names = new();
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _namesLookup;

    /// <summary>_PyPegen_fill_token: tokenizes one more token. False on a tokenizer error.</summary>
    bool FillToken()
    {
        if (_fill == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
            Array.Resize(ref _memo, _memo.Length * 2);
        }
        ref Token t = ref _tokens[_fill];
        var type = _tok.Next(ref t);
        while (type == TokenType.TypeIgnore)
        {
            RecordTypeIgnore(ref t);
            type = _tok.Next(ref t);
        }
        ImplyNewlineAtEnd(ref t);
        if (type == TokenType.Name)
        {
            string text = InternName(t.Start, t.End);
            t.Text = text;
            if (s_keywords.TryGetValue(text, out var kw)) t.Type = kw;
        }
        _memo[_fill] = 0;
        _fill++;
        if (type == TokenType.ErrorToken)
        {
            TokenizerError();
            return false;
        }
        return true;
    }

    string InternName(int start, int end)
    {
        int n = end - start;
        var buf = _src.Buf;
        bool ascii = true;
        for (int i = start; i < end; i++) if (buf[i] >= 0x80) { ascii = false; break; }
        if (ascii && n <= 256)
        {
            Span<char> chars = stackalloc char[n];
            for (int i = 0; i < n; i++) chars[i] = (char)buf[start + i];
            if (_namesLookup.TryGetValue(chars, out var found)) return found;
            string s = new string(chars);
            _names[s] = s;
            return s;
        }
        string text = System.Text.Encoding.UTF8.GetString(buf, start, n);
        // PEP 3131: NFKC with unicodedata's Unicode 16.0 tables (.NET's Normalize depends on
        // ICU, absent under invariant globalization).
        if (!ascii) text = Sharpy.Modules.Unicodedata.Normalization.Normalize("NFKC", text);
        if (_names.TryGetValue(text, out var f2)) return f2;
        _names[text] = text;
        return text;
    }

    /// <summary>The token at the mark, filling as needed (a failed fill leaves an ErrorToken there).</summary>
    ref Token Cur
    {
        get
        {
            if (_mark == _fill) FillToken();
            return ref _tokens[_mark];
        }
    }

    TokenType PeekType()
    {
        if (_mark == _fill && !FillToken()) return TokenType.ErrorToken;
        return _tokens[_mark].Type;
    }

    /// <summary>_PyPegen_expect_token.</summary>
    bool Expect(TokenType type)
    {
        if (_mark == _fill && !FillToken()) return false;
        if (_tokens[_mark].Type != type) return false;
        _mark++;
        return true;
    }

    /// <summary>Expect, returning the index of the matched token or -1.</summary>
    int ExpectTok(TokenType type)
    {
        if (_mark == _fill && !FillToken()) return -1;
        if (_tokens[_mark].Type != type) return -1;
        return _mark++;
    }

    bool Lookahead(TokenType type)
    {
        if (_mark == _fill && !FillToken()) return false;
        return _tokens[_mark].Type == type;
    }

    bool LookaheadAny(TokenType a, TokenType b)
    {
        var t = PeekType();
        return t == a || t == b;
    }

    bool LookaheadAny(TokenType a, TokenType b, TokenType c)
    {
        var t = PeekType();
        return t == a || t == b || t == c;
    }

    /// <summary>_PyPegen_expect_soft_keyword.</summary>
    int ExpectSoftKeyword(string kw)
    {
        if (_mark == _fill && !FillToken()) return -1;
        ref Token t = ref _tokens[_mark];
        if (t.Type != TokenType.Name || !ReferenceEquals(t.Text, kw) && t.Text != kw) return -1;
        return _mark++;
    }

    /// <summary>_PyPegen_name_token: a NAME as Name(id, Load).</summary>
    Name? NameToken()
    {
        if (_mark == _fill && !FillToken()) return null;
        ref Token t = ref _tokens[_mark];
        if (t.Type != TokenType.Name) return null;
        _mark++;
        return new Name { Id = t.Text!, Ctx = ExprContext.Load, Lineno = t.Lineno, ColOffset = t.ColOffset, EndLineno = t.EndLineno, EndColOffset = t.EndColOffset };
    }

    static readonly HashSet<string> s_softKeywords = new() { "_", "case", "match", "type" };

    /// <summary>SOFT_KEYWORD token: a NAME that is a soft keyword.</summary>
    bool LookaheadSoftKeyword()
    {
        if (_mark == _fill && !FillToken()) return false;
        ref Token t = ref _tokens[_mark];
        return t.Type == TokenType.Name && s_softKeywords.Contains(t.Text!);
    }

    // ---- locations ------------------------------------------------------------------------

    /// <summary>_PyPegen_get_last_nonnwhitespace_token.</summary>
    ref Token LastNonWhitespaceToken()
    {
        int i = _mark - 1;
        for (; i >= 0; i--)
        {
            var ty = _tokens[i].Type;
            if (ty != TokenType.EndMarker && ty != TokenType.Newline && ty != TokenType.Indent && ty != TokenType.Dedent) break;
        }
        if (i < 0) i = 0;
        return ref _tokens[i];
    }

    /// <summary>EXTRA: the node spans from token `start` to the last non-whitespace token consumed.</summary>
    T Loc<T>(T node, int start) where T : LocatedNode
    {
        ref Token s = ref _tokens[start];
        ref Token e = ref LastNonWhitespaceToken();
        node.Lineno = s.Lineno;
        node.ColOffset = s.ColOffset;
        node.EndLineno = e.EndLineno;
        node.EndColOffset = e.EndColOffset;
        return node;
    }

    static T CopyLoc<T>(T node, LocatedNode from) where T : LocatedNode
    {
        node.Lineno = from.Lineno;
        node.ColOffset = from.ColOffset;
        node.EndLineno = from.EndLineno;
        node.EndColOffset = from.EndColOffset;
        return node;
    }

    static T SpanLoc<T>(T node, LocatedNode from, LocatedNode to) where T : LocatedNode
    {
        node.Lineno = from.Lineno;
        node.ColOffset = from.ColOffset;
        node.EndLineno = to.EndLineno;
        node.EndColOffset = to.EndColOffset;
        return node;
    }

    /// <summary>Makes sure the token at the mark exists, as every rule with EXTRA does first.</summary>
    bool EnsureToken()
    {
        if (_mark == _fill && !FillToken()) return false;
        return true;
    }

    // ---- recursion guard and memo ---------------------------------------------------------

    bool Enter()
    {
        if (_error != null) return false;
        if (++_level > MaxStack || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _level--;
            StackOverflow();
            return false;
        }
        return true;
    }

    void Leave() => _level--;

    bool TryMemo<T>(int rule, out T? node) where T : class
    {
        if (_mark == _fill && !FillToken()) { node = null; return true; }
        for (int i = _memo[_mark]; i != 0; i = _memoPool[i].Next)
        {
            ref var m = ref _memoPool[i];
            if (m.Rule == rule)
            {
                _mark = m.End;
                node = (T?)m.Node;
                return true;
            }
        }
        node = null;
        return false;
    }

    void Memoize(int start, int rule, object? node)
    {
        if (node == null) _mark = start;
        if (_memoCount == _memoPool.Length) Array.Resize(ref _memoPool, _memoPool.Length * 2);
        ref var m = ref _memoPool[_memoCount];
        m.Rule = rule;
        m.Node = node;
        m.End = _mark;
        m.Next = _memo[start];
        _memo[start] = _memoCount++;
    }

    // ---- entry ----------------------------------------------------------------------------

    /// <summary>_PyPegen_run_parser: first pass without invalid_ rules; on failure a second pass
    /// with them to find a specialised message, else "invalid syntax" at the furthest token.</summary>
    public Mod? Run(out ParseError? error)
    {
        try
        {
            return RunPasses(out error);
        }
        finally
        {
            _buffers.Tokens = _tokens;
            _buffers.MemoHeads = _memo;
            _buffers.Memo = _memoPool;
            _buffers.Return(_fill, _memoCount);
        }
    }

    Mod? RunPasses(out ParseError? error)
    {
        Mod? result = StartRule();
        if (result != null && _error == null)
        {
            error = null;
            if (_mode == ParseMode.Single && BadSingleStatement())
            {
                RaiseError("SyntaxError", false, "multiple statements found while compiling a single statement");
                error = _error;
                return null;
            }
            return result;
        }
        if ((_flags & ParseFlags.AllowIncompleteInput) != 0 && _tok.Done is Tokenizer.State.Eof or Tokenizer.State.Eofs or Tokenizer.State.Eols)
        {
            // The input ended before the statement did (_is_end_of_source).
            _error = null;
            RaiseError("_IncompleteInputError", false, "incomplete input");
            error = _error;
            return null;
        }
        if (_error != null && !_error.IsSyntaxErrorFamily)
        {
            error = _error;
            return null;
        }
        Token lastToken = _tokens[_fill == 0 ? 0 : _fill - 1];
        if (_error == null)
        {
            // A second pass, with the invalid_ rules enabled (reset_parser_state_for_error_pass).
            Array.Clear(_memo, 0, _fill);
            Array.Clear(_memoPool, 0, _memoCount);
            _memoCount = 1;
            _mark = 0;
            _level = 0;
            _callInvalidRules = true;
            StartRule();
        }
        SetSyntaxError(lastToken);
        error = _error;
        return null;
    }

    Mod? StartRule() => _mode switch
    {
        ParseMode.Exec => FileRule(),
        ParseMode.Eval => EvalRule(),
        ParseMode.Single => InteractiveRule(),
        _ => FuncTypeRule(),
    };
}
