match x:
    case A(x=1, 2, y=3):
        pass
