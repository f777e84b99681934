# Reading a BytesIO whose position was sought past the end gives nothing and leaves the
# position; writing there pads with zero bytes.
import io
b = io.BytesIO(b'abc'); b.seek(10); print(b.read(4), b.read(), b.readline(), b.read1(3), b.readinto(bytearray(2)), b.tell(), b.getbuffer().nbytes)
b.seek(10); print(b.readlines(), list(b), b.tell())
b.seek(10); print(b.write(b'z'), b.getvalue(), b.tell())
b.seek(100); print(b.read(), b.tell(), b.readinto(bytearray(0)))
