# Subscripting a class calls its __class_getitem__; only type itself (type[int]) is special,
# so exception classes (and other classes without __class_getitem__) are not subscriptable.
import types

for cls in (Exception, BaseException, OSError, int, str, object):
    try:
        cls[int]
    except TypeError as e:
        print(e)

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

for cls in (Meta, WithMeta):
    try:
        cls[int]
    except TypeError as e:
        print(e)

print(type[int], list[int], ExceptionGroup[ValueError], BaseExceptionGroup[OSError])
print(isinstance(ExceptionGroup[ValueError], types.GenericAlias))
print(staticmethod[int], classmethod[int], memoryview[int])
print(types.GeneratorType[int, None, None], types.CoroutineType[int, None, None],
      types.AsyncGeneratorType[int, None])
print('__class_getitem__' in type.__dict__, hasattr(Exception, '__class_getitem__'))

class Generic:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

print(Generic[int])
