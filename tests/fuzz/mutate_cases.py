"""Mutants of the case programs for the host-crash fuzz (MutationFuzzTests.cs).

    sharpy tests/fuzz/mutate_cases.py SEED PER_CASE OUTDIR CASE.py...

Writes PER_CASE mutants of each case to OUTDIR. A mutant is the case with one to three
random mutations of its syntax tree, the kinds a careless or hostile program makes:
arguments swapped, dropped, added or made hostile; a keyword passed twice through `**`;
class hierarchies with no consistent MRO or a base given twice; attributes deleted from
classes and instances while the program runs; constants, names, subscripts, operands and
return values replaced; statements removed. Whatever a mutant does, the interpreter must
end it with output and a Python exception at worst: never a host crash, never an
internal error. Mutants are reproducible from SEED.
"""
import ast
import os
import random
import sys
import warnings

# Defined at the top of every mutant: objects whose protocols fail in every way.
PRELUDE = '''\
class _Hostile:
    def __eq__(self, other): raise ValueError("hostile __eq__")
    def __hash__(self): raise ValueError("hostile __hash__")
    def __index__(self): raise ValueError("hostile __index__")
    def __len__(self): return -1
    def __iter__(self): return self
    def __next__(self): raise ZeroDivisionError("hostile __next__")
    def __bool__(self): raise TypeError("hostile __bool__")
    def __lt__(self, other): return NotImplemented
    def __repr__(self): return 42
    def __format__(self, spec): return None
    def __getitem__(self, key): raise KeyError(key)
    def __contains__(self, item): raise RuntimeError("hostile __contains__")
    def __call__(self, *args, **kwargs): return self
    def __del__(self): raise RuntimeError("hostile __del__")
class _Resizing(list):
    def __eq__(self, other):
        self.clear()
        return False
    __hash__ = object.__hash__
'''

HOSTILE = ['None', '-1', '0', '2 ** 64', '-2 ** 63', "''", "'\\ud800'", "b''", '()', '[]',
           '{}', "float('nan')", 'object()', '_Hostile()', '_Resizing([1, 2, 3])', 'type',
           '...', 'NotImplemented', '1j']
# Cases that end their own process on purpose (signals, aborts, fatal errors), start
# others or remove files are not mutated: their mutants could do so anywhere.
UNSAFE = ('faulthandler', 'signal', 'abort', 'os.kill', '_exit', 'subprocess', 'spawn', 'fork',
          'exec', 'rmtree', 'remove', 'unlink', 'rmdir', 'system', 'popen', '_testcapi')

NAMES = ['len', 'type', 'object', 'super', 'iter', 'next', 'print', 'int', 'str', 'dict',
         'list', 'tuple', 'BaseException', 'None', '_Hostile']


def hostile():
    return ast.parse(random.choice(HOSTILE), mode='eval').body


def nodes(tree, kind):
    return [n for n in ast.walk(tree) if isinstance(n, kind)]


def parents(tree):
    """Each statement list in the tree, with the statements it holds."""
    lists = []
    for node in ast.walk(tree):
        for field in ('body', 'orelse', 'finalbody'):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                lists.append(body)
    return lists


def guarded(stmt_src):
    """`try: STMT` / `except BaseException: pass`, so a mutation runs even where it fails."""
    return ast.parse(f'try:\n    {stmt_src}\nexcept BaseException:\n    pass\n').body[0]


# Each mutation changes the tree in place and returns False when it found nothing to change.

def swap_args(tree):
    calls = [c for c in nodes(tree, ast.Call) if len(c.args) >= 2]
    if not calls:
        return False
    c = random.choice(calls)
    i, j = random.sample(range(len(c.args)), 2)
    c.args[i], c.args[j] = c.args[j], c.args[i]
    return True


def drop_arg(tree):
    calls = [c for c in nodes(tree, ast.Call) if c.args or c.keywords]
    if not calls:
        return False
    c = random.choice(calls)
    if c.args and (not c.keywords or random.random() < 0.5):
        del c.args[random.randrange(len(c.args))]
    else:
        del c.keywords[random.randrange(len(c.keywords))]
    return True


def hostile_arg(tree):
    calls = nodes(tree, ast.Call)
    if not calls:
        return False
    c = random.choice(calls)
    if c.args and random.random() < 0.6:
        c.args[random.randrange(len(c.args))] = hostile()
    elif random.random() < 0.5:
        c.args.append(hostile())
    else:
        c.args.append(ast.Starred(value=hostile(), ctx=ast.Load()))
    return True


def duplicate_keyword(tree):
    calls = [c for c in nodes(tree, ast.Call) if any(k.arg for k in c.keywords)]
    if not calls:
        calls = nodes(tree, ast.Call)
        if not calls:
            return False
        name = random.choice(['self', 'key', 'x', 'default', 'args'])
    else:
        c = random.choice(calls)
        name = random.choice([k.arg for k in c.keywords if k.arg])
        calls = [c]
    c = random.choice(calls)
    mapping = ast.Dict(keys=[ast.Constant(name)], values=[hostile()])
    c.keywords.append(ast.keyword(arg=None, value=mapping))
    return True


