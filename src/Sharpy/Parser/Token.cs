namespace Sharpy.Parser;

/// <summary>Token kinds: CPython's Grammar/Tokens, plus one kind per keyword (pegen turns
/// keyword NAMEs into their own token types).</summary>
public enum TokenType : byte
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper,
    Less, Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual,
    GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual,
    MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
    AtEqual, RArrow, Ellipsis, ColonEqual, Exclamation,
    FStringStart, FStringMiddle, FStringEnd, TStringStart, TStringMiddle, TStringEnd,
    ErrorToken,
    /// <summary>A punctuation character that is no operator (e.g. `$`): CPython's generic OP.</summary>
    Op,
    // keywords
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass,
    KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal,
    KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise,
    KwReturn, KwTry, KwWhile, KwWith, KwYield,
    /// <summary>`# type: ...` (only with type comments on): the text after the prefix.</summary>
    TypeComment,
    /// <summary>`# type: ignore...` (only with type comments on): the tag after "ignore";
    /// the parser records it in Module.type_ignores and never sees the token.</summary>
    TypeIgnore,
    /// <summary>A comment (only with extra tokens on, for the `tokenize` module).</summary>
    Comment,
    /// <summary>A newline that ends no statement (only with extra tokens on).</summary>
    NL,
}

/// <summary>One token. Start/End are byte offsets into the UTF-8 buffer; columns are UTF-8
/// byte columns as in CPython (-1 for INDENT/DEDENT, which have no text).</summary>
public struct Token
{
    public TokenType Type;
    public int Start, End;
    public int Lineno, ColOffset, EndLineno, EndColOffset;
    /// <summary>Bracket nesting level of the tokenizer after this token.</summary>
    public int Level;
    /// <summary>Identifier text for NAME and keyword tokens (NFKC-normalized).</summary>
    public string? Text;
}
