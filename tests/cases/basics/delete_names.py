# DELETE_GLOBAL and DELETE_DEREF: deleting a global from a function, a variable of an
# enclosing scope from the scope that owns it and from a nested one, and the errors when the
# name is already unbound.
counter = 1

def drop_global():
    global counter
    del counter

drop_global()
print('counter' in globals())
try:
    drop_global()
except NameError as e:
    print(type(e).__name__, e, e.name)

def outer():
    value = [1, 2]
    def reader():
        return value
    print(reader())
    del value                      # DELETE_DEREF in the owning scope
    try:
        reader()
    except NameError as e:
        print(type(e).__name__, e, e.name)
    try:
        del value
    except NameError as e:
        print(type(e).__name__, e)

outer()

def outer2():
    cell = 'here'
    def dropper():
        nonlocal cell
        del cell                   # DELETE_DEREF of a free variable
    dropper()
    try:
        print(cell)
    except NameError as e:
        print(type(e).__name__, e)
    try:
        dropper()
    except NameError as e:
        print(type(e).__name__, e)

outer2()

class Namespace:
    attr = 1
    del attr                       # DELETE_NAME
    try:
        del attr
    except NameError as e:
        print(type(e).__name__, e)
print(hasattr(Namespace, 'attr'))
