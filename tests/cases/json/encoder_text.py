# The C encoder's output text: escapes in both modes, surrogates (pairs, lone, split across
# items), long outputs, separators and indents with non-ASCII text, one-character results.
import json
from _json import encode_basestring, encode_basestring_ascii

samples = ["plain", "caf\u00e9 \u6771\u4eac", "\U0001F600", "\ud83d", "\ude00", "\ud83d\ude00",
           "a\x00b\x1fc\x7f\"\\/", "\t\n\r\b\f", "", "\u2028\u2029", "x" * 100 + "\ud800"]
for s in samples:
    print(ascii(encode_basestring(s)), encode_basestring_ascii(s))
    print(ascii(json.dumps(s, ensure_ascii=False)), json.dumps(s))

# Lone surrogates that meet across items stay two code points.
t = json.dumps(["\ud83d", "\ude00"], ensure_ascii=False, separators=(",", ""))
print(ascii(t), len(t))
t = json.dumps({"\ud83d": "\ude00"}, ensure_ascii=False, separators=("", ""))
print(ascii(t), len(t))
t = json.dumps(["\ud83d"], ensure_ascii=False, indent="\ude00")
print(ascii(t), len(t))
t = json.dumps([1, [2, {"k": "\U0001F600"}]], ensure_ascii=False, indent="\u00a0\U0001F600", separators=("\u3001", "\uff1a"))
print(ascii(t), len(t))

# Long outputs, with pairs and lone surrogates far in.
big = ["item %d \u00e9" % i for i in range(200000)]
for tail in ([], ["\U0001F600"], ["\ud83d"], ["\ud83d", "\ude00"]):
    for ea in (True, False):
        t = json.dumps(big + tail, ensure_ascii=ea)
        print(ea, len(t), ascii(t[-40:]), hash(t) == hash(json.dumps(big + tail, ensure_ascii=ea)))
t = json.dumps(big[:50000], indent=3, sort_keys=True)
print(len(t), t.count("\n"))

# One-character results are the shared str objects.
print(json.dumps(1) == "1", json.dumps(0), len(json.dumps([])), json.dumps(7, indent=2))
