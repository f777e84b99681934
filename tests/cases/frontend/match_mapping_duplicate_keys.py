# A mapping pattern's literal keys are compared as a set compares them (by hash and ==):
# 0, 0.0, 0j and False are one key, 1 and 1.0 are, 2**53 + 1 and 2.0**53 are not.
cases = [
    "{0: _, 0j: _}", "{0: _, 0.0: _}", "{0.0: _, -0.0: _}", "{False: _, 0: _}", "{1: _, 1.0: _}",
    "{1j: _, 1: _}", "{1+0j: _, True: _}", "{'a': _, 'a': _}", "{b'a': _, 'a': _}", "{'': _, b'': _}",
    "{9007199254740993: _, 9007199254740992.0: _}", "{9007199254740992: _, 9007199254740992.0: _}",
    "{-1: _, -1.0: _}", "{2j: _, 2: _}", "{None: _, None: _}", "{None: _, False: _}",
]
for keys in cases:
    src = f"match x:\n    case {keys}:\n        pass\n"
    try:
        compile(src, "<case>", "exec")
        print(keys, "ok")
    except SyntaxError as e:
        print(keys, "SyntaxError:", e.msg, e.lineno, e.offset)
# A set display of constants keeps the first of equal members
print(0j in {0, 1}, 0 in {0j, 1j}, [x for x in (0, 0.0, 0j) if x in {0j, 2}])
