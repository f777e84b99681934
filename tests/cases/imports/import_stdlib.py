# Small pure-Python modules of the standard library.
import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("spam"), keyword.issoftkeyword("match"), len(keyword.kwlist) > 30)

import __future__
print(__future__.annotations.mandatory, __future__.division.getOptionalRelease())

import colorsys
print(["%.4f" % v for v in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)])
print(["%.4f" % v for v in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])

import bisect
xs = [1, 3, 5, 7]
bisect.insort(xs, 4)
print(xs, bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5))

import heapq
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nsmallest(2, [9, 4, 7, 1]))

import operator
print(operator.add(2, 3), operator.itemgetter(1)("abc"), operator.attrgetter("real")(5), operator.neg(4))

import stat
print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.filemode(0o100644))

import token
print(token.tok_name[token.NAME], token.ISTERMINAL(token.OP))

import keyword as kw2, sys
print(kw2 is keyword, sys.modules["keyword"] is keyword, keyword.__name__, keyword.__package__ == "")
print(keyword.__file__.rsplit("/", 1)[-1])
