# _statistics._normal_dist_inv_cdf (AS241) to the last bit, across its three regions and at
# their borders, its argument conversion and errors; and statistics.NormalDist on top of it.
import _statistics
import statistics

f = _statistics._normal_dist_inv_cdf
print(_statistics.__doc__, end='')
print(f.__name__, f.__text_signature__, f.__doc__)
points = [1e-300, 1e-100, 1e-20, 1.3887943864964021e-11, 1e-10, 1e-5, 0.001, 0.01, 0.025, 0.074, 0.075, 0.0751,
          0.1, 0.25, 0.3, 0.5 - 1e-12, 0.5, 0.5 + 1e-12, 0.7, 0.9, 0.925, 0.9249, 0.975, 0.999, 1 - 1e-10, 1 - 2**-53]
for p in points:
    print(repr(p), repr(f(p, 0.0, 1.0)), repr(f(p, 100, 15)), repr(f(p, -3.5, 0.25)))
for args in [(0.0, 0, 1), (1.0, 0, 1), (-0.5, 0, 1), (1.5, 0, 1), (0.5, 0, 0), (0.5, 0, -1), (float('nan'), 0, 1),
             (0.5, 0, float('nan')), ('x', 0, 1), (0.5, None, 1), (0.5, 0), (0.5, 0, 1, 2)]:
    try:
        print(args, repr(f(*args)))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(f(True, 0, 1) if False else f(0.75, 1, True), f(0.75, 2**10, 3))
try:
    f(p=0.5, mu=0, sigma=1)
except TypeError as e:
    print('TypeError', e)

nd = statistics.NormalDist(100, 15)
print(nd.inv_cdf(0.9), [round(x, 10) for x in nd.quantiles(10)])
for p in (0, 1):
    try:
        nd.inv_cdf(p)
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
