# sorted() and list.sort() over keys of one kind, which compare without __lt__ calls: strs
# (with NULs, Latin-1 and BMP characters, and astral ones, which need code point order), tuples
# led by strs, str subclasses and mixed kinds, floats with a NaN.
import random
random.seed(5)
words = [''.join(random.choice('abcé\u00ff\u0100\u4e00\x00Z') for _ in range(random.randrange(0, 6))) for _ in range(3000)]
s1 = sorted(words)
print(s1[:8], s1[-3:], len(set(s1)))
print(sorted(words, reverse=True)[:5])
astral = words[:50] + ['\U0001F600', '\uffff', '\U00010000a', 'z']
print(sorted(astral)[-5:])
pairs = [(w, i) for i, w in enumerate(words[:200])]
print(sorted(pairs)[:4], sorted(pairs, key=lambda p: (p[0][::-1], p[1]))[:3])
class S(str): pass
mixed = [S('b'), 'a', S('c')]
print(sorted(mixed), sorted(['b', 'a', 1.0][:2]))
try: sorted(['a', 1])
except TypeError as e: print(e)
print(sorted([3.5, float('nan'), 1.0, -2.0])[:2], sorted([(1.5, 'x'), (0.5, 'y')]))
