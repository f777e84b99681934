# SyntaxWarnings from the tokenizer, parser and compiler go through the warnings module:
# catch_warnings records them (every compile() warns again), an "error" filter makes them
# SyntaxErrors at the warning's position.
import warnings

source = "1or 0  # tokenizer\n1 is 1  # code generator\nx = '\\d'\n"

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(2):
        compile(source, "<src>", "exec")
    compile("if 9<9<9and 9or 9:9", "<s>", "exec")
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = 1 is 1", "x = (1 is 1)\n"]:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("1 is 1", "<quiet>", "exec")
    print("ignored")

compile("2 is 2", "<shown>", "exec")
