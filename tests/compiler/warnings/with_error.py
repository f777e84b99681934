x = 1
x is 1
try:
    pass
finally:
    for i in x:
        try:
            break
        finally:
            continue
    for i in x:
        pass
    else:
        break
return 5
x is 2
