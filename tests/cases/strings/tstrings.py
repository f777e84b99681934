# t-strings (PEP 750): Template and Interpolation, iteration, strings/interpolations/values, +, reprs, errors
x, y = 1, 'two'
t = t'a{x}b{y!r:>5}c'
print(type(t), type(t).__name__, type(t).__module__, t)
print(t.strings, t.interpolations, t.values)
print(list(t))
i = t.interpolations[1]
print(i.value, i.expression, i.conversion, i.format_spec, type(i).__name__, type(i).__module__, repr(i))
print(t'' .strings, list(t''), t'{x}{y}'.strings, list(t'{x}{y}'))
print(repr(t'{x = }'), t'{x!s}'.interpolations[0].conversion, t'{x!a}'.interpolations[0].conversion)
T = type(t); I = type(i)
print(T('a', 'b', I(3, 'e'), 'c'), T(), T(I(1)))
print(I(1, 'x', 'r', 'spec'), I.__match_args__)
try: I(1, 'x', 'z')
except ValueError as e: print('VE', e)
except TypeError as e: print('TE', e)
try: T(1)
except TypeError as e: print(e)
try: T(a='b')
except TypeError as e: print(e)
print(t + t'{x}end')
try: t + 'str'
except TypeError as e: print(e)
try: 'str' + t
except TypeError as e: print(e)
print(t'{x:{y}}'.interpolations[0].format_spec, t'{x:0{3}d}'.interpolations[0].format_spec)
match i:
    case I(value, expr, conv, spec): print('match', value, expr, conv, spec)
print((t'x' t'{x}').strings)
try: hash(t)
except TypeError as e: print(e)
print(t == t, t'{x}' == t'{x}')
try: i.value = 5
except AttributeError as e: print(e)
print(t'{{}}'.strings, t'{x!r}'.interpolations[0].expression)
