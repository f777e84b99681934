# collections.Counter of ten million items (issue 11's Counter speed item).
from collections import Counter
words = ["w%d" % (i % 5000) for i in range(20000)]
c = Counter()
for _ in range(250):
    c.update(words)
ints = Counter(i % 1000 for i in range(5000000))
c2 = Counter("the quick brown fox jumps over the lazy dog" * 10000)
print(len(c), c.most_common(3), ints.most_common(2), c2.most_common(4), c.total() + ints.total())
