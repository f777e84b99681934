# The parser's checks on literals and names: int literals over sys.get_int_max_str_digits(),
# and non-ASCII names whose NFKC form is None, True or False.
import sys, ast

sys.set_int_max_str_digits(1000)
for src in ["c = " + "3" * 1000, "a = 1\nc = " + "3" * 1001, "c = 0x" + "3" * 1001, "c = " + "3" * 1001 + ".0",
            "c = " + "3_" * 1000 + "3"]:
    try:
        compile(src, "<lit>", "exec")
        print("ok", len(src))
    except SyntaxError as e:
        print(e.msg[:60], "...", e.msg[-40:], e.lineno, e.offset, e.end_lineno, e.end_offset)
try:
    ast.literal_eval("3" * 1001)
except SyntaxError as e:
    print("literal_eval:", e.msg[-40:])
for b in [b"N\xc2\xbane", b"Tru\xe1\xb5\x89", b"Fal\xc5\xbfe"]:
    try:
        ast.parse(b, mode="eval")
    except ValueError as e:
        print(type(e).__name__, e)
print(ast.dump(ast.parse(b"N\xc2\xbanex", mode="eval")))
n = ast.parse("x").body[0].value
print(n.id is "x")
