# encodings.idna and stringprep, which read unicodedata.ucd_3_2_0 (nameprep, the RFC 3454 tables).
import codecs, stringprep, encodings.idna as idna
print("pythön.org".encode("idna"), b"xn--pythn-mua.org".decode("idna"))
print("www.Alliancefrançaise.nu".encode("idna"))
print(idna.nameprep("Straße\u00ad"), ascii(idna.nameprep("\u1e9b\u0323")))
print(idna.ToASCII("bücher"), idna.ToUnicode(b"xn--bcher-kva"))
for s in ["\u0221", "\u00ad", "A", "\u3000", "\ud800", "\u06dd", "\u05be", "\U000e0001"]:
    print(ascii(s), stringprep.in_table_a1(s), stringprep.in_table_b1(s), ascii(stringprep.map_table_b2(s)),
          ascii(stringprep.map_table_b3(s)), stringprep.in_table_c11_c12(s), stringprep.in_table_c21_c22(s),
          stringprep.in_table_c3(s), stringprep.in_table_c4(s), stringprep.in_table_c5(s), stringprep.in_table_c6(s),
          stringprep.in_table_c7(s), stringprep.in_table_c8(s), stringprep.in_table_c9(s), stringprep.in_table_d1(s), stringprep.in_table_d2(s))
try:
    "a\u0221b".encode("idna")
except UnicodeError as e:
    print(type(e).__name__, e)
dec = codecs.getincrementaldecoder("idna")()
print(dec.decode(b"xn--pythn-mua."), dec.decode(b"org", final=True))
print(sum(1 for cp in range(0x3000) if stringprep.in_table_a1(chr(cp))))
print(sum(1 for cp in range(0x3000) if stringprep.map_table_b2(chr(cp)) != chr(cp)))
