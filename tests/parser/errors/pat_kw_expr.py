match x:
    case A(a.b=1):
        pass
