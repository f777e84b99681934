# sorted() over itertools pipelines (issue 11's itertools speed item): product, chain, repeat,
# combinations, islice, accumulate, groupby, starmap, zip_longest, pairwise.
import itertools
import operator
pairs = sorted(itertools.product(range(700), repeat=2), key=operator.itemgetter(1, 0))
chained = sorted(itertools.chain.from_iterable(itertools.repeat(range(3000, 0, -1), 500)))
combos = sorted(itertools.islice(itertools.combinations(range(90), 3), 0, None, 2), reverse=True)
sums = sorted(itertools.accumulate(itertools.islice(itertools.cycle((3, -1, 4, -1, -5, 9)), 500000)))
groups = [(k, sum(1 for _ in g)) for k, g in itertools.groupby(sorted(x % 97 for x in range(500000)))]
products = sorted(itertools.starmap(operator.mul, itertools.zip_longest(range(300000), range(0, 600000, 3), fillvalue=1)))
steps = sorted(b - a for a, b in itertools.pairwise(x * x % 1009 for x in range(300000)))
print(len(pairs), pairs[:3], chained[-1], len(combos), combos[0], sums[:2], sums[-1], len(groups), groups[5],
      products[-1], steps[:3])
