# Argument errors and reprs of the itertools constructors (messages as CPython 3.14 gives them).
import itertools as it
tests = [
 "it.count(1,2,3)", "it.count('a')", "it.count(1,'a')", "it.count(start=1, step=2, x=3)", "it.count(x=1)",
 "it.cycle()", "it.cycle(1)", "it.cycle([], x=1)", "it.cycle(1,2)",
 "it.repeat()", "it.repeat(1,2,3)", "it.repeat(1,'a')", "it.repeat(1, times=-5)", "it.repeat(1, x=3)", "it.repeat(object=1, times=2)",
 "it.accumulate()", "it.accumulate(1)", "it.accumulate([], None, 3)", "it.accumulate([], func=None, initial=3, x=1)",
 "it.batched()", "it.batched([],0)", "it.batched([],'a')", "it.batched([], -1)", "it.batched([], 2, True)", "it.batched(1, 2)",
 "list(it.batched('abc', 2, strict=True))",
 "it.chain(x=1)", "it.chain.from_iterable()", "list(it.chain(1))", "list(it.chain.from_iterable([1]))",
 "it.compress()", "it.compress(1, [])", "it.compress(data=[], selectors=[], x=1)",
 "it.dropwhile()", "it.dropwhile(None)", "it.dropwhile(None, 1)", "it.dropwhile(None, [], x=1)",
 "it.takewhile(None, 1)", "it.filterfalse(None)", "it.filterfalse(None,1)", "it.filterfalse(None,[], x=1)",
 "it.groupby()", "it.groupby(1)", "it.groupby([], 1, 2)", "it.groupby([], x=1)",
 "it.islice()", "it.islice([])", "it.islice([], 'a')", "it.islice([], -1)", "it.islice([], 1, 'a')", "it.islice([], 1, 2, 0)", "it.islice([], 1, 2, -1)", "it.islice([], 1, 2, 3, 4)", "it.islice(1, 2)", "it.islice([], 1, x=2)", "it.islice([], -1, 3)", "it.islice([], 1, -3)", "it.islice([], 2**100)",
 "it.pairwise()", "it.pairwise(1)", "it.pairwise([], x=1)", "it.pairwise(iterable=[])",
 "it.starmap()", "it.starmap(None, 1)", "list(it.starmap(None, [1]))", "it.starmap(None, [], x=1)",
 "it.tee()", "it.tee(1)", "it.tee([], -1)", "it.tee([], 'a')", "it.tee([], 2, 3)", "it.tee([], n=2)", "it.tee([], 0)",
 "it.zip_longest(1)", "it.zip_longest([], fillvalu=1)", "it.zip_longest([], x=1, y=2)",
 "it.product(1)", "it.product([], repeat=-1)", "it.product([], x=1)", "it.product([], repeat='a')",
 "it.permutations()", "it.permutations(1)", "it.permutations([], -1)", "it.permutations([], 'a')", "it.permutations([], x=1)",
 "it.combinations()", "it.combinations([])", "it.combinations([], -1)", "it.combinations(1, 2)", "it.combinations([], r='a')",
 "it.combinations_with_replacement([], -1)", "it.combinations_with_replacement([])",
 "it._grouper(1, 2)", "it._tee(1)", "it._tee()", "it._tee_dataobject(1,2,3)", "it._tee([1])",
 "it.count(1.5)", "it.count(1, 0.5)", "it.count(2**64, 3)", "it.count(1,1)", "it.count(1.0, 1)", "it.count(step=2)", "it.count(0, 1.0)", "it.count(3+4j)", "it.count(-1,-2)",
 "it.repeat(1)", "it.repeat('a', 3)", "it.repeat([], 0)", "it.repeat(1, -3)",
 "type('X',(it.count,),{})(5)", "type('X',(it.repeat,),{})(5, 2)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r) if type(r).__name__ in ('count','repeat','list','X','tuple','float','int') else type(r).__name__)
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
