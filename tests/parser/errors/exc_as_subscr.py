try:
    pass
except A as e[0]:
    pass
