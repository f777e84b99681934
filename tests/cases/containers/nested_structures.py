# Nested containers built and read in loops.
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 10 + c)
    grid.append(row)
print(grid)
print(grid[2][3], len(grid), len(grid[0]))
index = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    key = word[0]
    if key not in index:
        index[key] = []
    index[key].append(word)
print(index)
for k, words in index.items():
    print(k, len(words), words[-1])
records = [{"name": "a", "score": 3}, {"name": "b", "score": 1}, {"name": "c", "score": 2}]
def score(rec):
    return rec["score"]
best = max(records, key=score)
print(best["name"], sorted(records, key=score)[0]["name"])
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(len(stack))
    elif ch == ")":
        print("close", stack.pop())
print(stack == [])
