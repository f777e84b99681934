# Uncaught KeyError.
prices = {"apple": 3, "pear": 4}
def cost(fruit, n):
    return prices[fruit] * n
print(cost("apple", 2))
print(cost("plum", 1))
