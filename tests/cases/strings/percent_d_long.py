# %d, %i and %u of ints that fit a machine word and of larger ones, in str and bytes
# formatting, with widths, precision and flags.
values = [0, 7, -7, 255, -256, 2 ** 31, -2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 10 ** 30, True]
for v in values:
    print("%d|%i|%u|%5d|%-6d|%06d|%+d|% d|%.4d|%+08.3d" % (v, v, v, v, v, v, v, v, v, v))
    print(b"%d|%i|%u|%5d|%-6d|%06d|%+d|% d|%.4d|%+08.3d" % (v, v, v, v, v, v, v, v, v, v))
print("%d %d" % (3.99, -3.99), b"%d" % 2.5)
