# The standard library's own regular expressions (stdlib_patterns.txt beside this file:
# every literal pattern given to re.compile/match/search/sub/... in the installed Lib,
# collected by tools/collect_stdlib_regexes.py), each compiled with its flags, then again
# with IGNORECASE added, and run over sample texts: search with its groups' spans,
# findall's count, finditer's spans, split's count, fullmatch and sub's count.
import ast
import os
import re

with open(os.path.join(os.path.dirname(__file__), "stdlib_patterns.txt"), encoding="utf-8") as f:
    CORPUS = [ast.literal_eval(line) for line in f if line.strip()]

SAMPLES = [
    "Hello, World! 123 foo_bar  baz\n\tline2: x=1; y = 'two'",
    "def f(a, b=2, *args, **kw): return a+b  # comment\n    pass\n",
    "2024-01-15T12:34:56.789+01:00 GET /index.html?q=1&r=%20 HTTP/1.1 200",
    "From: John Doe <john@example.com>\r\nSubject: =?utf-8?q?hi_there?=\r\n\r\nbody\n.\n",
    "%(name)s %d %5.2f {0} {name!r:>10} $var ${other} \\n \\x41 %%",
    "ÀÉÎõü straße ΣΑΣ σας ǅ ﬁ İı K 日本語 😀 text",
    "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nValueError: bad\n",
    "1.2.3rc1 3.14.0a7 v10.0 >=1,<2 ; python_version>'3' 0x1F 0o17 1_000 3.14j 1e-5",
    "<a href='http://example.com/a_b'>link</a> <!-- c --> <![CDATA[x]]> &amp; &#39;",
    "", "a", "   ", "\n\n", "[section]\nkey = value\n; comment\nname: v",
]

def summary(p, subj):
    m = p.search(subj)
    found = [m.span() for m in p.finditer(subj)]
    if m is None:
        first = None
    else:
        first = (m.span(), m.regs[1:], m.lastindex)
    return (first, len(p.findall(subj)), found[:4], len(found), len(p.split(subj)),
            p.fullmatch(subj) is not None, p.subn(subj[:0], subj)[1])

for i, (pat, flags) in enumerate(CORPUS):
    variants = [flags] if flags & re.IGNORECASE else [flags, flags | re.IGNORECASE]
    for fl in variants:
        p = re.compile(pat, fl)
        if isinstance(pat, bytes):
            subjects = [s.encode("utf-8") for s in SAMPLES]
        else:
            subjects = SAMPLES
        print(i, fl, p.groups, [summary(p, s) for s in subjects])
