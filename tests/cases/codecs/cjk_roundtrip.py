# The CJK codecs (_codecs_jp, _cn, _kr, _tw, _hk, _iso2022): round trips of text each
# encoding can hold, byte sequences that decode to two code points, and the pairs and
# arithmetic ranges.
import codecs

SAMPLES = {
    "shift_jis": "Python の開発は、1990 年ごろから開始されています。\xa5\u203e",
    "cp932": "ｱｲｳ ①②③ 髙﨑 \uff5e",
    "euc_jp": "日本語テキスト ｶﾀｶﾅ \u4e28\u02d8",
    "shift_jis_2004": "\u00e6\u0300 か\u309a 𠀋",
    "shift_jisx0213": "\u00e6 \u0300 𠀋",
    "euc_jis_2004": "\u304b\u309a\u00e6\u0300 𪚲",
    "euc_jisx0213": "\u02e9\u02e5 \u02e5\u02e9",
    "gb2312": "中文简体字",
    "gbk": "中文繁體\u2014\u2015\u00b7",
    "gb18030": "中文 \u20ac \U00012345 \uffff \U0010ffff \u00ac",
    "hz": "This is ~ ASCII 和中文 mixed\n中文",
    "euc_kr": "한국어 텍스트 \uac02",
    "cp949": "\ud30c\uc774\uc36c \ub9c8\uc744 \uac02",
    "johab": "한글 \u3131\u314f",
    "big5": "中文繁體字",
    "cp950": "中文繁體字 \u2550\u20ac",
    "big5hkscs": "\u00ca\u0304\u00ca\u030c\u00ea\u0304\u00ea\u030c \u00ca 香港",
    "iso2022_jp": "日本語 ABC かな\n次の行",
    "iso2022_jp_1": "日本語 \u4e02",
    "iso2022_jp_2": "日本語 한국어 中文 \u00e9",
    "iso2022_jp_2004": "\u304b\u309a 𠀋 日本",
    "iso2022_jp_3": "\u304b\u309a 日本",
    "iso2022_jp_ext": "ｶﾀｶﾅ 日本",
    "iso2022_kr": "한국어 abc\n한",
}

for enc, text in SAMPLES.items():
    b = text.encode(enc)
    back = b.decode(enc)
    print(enc, b.hex(" "), back == text or ascii(back), codecs.decode(b, enc) == back)

# Code points of the encodings that decode to two characters.
print(ascii(b"\x88\x62\x88\x64\x88\xa3\x88\xa5".decode("big5hkscs")))
print(ascii(b"\xa4\xf7\xab\xc4".decode("euc_jis_2004")))
# euc_kr: a KS X 1001:1998 Annex 3 make-up sequence for a syllable outside KS X 1001.
print(ascii(b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa3".decode("euc_kr")), "\uac02".encode("euc_kr"))
# gb18030: the four-byte ranges of the BMP and the supplementary planes.
for cp in (0x80, 0xa5, 0x452, 0x2010, 0xd7ff, 0xe000, 0xe5e5, 0xfffd, 0x10000, 0x10ffff):
    b = chr(cp).encode("gb18030")
    print(hex(cp), b.hex(), hex(ord(b.decode("gb18030"))))
for name in ("euc-jp", "sjis", "ms932", "eucjis2004", "gb18030-2000", "uhc", "big5-hkscs", "csiso2022jp", "hz-gb-2312"):
    print(name, codecs.lookup(name).name)
