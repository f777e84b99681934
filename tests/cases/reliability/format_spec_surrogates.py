# A lone surrogate in a format spec is a bad format code or a fill character, never a crash.
for x in [2j, 1.5, 3, 'ab']:
    for spec in ['\ud800', '\ud800>6', '\udfff^7', '\U0001f600<5']:
        try:
            print(ascii(format(x, spec)))
        except ValueError as e:
            print('ValueError', ascii(str(e)))
