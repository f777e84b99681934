# _random.Random: MT19937 streams for int seeds, getrandbits, getstate/setstate, and their errors.
import _random
r = _random.Random(42)
print(r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(32))
for a in [(1,2), ()]:
  try: _random.Random(*a); print('ok')
  except Exception as e: print(type(e).__name__, e)
try: _random.Random(x=1)
except Exception as e: print(type(e).__name__, e)
for k in [-1, 2**70, 2.0, 'a']:
  try: r.getrandbits(k)
  except Exception as e: print(type(e).__name__, e)
for st in [(1,2), [1], (0,)*624+(625,), (-1,)*624+(5,), (0,)*624+(-1,)]:
  try: r.setstate(st)
  except Exception as e: print(type(e).__name__, e)
try: r.seed(1, 2)
except Exception as e: print(type(e).__name__, e)
for s in [-5, 0, 1, True, 2**32, 2**100, -2**100, 12345678901234567890]:
  r.seed(s); print(s, r.random(), r.getrandbits(40), r.getrandbits(100))
r.seed(7)
st = r.getstate()
a = [r.random() for _ in range(1000)]
r.setstate(st)
print(a == [r.random() for _ in range(1000)], st[-1], len(st), st[:3])
r.seed(None); print(r.getstate()[-1])
r.seed(); print(r.getstate()[-1])
r2 = _random.Random(); print(0 <= r2.random() < 1)
print(_random.Random.__doc__, _random.Random.__module__, _random.Random.seed.__doc__)
print(r.getrandbits.__text_signature__, r.seed.__text_signature__, r.setstate.__text_signature__)
class R(_random.Random):
  def __init__(self, a, b): pass
print(R(1,2).random() < 1)
class S(_random.Random):
  pass
print(S(3).random())
try: S(3, x=1)
except Exception as e: print(type(e).__name__, e)
r.seed(2**31); print([r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65)])
