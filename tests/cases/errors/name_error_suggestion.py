# Uncaught NameError for a misspelt local: CPython suggests the close name.
def total(numbers):
    result = 0
    for number in numbers:
        result += number
    return reslt
print(total([1, 2]))
