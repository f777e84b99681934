match x:
    case A(1, a=2, 3):
        pass
