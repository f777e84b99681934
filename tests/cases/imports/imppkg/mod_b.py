# imppkg.mod_b
print("imppkg.mod_b loaded as", __name__)
B_VALUE = "B"
