# array: fromlist when converting an item changes the list, huge slice steps, in-place repeat
# of an empty array, the 'u' DeprecationWarning under the warnings filters, and the iterator
# type's instantiation rule. (An item conversion that shrinks the array itself raises
# IndexError since 3.14.7, gh-142555; the 3.14.2 reference predates that, so it is not here.)
import array, sys, warnings

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

lst = [1, 2, 3]
a = array.array('i')
class Mutate:
    def __index__(self):
        lst.append(4)
        return 0
lst[1] = Mutate()
t(lambda: a.fromlist(lst))
print(a)

for start, step in ((1, sys.maxsize), (-2, -sys.maxsize), (9, 1 << 333)):
    a = array.array('h', range(10))
    del a[start::step]
    print(a)
a = array.array('d', [0.5] * 4)
a *= 0
a *= 1000
print(a, len(a * 5))
try:
    array.array('d', [-1] * 65536).__imul__(sys.maxsize // 65536 + 1)
except MemoryError:
    print('MemoryError')

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    array.array('u')
    array.array('w')
print([str(x.message) for x in w], w[0].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    t(lambda: array.array('u'))
t(lambda: type(iter(array.array('b')))())
t(lambda: type(iter(array.array('b')))(array.array('b')))
t(lambda: type(iter(array.array('b'))).__new__(type(iter(array.array('b')))))
