# f-strings: a backslash before "{" stays a backslash (with a SyntaxWarning); the text of {expr=} drops comments.
import warnings
warnings.simplefilter('always')
print(eval(r"f'\{6*7}'"))
print(eval(r"f'\\\{6*7}'"))
print(eval(r"rf'\{6*7}'"))
print(f"{'#'=}")
print(f'''{1 + 1 = # c1
}''')
print(f'''{'#' + # c
'a' = }''')
print(f'''{ (1, # c
  2)=!r:>10}''')
