using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: Match statement and patterns.</summary>
internal sealed partial class Parser
{
    // match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt
    Stmt? MatchStmt()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (ExpectSoftKeyword("match") >= 0)
        {
            var subject = SubjectExpr();
            if (subject != null && Expect(TokenType.Colon) && Expect(TokenType.Newline) && Expect(TokenType.Indent))
            {
                List<MatchCase>? cases = null;
                while (true)
                {
                    int m = _mark;
                    var c = CaseBlock();
                    if (c == null) { _mark = m; break; }
                    (cases ??= new()).Add(c);
                }
                if (cases != null && Expect(TokenType.Dedent))
                    return CheckVersion(10, "Pattern matching is", Loc(new Match { Subject = subject, Cases = cases }, start));
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidMatchStmt();
        _mark = start;
        return null;
    }

    // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    Expr? SubjectExpr()
    {
        int start = _mark;
        var v = StarNamedExpression();
        if (v != null && Expect(TokenType.Comma))
        {
            int m = _mark;
            var rest = StarNamedExpressions();
            if (Failed) return null;
            if (rest == null) _mark = m;
            var elts = new List<Expr> { v };
            if (rest != null) elts.AddRange(rest);
            return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
        }
        if (Failed) return null;
        _mark = start;
        return NamedExpression();
    }

    // case_block: invalid_case_block | "case" patterns guard? ':' block
    MatchCase? CaseBlock()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidCaseBlock();
            if (Failed) return null;
            _mark = start;
        }
        if (ExpectSoftKeyword("case") < 0) return null;
        var p = Patterns();
        if (p == null) { _mark = start; return null; }
        var g = Guard();
        if (Failed) return null;
        if (!Expect(TokenType.Colon)) { _mark = start; return null; }
        var b = Block();
        if (b == null) { _mark = start; return null; }
        return new MatchCase { Pattern = p, Guard = g, Body = b };
    }

    // guard: 'if' named_expression
    Expr? Guard()
    {
        int m = _mark;
        if (!Expect(TokenType.KwIf)) return null;
        var g = NamedExpression();
        if (g == null) _mark = m;
        return g;
    }

    // patterns: open_sequence_pattern | pattern
    Pattern? Patterns()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var seq = OpenSequencePattern();
        if (seq != null) return Loc(new MatchSequence { Patterns = seq }, start);
        if (Failed) return null;
        _mark = start;
        return PatternRule();
    }

    // pattern: as_pattern | or_pattern
    Pattern? PatternRule()
    {
        if (!Enter()) return null;
        int start = _mark;
        var r = AsPattern();
        if (r == null && !Failed)
        {
            _mark = start;
            r = OrPattern();
        }
        Leave();
        return r;
    }

    // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    Pattern? AsPattern()
    {
        int start = _mark;
        var p = OrPattern();
        if (p != null && Expect(TokenType.KwAs))
        {
            var t = PatternCaptureTarget();
            if (t != null) return Loc(new MatchAs { Pattern = p, Name = t.Id }, start);
        }
        if (Failed) return null;
        _mark = start;
        if (_callInvalidRules) InvalidAsPattern();
        _mark = start;
        return null;
    }

    // or_pattern: '|'.closed_pattern+
    Pattern? OrPattern()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var list = new List<Pattern>();
        while (true)
        {
            int m = _mark;
            var p = ClosedPattern();
            if (p == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(p);
            if (!Expect(TokenType.VBar)) break;
        }
        if (Failed || list.Count == 0) { _mark = start; return null; }
        if (list.Count == 1) return list[0];
        return Loc(new MatchOr { Patterns = list }, start);
    }

    // closed_pattern (memo)
    Pattern? ClosedPattern()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_closed_pattern, out Pattern? memo)) return memo;
        Pattern? r = LiteralPattern();
        if (r == null && !Failed) { _mark = start; r = CapturePattern(); }
        if (r == null && !Failed) { _mark = start; r = WildcardPattern(); }
        if (r == null && !Failed) { _mark = start; r = ValuePattern(); }
        if (r == null && !Failed) { _mark = start; r = GroupPattern(); }
        if (r == null && !Failed) { _mark = start; r = SequencePattern(); }
        if (r == null && !Failed) { _mark = start; r = MappingPattern(); }
        if (r == null && !Failed) { _mark = start; r = ClassPattern(); }
        if (Failed) r = null;
        Memoize(start, M_closed_pattern, r);
        return r;
    }

    // literal_pattern
    Pattern? LiteralPattern()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var v = SignedNumber();
        if (v != null && !LookaheadAny(TokenType.Plus, TokenType.Minus)) return Loc(new MatchValue { Value = v }, start);
        if (Failed) return null;
        _mark = start;
        v = ComplexNumber();
        if (v != null) return Loc(new MatchValue { Value = v }, start);
        if (Failed) return null;
        _mark = start;
        var ty = PeekType();
        if (ty is TokenType.String or TokenType.FStringStart or TokenType.TStringStart)
        {
            v = Strings();
            if (v != null) return Loc(new MatchValue { Value = v }, start);
            return null;
        }
        if (Expect(TokenType.KwNone)) return Loc(new MatchSingleton { Value = null }, start);
        if (Expect(TokenType.KwTrue)) return Loc(new MatchSingleton { Value = true }, start);
        if (Expect(TokenType.KwFalse)) return Loc(new MatchSingleton { Value = false }, start);
        return null;
    }

    // literal_expr
    Expr? LiteralExpr()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var v = SignedNumber();
        if (v != null && !LookaheadAny(TokenType.Plus, TokenType.Minus)) return v;
        if (Failed) return null;
        _mark = start;
        v = ComplexNumber();
        if (v != null || Failed) return v;
        _mark = start;
        var ty = PeekType();
        if (ty is TokenType.String or TokenType.FStringStart or TokenType.TStringStart) return Strings();
        if (Expect(TokenType.KwNone)) return Loc(new Constant { Value = null }, start);
        if (Expect(TokenType.KwTrue)) return Loc(new Constant { Value = true }, start);
        if (Expect(TokenType.KwFalse)) return Loc(new Constant { Value = false }, start);
        return null;
    }

    // complex_number: signed_real_number ('+'|'-') imaginary_number
    Expr? ComplexNumber()
    {
        int start = _mark;
        var real = SignedRealNumber();
        if (real == null) return null;
        OperatorKind op;
        if (Expect(TokenType.Plus)) op = OperatorKind.Add;
        else if (Expect(TokenType.Minus)) op = OperatorKind.Sub;
        else { _mark = start; return null; }
        var imag = ImaginaryNumber();
        if (imag == null) { _mark = start; return null; }
        return Loc(new BinOp { Left = real, Op = op, Right = imag }, start);
    }

    // signed_number: NUMBER | '-' NUMBER
    Expr? SignedNumber()
    {
        int start = _mark;
        if (Expect(TokenType.Minus))
        {
            var n = NumberToken();
            if (n == null) { _mark = start; return null; }
            return Loc(new UnaryOp { Op = UnaryOpKind.USub, Operand = n }, start);
        }
        return NumberToken();
    }

    // signed_real_number: real_number | '-' real_number
    Expr? SignedRealNumber()
    {
        int start = _mark;
        if (Expect(TokenType.Minus))
        {
            var n = RealNumber();
            if (n == null) { _mark = start; return null; }
            return Loc(new UnaryOp { Op = UnaryOpKind.USub, Operand = n }, start);
        }
        return RealNumber();
    }

    // real_number: NUMBER (_PyPegen_ensure_real)
    Expr? RealNumber()
    {
        var n = NumberToken();
        if (n == null) return null;
        if (((Constant)n).Value is System.Numerics.Complex)
        {
            RaiseKnownLocation(n, "real number required in complex literal");
            return null;
        }
        return n;
    }

    // imaginary_number: NUMBER (_PyPegen_ensure_imaginary)
    Expr? ImaginaryNumber()
    {
        var n = NumberToken();
        if (n == null) return null;
        if (((Constant)n).Value is not System.Numerics.Complex)
        {
            RaiseKnownLocation(n, "imaginary number required in complex literal");
            return null;
        }
        return n;
    }

    // capture_pattern: pattern_capture_target
    Pattern? CapturePattern()
    {
        int start = _mark;
        var t = PatternCaptureTarget();
        if (t == null) return null;
        return Loc(new MatchAs { Name = t.Id }, start);
    }

    // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    Name? PatternCaptureTarget()
    {
        int start = _mark;
        if (!Lookahead(TokenType.Name) || _tokens[_mark].Text == "_") return null;
        var n = NameToken();
        if (n == null) return null;
        if (LookaheadAny(TokenType.Dot, TokenType.LPar, TokenType.Equal)) { _mark = start; return null; }
        n.Ctx = ExprContext.Store;
        return n;
    }

    // wildcard_pattern: "_"
    Pattern? WildcardPattern()
    {
        int start = _mark;
        if (ExpectSoftKeyword("_") < 0) return null;
        return Loc(new MatchAs(), start);
    }

    // value_pattern: attr !('.' | '(' | '=')
    Pattern? ValuePattern()
    {
        int start = _mark;
        var a = Attr();
        if (a == null || LookaheadAny(TokenType.Dot, TokenType.LPar, TokenType.Equal)) { _mark = start; return null; }
        return Loc(new MatchValue { Value = a }, start);
    }

    // attr: name_or_attr '.' NAME
    Expr? Attr()
    {
        int start = _mark;
        var a = NameOrAttr();
        if (a is Attribute) return a;
        _mark = start;
        return null;
    }

    // name_or_attr: attr | NAME   (left-recursive: a loop)
    Expr? NameOrAttr()
    {
        int start = _mark;
        Expr? a = NameToken();
        while (a != null)
        {
            int m = _mark;
            if (!Expect(TokenType.Dot)) break;
            var b = NameToken();
            if (b == null) { _mark = m; break; }
            a = Loc(new Attribute { Value = a, Attr = b.Id, Ctx = ExprContext.Load }, start);
        }
        return a;
    }

    // group_pattern: '(' pattern ')'
    Pattern? GroupPattern()
    {
        int start = _mark;
        if (!Expect(TokenType.LPar)) return null;
        var p = PatternRule();
        if (p != null && Expect(TokenType.RPar)) return p;
        _mark = start;
        return null;
    }

    // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
    Pattern? SequencePattern()
    {
        int start = _mark;
        if (Expect(TokenType.LSqb))
        {
            var p = MaybeSequencePattern();
            if (Failed) return null;
            if (p == null) _mark = start + 1;
            if (Expect(TokenType.RSqb)) return Loc(new MatchSequence { Patterns = p ?? new List<Pattern>() }, start);
            _mark = start;
            return null;
        }
        if (Expect(TokenType.LPar))
        {
            var p = OpenSequencePattern();
            if (Failed) return null;
            if (p == null) _mark = start + 1;
            if (Expect(TokenType.RPar)) return Loc(new MatchSequence { Patterns = p ?? new List<Pattern>() }, start);
        }
        _mark = start;
        return null;
    }

    // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    List<Pattern>? OpenSequencePattern()
    {
        int start = _mark;
        var p = MaybeStarPattern();
        if (p == null || !Expect(TokenType.Comma)) { _mark = start; return null; }
        int m = _mark;
        var rest = MaybeSequencePattern();
        if (Failed) return null;
        if (rest == null) _mark = m;
        var list = new List<Pattern> { p };
        if (rest != null) list.AddRange(rest);
        return list;
    }

    // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    List<Pattern>? MaybeSequencePattern()
    {
        var list = new List<Pattern>();
        while (true)
        {
            int m = _mark;
            var p = MaybeStarPattern();
            if (p == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(p);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed || list.Count == 0) return null;
        Expect(TokenType.Comma);
        return list;
    }

    // maybe_star_pattern: star_pattern | pattern
    Pattern? MaybeStarPattern()
    {
        int start = _mark;
        var p = StarPattern();
        if (p != null || Failed) return p;
        _mark = start;
        return PatternRule();
    }

    // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
    Pattern? StarPattern()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_star_pattern, out Pattern? memo)) return memo;
        Pattern? r = null;
        if (Expect(TokenType.Star))
        {
            var t = PatternCaptureTarget();
            if (t != null) r = Loc(new MatchStar { Name = t.Id }, start);
            else if (WildcardPattern() != null) r = Loc(new MatchStar(), start);
        }
        Memoize(start, M_star_pattern, r);
        return r;
    }

    // mapping_pattern
    Pattern? MappingPattern()
    {
        int start = _mark;
        if (!Expect(TokenType.LBrace)) return null;
        if (Expect(TokenType.RBrace)) return Loc(new MatchMapping(), start);
        // '{' double_star_pattern ','? '}'
        var rest = DoubleStarPattern();
        if (rest != null)
        {
            Expect(TokenType.Comma);
            if (Expect(TokenType.RBrace)) return Loc(new MatchMapping { Rest = rest.Id }, start);
        }
        if (Failed) return null;
        _mark = start + 1;
        var keys = new List<Expr>();
        var pats = new List<Pattern>();
        if (ItemsPattern(keys, pats))
        {
            int afterItems = _mark;
            // '{' items_pattern ',' double_star_pattern ','? '}'
            if (Expect(TokenType.Comma))
            {
                rest = DoubleStarPattern();
                if (rest != null)
                {
                    Expect(TokenType.Comma);
                    if (Expect(TokenType.RBrace)) return Loc(new MatchMapping { Keys = keys, Patterns = pats, Rest = rest.Id }, start);
                }
                if (Failed) return null;
            }
            _mark = afterItems;
            Expect(TokenType.Comma);
            if (Expect(TokenType.RBrace)) return Loc(new MatchMapping { Keys = keys, Patterns = pats }, start);
        }
        _mark = start;
        return null;
    }

    // items_pattern: ','.key_value_pattern+
    bool ItemsPattern(List<Expr> keys, List<Pattern> pats)
    {
        int count = 0;
        while (true)
        {
            int m = _mark;
            if (!KeyValuePattern(out var k, out var p)) { _mark = m; if (count > 0) _mark--; break; }
            keys.Add(k!);
            pats.Add(p!);
            count++;
            if (!Expect(TokenType.Comma)) break;
        }
        return count > 0 && !Failed;
    }

    // key_value_pattern: (literal_expr | attr) ':' pattern
    bool KeyValuePattern(out Expr? key, out Pattern? pattern)
    {
        pattern = null;
        int start = _mark;
        key = LiteralExpr();
        if (key == null && !Failed) { _mark = start; key = Attr(); }
        if (key == null || !Expect(TokenType.Colon)) { _mark = start; return false; }
        pattern = PatternRule();
        if (pattern == null) { _mark = start; return false; }
        return true;
    }

    // double_star_pattern: '**' pattern_capture_target
    Name? DoubleStarPattern()
    {
        int start = _mark;
        if (!Expect(TokenType.DoubleStar)) return null;
        var t = PatternCaptureTarget();
        if (t == null) _mark = start;
        return t;
    }

    // class_pattern
    Pattern? ClassPattern()
    {
        int start = _mark;
        var cls = NameOrAttr();
        if (cls == null || !Expect(TokenType.LPar)) { _mark = start; return null; }
        int afterParen = _mark;
        if (Expect(TokenType.RPar)) return Loc(new MatchClass { Cls = cls }, start);
        var positional = PositionalPatterns();
        if (positional != null)
        {
            int m = _mark;
            Expect(TokenType.Comma);
            if (Expect(TokenType.RPar)) return Loc(new MatchClass { Cls = cls, Patterns = positional }, start);
            _mark = m;
        }
        if (Failed) return null;
        _mark = afterParen;
        var kwAttrs = new List<string>();
        var kwPats = new List<Pattern>();
        if (KeywordPatterns(kwAttrs, kwPats))
        {
            Expect(TokenType.Comma);
            if (Expect(TokenType.RPar)) return Loc(new MatchClass { Cls = cls, KwdAttrs = kwAttrs, KwdPatterns = kwPats }, start);
        }
        if (Failed) return null;
        _mark = afterParen;
        positional = PositionalPatterns();
        if (positional != null && Expect(TokenType.Comma))
        {
            kwAttrs.Clear();
            kwPats.Clear();
            if (KeywordPatterns(kwAttrs, kwPats))
            {
                Expect(TokenType.Comma);
                if (Expect(TokenType.RPar))
                    return Loc(new MatchClass { Cls = cls, Patterns = positional, KwdAttrs = kwAttrs, KwdPatterns = kwPats }, start);
            }
        }
        if (Failed) return null;
        _mark = start;
        if (_callInvalidRules) InvalidClassPattern();
        _mark = start;
        return null;
    }

    // positional_patterns: ','.pattern+
    List<Pattern>? PositionalPatterns()
    {
        var list = new List<Pattern>();
        while (true)
        {
            int m = _mark;
            var p = PatternRule();
            if (p == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(p);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed || list.Count == 0) return null;
        return list;
    }

    // keyword_patterns: ','.keyword_pattern+
    bool KeywordPatterns(List<string> attrs, List<Pattern> pats)
    {
        int count = 0;
        while (true)
        {
            int m = _mark;
            var n = NameToken();
            Pattern? p = null;
            if (n != null && Expect(TokenType.Equal)) p = PatternRule();
            if (p == null) { _mark = m; if (count > 0) _mark--; break; }
            attrs.Add(n!.Id);
            pats.Add(p);
            count++;
            if (!Expect(TokenType.Comma)) break;
        }
        return count > 0 && !Failed;
    }
}
