class A:
    def f(self):
        nonlocal __class__
