# dir() of a traceback lists only its four tb_ attributes (tb_dir).
try:
    raise IndexError
except IndexError as e:
    tb = e.__traceback__
print(dir(tb))
print(tb.__dir__())
