s = '''

abc
