# A builtin type's class methods are classmethod_descriptor objects in its dict (types.
# ClassMethodDescriptorType): bound through the class or an instance they bind to the class,
# called unbound they take the class first, and either way the class must be the owner or a
# subclass of it.
import types

d = dict.__dict__['fromkeys']
print(type(d).__name__, d, types.ClassMethodDescriptorType is type(d), types.MethodDescriptorType is type(d))
print(d(dict, [1, 2]), d.__get__({}, dict)([3]))
bound = d.__get__(None, dict)
print(type(bound).__name__, bound.__self__, bound.__name__, bound.__qualname__)
class MyDict(dict):
    pass
print(type(d(MyDict, 'ab')).__name__, type(d.__get__(MyDict())('xy')).__name__)
print(sorted(dir(d)))
print(d.__name__, d.__qualname__, d.__objclass__, d.__text_signature__)
for call in (lambda: d(list, [1]), lambda: d(), lambda: d([], [1]), lambda: d.__get__(None, None),
             lambda: d.__get__(None, list), lambda: d.__get__(None, 5), lambda: type(d).__get__(d, None)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
for owner, name in ((bytes, 'fromhex'), (bytearray, 'fromhex'), (int, 'from_bytes'), (float, 'fromhex'),
                    (dict, '__class_getitem__'), (str, 'maketrans'), (list, 'append')):
    print(owner.__name__, name, type(owner.__dict__[name]).__name__)
print(int.__dict__['from_bytes'](bool, b'\x01', 'big'))
