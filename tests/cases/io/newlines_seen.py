# Universal newlines: which newlines a text file has shown so far (`newlines`), as lines are
# read, for text that is all '\n' for a long stretch before '\r\n' and '\r' appear, with a
# '\r' at the end of a read chunk; translated (newline=None) and as they are (newline='').
import io
import os
import tempfile

body = 'a\n' * 5000 + 'b\r\n' + 'c\n' + 'x' * 8189 + '\r' + '\nd\re\r\n'
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 't.txt')
    with open(path, 'w', newline='') as f:
        f.write(body)
    for newline in (None, ''):
        with open(path, newline=newline) as f:
            shown = []
            for i, line in enumerate(f):
                if f.newlines not in shown:
                    shown.append(f.newlines)
                    print(repr(newline), i, repr(line[-3:]), f.newlines)
            print(repr(newline), 'end', f.newlines)
        with open(path, newline=newline) as f:
            text = f.read()
            print(len(text), text.count('\n'), text.count('\r'), f.newlines)

# The decoder by itself, fed piece by piece.
dec = io.IncrementalNewlineDecoder(None, translate=True)
for piece in ['ab\n', 'cd', 'e\r', '\nf', '\r', 'g', '']:
    print(repr(dec.decode(piece, final=piece == '')), dec.newlines)
dec = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(dec.decode('x\ny\r')), dec.newlines, repr(dec.decode('', final=True)), dec.newlines)
