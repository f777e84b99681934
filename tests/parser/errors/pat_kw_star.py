match x:
    case A(a=*b):
        pass
