# __text_signature__ of the builtin functions and of the methods of builtins' main types:
# the ones CPython 3.14 gives one (its clinic signatures). Slot wrappers (__add__, ...)
# come from the slot table and are not listed here.
import builtins

names = [
    '__import__', 'abs', 'all', 'any', 'ascii', 'bin',
    'callable', 'chr', 'compile', 'delattr', 'divmod', 'eval',
    'exec', 'format', 'globals', 'hasattr', 'hash', 'hex',
    'id', 'input', 'isinstance', 'issubclass', 'len', 'locals',
    'oct', 'ord', 'pow', 'print', 'repr', 'round',
    'setattr', 'sorted', 'sum', 'str.capitalize', 'str.casefold', 'str.center',
    'str.count', 'str.encode', 'str.endswith', 'str.expandtabs', 'str.find', 'str.format',
    'str.format_map', 'str.index', 'str.isalnum', 'str.isalpha', 'str.isascii', 'str.isdecimal',
    'str.isdigit', 'str.isidentifier', 'str.islower', 'str.isnumeric', 'str.isprintable', 'str.isspace',
    'str.istitle', 'str.isupper', 'str.join', 'str.ljust', 'str.lower', 'str.lstrip',
    'str.partition', 'str.removeprefix', 'str.removesuffix', 'str.replace', 'str.rfind', 'str.rindex',
    'str.rjust', 'str.rpartition', 'str.rsplit', 'str.rstrip', 'str.split', 'str.splitlines',
    'str.startswith', 'str.strip', 'str.swapcase', 'str.title', 'str.translate', 'str.upper',
    'str.zfill', 'bytes.count', 'bytes.decode', 'bytes.endswith', 'bytes.find', 'bytes.fromhex',
    'bytes.hex', 'bytes.index', 'bytes.isalnum', 'bytes.isalpha', 'bytes.isascii', 'bytes.isdigit',
    'bytes.islower', 'bytes.isspace', 'bytes.isupper', 'bytes.join', 'bytes.lower', 'bytes.lstrip',
    'bytes.partition', 'bytes.replace', 'bytes.rfind', 'bytes.rindex', 'bytes.rpartition', 'bytes.rsplit',
    'bytes.rstrip', 'bytes.split', 'bytes.startswith', 'bytes.strip', 'bytes.upper', 'list.append',
    'list.clear', 'list.copy', 'list.count', 'list.extend', 'list.index', 'list.insert',
    'list.pop', 'list.remove', 'list.reverse', 'list.sort', 'dict.clear', 'dict.copy',
    'dict.fromkeys', 'dict.get', 'dict.items', 'dict.keys', 'dict.pop', 'dict.popitem',
    'dict.setdefault', 'dict.values', 'set.add', 'set.clear', 'set.copy', 'set.difference',
    'set.difference_update', 'set.discard', 'set.intersection', 'set.intersection_update', 'set.isdisjoint', 'set.issubset',
    'set.issuperset', 'set.pop', 'set.remove', 'set.symmetric_difference', 'set.symmetric_difference_update', 'set.union',
    'set.update', 'int.as_integer_ratio', 'int.bit_count', 'int.bit_length', 'int.conjugate', 'int.from_bytes',
    'int.is_integer', 'int.to_bytes', 'float.as_integer_ratio', 'float.conjugate', 'float.from_number', 'float.fromhex',
    'float.hex', 'float.is_integer', 'aiter', 'anext', 'breakpoint', 'open',
    'bytes.capitalize', 'bytes.center', 'bytes.expandtabs', 'bytes.istitle', 'bytes.ljust', 'bytes.removeprefix',
    'bytes.removesuffix', 'bytes.rjust', 'bytes.splitlines', 'bytes.swapcase', 'bytes.title', 'bytes.translate',
    'bytes.zfill',
]

for name in names:
    owner, _, attr = name.rpartition('.')
    o = getattr(getattr(builtins, owner) if owner else builtins, attr)
    print(name, repr(o.__text_signature__))

# __doc__ is the text after the signature.
print(len.__doc__ is None or not len.__doc__.startswith('len('))
print(list.pop.__doc__ is None or not list.pop.__doc__.startswith('pop('))
