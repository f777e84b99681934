# The CJK codecs' errors: the UnicodeEncodeError/UnicodeDecodeError positions and reasons,
# the built-in error schemes and handlers registered with codecs.register_error.
import codecs


def show(f, *args):
    try:
        print(ascii(f(*args)))
    except (UnicodeError, TypeError, IndexError, LookupError) as e:
        print(type(e).__name__, ascii(getattr(e, "object", None)), getattr(e, "start", None),
              getattr(e, "end", None), getattr(e, "reason", None), "|", e)


for enc, data in [("shift_jis", b"abc\x82\xa0\x82"), ("shift_jis", b"\x81\x39x"), ("euc_jp", b"\x8f\xa1\xa1"),
                  ("euc_jp", b"\x8f\xa1"), ("gbk", b"abc\x80\x80\xc1\xc4"), ("gb18030", b"\x81\x30\xff\x30"),
                  ("gb18030", b"\x81\x30\x81"), ("euc_kr", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4"), ("euc_kr", b"\xa4\xd4\xa4\xa1\xa5\xbf\xa4\xa3"),
                  ("big5", b"\xa1\x30"), ("hz", b"~{R;~x"), ("hz", b"~{R"), ("iso2022_jp", b"\x1b$B\x7f\x21"),
                  ("iso2022_jp", b"\x1b(Z"), ("iso2022_jp", b"\x1b$"), ("iso2022_kr", b"\x0e\x80"), ("johab", b"\x84")]:
    for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
        show(data.decode, enc, errors)

for enc in ("shift_jis", "gbk", "euc_kr", "big5", "iso2022_jp", "hz", "gb18030"):
    text = "a\u3042\udcff\u0e01z"
    for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"):
        show(text.encode, enc, errors)

# A handler's replacement str is encoded by the codec; bytes are used as they are.
codecs.register_error("test.cjk.str", lambda e: ("\u3042[%d:%d]" % (e.start, e.end), e.end))
codecs.register_error("test.cjk.bytes", lambda e: (b"<%d>" % e.start, e.end))
codecs.register_error("test.cjk.far", lambda e: ("", 100))
codecs.register_error("test.cjk.bad", lambda e: ["x", 1])
codecs.register_error("test.cjk.dec", lambda e: ("<%r %d %d %s>" % (e.object, e.start, e.end, e.reason), e.end))
for name in ("test.cjk.str", "test.cjk.bytes", "test.cjk.far", "test.cjk.bad"):
    show("ab\u0e01\u0e02c".encode, "iso2022_jp", name)
    show("ab\u0e01\u0e02c".encode, "euc_jp", name)
show(b"\xff\xffa".decode, "cp949", "test.cjk.dec")
show(b"a\x81".decode, "cp949", "test.cjk.dec")
show(b"\xff".decode, "cp949", "test.cjk.far")
show(codecs.getdecoder("gbk"), "str")
show(codecs.getencoder("gbk"), 12)
show(__import__("_codecs_jp").getcodec, "gbk")
show(__import__("_codecs_jp").getcodec, 1)
