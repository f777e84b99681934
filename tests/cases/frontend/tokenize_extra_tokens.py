# The tokenize module's tokenizer (extra tokens) is lenient where the parser's is strict: unbalanced
# or mismatched brackets, a number run into a name, old-style octal and non-identifier characters
# come out as tokens. The literal parts of a multi-line f-string are positioned on their own line.
import io
import tokenize

def show(src):
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(" ", tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
    except tokenize.TokenError as e:
        print("  TokenError", e.args)
    print("--")

for src in ["); x", "(]\n", "())\n", "1x\n", "012\n", "0_7\n", "x = 0x1for\n", "0b1a\n", "1e5x\n",
            "a\u20acb = 1\n", "1if x else 2\n", "f'{)}'\n", "0o19\n", "0x\n"]:
    show(src)

show("f'''__{\n    x:a\n}__'''")
show("f'''__{\n    x:a\n    b\n     c\n      d\n}__'''")
show("f'''\n    \U0001f517 This is a test {test_arg1}\U0001f517\n\U0001f517'''\n")
show("f'''{\n x!r:>{y}\n}'''")
show("t'''a\n{b}\nc{d!r:>4}e'''\n")
