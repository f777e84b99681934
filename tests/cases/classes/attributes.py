# Instance and class attributes, lookup order and shadowing.
class Config:
    kind = "default"
    count = 0
    def __init__(self, name):
        self.name = name
        Config.count += 1
a = Config("a")
b = Config("b")
print(a.kind, b.kind, Config.count, a.count)
a.kind = "special"
print(a.kind, b.kind, Config.kind)
Config.kind = "changed"
print(a.kind, b.kind)
del a.kind
print(a.kind)
b.extra = [1, 2]
b.extra.append(3)
print(b.extra, b.name)
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.nothing
except AttributeError as e:
    print("AttributeError:", e)
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
head = Node(1, Node(2, Node(3)))
n = head
while n is not None:
    print("node", n.value)
    n = n.next
print(head.next.next.value)
