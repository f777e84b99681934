# Object keys in the C scanner: one str per key text within a call (escaped or not), distinct
# objects across calls, keys with surrogates, and the errors a key can raise.
import json

docs = json.loads('[{"a": 1, "bb": 2}, {"bb": 3, "a": 4}, {"\\u0061": 5, "b\\u0062": 6}]')
k = [list(d) for d in docs]
print(k)
print(k[0][0] is k[1][1], k[0][1] is k[1][0], k[0][0] is k[2][0], k[0][1] is k[2][1])

# Values are not shared.
vals = json.loads('[{"x": "same"}, {"x": "same"}]')
print(vals[0]["x"] == vals[1]["x"], vals[0]["x"] is vals[1]["x"])

# Two calls: separate memos.
a = json.loads('{"key_one": 1}')
b = json.loads('{"key_one": 1}')
print(list(a)[0] is list(b)[0])

# Surrogates: a pair written as escapes is one code point; a lone one stays lone.
s = json.loads('{"\\ud83d\\ude00": 1, "\U0001F600": 2, "\\ud83d": 3, "\\ud83d\\u0041": 4}')
print([ascii(x) for x in s], [len(x) for x in s])
print(json.loads('{"\ud83d": 1, "\\ud83d": 2}'))

# Non-ASCII input (text with surrogate code units in it) and duplicate keys.
d = json.loads('{"caf\u00e9": 1, "\u6771\u4eac": 2, "caf\u00e9": 3, "\U0001F600x": 4, "\U0001F600x": 5}')
print(d, [ascii(x) for x in d])

# object_pairs_hook sees the memoized keys in order, duplicates kept.
pairs = json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p)
print(pairs, pairs[0][0] is pairs[2][0])

# Errors in keys.
for doc in ['{"a\nb": 1}', '{"a\\q": 1}', '{"abc', '{"abc": 1, "de', '{"a\\u12": 1}', '{"x" 1}', '{1: 2}', '{"a": 1,}']:
    try:
        print(json.loads(doc))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos)
print(json.loads('{"a\nb": 1, "\t": 2}', strict=False))
print(json.loads('  {  "k"  :  [ "v" , {"k": {}} ] }  '))
