# dict views' .mapping (a read-only proxy of the dict) and int.from_bytes through __bytes__.
d = {'a': 1, 'b': 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(m).__name__, m, m['a'], type(v).mapping.__doc__)
    try:
        m['c'] = 3
    except TypeError as e:
        print("TypeError", e)
d['z'] = 26
print(d.keys().mapping == d, dict(d.items().mapping))
class ValidBytes:
    def __bytes__(self): return b'\x01\x02'
class BadBytes:
    def __bytes__(self): return 'x'
class Missing:
    pass
print(int.from_bytes(ValidBytes(), 'big'), int.from_bytes(ValidBytes(), 'little'), int.from_bytes(memoryview(b'\x01\x00'), 'big'))
for x in [BadBytes(), Missing(), 'ab', 5]:
    try: print(int.from_bytes(x, 'big'))
    except TypeError as e: print("TypeError", e)
