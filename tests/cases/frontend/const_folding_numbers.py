# Constant folding of float and complex arithmetic, as the flowgraph does it in 3.14:
# what folds, what is left to run time because it would raise, and how NaN constants
# stay apart in co_consts.


def consts(src):
    return compile(src, "<case>", "eval").co_consts


# complex / and ** fold; ZeroDivisionError and OverflowError do not
for src in ["1/1j", "33j**3", "3j**0j", "3j**0", "0.0j**0", "(1+2j)/(3-4j)", "2**-1j",
            "1j**0.5", "(-8.0)**0.5", "(-8)**0.5", "(-8)**-1", "2**-3",
            "0j**(3-2j)", "0j**-1", "1/0j", "(1e200+1j)**5", "0.0**-1", "1e300**2",
            "1j//1", "1j%1", "-(1+0j)", "-1j", "1j*1j"]:
    print(src, "->", consts(src))

# an int too large for a float does not fold into float or complex arithmetic
big = "1" + "0" * 400
for op in ["+", "-", "*", "/", "**", "//", "%"]:
    for left in ["1.5", "1j"]:
        print(left, op, "10**400 ->", [type(c).__name__ for c in consts(f"{left} {op} {big}")])
print([type(c).__name__ for c in consts(f"{big} ** -1")])

# each folded NaN is its own constant; equal floats merge, 0.0 and -0.0 do not
print(consts("(1e300*1e300*0, -1e300*1e300*0, 1e300*1e300*0)"))
co = compile("a = 1e300*1e300*0\nb = 1e300*1e300*0\nc = 2.5\nd = 2.5\ne = 0.0\nf = -0.0", "<case>", "exec")
print(co.co_consts)
co = compile("a = (1e300*1e300*0)*1j\nb = (1e300*1e300*0)*1j", "<case>", "exec")
print(co.co_consts)

# shortest repr at powers of two, where the double below is nearer than the one above
for k in [-25, -26, -1074, -1022, -1021, 60, 63, 64, 100, 200, 1023]:
    x = 2.0 ** k
    print(k, repr(x), float(repr(x)) == x, repr(-x), repr(complex(x, x)))
print(2.0**-25, 2.9802322387695312e-08, 2.980232238769531e-08)