def bad_bases(tree):
    classes = nodes(tree, ast.ClassDef)
    if not classes:
        return False
    c = random.choice(classes)
    choice = random.randrange(4)
    if choice == 0 and c.bases:
        c.bases.insert(0, ast.Name('object', ast.Load()))          # no consistent MRO
    elif choice == 1 and c.bases:
        c.bases.append(c.bases[0])                                  # a base given twice
    elif choice == 2:
        c.bases.append(ast.Name(random.choice(['int', 'str', 'tuple', 'dict', 'BaseException', 'type']), ast.Load()))
    else:
        c.keywords.append(ast.keyword(arg=random.choice(['metaclass', 'flag']), value=hostile()))
    return True


def delete_class_attribute(tree):
    """After a class statement, delete one of the names its body defines."""
    spots = [(body, i) for body in parents(tree) for i, s in enumerate(body)
             if isinstance(s, ast.ClassDef)]
    if not spots:
        return False
    body, i = random.choice(spots)
    cls = body[i]
    names = [s.name for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    names += [t.id for s in cls.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)]
    name = random.choice(names or ['__init__', '__dict__', '__slots__', '__class__'])
    body.insert(i + 1, guarded(f'del {cls.name}.{name}'))
    return True


def delete_attribute_midflight(tree):
    """After `x.attr = value`, or before a use of `x.attr`, delete it again."""
    spots = []
    for body in parents(tree):
        for i, s in enumerate(body):
            for a in nodes(s, ast.Attribute):
                if isinstance(a.value, ast.Name):
                    spots.append((body, i, a))
    if not spots:
        return False
    body, i, a = random.choice(spots)
    at = i + 1 if isinstance(a.ctx, ast.Store) else i
    body.insert(at, guarded(f'del {a.value.id}.{a.attr}'))
    return True


def replace_constant(tree):
    consts = [c for c in nodes(tree, ast.Constant) if not isinstance(c.value, str) or len(c.value) < 40]
    if not consts:
        return False
    target = random.choice(consts)
    new = hostile()
    target.__class__ = new.__class__
    target.__dict__.update(new.__dict__)
    return True


def replace_name(tree):
    loads = [n for n in nodes(tree, ast.Name) if isinstance(n.ctx, ast.Load)]
    if not loads:
        return False
    others = sorted({n.id for n in loads}) + NAMES
    random.choice(loads).id = random.choice(others)
    return True


def replace_subscript(tree):
    subs = nodes(tree, ast.Subscript)
    if not subs:
        return False
    random.choice(subs).slice = hostile()
    return True


def swap_operands(tree):
    ops = nodes(tree, ast.BinOp) + nodes(tree, ast.Compare)
    if not ops:
        return False
    o = random.choice(ops)
    if isinstance(o, ast.BinOp):
        o.left, o.right = o.right, o.left
        if random.random() < 0.5:
            o.op = random.choice([ast.Add, ast.Sub, ast.Mult, ast.MatMult, ast.Div, ast.Mod,
                                  ast.Pow, ast.LShift, ast.RShift, ast.BitOr, ast.FloorDiv])()
    else:
        o.left, o.comparators[0] = o.comparators[0], o.left
    return True


def replace_return(tree):
    rets = nodes(tree, ast.Return) + nodes(tree, ast.Yield)
    if not rets:
        return False
    random.choice(rets).value = hostile()
    return True


def remove_statement(tree):
    lists = [b for b in parents(tree) if len(b) > 1]
    if not lists:
        return False
    body = random.choice(lists)
    body[random.randrange(len(body))] = ast.Pass()
    return True


MUTATIONS = [swap_args, drop_arg, hostile_arg, duplicate_keyword, bad_bases,
             delete_class_attribute, delete_attribute_midflight, replace_constant,
             replace_name, replace_subscript, swap_operands, replace_return, remove_statement]


def mutant(source, filename):
    """One mutant of SOURCE that compiles, or None after a few tries."""
    for _ in range(10):
        tree = ast.parse(source, filename)
        done = [m.__name__ for m in random.sample(MUTATIONS, len(MUTATIONS))[:random.randint(1, 3)] if m(tree)]
        if not done:
            continue
        ast.fix_missing_locations(tree)
        try:
            text = ast.unparse(tree)
            compile(text, filename, 'exec')
        except (SyntaxError, ValueError, RecursionError):
            continue
        return f'# mutations: {", ".join(done)}\n{PRELUDE}{text}\n'
    return None


def main():
    seed, per_case, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    warnings.simplefilter('ignore')     # compile()'s SyntaxWarnings on mutants
    written = 0
    for path in sys.argv[4:]:
        with open(path, encoding='utf-8') as f:
            source = f.read()
        if any(word in source for word in UNSAFE):
            continue
        try:
            ast.parse(source, path)
        except SyntaxError:
            continue                # a case about syntax errors
        stem = path.replace('/', '_').removesuffix('.py')
        for k in range(per_case):
            random.seed(f'{seed}:{path}:{k}')
            text = mutant(source, path)
            if text is None:
                continue
            with open(os.path.join(out, f'{stem}.{k}.py'), 'w', encoding='utf-8', errors='surrogatepass') as f:
                f.write(text)
            written += 1
    print(written)


if __name__ == '__main__':
    main()
