# bytearray.join holds an export of the separator, so an iterator that resizes it fails.
array = bytearray(b',')
def iterator():
    array.clear()
    yield b'A'
    yield b'B'
try:
    array.join(iterator())
except BufferError as e:
    print(e)
print(array)
