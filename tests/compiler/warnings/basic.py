x = 1
if x is 1: pass
if x is 1: pass
def f():
    if x is 1: pass
    try:
        pass
    finally:
        return 1
for i in range(3):
    if x is not 'a': pass
y = None()
z = (1)(2)
q = [1,2][3,4]
r = (1,2)['a']
s = 1[2]
assert (x, 'msg')
def g():
    for i in x:
        try: pass
        finally: break
    for i in x:
        try: pass
        finally: continue
