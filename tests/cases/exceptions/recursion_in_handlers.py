# RecursionError from recursion in and around except handlers, under a limit set just
# above the current depth (sys.setrecursionlimit refuses a limit at or below the depth).
import sys

def set_relative_recursion_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError as e:
            msg = str(e)
            depth += 1
        else:
            break
    print(msg.startswith("cannot set the recursion limit to"), msg.endswith("the limit is too low"))
    sys.setrecursionlimit(depth + n)

def recurse_in_except():
    try:
        1 / 0
    except:
        recurse_in_except()

def recurse_after_except():
    try:
        1 / 0
    except:
        pass
    recurse_after_except()

def recurse_in_body_and_except():
    try:
        recurse_in_body_and_except()
    except:
        recurse_in_body_and_except()

limit = sys.getrecursionlimit()
try:
    set_relative_recursion_limit(10)
    for func in (recurse_in_except, recurse_after_except, recurse_in_body_and_except):
        try:
            func()
        except RecursionError:
            print(func.__name__, "RecursionError")
finally:
    sys.setrecursionlimit(limit)
print(sys.getrecursionlimit() == limit)

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
