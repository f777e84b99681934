# issubclass follows a single __bases__ entry in a loop (abstract_issubclass), so a long
# chain of single bases needs no recursion; several bases are searched depth first.
class Chain:
    def __init__(self, n, target=None):
        self.n = n
        self.target = target

    @property
    def __bases__(self):
        if self.n == 0:
            return (self.target,) if self.target is not None else ()
        return (Chain(self.n - 1, self.target),)


class Target:
    @property
    def __bases__(self):
        return ()


target = Target()
print(issubclass(Chain(100000), Chain(0)))
print(issubclass(Chain(100000, target), target))


class Fork:
    def __init__(self, name, bases):
        self.name = name
        self.bases = bases

    @property
    def __bases__(self):
        print('bases of', self.name)
        return self.bases


leaf = Fork('leaf', ())
root = Fork('root', (Fork('a', (Fork('a1', ()),)), Fork('b', (leaf,)), Fork('c', ())))
print(issubclass(root, leaf))
print(isinstance(1, Fork('x', ())))
