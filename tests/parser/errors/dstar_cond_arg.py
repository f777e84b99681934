f(**a if b)
