# The __next__ slot wrapper's doc, as test_generators' and test_genexps' doctests print it.
g = (i for i in range(3))
print(g.__next__.__doc__)
print(type(iter([])).__next__.__doc__, type(iter([])).__next__.__text_signature__)
