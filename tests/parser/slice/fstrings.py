name = "world"
a = f"hello {name}"
b = f"{x!r} {y:>10} {z!s:{width}}"
c = f"{{literal}} {a + b}"
d = f'{x=}'
e = f"""multi
{line}"""
