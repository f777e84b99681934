f(a=**b)
