# sys.displayhook writes a repr that the stream's encoding cannot take with backslash escapes:
# to the binary buffer when the stream has one, else decoded back and written as text.
import io
import sys

text = "a=\xe9 b=\udc80 c=\U00010000 d=\U0010ffff"
for encoding in ("ascii", "latin-1", "utf-8"):
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding)
    saved, sys.stdout = sys.stdout, out
    try:
        sys.displayhook(text)
        out.flush()
    finally:
        sys.stdout = saved
    print(encoding, raw.getvalue())


class TextOnly:
    """A text stream without a buffer whose write refuses what its encoding cannot encode."""
    encoding = "ascii"

    def __init__(self):
        self.parts = []

    def write(self, s):
        s.encode(self.encoding)
        self.parts.append(s)


t = TextOnly()
saved, sys.stdout = sys.stdout, t
try:
    sys.displayhook(text)
    sys.displayhook(5)
finally:
    sys.stdout = saved
print(t.parts, _)
