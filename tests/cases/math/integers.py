# gcd, lcm, isqrt, factorial, comb and perm: exact results and their errors.
import math

def show(expr):
    try:
        r = repr(eval(expr))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(expr, '->', r)

show('math.perm()')
show('math.perm(1,2,3)')
show('math.comb(1)')
show("math.gcd(1, 'a')")
show('math.isqrt(0)')
show('math.isqrt(15)')
show('math.isqrt(16)')
show('math.isqrt(2**64-1)')
show('math.isqrt(10**100)')
show('math.isqrt(True)')
show('math.factorial(0)')
show('math.factorial(20)')
show('math.factorial(100) % 10**40')
show('len(str(math.factorial(3000)))')
show('math.factorial(True)')
show('math.comb(100, 50)')
show('math.comb(60, 30)')
show('math.perm(100, 30)')
show('math.comb(10**6, 3)')
show('math.perm(0)')
show('math.comb(0,0)')
show('math.comb(2**70, 2**70-2)')
show('math.gcd(0, 0)')
show('math.gcd(-12, 18)')
show('math.gcd(2**100, 2**60*3)')
show('math.lcm(-4, 6)')
show('math.lcm(2**64, 3)')
show('math.gcd(True, 4)')
show("math.lcm(1, 'x')")
