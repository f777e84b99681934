# A program over the stdlib end to end: files, json, re, collections, random, hashlib, enum, shutil, tempfile, warnings.
import os, re, json, collections, functools, enum, random, hashlib, base64, shutil, tempfile, io, string, time, itertools, math, struct, heapq, bisect, codecs, signal, contextvars, warnings, weakref, copy, pathlib, glob, fnmatch, textwrap, pprint, operator
d = tempfile.mkdtemp()
p = os.path.join(d, "data.json")
with open(p, "w", encoding="utf-8") as f:
    json.dump({"words": re.findall(r"\w+", "the quick brown fox jumps over the lazy dog the end")}, f)
with open(p, encoding="utf-8") as f:
    words = json.load(f)["words"]
c = collections.Counter(words)
print(c.most_common(2))
random.seed(42); print(random.random(), random.randint(1, 100), random.sample(range(10), 3))
print(hashlib.sha256(b"abc").hexdigest()[:16], base64.b64encode(b"sharpy"))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(list(Color), Color(2), functools.reduce(operator.mul, range(1, 6)))
print(sorted(os.listdir(d)), pathlib.Path(p).suffix, struct.pack("<iH", 1, 2), math.comb(10, 3))
print(textwrap.fill("a " * 20, 15)); pprint.pprint({"k": list(range(3))})
shutil.rmtree(d); print(os.path.exists(d))
warnings.warn("careful")
