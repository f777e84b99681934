using System.Collections.Generic;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Type comments (ast.parse(type_comments=True)): TYPE_IGNORE tokens are collected for
/// Module.type_ignores as they are read (_PyPegen_fill_token), TYPE_COMMENT tokens are taken
/// where python.gram allows them: after an assignment, a for/with header, a def's ':' (or on
/// the line after it: func_type_comment) and after each parameter.</summary>
internal sealed partial class Parser
{
    List<TypeIgnore>? _typeIgnores;

    void RecordTypeIgnore(ref Token t)
    {
        string tag = Encoding.UTF8.GetString(_src.Buf, t.Start, t.End - t.Start);
        (_typeIgnores ??= new()).Add(new TypeIgnore { Lineno = t.Lineno, Tag = tag });
    }

    string TypeCommentText(int tokenIndex)
    {
        ref Token t = ref _tokens[tokenIndex];
        return Encoding.UTF8.GetString(_src.Buf, t.Start, t.End - t.Start);
    }

    /// <summary>[TYPE_COMMENT]: the comment's text, or null (nothing consumed).</summary>
    string? OptionalTypeComment()
    {
        int i = ExpectTok(TokenType.TypeComment);
        return i < 0 ? null : TypeCommentText(i);
    }

    // func_type_comment:
    //     | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT)   # must be followed by an indented block
    //     | invalid_double_type_comments
    //     | TYPE_COMMENT
    string? FuncTypeComment()
    {
        int start = _mark;
        if (Expect(TokenType.Newline))
        {
            int t = ExpectTok(TokenType.TypeComment);
            if (t >= 0)
            {
                int m = _mark;
                bool block = Expect(TokenType.Newline) && Expect(TokenType.Indent);
                _mark = m;
                if (block) return TypeCommentText(t);
            }
        }
        if (Failed) return null;
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidDoubleTypeComments();
            if (Failed) return null;
            _mark = start;
        }
        return OptionalTypeComment();
    }

    // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
    void InvalidDoubleTypeComments()
    {
        if (Expect(TokenType.TypeComment) && Expect(TokenType.Newline) && Expect(TokenType.TypeComment)
            && Expect(TokenType.Newline) && Expect(TokenType.Indent))
            RaiseSyntaxError("Cannot have two type comments on def");
    }
}
