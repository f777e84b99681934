using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: Function parameters and lambda parameters. One implementation serves both;
/// `lambda` drops annotations and expects ':' where a def expects ')'.</summary>
internal sealed partial class Parser
{
    sealed class NameDefault
    {
        public Arg Arg = null!;
        public Expr? Value;
    }

    sealed class SlashWithDefaultPair
    {
        public List<Arg> PlainNames = null!;
        public List<NameDefault> NamesWithDefaults = null!;
    }

    sealed class StarEtc
    {
        public Arg? Vararg;
        public List<NameDefault> Kwonlyargs = new();
        public Arg? Kwarg;
    }

    // params: invalid_parameters | parameters
    Arguments? Params()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidParameters();
            if (Failed) return null;
            _mark = start;
        }
        return Parameters(lambda: false);
    }

    // lambda_params: invalid_lambda_parameters | lambda_parameters
    Arguments? LambdaParams()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidLambdaParameters();
            if (Failed) return null;
            _mark = start;
        }
        return Parameters(lambda: true);
    }

    Arguments? Parameters(bool lambda)
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        // slash_no_default param_no_default* param_with_default* [star_etc]
        var a = SlashNoDefault(lambda);
        if (a != null)
        {
            var b = ParamNoDefaultStar(lambda);
            var c = ParamWithDefaultStar(lambda);
            var d = OptionalStarEtc(lambda);
            if (!Failed) return CheckVersion(8, "Positional-only parameters are", MakeArguments(a, null, b, c, d));
        }
        if (Failed) return null;
        _mark = start;
        // slash_with_default param_with_default* [star_etc]
        var sw = SlashWithDefault(lambda);
        if (sw != null)
        {
            var b = ParamWithDefaultStar(lambda);
            var c = OptionalStarEtc(lambda);
            if (!Failed) return CheckVersion(8, "Positional-only parameters are", MakeArguments(null, sw, null, b, c));
        }
        if (Failed) return null;
        _mark = start;
        // param_no_default+ param_with_default* [star_etc]
        var pn = ParamNoDefaultStar(lambda);
        if (pn.Count > 0)
        {
            var b = ParamWithDefaultStar(lambda);
            var c = OptionalStarEtc(lambda);
            if (!Failed) return MakeArguments(null, null, pn, b, c);
        }
        if (Failed) return null;
        _mark = start;
        // param_with_default+ [star_etc]
        var pw = ParamWithDefaultStar(lambda);
        if (pw.Count > 0)
        {
            var c = OptionalStarEtc(lambda);
            if (!Failed) return MakeArguments(null, null, null, pw, c);
        }
        if (Failed) return null;
        _mark = start;
        // star_etc
        var se = StarEtcRule(lambda);
        if (se != null) return MakeArguments(null, null, null, null, se);
        _mark = start;
        return null;
    }

    StarEtc? OptionalStarEtc(bool lambda)
    {
        int m = _mark;
        var s = StarEtcRule(lambda);
        if (s == null) _mark = m;
        return s;
    }

    /// <summary>_PyPegen_make_arguments.</summary>
    static Arguments MakeArguments(List<Arg>? slashWithoutDefault, SlashWithDefaultPair? slashWithDefault,
        List<Arg>? plainNames, List<NameDefault>? namesWithDefault, StarEtc? starEtc)
    {
        var r = new Arguments();
        if (slashWithoutDefault != null) r.Posonlyargs = slashWithoutDefault;
        else if (slashWithDefault != null)
        {
            r.Posonlyargs.AddRange(slashWithDefault.PlainNames);
            foreach (var nd in slashWithDefault.NamesWithDefaults) r.Posonlyargs.Add(nd.Arg);
        }
        if (plainNames != null) r.Args.AddRange(plainNames);
        if (namesWithDefault != null) foreach (var nd in namesWithDefault) r.Args.Add(nd.Arg);
        if (slashWithDefault != null) foreach (var nd in slashWithDefault.NamesWithDefaults) r.Defaults.Add(nd.Value!);
        if (namesWithDefault != null) foreach (var nd in namesWithDefault) r.Defaults.Add(nd.Value!);
        if (starEtc != null)
        {
            r.Vararg = starEtc.Vararg;
            foreach (var nd in starEtc.Kwonlyargs)
            {
                r.Kwonlyargs.Add(nd.Arg);
                r.KwDefaults.Add(nd.Value!);
            }
            r.Kwarg = starEtc.Kwarg;
        }
        return r;
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    List<Arg>? SlashNoDefault(bool lambda)
    {
        int start = _mark;
        var a = ParamNoDefaultStar(lambda);
        if (a.Count == 0 || !Expect(TokenType.Slash)) { _mark = start; return null; }
        if (Expect(TokenType.Comma) || Lookahead(lambda ? TokenType.Colon : TokenType.RPar)) return a;
        _mark = start;
        return null;
    }

    // slash_with_default: param_no_default* param_with_default+ '/' ',' | ... '/' &')'
    SlashWithDefaultPair? SlashWithDefault(bool lambda)
    {
        int start = _mark;
        var a = ParamNoDefaultStar(lambda);
        var b = ParamWithDefaultStar(lambda);
        if (b.Count == 0 || !Expect(TokenType.Slash)) { _mark = start; return null; }
        if (Expect(TokenType.Comma) || Lookahead(lambda ? TokenType.Colon : TokenType.RPar))
            return new SlashWithDefaultPair { PlainNames = a, NamesWithDefaults = b };
        _mark = start;
        return null;
    }

    // star_etc
    StarEtc? StarEtcRule(bool lambda)
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            if (lambda) InvalidLambdaStarEtc(); else InvalidStarEtc();
            if (Failed) return null;
            _mark = start;
        }
        if (Expect(TokenType.Star))
        {
            // '*' param_no_default param_maybe_default* [kwds]
            var a = ParamNoDefault(lambda);
            if (a == null && !lambda && !Failed)
            {
                // '*' param_no_default_star_annotation param_maybe_default* [kwds]
                a = ParamNoDefaultStarAnnotation();
            }
            if (a != null)
            {
                var b = ParamMaybeDefaultStar(lambda);
                var c = OptionalKwds(lambda);
                if (!Failed) return new StarEtc { Vararg = a, Kwonlyargs = b, Kwarg = c };
            }
            if (Failed) return null;
            _mark = start + 1;
            // '*' ',' param_maybe_default+ [kwds]
            if (Expect(TokenType.Comma))
            {
                var b = ParamMaybeDefaultStar(lambda);
                if (b.Count > 0)
                {
                    var c = OptionalKwds(lambda);
                    if (!Failed) return new StarEtc { Kwonlyargs = b, Kwarg = c };
                }
            }
            if (Failed) return null;
            _mark = start;
        }
        var k = Kwds(lambda);
        if (k != null) return new StarEtc { Kwarg = k };
        _mark = start;
        return null;
    }

    Arg? OptionalKwds(bool lambda)
    {
        int m = _mark;
        var k = Kwds(lambda);
        if (k == null) _mark = m;
        return k;
    }

    // kwds: invalid_kwds | '**' param_no_default
    Arg? Kwds(bool lambda)
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            if (lambda) InvalidLambdaKwds(); else InvalidKwds();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.DoubleStar)) return null;
        var a = ParamNoDefault(lambda);
        if (a == null) _mark = start;
        return a;
    }

    List<Arg> ParamNoDefaultStar(bool lambda)
    {
        var list = new List<Arg>();
        while (true)
        {
            var a = ParamNoDefault(lambda);
            if (a == null) break;
            list.Add(a);
        }
        return list;
    }

    List<NameDefault> ParamWithDefaultStar(bool lambda)
    {
        var list = new List<NameDefault>();
        while (true)
        {
            var a = ParamWithDefault(lambda);
            if (a == null) break;
            list.Add(a);
        }
        return list;
    }

    List<NameDefault> ParamMaybeDefaultStar(bool lambda)
    {
        var list = new List<NameDefault>();
        while (true)
        {
            var a = ParamMaybeDefault(lambda);
            if (a == null) break;
            list.Add(a);
        }
        return list;
    }

    /// <summary>A parameter's end: `',' TYPE_COMMENT?` or `TYPE_COMMENT? &')'` (lambda: `','`
    /// or `&':'`, no type comments). The type comment, if any, goes to the arg
    /// (_PyPegen_add_type_comment_to_arg).</summary>
    bool ParamEnd(bool lambda, Arg arg)
    {
        if (Expect(TokenType.Comma))
        {
            if (!lambda) AddTypeComment(arg, OptionalTypeComment());
            return true;
        }
        if (lambda) return Lookahead(TokenType.Colon);
        int m = _mark;
        var tc = OptionalTypeComment();
        if (Lookahead(TokenType.RPar))
        {
            AddTypeComment(arg, tc);
            return true;
        }
        _mark = m;
        return false;
    }

    /// <summary>The arg is a fresh node of this alternative, so it takes the comment in place.</summary>
    static void AddTypeComment(Arg arg, string? tc)
    {
        if (tc != null) arg.TypeComment = tc;
    }

    // param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
    Arg? ParamNoDefault(bool lambda)
    {
        int start = _mark;
        var a = Param(lambda);
        if (a != null && ParamEnd(lambda, a)) return a;
        _mark = start;
        return null;
    }

    // param_no_default_star_annotation: NAME ':' star_expression (',' | &')')
    Arg? ParamNoDefaultStarAnnotation()
    {
        int start = _mark;
        var n = NameToken();
        if (n != null && Expect(TokenType.Colon))
        {
            var ann = StarExpression();
            if (ann != null)
            {
                var arg = Loc(new Arg { ArgName = n.Id, Annotation = ann }, start);
                if (ParamEnd(false, arg)) return arg;
            }
        }
        _mark = start;
        return null;
    }

    // param_with_default: param default ',' | param default &')'
    NameDefault? ParamWithDefault(bool lambda)
    {
        int start = _mark;
        var a = Param(lambda);
        if (a != null)
        {
            var d = Default();
            if (d != null && ParamEnd(lambda, a)) return new NameDefault { Arg = a, Value = d };
        }
        _mark = start;
        return null;
    }

    // param_maybe_default: param default? ',' | param default? &')'
    NameDefault? ParamMaybeDefault(bool lambda)
    {
        int start = _mark;
        var a = Param(lambda);
        if (a != null)
        {
            int m = _mark;
            var d = Default();
            if (Failed) return null;
            if (d == null) _mark = m;
            if (ParamEnd(lambda, a)) return new NameDefault { Arg = a, Value = d };
        }
        _mark = start;
        return null;
    }

    // param: NAME annotation?     lambda_param: NAME
    Arg? Param(bool lambda)
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var n = NameToken();
        if (n == null) return null;
        Expr? ann = null;
        if (!lambda)
        {
            int m = _mark;
            if (Expect(TokenType.Colon))
            {
                ann = Expression();
                if (ann == null) _mark = m;
            }
        }
        return Loc(new Arg { ArgName = n.Id, Annotation = ann }, start);
    }

    // default: '=' expression | invalid_default
    Expr? Default()
    {
        int start = _mark;
        if (Expect(TokenType.Equal))
        {
            var e = Expression();
            if (e != null) return e;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidDefault();
            _mark = start;
        }
        return null;
    }
}
