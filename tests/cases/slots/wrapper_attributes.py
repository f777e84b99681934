# Wrapper descriptors and method-wrappers: names, owner class, bound self and the text
# signature from the slot table (their __doc__ is ours, so only its type is printed).
for name in ['__name__', '__qualname__', '__objclass__', '__text_signature__']:
    for o in [int.__add__, (1).__add__, tuple.__len__, object.__init__, list.__mul__, float.__pow__, object.__lt__,
              type.__call__, list.__len__, int.__bool__, object.__setattr__, list.__iadd__, str.__contains__]:
        try: print(name, repr(getattr(o, name)))
        except AttributeError as e: print(name, 'AttributeError', e)
print((1).__add__.__self__)
for o in [int.__add__, (5).__radd__, object.__init__, float.__pow__, list.__setitem__, object.__repr__, list.__imul__]:
    print(o.__qualname__, o.__text_signature__)
print(type(int.__add__.__doc__).__name__, type((1).__add__.__doc__).__name__)
