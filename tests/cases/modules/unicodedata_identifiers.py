# PEP 3131: the parser NFKC-normalizes identifiers with unicodedata's tables.
import unicodedata as ud

ﬁle = 1
print(file)
ℌ = 2
print(H, ℌ)
Ω = 4       # U+2126 OHM SIGN becomes U+03A9
print(Ω)
class K:
    ﬀ = 5
print(K.ff, getattr(K, "ff"), "ff" in K.__dict__, "\ufb00" in K.__dict__)
ns = {}
exec("ｖａｒ = 6", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(ud.normalize("NFKC", "ﬁle") == "file")
