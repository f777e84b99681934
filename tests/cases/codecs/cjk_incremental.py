# The CJK codecs' incremental and stream objects: a multibyte character split between
# calls, pending characters that may start a pair, getstate/setstate, ISO-2022 state.
import codecs
import io

dec = codecs.getincrementaldecoder("cp949")()
print(ascii(dec.decode(b"\xc6\xc4\xc0")), dec.getstate())
print(ascii(dec.decode(b"\xcc")), dec.getstate())
dec.decode(b"\xc6")
try:
    dec.decode(b"", True)
except UnicodeDecodeError as e:
    print("final:", e.start, e.end, e.reason)
print(ascii(dec.decode(b"\xc4")))

for enc, data in [("gb18030", "中\U00012345文\u00ac".encode("gb18030")), ("euc_jp", "日本\uff71".encode("euc_jp")),
                  ("big5hkscs", "\u00ca\u0304香".encode("big5hkscs")), ("iso2022_jp_2", "日本 한국 \u00e9".encode("iso2022_jp_2")),
                  ("euc_kr", b"a\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa3b")]:
    d = codecs.getincrementaldecoder(enc)()
    out = [d.decode(data[i:i + 1]) for i in range(len(data))]
    print(enc, ascii(out), d.decode(b"", True) == "")

enc = codecs.getincrementalencoder("euc_jis_2004")()
print(enc.getstate(), enc.encode("\u00e6"), enc.getstate())
print(enc.encode("\u0300"), enc.getstate())
print(enc.encode("\u00e6"), enc.encode("x"), enc.encode("\u00e6", True))
try:
    enc.encode("\u00e6")
    enc.encode("\u0123")
except UnicodeEncodeError as e:
    print("kept:", e.start, e.end, enc.encode("\u0300"))
enc.setstate(int.from_bytes(b"\x02\xc3\xa6" + bytes(8), "little"))
print(enc.encode("\u0300"))

e = codecs.getincrementalencoder("iso2022_jp")()
print(e.getstate(), e.encode("\u3042"), e.getstate(), e.encode("z"), e.getstate())
state = (e.encode("\u3042"), e.getstate())[1]
print(e.encode("", True), e.getstate())
e.setstate(state)
print(e.encode("\u3042"), e.reset(), e.encode("a"))

d = codecs.getincrementaldecoder("iso2022_jp")()
print(ascii(d.decode(b"\x1b$")), d.getstate(), ascii(d.decode(b"B$")), ascii(d.decode(b"\"")), d.getstate())
d.reset()
print(d.getstate(), ascii(d.decode(b"$\"")))
d.setstate((b"\xa4", 7))
print(d.getstate())
for bad in (1, ("x", 0), (b"", "x"), (b"123456789", 0), (b"", -1), (b"", 2 ** 64)):
    try:
        d.setstate(bad)
    except (TypeError, UnicodeError, OverflowError) as ex:
        print(type(ex).__name__, ex)

e = codecs.getincrementalencoder("hz")()
print(e.encode("a\u4e00"), e.getstate(), e.encode("\u4e01", True), e.getstate())
e = codecs.getincrementalencoder("shift_jis")("backslashreplace")
print(e.encode("\xff\u3042"), e.errors)
e.errors = "replace"
print(e.encode("\xff"), e.errors)
for value in (None, 1):
    try:
        e.errors = value
    except TypeError as ex:
        print(ex)
try:
    del e.errors
except AttributeError as ex:
    print(ex)

s = io.BytesIO()
w = codecs.getwriter("gb18030")(s)
w.write("123")
w.write("\U00012345")
w.writelines(["\uac00", "\u00ac"])
print(s.getvalue())
s = io.BytesIO()
w = codecs.getwriter("iso2022_jp")(s)
w.write("\u3042")
w.reset()
print(s.getvalue())
r = codecs.getreader("euc_jp")(io.BytesIO("日本語\nテキスト\n".encode("euc_jp")))
print(ascii(r.read(1)), ascii(r.readline()), ascii(r.readlines()))
r = codecs.getreader("cp949")(io.BytesIO(b"\xa1"))
try:
    r.read()
except UnicodeDecodeError as ex:
    print(ex)
import _multibytecodec
for t in (_multibytecodec.MultibyteStreamReader, _multibytecodec.MultibyteStreamWriter, _multibytecodec.MultibyteIncrementalEncoder):
    try:
        t(None) if "Stream" in t.__name__ else t()
    except AttributeError as ex:
        print(type(ex).__name__)
